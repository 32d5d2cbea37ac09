"""Graceful interruption: the first SIGINT or SIGTERM asks the run to stop, a second one
stops it at once.

A stop request lets the run keep what it has: running shards get a few seconds, then the
tables are written for every article done. A second signal raises KeyboardInterrupt
wherever the run is; files are written atomically, so whatever is on disk stays whole.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopRequest:
    """Set by the first stop signal; a run looks at it between pieces of work."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.signal_name: str | None = None

    def set(self, signal_name: str = "request") -> None:
        self.signal_name = signal_name
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


@contextlib.contextmanager
def stop_on_signals() -> Iterator[StopRequest]:
    """A StopRequest raised by SIGINT/SIGTERM while the block runs (main thread only:
    elsewhere, signals cannot be caught and the request is only set by hand)."""
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt  # the second signal: stop now
        stop.set(signal.Signals(signum).name)

    previous = {signum: signal.signal(signum, handler) for signum in STOP_SIGNALS}
    try:
        yield stop
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
