"""A loopback fake of the parts of Slack that Roadie talks to, recording what it received.

Serves the Web API (`auth.test`, `chat.postMessage`, `chat.postEphemeral`,
`apps.connections.open`, and `users.info`, where the users in `admins` are workspace admins),
`response_url` endpoints, and a Socket Mode WebSocket that sends envelopes and collects their
acks. Everything listens on 127.0.0.1 with a free port.

It is as strict as Slack where Roadie could go wrong: messages over Block Kit's limits or with a
button URL that is not http(s) are refused as Slack refuses them (`slack_bodies`), and kept in
`refusals`, which tests expect to be empty unless they provoke one; an envelope acknowledged
later than `ACK_SECONDS` is kept in `late_acks`; `SlackSide` plays Slack's side of HTTP mode and
fails a request not acknowledged within `ACK_SECONDS`, as Slack shows the user an error then.
`hold(method)` makes a Web API method wait until the test lets it answer: a slow Slack.
`refuse_channel(channel, error)` makes every message to a channel fail as Slack fails it for a
channel that is gone, archived, or that the bot is not in.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode

import aiohttp
from aiohttp import WSMsgType, web

from fakes.slack_bodies import message_error

T = TypeVar("T")
ACK_SECONDS = 3.0
"""Slack's deadline for acknowledging a slash command, an action or an event."""
MESSAGES = ("chat.postMessage", "chat.postEphemeral")

BOT_USER_ID = "UROADIE"
TEAM_ID = "T0001"


@dataclass
class Call:
    """One request the fake received: Web API method or `response/<name>`, with its JSON."""

    method: str
    body: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class FakeSlack:
    """Start with `await fake.start()`, point `SLACK_API_URL` at `fake.api_url`, stop at the end."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.acks: list[dict[str, Any]] = []
        self.rate_limits: dict[str, list[int]] = {}
        self.errors: dict[str, str] = {}
        self.channel_errors: dict[str, str] = {}
        self.admins: set[str] = set()
        self.refusals: list[Call] = []
        self.late_acks: list[str] = []
        self.holds: dict[str, asyncio.Event] = {}
        self._sent_at: dict[str, float] = {}
        self._envelopes: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._sockets: list[web.WebSocketResponse] = []
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, name: str) -> str:
        return f"{self.base_url}/response/{name}"

    def rate_limit(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 and `Retry-After`."""
        self.rate_limits[method] = [retry_after] * times

    def fail(self, method: str, error: str) -> None:
        """Answer every later call of `method` with `{"ok": false, "error": error}`."""
        self.errors[method] = error

    def refuse_channel(self, channel: str, error: str) -> None:
        """Answer every later message to `channel` with `error` (e.g. `channel_not_found`)."""
        self.channel_errors[channel] = error

    def hold(self, method: str) -> asyncio.Event:
        """Make calls of `method` wait, unanswered, until the returned event is set."""
        self.holds[method] = asyncio.Event()
        return self.holds[method]

    def received(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response)
        app.router.add_get("/link/", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for held in self.holds.values():
            held.set()
        for socket in self._sockets:
            await socket.close()
        self._sockets.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def send_envelope(self, kind: str, payload: dict[str, Any]) -> str:
        """Queue a Socket Mode envelope (`slash_commands`, `events_api`, `interactive`)."""
        envelope_id = f"env-{next(self._ids)}"
        await self._envelopes.put(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "accepts_response_payload": kind != "events_api",
                "payload": payload,
            }
        )
        return envelope_id

    async def wait_for(self, probe: Callable[[], T | None], timeout: float = 5.0) -> T:
        """Poll `probe` until it returns something truthy, failing after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            found = probe()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; the fake received {self.calls!r}")
            await asyncio.sleep(0.01)

    async def wait_for_call(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        return await self.wait_for(
            lambda: calls if len(calls := self.received(method)) >= count else None, timeout
        )

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.content_type == "application/json":
            body = await request.json()
        else:
            body = {**request.query, **await request.post()}
        call = Call(method, body)
        self.calls.append(call)
        if method in self.holds:
            await self.holds[method].wait()
        pending = self.rate_limits.get(method)
        if pending:
            retry_after = pending.pop(0)
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(retry_after)},
            )
        if method in self.errors:
            return web.json_response({"ok": False, "error": self.errors[method]})
        refusing = self.channel_errors.get(str(body.get("channel")))
        if refusing is not None and method in (*MESSAGES, "conversations.history"):
            return web.json_response({"ok": False, "error": refusing})
        refused = message_error(body) if method in MESSAGES else None
        if refused is not None:
            self.refusals.append(call)
            return web.json_response(refused)
        return web.json_response(self._result(method, body))

    def _result(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://roadie-test.slack.com/",
                "team": "Roadie test",
                "team_id": TEAM_ID,
                "user": "roadie",
                "user_id": BOT_USER_ID,
                "bot_id": "BROADIE",
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/?ticket=t"}
        if method == "chat.postMessage":
            ts = f"{time.time():.6f}"
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": body}
        if method == "users.info":
            user = str(body.get("user", ""))
            return {"ok": True, "user": {"id": user, "is_admin": user in self.admins}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{time.time():.6f}"}
        return {"ok": False, "error": "unknown_method"}

    async def _response(self, request: web.Request) -> web.Response:
        """A `response_url`: refuses what `chat.postMessage` refuses, as plain text and 400."""
        call = Call(f"response/{request.match_info['name']}", await request.json())
        self.calls.append(call)
        refused = message_error(call.body)
        if refused is not None:
            self.refusals.append(call)
            return web.Response(status=400, text=refused["error"])
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json({"type": "hello", "num_connections": 1})
        sender = asyncio.create_task(self._send_envelopes(socket))
        try:
            async for frame in socket:
                if frame.type == WSMsgType.TEXT:
                    ack = json.loads(frame.data)
                    sent = self._sent_at.get(str(ack.get("envelope_id")))
                    if sent is not None and time.monotonic() - sent > ACK_SECONDS:
                        self.late_acks.append(str(ack["envelope_id"]))
                    self.acks.append(ack)
        finally:
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)
        return socket

    async def _send_envelopes(self, socket: web.WebSocketResponse) -> None:
        while True:
            envelope = await self._envelopes.get()
            self._sent_at[envelope["envelope_id"]] = time.monotonic()
            await socket.send_json(envelope)


class AckMissed(AssertionError):
    """Roadie did not acknowledge within Slack's 3 s: Slack counts the request as failed."""


class SlackSide:
    """Plays Slack's side of HTTP mode: signs and posts to Roadie's request URL, and gives up
    after `ACK_SECONDS`, as Slack does."""

    def __init__(self, session: aiohttp.ClientSession, port: int, secret: str) -> None:
        self.session = session
        self.url = f"http://127.0.0.1:{port}/slack/events"
        self.secret = secret

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        secret: str | None = None,
        age: int = 0,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        signed = signed_headers(secret or self.secret, body, int(time.time()) - age)
        all_headers = {"Content-Type": content_type, **signed, **(headers or {})}
        return await self.send(body, all_headers)

    async def send(self, body: str | bytes, headers: dict[str, str]) -> tuple[int, str]:
        """Post exactly these bytes and headers; (status, body), or AckMissed after 3 s."""
        try:
            async with (
                asyncio.timeout(ACK_SECONDS),
                self.session.post(self.url, data=body, headers=headers) as response,
            ):
                return response.status, await response.text()
        except TimeoutError:
            raise AckMissed(f"no answer within {ACK_SECONDS} s") from None

    async def command(
        self,
        text: str,
        response_url: str,
        *,
        secret: str | None = None,
        age: int = 0,
        user: str = "U0ASKER",
        team: str = TEAM_ID,
        channel: str = "C0CHAN",
    ) -> tuple[int, str]:
        form = urlencode(
            {**slash_command(text, response_url, channel), "user_id": user, "team_id": team}
        )
        return await self.post(form, "application/x-www-form-urlencoded", secret=secret, age=age)

    async def event(
        self, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        return await self.post(json.dumps(body), "application/json", headers=headers)

    async def action(self, payload: dict[str, Any]) -> tuple[int, str]:
        form = urlencode({"payload": json.dumps(payload)})
        return await self.post(form, "application/x-www-form-urlencoded")


def signed_headers(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack would send: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slash_command(text: str, response_url: str, channel: str = "C0CHAN") -> dict[str, str]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "team_domain": "roadie-test",
        "channel_id": channel,
        "channel_name": "music",
        "user_id": "U0ASKER",
        "user_name": "asker",
        "command": "/roadie",
        "text": text,
        "api_app_id": "A0ROADIE",
        "response_url": response_url,
        "trigger_id": "1.2.3",
    }


def event_callback(event: dict[str, Any], event_id: str) -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "api_app_id": "A0ROADIE",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "event": event,
        "authorizations": [
            {"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True, "enterprise_id": None}
        ],
    }


def block_actions(
    action_id: str, value: str, response_url: str, thread_ts: str | None = None
) -> dict[str, Any]:
    message: dict[str, Any] = {"type": "message", "ts": "1700000000.000200", "text": "answer"}
    if thread_ts is not None:
        message["thread_ts"] = thread_ts
    return {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "roadie-test"},
        "user": {"id": "U0ASKER", "team_id": TEAM_ID},
        "api_app_id": "A0ROADIE",
        "token": "legacy",
        "trigger_id": "1.2.3",
        "channel": {"id": "C0CHAN", "name": "music"},
        "container": {"type": "message", "message_ts": message["ts"], "channel_id": "C0CHAN"},
        "message": message,
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "action_ts": "1700000001.000000",
            }
        ],
    }
