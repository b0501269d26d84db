"""Readiness: whether this process is doing its job right now, one check per part.

Liveness (`/healthz`) only says the event loop answers; a restart is the cure for nothing else.
Readiness (`/readyz`) says whether Roadie can serve: the Discord gateway and Slack's Socket
Mode are connected, the database accepts writes, and the announcer finished a tick recently.
Each check answers with ok or not and a short reason, which `/readyz` shows, so an operator
sees which part is down.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import discord
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

Probe = Callable[[], Awaitable[tuple[bool, str]]]
DATABASE_WAIT_SECONDS = 2.0


@dataclass
class Health:
    """The checks `/readyz` runs, by name; `stopping` makes the process unready at once."""

    checks: dict[str, Probe] = field(default_factory=dict)
    stopping: bool = False

    async def readiness(self) -> tuple[bool, list[str]]:
        """Whether every check passes, and one `name: ok|FAIL reason` line per check."""
        if self.stopping:
            return False, ["process: FAIL stopping"]
        lines, ready = [], True
        for name, probe in self.checks.items():
            ok, reason = await probe()
            ready = ready and ok
            lines.append(f"{name}: {'ok' if ok else 'FAIL'} {reason}")
        return ready, lines


def gateway(client: discord.Client) -> Probe:
    """Connected means logged in, READY, and every gateway socket open (all shards)."""

    async def probe() -> tuple[bool, str]:
        if client.is_closed() or not client.is_ready():
            return False, "gateway not connected yet"
        if isinstance(client, discord.AutoShardedClient):
            down = [shard for shard, info in client.shards.items() if info.is_closed()]
            if down:
                return False, f"gateway shards {down} disconnected"
        elif client.ws is None or not client.ws.open or client.ws.socket.close_code is not None:
            # A close frame received means the socket is gone, even where an older aiohttp
            # does not call it closed yet.
            return False, "gateway disconnected (reconnecting)"
        return True, "gateway connected"

    return probe


def socket_mode(handler: Callable[[], AsyncSocketModeHandler | None]) -> Probe:
    """Connected means Slack's Socket Mode WebSocket is open and answering pings."""

    async def probe() -> tuple[bool, str]:
        current = handler()
        if current is None:
            return False, "Socket Mode not connected yet"
        if await current.client.is_connected():
            return True, "Socket Mode connected"
        return False, "Socket Mode disconnected (reconnecting)"

    return probe


def database(path: Path) -> Probe:
    """Writable means a write transaction can start within a few seconds, on a connection of
    its own (the shared one may be busy with a tick, and this must not wait behind it)."""

    def begin() -> None:
        conn = sqlite3.connect(path, timeout=DATABASE_WAIT_SECONDS, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()

    async def probe() -> tuple[bool, str]:
        try:
            await asyncio.to_thread(begin)
        except sqlite3.Error as error:
            return False, f"database not writable: {error}"
        return True, "database writable"

    return probe


@dataclass
class Ticks:
    """When the announcer last finished a tick; stale after `limit` seconds without one."""

    limit: float
    started: float = field(default_factory=time.monotonic)
    last: float | None = None

    def ticked(self) -> None:
        self.last = time.monotonic()

    async def probe(self) -> tuple[bool, str]:
        now = time.monotonic()
        if self.last is None:
            age = now - self.started
            return age <= self.limit, f"no tick yet, started {age:.0f} s ago"
        age = now - self.last
        return age <= self.limit, f"last tick {age:.0f} s ago (limit {self.limit:.0f} s)"
