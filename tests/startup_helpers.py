"""A real `python -m bot run` in a subprocess, for what an admin sees when start-up fails."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from knowledge.ingest.pipeline import ingest_paths
from knowledge.store import KnowledgeBase

ROOT = Path(__file__).parent.parent
ARTICLES = Path(__file__).parent / "fixtures" / "slack_articles.jsonl"
PLATFORM_SETTINGS = (
    "DISCORD_TOKEN",
    "DISCORD_GUILD_IDS",
    "DISCORD_ANSWER_CHANNELS",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
)
STOPS_WITHIN = 60.0
"""A generous deadline: start-up failures end in about a second, but CI machines are slow."""


@dataclass(frozen=True)
class Stopped:
    returncode: int
    stderr: str

    @property
    def last_line(self) -> str:
        return self.stderr.strip().splitlines()[-1]


def small_kb(path: Path) -> Path:
    """A knowledge base of a few articles (an empty one would make Roadie build the bundled
    one first, which takes far longer than the start-up being tested)."""
    kb = KnowledgeBase.open(path)
    ingest_paths(kb, [str(ARTICLES)])
    kb.close()
    return path


async def run_roadie(env: dict[str, str], cwd: Path, *args: str) -> Stopped:
    """Run `python -m bot run *args` with only `env`'s platform settings; wait for it to stop."""
    cleared = {name: "" for name in PLATFORM_SETTINGS}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        *args,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **cleared, **env},
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), STOPS_WITHIN)
    except TimeoutError:
        process.kill()
        _, err = await process.communicate()
        raise AssertionError(f"still running after {STOPS_WITHIN} s:\n{err.decode()}") from None
    assert process.returncode is not None
    return Stopped(process.returncode, err.decode())


def assert_one_clear_line(stopped: Stopped, *words: str) -> None:
    """Stopped with a non-zero code and one line saying what is wrong, no traceback."""
    assert stopped.returncode != 0, stopped.stderr
    assert "Traceback" not in stopped.stderr, stopped.stderr
    assert stopped.last_line.startswith("error: "), stopped.stderr
    for word in words:
        assert word in stopped.last_line, stopped.stderr
