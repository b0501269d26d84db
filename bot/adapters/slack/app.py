"""Roadie in Slack: a thin Bolt app that turns Slack events into core questions.

Bolt's async API keeps Slack in the same asyncio loop as Discord and the announcer. Each
listener acknowledges at once (Slack gives up after 3 seconds), then does the slow work: the
admin lookup for subscription changes, the cooldown for questions, the core in a worker thread
(`worker.off_loop`), and the reply rendered with `blocks`. Everything Slack-specific stays here;
`commands` says what the words mean.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from cachetools import TTLCache
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.cooldown import Cooldown
from bot.adapters.slack import commands
from bot.adapters.slack.admins import AdminLookup
from bot.adapters.slack.blocks import (
    ACTION_FOLLOW,
    ACTION_MORE_LIKE,
    ACTION_OPEN,
    ACTION_SUGGEST_PREFIX,
    fallback_text,
    render,
    unescape,
)
from bot.adapters.slack.credentials import check_shapes, check_with_slack
from bot.adapters.slack.http import EVENTS_PATH, web_app
from bot.adapters.slack.push import SlackPushSender
from bot.adapters.slack.subscriptions import SlackSubscriptions
from bot.adapters.worker import off_loop
from bot.core.messages import Message, Reply
from bot.observability.metrics import answered
from bot.settings import Settings, SettingsError
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)

SOMETHING_WENT_WRONG = Reply(
    intent="error",
    text="Sorry, something went wrong while answering that. Please try again in a moment.",
    private=True,
)
RETRY_MEMORY_SECONDS = 3600.0
"""How long an event id is remembered: Slack retries within minutes, Socket Mode after a
reconnect; both carry the same `event_id`."""
RETRY_MEMORY_SIZE = 10_000
_LEADING_MENTION = re.compile(r"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*")

Deliver = Callable[[Reply], Awaitable[None]]


def web_client(settings: Settings) -> AsyncWebClient:
    """The one Web API client: replies and pushes both wait out 429s instead of failing."""
    return AsyncWebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(),
            AsyncRateLimitErrorRetryHandler(max_retry_count=3),
        ],
    )


class SlackAdapter:
    """The Bolt app, its push `sender`, and the two ways of hearing from Slack."""

    def __init__(self, settings: Settings, kb: KnowledgeBase, client: AsyncWebClient) -> None:
        self.settings = settings
        self.kb = kb
        self.client = client
        self.sender = SlackPushSender(client)
        self.admins = AdminLookup(client, settings.admin_users)
        self.cooldown = Cooldown(settings.cooldown_questions)
        subscriptions = SlackSubscriptions(settings)
        self.subcommands: dict[str, commands.Handler] = {
            **commands.SUBCOMMANDS,
            **subscriptions.subcommands,
        }
        self.follow: commands.Handler = subscriptions.follow
        self.told_if_admin: frozenset[commands.Handler] = subscriptions.changes
        self.http_port: int | None = None
        self.socket_mode: AsyncSocketModeHandler | None = None
        self._seen: TTLCache[str, bool] = TTLCache(RETRY_MEMORY_SIZE, RETRY_MEMORY_SECONDS)
        self.app = AsyncApp(
            client=client,
            signing_secret=settings.slack_signing_secret or "",
            request_verification_enabled=settings.slack_signing_secret is not None,
        )
        self.app.middleware(self._drop_retries)
        self.app.command("/roadie")(self._on_command)
        self.app.event("app_mention")(self._on_mention)
        self.app.event("message")(self._on_message)
        self.app.action(ACTION_MORE_LIKE)(self._on_more_like)
        self.app.action(ACTION_FOLLOW)(self._on_follow)
        self.app.action(re.compile(f"^{ACTION_SUGGEST_PREFIX}\\d+$"))(self._on_suggestion)
        self.app.action(ACTION_OPEN)(self._on_open)

    async def run(self) -> None:
        """Serve until cancelled: Socket Mode when an app token is set, else HTTP on $PORT."""
        if self.settings.slack_app_token:
            await self.run_socket_mode()
        else:
            await self.run_http()

    async def run_socket_mode(self) -> None:
        app_token = self.settings.slack_app_token
        if not app_token:
            raise SettingsError("Slack Socket Mode needs SLACK_APP_TOKEN (an xapp-… token)")
        await check_with_slack(self.client, app_token)
        handler = self.socket_mode = AsyncSocketModeHandler(self.app, app_token)
        try:
            await handler.connect_async()  # type: ignore[no-untyped-call]  # unannotated in Bolt
            log.info("Slack: connected in Socket Mode")
            await asyncio.Event().wait()
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]

    async def run_http(self, host: str = "0.0.0.0") -> None:
        secret = self.settings.slack_signing_secret
        if not secret:
            raise SettingsError(
                "Slack HTTP mode needs SLACK_SIGNING_SECRET "
                "(or set SLACK_APP_TOKEN to use Socket Mode)"
            )
        await check_with_slack(self.client, None)
        runner = web.AppRunner(web_app(self.app, secret), access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, self.settings.port)
            await site.start()
            self.http_port = runner.addresses[0][1]
            log.info("Slack: listening for HTTP requests on port %s%s", self.http_port, EVENTS_PATH)
            await asyncio.Event().wait()
        finally:
            self.http_port = None
            await runner.cleanup()

    async def _drop_retries(
        self, body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        """Slack resends an event it thinks we missed; a retry never answers twice."""
        event_id = body.get("event_id")
        if isinstance(event_id, str):
            if event_id in self._seen:
                log.info("Slack: ignoring a redelivery of event %s", event_id)
                return BoltResponse(status=200, body="")
            self._seen[event_id] = True
        await next()
        return None

    async def _on_command(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        message = _message(
            command.get("text", ""),
            command["channel_id"],
            command["user_id"],
            command.get("team_id") or "",
        )
        handler, args = commands.route(message.text, self.subcommands)
        await self._answer(handler, message, args, _responder(respond))

    async def _on_mention(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        if event.get("bot_id") or event.get("subtype"):
            return
        text = _LEADING_MENTION.sub("", event.get("text", ""), count=1)
        await self._answer_in_thread(body, event, text)

    async def _on_message(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        await self._answer_in_thread(body, event, event.get("text", ""))

    async def _answer_in_thread(
        self, body: dict[str, Any], event: dict[str, Any], text: str
    ) -> None:
        team = body.get("team_id") or ""
        message = _message(text, event["channel"], event.get("user", ""), team)
        thread_ts = event.get("thread_ts") or event["ts"]
        handler, args = (commands.help_, "") if not message.text else (commands.ask, message.text)

        async def deliver(reply: Reply) -> None:
            body = {"text": fallback_text(reply), "blocks": render(reply), "thread_ts": thread_ts}
            if reply.private and event.get("channel_type") != "im":
                await self.client.chat_postEphemeral(
                    channel=message.channel_id, user=message.user_id, **body
                )
            else:
                await self.client.chat_postMessage(
                    channel=message.channel_id, unfurl_links=False, **body
                )

        await self._answer(handler, message, args, deliver, chat=True)

    async def _on_more_like(
        self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await self._on_button(ack, body, respond, commands.more_like_this)

    async def _on_follow(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await self._on_button(ack, body, respond, self.follow)

    async def _on_suggestion(
        self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await self._on_button(ack, body, respond, commands.suggestion)

    async def _on_open(self, ack: AsyncAck) -> None:
        """Link buttons still send an interaction; acknowledging it keeps Slack from warning."""
        await ack()

    async def _on_button(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        respond: AsyncRespond,
        handler: commands.Handler,
    ) -> None:
        await ack()
        action = body["actions"][0]
        channel = (body.get("channel") or {}).get("id", "")
        team = (body.get("team") or {}).get("id") or body["user"].get("team_id") or ""
        message = _message(action.get("value", ""), channel, body["user"]["id"], team)
        thread_ts = (body.get("message") or {}).get("thread_ts")
        await self._answer(handler, message, message.text, _responder(respond, thread_ts))

    async def _answer(
        self,
        handler: commands.Handler,
        message: Message,
        args: str,
        deliver: Deliver,
        *,
        chat: bool = False,
    ) -> None:
        """The one catch-all: whatever fails, log it and tell the asker, never the channel.

        Runs after the ack, so the admin lookup and the core may take their time. A question
        over the asker's cooldown is not answered; the asker alone is told how long to wait,
        for a chat message (`chat`) only the first time, so a flood is not answered by one.
        """
        if handler in commands.QUESTIONS:
            refusal = self.cooldown.check(f"{message.server_id}:{message.user_id}")
            if refusal is not None:
                if refusal.first or not chat:
                    await self._deliver(deliver, answered(self.cooldown.reply, refusal))
                return
        try:
            admin = handler in self.told_if_admin and await self.admins.is_admin(message.user_id)
            request = commands.Request(kb=self.kb, message=message, args=args, is_admin=admin)
            reply = await off_loop(answered, handler, request)
        except Exception:
            log.exception("Slack: answering %s failed", getattr(handler, "__name__", handler))
            reply = SOMETHING_WENT_WRONG
        await self._deliver(deliver, reply)

    @staticmethod
    async def _deliver(deliver: Deliver, reply: Reply) -> None:
        try:
            await deliver(reply)
        except Exception:
            log.exception("Slack: could not deliver a %s reply", reply.intent)


def _message(text: str, channel_id: str, user_id: str, team_id: str) -> Message:
    """The core's view of a Slack request; the workspace is Slack's team id."""
    return Message(
        text=unescape(text).strip(),
        platform="slack",
        channel_id=channel_id,
        user_id=user_id,
        server_id=team_id,
    )


def _responder(respond: AsyncRespond, thread_ts: str | None = None) -> Deliver:
    """Deliver through `response_url`, which works even in channels Roadie has not joined."""

    async def deliver(reply: Reply) -> None:
        response = await respond(
            text=fallback_text(reply),
            blocks=render(reply),
            response_type="ephemeral" if reply.private else "in_channel",
            replace_original=False,
            unfurl_links=False,
            thread_ts=thread_ts,
        )
        if response.status_code != 200:
            log.warning(
                "Slack: response_url answered HTTP %s: %s", response.status_code, response.body
            )

    return deliver


def build_slack(settings: Settings, kb: KnowledgeBase) -> SlackAdapter:
    """Slack as `python -m bot run` starts it, subscription subcommands, admin lookup and
    the live Follow button included; fails fast when the settings cannot work."""
    if not settings.slack_bot_token:
        raise SettingsError("Slack needs SLACK_BOT_TOKEN (an xoxb-… token)")
    if not settings.slack_app_token and not settings.slack_signing_secret:
        raise SettingsError(
            "Slack needs SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode"
        )
    check_shapes(settings)
    return SlackAdapter(settings, kb, web_client(settings))
