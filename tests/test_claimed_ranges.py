"""The claimed record answers "inside some content?" and "overlapping some content?" from the
union of the speech ranges, as a scan of the ranges one by one would."""

import pytest

from pipeline.claims.claimed import Claimed


def record(*ranges: tuple[int, int]) -> Claimed:
    claimed = Claimed()
    for start, end in ranges:
        claimed = claimed.add_speech(start, end)
    return claimed


@pytest.mark.parametrize(
    "ranges, idx, inside",
    [
        (((10, 20),), 10, True),  # a range's first char is inside
        (((10, 20),), 20, False),  # its end is not
        (((10, 20), (20, 30)), 20, True),  # touching ranges: the second holds the char
        (((30, 40), (10, 20)), 25, False),  # the gap between two ranges added out of order
        (((10, 20), (15, 40)), 35, True),  # overlapping ranges are one
        (((10, 10),), 10, False),  # an empty range holds nothing
        ((), 0, False),  # nothing claimed yet
    ],
)
def test_inside_speech(ranges, idx, inside):
    assert record(*ranges).inside_speech(idx) is inside


@pytest.mark.parametrize(
    "ranges, start, end, overlaps",
    [
        (((10, 20),), 15, 25, True),  # a phrase running out of a content
        (((10, 20),), 20, 25, False),  # a phrase right after it
        (((10, 20),), 5, 10, False),  # a phrase right before it
        (((10, 20), (20, 30)), 20, 20, False),  # an empty query at the seam of two ranges
        (((10, 20),), 15, 15, True),  # an empty query inside a range, as the scan answers
        (((12, 12),), 10, 15, True),  # an empty range inside the phrase counts, as in a scan
        (((40, 50), (10, 20)), 25, 35, False),  # between two ranges added out of order
    ],
)
def test_overlaps_speech(ranges, start, end, overlaps):
    assert record(*ranges).overlaps_speech(start, end) is overlaps
