"""Every setting Roadie reads, as one table: variable, reader and default, each written once.

`Settings.from_env` walks the table, so a new setting is one field, and every value is checked
when Roadie starts: a bad one stops it with one line naming the variable and what it takes,
instead of a traceback later (or a silent fallback). A blank variable counts as unset. Secrets
are never echoed back, not even in an error.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Generic, TypeVar

from platformdirs import user_data_dir

from knowledge.ingest.addresses import AddressPolicy

T = TypeVar("T")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("text", "json")


class SettingsError(ValueError):
    """A setting is present but unusable; the message names it and what would be valid."""


@dataclass(frozen=True)
class Reader(Generic[T]):
    """How a variable's text becomes a value: `parse` raises ValueError on text that is not
    `takes`, which is what the error message says a valid value looks like."""

    parse: Callable[[str], T]
    takes: str


def _checked(parse: Callable[[str], T], ok: Callable[[T], bool]) -> Callable[[str], T]:
    def read(raw: str) -> T:
        value = parse(raw)
        if not ok(value):
            raise ValueError(raw)
        return value

    return read


def whole(low: int, high: int | None = None) -> Reader[int]:
    takes = f"a whole number from {low} to {high}" if high else f"a whole number of {low} or more"
    return Reader(_checked(int, lambda n: low <= n and (high is None or n <= high)), takes)


def seconds(low: float, *, above: bool = False) -> Reader[float]:
    takes = f"a number of seconds {'above' if above else 'of at least'} {low:g}"
    return Reader(_checked(float, lambda s: s > low if above else s >= low), takes)


def choice(*options: str) -> Reader[str]:
    def read(raw: str) -> str:
        found = [o for o in options if o.lower() == raw.lower()]
        if not found:
            raise ValueError(raw)
        return found[0]

    return Reader(read, "one of " + ", ".join(options))


def url(*schemes: str) -> Reader[str]:
    starts = tuple(f"{scheme}://" for scheme in schemes)
    return Reader(
        _checked(str, lambda u: u.startswith(starts) and len(u) > len(starts[0])),
        "a URL starting with " + " or ".join(starts),
    )


def _split(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _digits(raw: str) -> tuple[str, ...]:
    parts = _split(raw)
    if not all(part.isdigit() for part in parts):
        raise ValueError(raw)
    return tuple(parts)


def _urls(raw: str) -> tuple[str, ...]:
    parts = tuple(raw.split())
    if not all(part.startswith(("http://", "https://")) for part in parts):
        raise ValueError(raw)
    return parts


def _switch(raw: str) -> bool:
    word = raw.lower()
    if word not in ("on", "off", "true", "false", "yes", "no", "1", "0"):
        raise ValueError(raw)
    return word in ("on", "true", "yes", "1")


def _slash_ended(raw: str) -> str:
    """Slack's client joins method names straight onto the base URL."""
    return raw if raw.endswith("/") else raw + "/"


TEXT = Reader(str, "text")
SECRET = Reader(str, "the secret value")
PATH = Reader(Path, "a file path")
NUMBERS = Reader(lambda raw: tuple(int(part) for part in _digits(raw)), "comma-separated numbers")
IDS = Reader(_digits, "comma-separated numeric ids (Developer Mode -> Copy ID)")
NAMES = Reader(lambda raw: tuple(_split(raw)), "comma-separated ids")
URLS = Reader(_urls, "space-separated http:// or https:// URLs")
SWITCH = Reader(_switch, "on or off")
WEB_URL = url("http", "https")
SLACK_URL = Reader(lambda raw: _slash_ended(WEB_URL.parse(raw)), WEB_URL.takes)


def _allowed(raw: str) -> tuple[str, ...]:
    entries = tuple(_split(raw))
    AddressPolicy.allowing(entries)
    return entries


FETCH_ALLOW = Reader(
    _allowed, "comma-separated host names, addresses or CIDR ranges, e.g. 127.0.0.1,feeds.lan"
)


def setting(env: str, read: Reader[Any], default: Any = None, *, secret: bool = False) -> Any:
    """A field of the table: `env` read with `read`, else `default` (a callable is a factory)."""
    meta = {"env": env, "read": read, "secret": secret}
    if callable(default):
        return field(default_factory=default, metadata=meta, repr=not secret)
    return field(default=default, metadata=meta, repr=not secret)


def default_db_path() -> Path:
    """Where the knowledge base lives when neither --db nor ROADIE_DB says otherwise."""
    return Path(user_data_dir("roadie", appauthor=False)) / "roadie.db"


@dataclass(frozen=True)
class Settings:
    """Every setting Roadie reads; `.env.example` documents each one."""

    db_path: Path = setting("ROADIE_DB", PATH, default_db_path)
    aliases_path: Path | None = setting("ROADIE_ALIASES", PATH)
    log_level: str = setting("ROADIE_LOG_LEVEL", choice(*LOG_LEVELS), "INFO")
    log_format: str = setting("ROADIE_LOG_FORMAT", choice(*LOG_FORMATS), "text")
    http_port: int | None = setting("ROADIE_HTTP_PORT", whole(0, 65535))
    http_host: str = setting("ROADIE_HTTP_HOST", TEXT, "0.0.0.0")
    announcer: bool = setting("ROADIE_ANNOUNCER", SWITCH, True)
    cooldown_questions: int = setting("ROADIE_COOLDOWN_QUESTIONS", whole(0), 6)
    discord_token: str | None = setting("DISCORD_TOKEN", SECRET, secret=True)
    discord_api_base_url: str = setting(
        "DISCORD_API_BASE_URL", WEB_URL, "https://discord.com/api/v10"
    )
    discord_gateway_url: str = setting(
        "DISCORD_GATEWAY_URL", url("ws", "wss"), "wss://gateway.discord.gg/"
    )
    discord_guild_ids: tuple[int, ...] = setting("DISCORD_GUILD_IDS", NUMBERS, ())
    discord_shard_count: int | None = setting("DISCORD_SHARD_COUNT", whole(1))
    discord_shard_ids: tuple[int, ...] = setting("DISCORD_SHARD_IDS", NUMBERS, ())
    discord_answer_channels: tuple[str, ...] = setting("DISCORD_ANSWER_CHANNELS", IDS, ())
    slack_bot_token: str | None = setting("SLACK_BOT_TOKEN", SECRET, secret=True)
    slack_app_token: str | None = setting("SLACK_APP_TOKEN", SECRET, secret=True)
    slack_signing_secret: str | None = setting("SLACK_SIGNING_SECRET", SECRET, secret=True)
    slack_api_url: str = setting("SLACK_API_URL", SLACK_URL, "https://slack.com/api/")
    port: int = setting("PORT", whole(0, 65535), 3000)
    feeds: tuple[str, ...] = setting("ROADIE_FEEDS", URLS, ())
    feed_interval_minutes: int = setting("ROADIE_FEED_INTERVAL_MINUTES", whole(1), 10)
    user_agent: str = setting(
        "ROADIE_USER_AGENT", TEXT, "RoadieBot/0.1 (+https://github.com/roadie-bot/roadie)"
    )
    admin_users: tuple[str, ...] = setting("ROADIE_ADMIN_USERS", NAMES, ())
    feed_max_failures: int = setting("ROADIE_FEED_MAX_FAILURES", whole(1), 5)
    feed_timeout_seconds: float = setting(
        "ROADIE_FEED_TIMEOUT_SECONDS", seconds(0, above=True), 20.0
    )
    feed_host_delay_seconds: float = setting("ROADIE_FEED_HOST_DELAY_SECONDS", seconds(0), 1.0)
    feed_max_bytes: int = setting("ROADIE_FEED_MAX_BYTES", whole(1000), 5_000_000)
    feed_max_items: int = setting("ROADIE_FEED_MAX_ITEMS", whole(1), 500)
    fetch_allow: tuple[str, ...] = setting("ROADIE_FETCH_ALLOW", FETCH_ALLOW, ())
    subscribe_preview: int = setting("ROADIE_SUBSCRIBE_PREVIEW", whole(0), 0)
    burst_limit: int = setting("ROADIE_BURST_LIMIT", whole(1), 5)
    burst_window_minutes: int = setting("ROADIE_BURST_WINDOW_MINUTES", whole(1), 10)
    story_window_hours: int = setting("ROADIE_STORY_WINDOW_HOURS", whole(1), 48)
    delivery_max_attempts: int = setting("ROADIE_DELIVERY_MAX_ATTEMPTS", whole(1), 5)
    delivery_lease_seconds: int = setting("ROADIE_DELIVERY_LEASE_SECONDS", whole(0), 120)
    announce_interval_seconds: int = setting("ROADIE_ANNOUNCE_INTERVAL_SECONDS", whole(1), 60)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `environ` (default: the process environment); SettingsError
        names the first variable whose value cannot be used."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in fields(cls):
            name, read = spec.metadata["env"], spec.metadata["read"]
            raw = env.get(name, "").strip()
            if not raw:
                continue
            try:
                values[spec.name] = read.parse(raw)
            except ValueError:
                shown = "" if spec.metadata["secret"] else f", got {raw!r}"
                raise SettingsError(f"{name} must be {read.takes}{shown}") from None
        return cls(**values)
