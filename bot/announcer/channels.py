"""The channels Roadie posts to: the server each belongs to, and whether it is disabled.

Lists shown in chat belong to whoever asks: a `Scope` (where a command was run) sees only the
channels of its own Discord server or Slack workspace, so one server's members never learn
another's channel ids. A channel whose server is not known yet (subscribed from the command line,
or before Roadie kept servers) is shown in chat only in that channel itself, and its server is
recorded the first time anyone runs a Roadie command there. The command line, run by whoever
operates Roadie, sees every channel (`scope=None`).

A channel is disabled when its platform refuses Roadie there for good (`ChannelRefused`: access
removed, channel deleted or archived): its subscriptions are kept but paused, nothing is queued
for it, and it resumes when an admin runs a subscription command there again.
"""

from __future__ import annotations

from dataclasses import dataclass
from sqlite3 import Connection

from knowledge.store import KnowledgeBase


@dataclass(frozen=True)
class Scope:
    """Where a command was run: the platform, its server or workspace ('' in a direct message),
    and the channel."""

    platform: str
    server_id: str
    channel_id: str


@dataclass(frozen=True)
class Disabled:
    """Since when a channel is disabled, and the platform's refusal that disabled it."""

    since: str
    reason: str

    @property
    def text(self) -> str:
        return f"paused since {self.since[:16].replace('T', ' ')} UTC: {self.reason}"


def visible(scope: Scope | None, table: str) -> tuple[str, list[str]]:
    """A WHERE condition on `table` (which has platform and channel_id columns) keeping the
    channels `scope` may see: its own channel, and those known to be in its server."""
    if scope is None:
        return "1 = 1", []
    sql = (
        f"{table}.platform = ? AND ({table}.channel_id = ? OR (? != '' AND EXISTS ("
        f"SELECT 1 FROM channels AS known WHERE known.platform = {table}.platform AND "
        f"known.channel_id = {table}.channel_id AND known.server_id = ?)))"
    )
    return sql, [scope.platform, scope.channel_id, scope.server_id, scope.server_id]


def record(conn: Connection, platform: str, channel_id: str, server_id: str) -> None:
    """Know the channel, inside the caller's transaction; a known server is kept when the
    caller does not know it ('')."""
    conn.execute(
        "INSERT INTO channels (platform, channel_id, server_id) VALUES (?, ?, ?) "
        "ON CONFLICT (platform, channel_id) DO UPDATE SET server_id = "
        "CASE WHEN excluded.server_id != '' THEN excluded.server_id ELSE server_id END",
        (platform, channel_id, server_id),
    )


def learn_server(kb: KnowledgeBase, scope: Scope) -> None:
    """Record the server of the channel a command came from, when Roadie knows the channel
    without it (the read first keeps commands from taking the write lock for nothing)."""
    where = (scope.platform, scope.channel_id)
    unknown = "SELECT 1 FROM channels WHERE platform = ? AND channel_id = ? AND server_id = ''"
    if not scope.server_id or not kb.query(unknown, where):
        return
    with kb.transaction() as conn:
        record(conn, scope.platform, scope.channel_id, scope.server_id)


def disabled_of(kb: KnowledgeBase, platform: str, channel_id: str) -> Disabled | None:
    rows = kb.query(
        "SELECT disabled_at, disabled_reason FROM channels WHERE platform = ? AND channel_id = ? "
        "AND disabled_at IS NOT NULL",
        [platform, channel_id],
    )
    return Disabled(str(rows[0][0]), str(rows[0][1] or "")) if rows else None


def disabled_channels(kb: KnowledgeBase, scope: Scope | None) -> list[tuple[str, str, Disabled]]:
    """(platform, channel id, why) of the disabled channels `scope` may see."""
    where, params = visible(scope, "channels")
    rows = kb.query(
        "SELECT platform, channel_id, disabled_at, disabled_reason FROM channels "
        f"WHERE disabled_at IS NOT NULL AND {where} ORDER BY platform, channel_id",
        params,
    )
    return [(str(p), str(c), Disabled(str(at), str(why or ""))) for p, c, at, why in rows]


def disable(kb: KnowledgeBase, platform: str, channel_id: str, reason: str, moment: str) -> int:
    """Disable the channel and, in the same transaction, withdraw every delivery still queued
    for it or being sent to it; returns how many were withdrawn. Parked ones stay, as the
    record of what never arrived."""
    with kb.transaction() as conn:
        record(conn, platform, channel_id, "")
        conn.execute(
            "UPDATE channels SET disabled_at = ?, disabled_reason = ? "
            "WHERE platform = ? AND channel_id = ?",
            (moment, reason, platform, channel_id),
        )
        cursor = conn.execute(
            "DELETE FROM deliveries WHERE platform = ? AND channel_id = ? "
            "AND status IN ('pending', 'sending')",
            (platform, channel_id),
        )
        return cursor.rowcount


def resume(kb: KnowledgeBase, scope: Scope) -> Disabled | None:
    """An admin ran a subscription command in the channel: know it (and its server) and enable
    it again. Returns what had disabled it, or None when it was not disabled."""
    was = disabled_of(kb, scope.platform, scope.channel_id)
    with kb.transaction() as conn:
        record(conn, scope.platform, scope.channel_id, scope.server_id)
        if was is not None:
            conn.execute(
                "UPDATE channels SET disabled_at = NULL, disabled_reason = NULL "
                "WHERE platform = ? AND channel_id = ?",
                (scope.platform, scope.channel_id),
            )
    return was
