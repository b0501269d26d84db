"""A knowledge base file that cannot be used gets one line saying so, and exit code 2: real
`python -m bot` processes on corrupt, truncated, read-only and foreign files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support import FIXTURES

from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

HEADLINES = str(FIXTURES / "feeds" / "headlines.jsonl")


def roadie(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ROADIE_LOG_LEVEL": "WARNING"},
        check=False,
    )


def _knowledge_base(path: Path, articles: int = 300) -> Path:
    kb = KnowledgeBase.open(path)
    add_articles(
        kb,
        [
            ArticleRecord(
                f"https://news.example/{n}",
                f"Band {n} Shares A Video",
                "2025-01-01",
                "news.example",
                "A long enough body about the video. " * 20,
            )
            for n in range(articles)
        ],
    )
    kb.close()
    return path


def _corrupt(path: Path) -> Path:
    path.write_bytes(b"these bytes are no SQLite database at all " * 200)
    return path


def _truncated(path: Path) -> Path:
    _knowledge_base(path)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)
    return path


def _read_only(path: Path) -> Path:
    """A real knowledge base whose header says newer SQLite wrote it: SQLite then refuses to
    write to it, as it does to a file without write permission (which root would ignore)."""
    _knowledge_base(path, articles=1)
    with path.open("r+b") as handle:
        handle.seek(18)
        handle.write(bytes([3]))
    return path


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "command", "said"),
    [
        (_corrupt, "ask", "is not a Roadie knowledge base: file is not a database"),
        (_corrupt, "feeds", "is not a Roadie knowledge base: file is not a database"),
        (_truncated, "ask", "is not a Roadie knowledge base: database disk image is malformed"),
        (_truncated, "ingest", "is not a Roadie knowledge base: database disk image is malformed"),
        (_read_only, "ingest", "is read-only: attempt to write a readonly database"),
        (_foreign, "ask", "is not a Roadie knowledge base: it holds other tables (notes)"),
    ],
)
def test_an_unusable_file_gets_one_clear_line_and_exit_code_2(
    tmp_path: Path, make: object, command: str, said: str
) -> None:
    assert callable(make)
    db = str(make(tmp_path / "roadie.db"))
    args = {
        "ask": ["ask", "any news?", "--db", db],
        "feeds": ["feeds", "list", "--db", db],
        "ingest": ["ingest", HEADLINES, "--db", db],
    }[command]
    result = roadie(*args)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"{db} {said}"), line
    assert "To go on:" in line


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes any file")
def test_a_file_without_write_permission_is_read_only(tmp_path: Path) -> None:
    db = _knowledge_base(tmp_path / "roadie.db", articles=1)
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        result = roadie("ingest", HEADLINES, "--db", str(db))
    finally:
        tmp_path.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert f"{db} is read-only" in result.stderr
