"""The only types that cross the adapter boundary.

Adapters turn platform events into a `Message` and render a `Reply`; the core never sees a
platform object, so the same answer can be rendered as a Discord embed, Slack blocks or text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol


@dataclass(frozen=True)
class Message:
    """What someone said, reduced to plain ids and text.

    `server_id` is the Discord server (guild) or Slack workspace (team) the channel belongs to,
    empty in direct messages and the console: lists of channels show only that server's.
    """

    text: str
    platform: str = "console"
    channel_id: str = ""
    user_id: str = ""
    server_id: str = ""


@dataclass(frozen=True)
class Link:
    """One article as a reply cites it."""

    url: str
    title: str
    date: str
    source: str

    @property
    def line(self) -> str:
        """The compact one-line form used in lists: `2021-04-11 · Title · source`."""
        return f"{self.date} · {self.title} · {self.source}"


@dataclass(frozen=True)
class Reply:
    """A platform-free answer: lead text plus the article it came from.

    `article` is None when nothing was found; `private` marks help and errors, which adapters
    show only to the asker; `entity` is the canonical name the question was about (the
    "Follow" button uses it); `suggestions` are "did you mean" names.
    """

    intent: str
    text: str
    article: Link | None = None
    links: tuple[Link, ...] = ()
    suggestions: tuple[str, ...] = ()
    entity: str | None = None
    private: bool = False
    heading: str | None = None
    sources: tuple[Link, ...] = field(default=())

    @property
    def url(self) -> str | None:
        return self.article.url if self.article else None

    @property
    def freshness(self) -> str | None:
        """How fresh the answer is, e.g. "as of 2017-05-08, nme.com"."""
        if self.article is None:
            return None
        return f"as of {self.article.date}, {self.article.source}"


class SendError(Exception):
    """A push could not be delivered; the announcer releases the delivery and retries later."""


class ChannelRefused(SendError):
    """The platform refuses Roadie in this channel until someone there changes something (its
    access was removed, the channel deleted or archived): retrying cannot help, so the announcer
    disables the channel instead, until an admin runs a subscription command there again."""


class Sender(Protocol):
    """Delivers a reply to a channel of one platform; used by announcement pushes."""

    platform: str

    async def send(self, channel_id: str, reply: Reply) -> None:
        """Deliver `reply` to `channel_id`, waiting out rate limits; raise ChannelRefused when
        the channel refuses Roadie for good, SendError on any other failure."""
        ...


def utc_now() -> datetime:
    """The current time, timezone-aware; the single clock the core reads when none is given."""
    return datetime.now(UTC)
