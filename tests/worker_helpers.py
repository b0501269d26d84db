"""A knowledge base kept busy by another thread, to show that adapters never wait for it on
the event loop: while it is held, only code off the loop (in a worker thread) is stuck."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from knowledge.store import KnowledgeBase

HOLD_AT_MOST = 10.0
"""If the event loop itself got stuck on the lock, the test would hang; the holder lets go
after this long, so such a test fails instead."""


@contextmanager
def busy(kb: KnowledgeBase) -> Iterator[threading.Event]:
    """Hold `kb`'s lock in another thread until the yielded event is set (or the block ends)."""
    taken = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with kb.lock:
            taken.set()
            release.wait(HOLD_AT_MOST)

    holder = threading.Thread(target=hold, name="busy-knowledge-base")
    holder.start()
    taken.wait()
    try:
        yield release
    finally:
        release.set()
        holder.join()
