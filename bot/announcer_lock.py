"""One announcer per database: an OS file lock beside the database file.

Two announcers on one database would not send twice (the outbox's claims see to that), but they
would poll every feed twice and race for every delivery, and a deployment that starts two is a
mistake to be told about, not absorbed. The lock is the operating system's (`flock`), so it is
released when its process dies however it dies: nothing stale is left to clean up. The file
holds the holder's pid and host, for the error message.
"""

from __future__ import annotations

import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class AnnouncerBusy(RuntimeError):
    """Another process already runs the announcer on this database."""


def lock_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".announcer.lock")


@contextmanager
def announcer_lock(db_path: Path) -> Iterator[None]:
    """Hold the announcer lock of `db_path` for the block; AnnouncerBusy if another has it."""
    path = lock_file(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise AnnouncerBusy(
                f"the announcer already runs on {db_path} ({holder}): run one `python -m bot "
                "run` per database (scale the process to 1), or set ROADIE_ANNOUNCER=off on "
                "this one (for example on all but one process of a sharded bot)"
            ) from None
        handle.truncate(0)
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)
