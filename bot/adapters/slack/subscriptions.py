"""Subscriptions in Slack: `/roadie subscribe|unsubscribe|subscriptions|feeds` and Follow.

Each is a plain handler of a `Request`, like the other subcommands. Those that change a
channel's subscriptions need to know whether the asker is an admin: the adapter looks that up
(`admins.AdminLookup`) after acknowledging, for the handlers in `SlackSubscriptions.changes`.
"""

from __future__ import annotations

from bot.adapters.slack.commands import Handler, Request
from bot.announcer.commands import (
    Asker,
    feeds_reply,
    follow_reply,
    list_reply,
    subscribe_reply,
    unsubscribe_reply,
)
from bot.core.messages import Reply
from bot.settings import Settings


def asker(request: Request) -> Asker:
    """Who asked, in which channel of which workspace (Slack's team id)."""
    message = request.message
    return Asker("slack", message.channel_id, message.user_id, request.is_admin, message.server_id)


class SlackSubscriptions:
    """The subscription handlers, bound to the settings that say who else may change them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def subscribe(self, request: Request) -> Reply:
        return subscribe_reply(request.kb, self.settings, asker(request), request.args)

    def unsubscribe(self, request: Request) -> Reply:
        return unsubscribe_reply(request.kb, self.settings, asker(request), request.args)

    def follow(self, request: Request) -> Reply:
        """The "Follow <artist>" button; the artist's name is in `request.args`."""
        return follow_reply(request.kb, self.settings, asker(request), request.args)

    def subscriptions(self, request: Request) -> Reply:
        return list_reply(request.kb, asker(request).scope)

    def feeds(self, request: Request) -> Reply:
        return feeds_reply(request.kb, asker(request).scope)

    @property
    def subcommands(self) -> dict[str, Handler]:
        return {
            "subscribe": self.subscribe,
            "unsubscribe": self.unsubscribe,
            "subscriptions": self.subscriptions,
            "feeds": self.feeds,
        }

    @property
    def changes(self) -> frozenset[Handler]:
        """The handlers that are told whether the asker is an admin."""
        return frozenset({self.subscribe, self.unsubscribe, self.follow})
