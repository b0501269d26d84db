"""The command line end to end, as scripts use it: real processes, fresh database files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from support import FIXTURES, INVENTED


def roadie(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ROADIE_LOG_LEVEL": "WARNING", **(env or {})},
        check=False,
    )


def test_ingest_then_ask_on_a_fresh_database(tmp_path: Path) -> None:
    db = str(tmp_path / "fresh.db")
    ingest = roadie("ingest", str(INVENTED), "--db", db)
    assert ingest.returncode == 0, ingest.stderr
    assert "added" in ingest.stdout and "skipped 0" in ingest.stdout

    again = roadie("ingest", str(INVENTED), "--db", db)
    assert "added 0, updated 0" in again.stdout

    asked = roadie("ask", "what's new with mossgrave?", "--db", db, "--json")
    reply = json.loads(asked.stdout)
    assert set(reply) == {"question", "intent", "text", "url", "title", "date", "source", "links"}
    assert reply["intent"] == "latest" and "mossgrave" in reply["url"]

    lines = roadie("ask", "-", "--db", db, "--json", stdin="any zorblax news?\nhelp\n\n")
    replies = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [r["question"] for r in replies] == ["any zorblax news?", "help", ""]
    assert replies[0]["url"] is None


def test_bad_records_are_skipped_with_reasons(tmp_path: Path) -> None:
    db = str(tmp_path / "bad.db")
    result = roadie("ingest", str(FIXTURES / "ingest" / "bad_records.jsonl"), "--db", db)
    assert result.returncode == 0
    assert "skipped:" in result.stderr and "bad_records.jsonl" in result.stderr


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    result = roadie("ingest", str(tmp_path / "missing.jsonl"), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_console_chat_answers_each_line(tmp_path: Path) -> None:
    db = str(tmp_path / "chat.db")
    roadie("ingest", str(INVENTED), "--db", db)
    chat = roadie("chat", "--db", db, stdin="what's new with mossgrave?\nquit\n")
    assert chat.returncode == 0
    assert "invented.example" in chat.stdout


def test_default_database_is_built_from_the_bundled_articles(tmp_path: Path) -> None:
    db = tmp_path / "data" / "roadie.db"
    asked = roadie(
        "ask",
        "who did iggy pop make post pop depression with?",
        "--json",
        env={"ROADIE_DB": str(db)},
    )
    assert asked.returncode == 0, asked.stderr
    assert db.exists()
    reply = json.loads(asked.stdout)
    assert reply["url"] == "roadie:article/000_2f8b067994f84289"
    assert "Homme" in reply["text"]


def test_run_without_tokens_is_the_console_chat(tmp_path: Path) -> None:
    db = str(tmp_path / "run.db")
    roadie("ingest", str(INVENTED), "--db", db)
    no_tokens = {"DISCORD_TOKEN": "", "SLACK_BOT_TOKEN": ""}
    result = roadie("run", "--db", db, stdin="any news on mossgrave?\n", env=no_tokens)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Roadie: ask me about music news")
    assert "invented.example" in result.stdout


def test_asking_a_built_database_loads_no_ingest_or_announcer_libraries(tmp_path: Path) -> None:
    """Every start but the first answers from a built file: the HTTP, feed and HTML readers
    and the announcer are imported only by the commands that use them, so `ask` starts fast."""
    db = str(tmp_path / "built.db")
    assert roadie("ingest", str(INVENTED), "--db", db).returncode == 0
    heavy = ("httpx", "feedparser", "trafilatura", "bot.announcer.tick", "knowledge.ingest.fetch")
    script = (
        "import sys\nfrom bot.cli import main\n"
        f"main(['ask', 'what is new with mossgrave?', '--db', {db!r}])\n"
        f"print([name for name in {heavy!r} if name in sys.modules], file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert "mossgrave" in result.stdout.lower()
    assert result.stderr.strip().splitlines()[-1] == "[]", result.stderr
