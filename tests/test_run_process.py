"""`python -m bot run` as a platform runs it: a real process against the loopback fake Discord,
stopped with SIGTERM in the middle of a push, and a second announcer refused."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sqlite3
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fakes.discord_push_server import PushDiscord
from fakes.discord_server import TOKEN
from support import start_bot

from bot.announcer import outbox
from bot.announcer.clock import stamp
from bot.announcer_lock import announcer_lock
from bot.core.messages import utc_now
from knowledge.store import KnowledgeBase

ROOT = Path(__file__).parent.parent
PUSH_CHANNEL = "930000000000000001"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")


@pytest.fixture
async def push_discord() -> AsyncIterator[PushDiscord]:
    """The fake Discord with nonce deduplication and sends that can hang (see PushDiscord)."""
    server = PushDiscord()
    await server.start()
    yield server
    await server.stop()
    assert server.refusals == [], "Discord would have refused these"


def _one_push_queued(core_db: Path, db: Path) -> None:
    """A copy of the test knowledge base with one notice waiting for one Discord channel."""
    shutil.copyfile(core_db, db)
    kb = KnowledgeBase.open(db)
    with kb.transaction() as conn:
        text = "Quiet Harbour's feed moved; following the new address."
        outbox.add_notice(conn, "test:1", text, [("discord", PUSH_CHANNEL)], stamp(utc_now()))
    kb.close()


def _deliveries(db: Path) -> list[tuple[str, bool]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT status, claimed_at IS NOT NULL FROM deliveries").fetchall()
    return [(str(status), bool(claimed)) for status, claimed in rows]


async def _until(probe: Any, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := probe()):
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)
    return found


async def _stopped(process: asyncio.subprocess.Process) -> str:
    """SIGTERM, then the process must be gone with exit code 0 within 10 s; its log."""
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), 10)
    log = err.decode()
    assert process.returncode == 0, log
    return log


async def test_sigterm_mid_push_exits_0_and_the_next_start_delivers_it_once(
    tmp_path: Path, core_db: Path, push_discord: PushDiscord
) -> None:
    db = tmp_path / "roadie.db"
    _one_push_queued(core_db, db)
    env = {
        "DISCORD_TOKEN": TOKEN,
        "DISCORD_API_BASE_URL": push_discord.api_url,
        "DISCORD_GATEWAY_URL": push_discord.gateway_url,
        "SLACK_BOT_TOKEN": "",
        "ROADIE_DB": str(db),
        "ROADIE_LOG_LEVEL": "INFO",
    }
    push_discord.hold_after = 0
    first = await start_bot("run", "--no-console", env=env, cwd=tmp_path)
    await _until(lambda: push_discord.visible)
    log = await _stopped(first)
    assert (
        "SIGTERM: stopping" in log and "deliveries in flight put back for the next start: 1" in log
    )
    assert _deliveries(db) == [("pending", True)]

    push_discord.hold_after = None
    second = await start_bot("run", "--no-console", env=env, cwd=tmp_path)
    await _until(lambda: _deliveries(db) == [("delivered", True)])
    await _stopped(second)
    (pushed,) = push_discord.visible
    assert pushed.channel_id == PUSH_CHANNEL
    tries = push_discord.posts(f"/channels/{PUSH_CHANNEL}/messages")
    assert len(tries) == 2 and {call.body["nonce"] for call in tries} == {pushed.nonce}


async def test_a_second_announcer_on_the_same_database_is_refused(
    tmp_path: Path, core_db: Path
) -> None:
    db = tmp_path / "roadie.db"
    shutil.copyfile(core_db, db)
    env = {"DISCORD_TOKEN": TOKEN, "ROADIE_DB": str(db)}
    with announcer_lock(db):
        for command in (("run", "--no-console"), ("announce", "--once")):
            process = await start_bot(*command, env=env, cwd=tmp_path)
            _, err = await asyncio.wait_for(process.communicate(), 60)
            assert process.returncode == 1
            assert f"the announcer already runs on {db} (pid {os.getpid()} on " in err.decode()


async def test_a_deployment_without_any_token_fails_instead_of_chatting(tmp_path: Path) -> None:
    env = {"DISCORD_TOKEN": "", "SLACK_BOT_TOKEN": "", "ROADIE_DB": str(tmp_path / "none.db")}
    process = await start_bot("run", "--no-console", env=env, cwd=tmp_path)
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    assert "no DISCORD_TOKEN or SLACK_BOT_TOKEN is set, so there is nothing to run" in err.decode()
    assert not (tmp_path / "none.db").exists(), "no knowledge base is built for nothing"
