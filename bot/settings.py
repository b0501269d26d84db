"""Settings read once from the environment (and `.env`), so secrets never live in code or logs."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from platformdirs import user_data_dir

DISCORD_API_BASE_URL = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/"
SLACK_API_URL = "https://slack.com/api/"
N = TypeVar("N", int, float)


class SettingsError(ValueError):
    """A setting is present but unusable; the message names it and what would be valid."""


def _ints(environ: Mapping[str, str], name: str) -> tuple[int, ...]:
    raw = environ.get(name, "").strip()
    if not raw:
        return ()
    try:
        return tuple(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise SettingsError(
            f"{name} must be a comma-separated list of numbers, got {raw!r}"
        ) from None


def _number(
    environ: Mapping[str, str], name: str, default: N, parse: Callable[[str], N], what: str
) -> N:
    """`name` read with `parse`, or `default` when unset; a SettingsError saying `what` it takes."""
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return parse(raw)
    except ValueError:
        raise SettingsError(f"{name} must be {what}, got {raw!r}") from None


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    return _number(environ, name, default, int, "a whole number")


def _float(environ: Mapping[str, str], name: str, default: float) -> float:
    return _number(environ, name, default, float, "a number of seconds")


def _words(environ: Mapping[str, str], name: str) -> tuple[str, ...]:
    return tuple(part for part in environ.get(name, "").replace(" ", "").split(",") if part)


def default_db_path() -> Path:
    """Where the knowledge base lives when neither --db nor ROADIE_DB says otherwise."""
    return Path(user_data_dir("roadie", appauthor=False)) / "roadie.db"


@dataclass(frozen=True)
class Settings:
    """Every setting Roadie reads; `.env.example` documents each one."""

    db_path: Path = field(default_factory=default_db_path)
    aliases_path: Path | None = None
    log_level: str = "INFO"
    discord_token: str | None = field(default=None, repr=False)
    discord_api_base_url: str = DISCORD_API_BASE_URL
    discord_gateway_url: str = DISCORD_GATEWAY_URL
    discord_guild_ids: tuple[int, ...] = ()
    discord_shard_count: int | None = None
    discord_shard_ids: tuple[int, ...] = ()
    discord_answer_channels: tuple[str, ...] = ()
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_api_url: str = SLACK_API_URL
    port: int = 3000
    feeds: tuple[str, ...] = ()
    feed_interval_minutes: int = 10
    user_agent: str = "RoadieBot/0.1 (+https://github.com/roadie-bot/roadie)"
    admin_users: tuple[str, ...] = ()
    feed_max_failures: int = 5
    feed_timeout_seconds: float = 20.0
    feed_host_delay_seconds: float = 1.0
    subscribe_preview: int = 0
    burst_limit: int = 5
    burst_window_minutes: int = 10
    story_window_hours: int = 48
    delivery_max_attempts: int = 5
    delivery_lease_seconds: int = 120
    announce_interval_seconds: int = 60

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `environ` (default: the process environment)."""
        env = os.environ if environ is None else environ
        shard_count = _int(env, "DISCORD_SHARD_COUNT", 0)
        aliases = env.get("ROADIE_ALIASES", "").strip()
        return cls(
            db_path=Path(env["ROADIE_DB"]) if env.get("ROADIE_DB") else default_db_path(),
            aliases_path=Path(aliases) if aliases else None,
            log_level=env.get("ROADIE_LOG_LEVEL", "INFO").upper(),
            discord_token=env.get("DISCORD_TOKEN") or None,
            discord_api_base_url=env.get("DISCORD_API_BASE_URL") or DISCORD_API_BASE_URL,
            discord_gateway_url=env.get("DISCORD_GATEWAY_URL") or DISCORD_GATEWAY_URL,
            discord_guild_ids=_ints(env, "DISCORD_GUILD_IDS"),
            discord_shard_count=shard_count or None,
            discord_shard_ids=_ints(env, "DISCORD_SHARD_IDS"),
            discord_answer_channels=_words(env, "DISCORD_ANSWER_CHANNELS"),
            slack_bot_token=env.get("SLACK_BOT_TOKEN") or None,
            slack_app_token=env.get("SLACK_APP_TOKEN") or None,
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
            slack_api_url=env.get("SLACK_API_URL") or SLACK_API_URL,
            port=_int(env, "PORT", 3000),
            feeds=tuple(u for u in env.get("ROADIE_FEEDS", "").split() if u),
            feed_interval_minutes=_int(env, "ROADIE_FEED_INTERVAL_MINUTES", 10),
            user_agent=env.get("ROADIE_USER_AGENT") or cls.user_agent,
            admin_users=_words(env, "ROADIE_ADMIN_USERS"),
            feed_max_failures=_int(env, "ROADIE_FEED_MAX_FAILURES", 5),
            feed_timeout_seconds=_float(env, "ROADIE_FEED_TIMEOUT_SECONDS", 20.0),
            feed_host_delay_seconds=_float(env, "ROADIE_FEED_HOST_DELAY_SECONDS", 1.0),
            subscribe_preview=_int(env, "ROADIE_SUBSCRIBE_PREVIEW", 0),
            burst_limit=_int(env, "ROADIE_BURST_LIMIT", 5),
            burst_window_minutes=_int(env, "ROADIE_BURST_WINDOW_MINUTES", 10),
            story_window_hours=_int(env, "ROADIE_STORY_WINDOW_HOURS", 48),
            delivery_max_attempts=_int(env, "ROADIE_DELIVERY_MAX_ATTEMPTS", 5),
            delivery_lease_seconds=_int(env, "ROADIE_DELIVERY_LEASE_SECONDS", 120),
            announce_interval_seconds=_int(env, "ROADIE_ANNOUNCE_INTERVAL_SECONDS", 60),
        )
