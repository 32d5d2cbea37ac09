"""A claim's transcript turn is the first turn whose range holds its cue, as a scan of the
turns finds it, whether the turns are in order and apart or not."""

import pytest

from pipeline.claims.layout_rules import range_finder


def ranges(*pairs: tuple[int, int]) -> list[dict]:
    return [{"start": a, "end": b, "n": k} for k, (a, b) in enumerate(pairs)]


@pytest.mark.parametrize(
    "turns, pos, found",
    [
        (ranges((0, 10), (10, 20), (25, 30)), 12, 1),  # inside the second turn
        (ranges((0, 10), (10, 20), (25, 30)), 10, 1),  # a turn's start is its own
        (ranges((0, 10), (10, 20), (25, 30)), 22, None),  # between two turns
        (ranges((0, 10), (10, 20), (25, 30)), 30, None),  # past the last
        (ranges((5, 10)), 2, None),  # before the first
        (ranges((0, 20), (5, 10)), 7, 0),  # overlapping turns: the first listed
        (ranges((20, 30), (0, 10)), 5, 1),  # turns out of order
        (ranges((0, 10), (10, 10), (10, 20)), 10, 2),  # an empty turn holds nothing
        ([], 3, None),  # no turns
    ],
)
def test_range_finder(turns, pos, found):
    turn = range_finder(turns, "start", "end")(pos)
    assert (turn or {}).get("n") == found
    assert turn is next((t for t in turns if t["start"] <= pos < t["end"]), None)  # a scan's
