"""Subscriptions in Slack: `/roadie subscribe|unsubscribe|subscriptions|feeds` and Follow.

Slack handlers are plain functions of a Request, so whether the asker is an admin is looked up
before they run: a Bolt middleware asks `users.info` (workspace admins and owners count) for
commands and buttons that change subscriptions, and keeps the answer briefly. People in
ROADIE_ADMIN_USERS count as admins without a lookup.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.app import SlackAdapter
from bot.adapters.slack.blocks import ACTION_FOLLOW
from bot.adapters.slack.commands import Request
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

log = logging.getLogger(__name__)
ADMIN_TTL_SECONDS = 300.0
CHANGES = ("subscribe", "unsubscribe")


class AdminCache:
    """user id → (is admin, when looked up)."""

    def __init__(self) -> None:
        self.known: dict[str, tuple[bool, float]] = {}

    def get(self, user_id: str) -> bool:
        found = self.known.get(user_id)
        return bool(found and found[0] and time.monotonic() - found[1] < ADMIN_TTL_SECONDS)

    async def refresh(self, client: AsyncWebClient, user_id: str) -> None:
        found = self.known.get(user_id)
        if found and time.monotonic() - found[1] < ADMIN_TTL_SECONDS:
            return
        try:
            response = await client.users_info(user=user_id)
        except (SlackApiError, SlackClientError) as error:
            log.warning("Slack: users.info for %s failed (%s): not an admin", user_id, error)
            return
        user = response.get("user") or {}
        admin = bool(user.get("is_admin") or user.get("is_owner"))
        self.known[user_id] = (admin, time.monotonic())


def _changes_subscriptions(body: dict[str, Any]) -> str | None:
    """The user whose admin status matters for this request, if it changes subscriptions."""
    if body.get("command") == "/roadie":
        first = str(body.get("text", "")).strip().split(" ", 1)[0].lower()
        return str(body.get("user_id", "")) if first in CHANGES else None
    actions = body.get("actions") or []
    if actions and actions[0].get("action_id") == ACTION_FOLLOW:
        return str((body.get("user") or {}).get("id", ""))
    return None


def install_subscriptions(adapter: SlackAdapter, settings: Settings) -> None:
    """Add the subscription subcommands and the Follow button to a Slack adapter."""
    admins = AdminCache()

    async def look_up_admin(body: dict[str, Any], next: Callable[[], Awaitable[None]]) -> None:
        user_id = _changes_subscriptions(body)
        if user_id and user_id not in settings.admin_users:
            await admins.refresh(adapter.client, user_id)
        await next()

    def asker(request: Request) -> Asker:
        message = request.message
        admin = admins.get(message.user_id)
        return Asker("slack", message.channel_id, message.user_id, admin)

    def subscribe(request: Request) -> Reply:
        return subscribe_reply(request.kb, settings, asker(request), request.args)

    def unsubscribe(request: Request) -> Reply:
        return unsubscribe_reply(request.kb, settings, asker(request), request.args)

    def subscriptions(request: Request) -> Reply:
        return list_reply(request.kb, "slack", request.message.channel_id)

    def feeds(request: Request) -> Reply:
        return feeds_reply(request.kb)

    def follow(request: Request) -> Reply:
        return follow_reply(request.kb, settings, asker(request), request.args)

    adapter.app.middleware(look_up_admin)
    adapter.subcommands.update(
        subscribe=subscribe, unsubscribe=unsubscribe, subscriptions=subscriptions, feeds=feeds
    )
    adapter.follow = follow
