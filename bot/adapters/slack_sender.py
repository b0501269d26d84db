"""Pushes to Slack channels: the announcer's `Sender` for the Slack platform."""

from __future__ import annotations

import logging

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack_blocks import fallback_text, render
from bot.messages import Reply, SendError

log = logging.getLogger(__name__)


class SlackSender:
    """Posts a reply with `chat.postMessage`.

    Rate limits are waited out by the client's retry handler (see `slack_app.web_client`), so
    by the time an error reaches here it is one the announcer should retry later.
    """

    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client

    async def send(self, channel_id: str, reply: Reply) -> None:
        try:
            await self._client.chat_postMessage(
                channel=channel_id,
                text=fallback_text(reply),
                blocks=render(reply),
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as error:
            code = error.response.get("error", "unknown_error")
            status = error.response.status_code
            raise SendError(
                f"Slack refused chat.postMessage to {channel_id}: {code} (HTTP {status})"
            ) from error
        except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
            raise SendError(
                f"Could not reach Slack to post to {channel_id}: {type(error).__name__}: {error}"
            ) from error
        log.info("Pushed %s to Slack channel %s", reply.intent, channel_id)
