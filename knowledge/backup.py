"""A consistent copy of a live knowledge base, and where a knowledge base's file is.

`VACUUM INTO` reads the database in one read transaction, so the copy is the database as it
was at one moment even while the bot or an ingest writes to it (WAL mode lets readers and the
writer go on side by side), and it comes out compact, as a single file with no WAL beside it.
The copy is written under a temporary name and renamed when complete and checked, so a
half-written backup never sits under the name asked for.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from knowledge.store import KnowledgeBase


class BackupError(OSError):
    """The backup could not be made; the message says why and what to do."""


def file_of(kb: KnowledgeBase) -> Path:
    """The file `kb` was opened from."""
    rows = kb.query("PRAGMA database_list")
    return Path(next(str(row[2]) for row in rows if row[1] == "main"))


def backup(source: Path, target: Path) -> int:
    """Copy the database at `source` to `target` (which must not exist); returns its size."""
    if not source.is_file():
        raise BackupError(f"no knowledge base at {source}: pass --db or set ROADIE_DB")
    if target.exists():
        raise BackupError(f"{target} already exists: choose a new file name")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    reader = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        reader.execute("VACUUM INTO ?", (str(partial),))
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not copy {source} to {target}: {error}") from None
    finally:
        reader.close()
    check = sqlite3.connect(partial)
    try:
        verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy of {source} failed its integrity check: {verdict}")
    os.replace(partial, target)
    return target.stat().st_size
