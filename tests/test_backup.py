"""`python -m bot backup`: a consistent copy of a knowledge base that is being written to."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path

from support import start_bot


def _articles(path: Path, count: int) -> None:
    """A JSONL file of `count` invented articles, big enough that ingesting it takes a while."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            record = {
                "title": f"The Lantern Orchard {n} Announce Winter Shows at Hall {n}",
                "date": "2025-01-02",
                "url": f"https://news.example/lantern-orchard-{n}",
                "source": "news.example",
                "body": f"The Lantern Orchard {n} play Hall {n} in March. Tickets go on sale "
                "on Friday. The band released its second album last year.",
            }
            out.write(json.dumps(record) + "\n")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


async def test_a_backup_taken_during_an_ingest_is_consistent(tmp_path: Path) -> None:
    source, db, copy = tmp_path / "many.jsonl", tmp_path / "roadie.db", tmp_path / "copy.db"
    _articles(source, 10_000)
    env = {"ROADIE_LOG_LEVEL": "WARNING"}
    ingest = await start_bot("ingest", str(source), "--db", str(db), env=env, cwd=tmp_path)
    deadline = time.monotonic() + 60
    while _count(db) == 0:
        assert time.monotonic() < deadline and ingest.returncode is None, "no article stored"
        await asyncio.sleep(0.05)
    backup = await start_bot("backup", str(copy), "--db", str(db), env=env, cwd=tmp_path)
    out, err = await asyncio.wait_for(backup.communicate(), 60)
    assert backup.returncode == 0, err.decode()
    assert f"backed up {db} to {copy}" in out.decode() and "integrity ok" in out.decode()
    _, err = await asyncio.wait_for(ingest.communicate(), 300)
    assert ingest.returncode == 0, err.decode()

    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copied = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    assert 0 < copied < _count(db) == 10_000, "the copy was taken while the ingest ran"
    assert not list(tmp_path.glob("copy.db-*")), "the copy is one file, without a WAL"


async def test_backup_says_what_is_wrong_and_overwrites_nothing(
    tmp_path: Path, core_db: Path
) -> None:
    missing, copy = tmp_path / "missing.db", tmp_path / "copy.db"
    copy.write_text("an older backup")
    for db, why in ((missing, f"no knowledge base at {missing}"), (core_db, "already exists")):
        run = await start_bot("backup", str(copy), "--db", str(db), env={}, cwd=tmp_path)
        _, err = await asyncio.wait_for(run.communicate(), 60)
        assert run.returncode == 1 and why in err.decode()
    assert copy.read_text() == "an older backup"
    assert not missing.exists()
