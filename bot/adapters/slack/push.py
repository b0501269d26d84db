"""Slack pushes that are checked before they are repeated.

Slack has no idempotency key for `chat.postMessage`, so each push carries its outbox batch key
in the message metadata. When the outbox says a push may already have been sent (its earlier
claim died or its mark failed), the recent channel history is read first: a message carrying
the key means it arrived, and it is not posted again. Without history access (the
`channels:history` scope, or a channel Roadie has not joined) the push is posted, so Slack gets
at-least-once delivery with a duplicate possible only in that narrow crash window.

The check fits Slack's tightest limit, for commercially distributed apps that are not in the
Marketplace: 15 messages per `conversations.history` call and one call a minute (internal apps
are exempt). 15 suffice, since a retry follows its first try within minutes; and the checks take
turns, so a rate limit is waited out (the client's retry handler sleeps for Slack's Retry-After)
instead of several checks at once running out of retries and posting unchecked.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.blocks import fallback_text, render
from bot.core.messages import ChannelRefused, Reply, SendError

log = logging.getLogger(__name__)
EVENT_TYPE = "roadie_push"
HISTORY_LIMIT = 15
REFUSING = frozenset({"channel_not_found", "is_archived", "not_in_channel"})
"""Slack's errors for a channel that is gone, archived, or that Roadie was never invited to:
only someone in the workspace can undo them, so the channel is disabled (ChannelRefused)."""


class SlackPushSender:
    """The announcer's Slack `Sender`, posting with `chat.postMessage`.

    Rate limits are waited out by the client's retry handler (see `app.web_client`), so
    by the time an error reaches here it is one the announcer should retry later.
    """

    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client
        self._history_turn = asyncio.Lock()

    async def send(self, channel_id: str, reply: Reply) -> None:
        await self._post(channel_id, reply, None)

    async def send_keyed(self, channel_id: str, reply: Reply, key: str, retry: bool) -> None:
        if retry and await self._already_posted(channel_id, key):
            log.info("Slack: push %s is already in %s; not posting it again", key, channel_id)
            return
        await self._post(channel_id, reply, key)

    async def _already_posted(self, channel_id: str, key: str) -> bool:
        try:
            async with self._history_turn:
                response = await self._client.conversations_history(
                    channel=channel_id, limit=HISTORY_LIMIT, include_all_metadata=True
                )
        except (SlackApiError, SlackClientError, aiohttp.ClientError, TimeoutError) as error:
            log.warning("Slack: cannot check %s for push %s (%s); posting", channel_id, key, error)
            return False
        messages: list[dict[str, Any]] = response.get("messages") or []
        return any(
            (m.get("metadata") or {}).get("event_payload", {}).get("key") == key for m in messages
        )

    async def _post(self, channel_id: str, reply: Reply, key: str | None) -> None:
        extra: dict[str, Any] = {}
        if key is not None:
            extra["metadata"] = {"event_type": EVENT_TYPE, "event_payload": {"key": key}}
        try:
            await self._client.chat_postMessage(
                channel=channel_id,
                text=fallback_text(reply),
                blocks=render(reply),
                unfurl_links=False,
                unfurl_media=False,
                **extra,
            )
        except SlackApiError as error:
            code = error.response.get("error", "unknown_error")
            status = error.response.status_code
            refused = ChannelRefused if code in REFUSING else SendError
            raise refused(
                f"Slack refused chat.postMessage to {channel_id}: {code} (HTTP {status})"
            ) from error
        except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
            raise SendError(
                f"Could not reach Slack to post to {channel_id}: {type(error).__name__}: {error}"
            ) from error
