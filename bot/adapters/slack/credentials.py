"""Slack credentials checked at start, so a wrong one stops `python -m bot run` with one line.

Unchecked, a refused bot token shows only when the first request arrives (Bolt answers it with
a "reinstall" text), and Socket Mode retries a refused app token forever, with a traceback each
time. Every error names the setting and where in Slack's app settings the right value is; none
shows a secret, only the kind of token a value looks like.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings, SettingsError

_PREFIX = re.compile(r"(xox[a-z]|xapp)-")
BOT_TOKEN_HELP = "the Bot User OAuth Token (xoxb-...) from your app's OAuth & Permissions page"
APP_TOKEN_HELP = (
    "an app-level token (xapp-...) with connections:write, from Basic Information -> "
    "App-Level Tokens"
)


def _kind(value: str) -> str:
    found = _PREFIX.match(value)
    return f"starts with {found.group()}" if found else "is not a Slack token"


def check_shapes(settings: Settings) -> None:
    """Tokens in the wrong setting, caught before anything is sent to Slack."""
    bot, app = settings.slack_bot_token, settings.slack_app_token
    secret = settings.slack_signing_secret
    if bot and not bot.startswith("xoxb-"):
        raise SettingsError(f"SLACK_BOT_TOKEN must be {BOT_TOKEN_HELP}; this one {_kind(bot)}")
    if app and not app.startswith("xapp-"):
        raise SettingsError(f"SLACK_APP_TOKEN must be {APP_TOKEN_HELP}; this one {_kind(app)}")
    if secret and _PREFIX.match(secret):
        raise SettingsError(
            "SLACK_SIGNING_SECRET holds a token, not the signing secret: copy Basic Information "
            "-> App Credentials -> Signing Secret into it"
        )


async def check_with_slack(client: AsyncWebClient, app_token: str | None) -> None:
    """Ask Slack whether it accepts the bot token (`auth.test`) and, for Socket Mode, the app
    token (`apps.connections.open`, whose one-time URL is then left unused)."""
    await _call("SLACK_BOT_TOKEN", BOT_TOKEN_HELP, client, client.auth_test())
    if app_token:
        opened = client.apps_connections_open(app_token=app_token)
        await _call("SLACK_APP_TOKEN", APP_TOKEN_HELP, client, opened)


async def _call(setting: str, help_text: str, client: AsyncWebClient, call: Awaitable[Any]) -> None:
    try:
        await call
    except SlackApiError as error:
        code = error.response.get("error", "unknown_error")
        raise SettingsError(
            f"Slack refused {setting} ({code}): set it to {help_text}, and reinstall the app "
            "if the token was revoked"
        ) from None
    except (SlackClientError, aiohttp.ClientError, TimeoutError) as error:
        raise SettingsError(
            f"Slack could not be reached at {client.base_url} ({type(error).__name__}): "
            "check the network, or SLACK_API_URL if it is set"
        ) from None
