"""A small fake Discord, on 127.0.0.1, that the real discord.py client logs into.

REST under /api/v10 and a JSON (uncompressed, text-frame) gateway at /gateway. It records
every REST call so tests can wait for the one they expect, and can dispatch gateway events,
answer with a 429 once, and drop the gateway connection to make the client resume. A direct
message channel can be opened with its one human (`POST /users/@me/channels`).

It is as strict as Discord where Roadie could go wrong, with Discord's status codes and error
shapes: a token other than `token` gets 401 (REST) or close code 4004 (gateway); a privileged
intent the portal has not switched on (`privileged_intents`) gets close code 4014; commands for
a server outside `command_guilds` get 403 Missing Access; a channel in `refusing_channels`
answers every request with the error Discord gives there (`CHANNEL_REFUSALS`: no access,
deleted, no permission to post); ids that are not 17-19 digit snowflakes are refused; message
bodies over Discord's limits or with non-http(s) URLs get 400 Invalid Form Body
(`discord_bodies`); an interaction answered after `interaction_seconds` (3, as on Discord) or
twice is refused (10062, 40060), and a follow-up before any answer too. Roadie is in the
`servers` it is told of at login, and interactions come from their channels. Without the
Message Content intent, guild messages reach the bot with empty content unless they mention it,
as on Discord. Every refusal of a mistake (400, 401, 404) is kept in
`refusals`, which tests expect to be empty unless they provoke one.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import WSMsgType, web

from fakes.discord_bodies import (
    SNOWFLAKE,
    choices_errors,
    command_errors,
    invalid_form_body,
    message_errors,
)

APP_ID = "900000000000000001"
BOT_ID = "900000000000000002"
GUILD_ID = "900000000000000003"
CHANNEL_ID = "900000000000000004"
USER_ID = "900000000000000005"
OTHER_BOT_ID = "900000000000000006"
DM_CHANNEL_ID = "900000000000000007"
ANSWER_CHANNEL_ID = "900000000000000008"
"""A second guild channel, for tests that name it in DISCORD_ANSWER_CHANNELS."""
OTHER_GUILD_ID = "900000000000000009"
"""A server the bot was never invited to with the applications.commands scope."""
SECOND_GUILD_ID = "900000000000000010"
SECOND_GUILD_CHANNEL_ID = "900000000000000011"
"""A second server Roadie is in, with its channel, for tests that opt in (`servers`)."""
SESSION = "fake-session"
TIMESTAMP = "2024-01-01T00:00:00+00:00"
TOKEN = "test-token"
MESSAGE_CONTENT = 1 << 15
PRIVILEGED = 1 << 1 | 1 << 8 | MESSAGE_CONTENT
"""Server Members, Presence and Message Content: the intents the portal must switch on."""
EPHEMERAL = 64
DEFERRED = 5
ANSWERED = 4
AUTOCOMPLETE = 8
CHANNEL_REFUSALS = {
    50001: ("Missing Access", 403),
    10003: ("Unknown Channel", 404),
    50013: ("Missing Permissions", 403),
}
"""Discord's answers in a channel Roadie cannot see, that was deleted, or where it may not post."""

T = TypeVar("T")


def user(user_id: str, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": user_id,
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
    }


BOT_USER = user(BOT_ID, "Roadie", bot=True)
HUMAN = user(USER_ID, "fan")
OTHER_BOT = user(OTHER_BOT_ID, "otherbot", bot=True)
USERS = {u["id"]: u for u in (BOT_USER, HUMAN, OTHER_BOT)}
MEMBER = {"roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON with the exact Content-Type discord.py checks for (no "; charset")."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


@dataclass(frozen=True)
class Call:
    """One REST request the client made, and the status the fake answered."""

    method: str
    path: str
    body: Any
    status: int = 200
    answer: Any = None


@dataclass
class Interaction:
    """An interaction the fake dispatched, and how the bot has answered it so far."""

    id: str
    token: str
    created: float
    callback: int | None = None
    ephemeral: bool = False
    original: dict[str, Any] | None = None
    followups: list[dict[str, Any]] = field(default_factory=list)


def error(message: str, code: int, status: int) -> tuple[dict[str, Any], int]:
    return {"message": message, "code": code}, status


@dataclass
class RateLimit:
    path: str
    retry_after: float
    remaining: int = 1


@dataclass
class FakeDiscord:
    calls: list[Call] = field(default_factory=list)
    gateway_ops: list[dict[str, Any]] = field(default_factory=list)
    rate_limits: list[RateLimit] = field(default_factory=list)
    refusing_channels: dict[str, int] = field(default_factory=dict)
    """Channel id -> the code of `CHANNEL_REFUSALS` it answers every request with."""
    servers: dict[str, list[str]] = field(
        default_factory=lambda: {GUILD_ID: [CHANNEL_ID, ANSWER_CHANNEL_ID]}
    )
    """The servers Roadie is in (sent at login), each with its text channels."""
    port: int = 0
    token: str = TOKEN
    privileged_intents: int = 0
    """The privileged intents switched on in the portal (bits of PRIVILEGED)."""
    command_guilds: set[str] = field(default_factory=lambda: {GUILD_ID})
    interaction_seconds: float = 3.0
    refusals: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._ids = itertools.count(910000000000000000)
        self._seq = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._runner: web.AppRunner | None = None
        self.responses: dict[str, dict[str, Any]] = {}
        self.interactions: dict[str, Interaction] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.intents = 0

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- waiting -----------------------------------------------------------------------------

    async def _note(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, probe: Callable[[], T | None], timeout: float = 5.0) -> T:
        """Wait (without sleeping blindly) until `probe()` returns something, or fail."""
        async with asyncio.timeout(timeout), self._changed:
            while (found := probe()) is None:
                await self._changed.wait()
            return found

    async def wait_call(
        self, method: str, path_start: str, after: int = 0, timeout: float = 5.0
    ) -> Call:
        def probe() -> Call | None:
            return next(
                (
                    c
                    for c in self.calls[after:]
                    if c.method == method and c.path.startswith(path_start)
                ),
                None,
            )

        return await self.wait_until(probe, timeout)

    def posts(self, path_start: str) -> list[Call]:
        return [c for c in self.calls if c.method == "POST" and c.path.startswith(path_start)]

    # -- gateway -----------------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        if event == "INTERACTION_CREATE":
            self.interactions[data["id"]] = Interaction(data["id"], data["token"], time.monotonic())
        if event == "MESSAGE_CREATE":
            self.messages[data["id"]] = data
            data = self._as_the_bot_sees(data)
        await self._sockets[-1].send_str(
            json.dumps({"op": 0, "t": event, "s": self._seq, "d": data})
        )

    def _as_the_bot_sees(self, message: dict[str, Any]) -> dict[str, Any]:
        """Without Message Content, a guild message's text reaches the bot only when it
        mentions the bot (or is the bot's own)."""
        if self.intents & MESSAGE_CONTENT or "guild_id" not in message:
            return message
        mentioned = any(user["id"] == BOT_ID for user in message.get("mentions", []))
        if mentioned or message["author"]["id"] == BOT_ID:
            return message
        return {**message, "content": "", "embeds": [], "attachments": [], "components": []}

    async def drop_gateway(self) -> None:
        """Close the gateway socket the way a network blip or a Discord restart would."""
        await self._sockets[-1].close(code=4000, message=b"fake drop")

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}}))
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            self.gateway_ops.append(payload)
            await self._on_op(ws, payload)
            await self._note()
        if ws in self._sockets:
            self._sockets.remove(ws)
        return ws

    async def _on_op(self, ws: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        op = payload["op"]
        if op == 1:
            await ws.send_str(json.dumps({"op": 11}))
        elif op == 2:
            identify = payload["d"]
            if identify.get("token") != self.token:
                await ws.close(code=4004, message=b"Authentication failed.")
                return
            if identify.get("intents", 0) & PRIVILEGED & ~self.privileged_intents:
                await ws.close(code=4014, message=b"Disallowed intent(s).")
                return
            self.intents = identify.get("intents", 0)
            shard = identify.get("shard", [0, 1])
            await self.dispatch("READY", self._ready(shard))
            for guild_id, channels in self.servers.items():
                await self.dispatch("GUILD_CREATE", self._guild(guild_id, channels))
        elif op == 6:
            await self.dispatch("RESUMED", {})

    def _ready(self, shard: list[int]) -> dict[str, Any]:
        return {
            "v": 10,
            "user": BOT_USER,
            "session_id": SESSION,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": APP_ID, "flags": 0},
            "guilds": [{"id": guild_id, "unavailable": True} for guild_id in self.servers],
            "shard": shard,
        }

    def _guild(self, guild_id: str, channels: list[str]) -> dict[str, Any]:
        return {
            "id": guild_id,
            "name": "Fake Guild",
            "icon": None,
            "owner_id": USER_ID,
            "unavailable": False,
            "member_count": 0,
            "large": False,
            "features": [],
            "roles": [{"id": guild_id, "name": "@everyone", "permissions": "0", "position": 0}],
            "emojis": [],
            "stickers": [],
            "members": [],
            "voice_states": [],
            "presences": [],
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "channels": [
                self._text_channel(guild_id, channel, n) for n, channel in enumerate(channels)
            ],
            "joined_at": TIMESTAMP,
        }

    @staticmethod
    def _text_channel(guild_id: str, channel_id: str, position: int) -> dict[str, Any]:
        return {
            "id": channel_id,
            "type": 0,
            "name": f"music-{position}",
            "position": position,
            "guild_id": guild_id,
        }

    # -- REST --------------------------------------------------------------------------------

    def snowflake(self) -> str:
        return str(next(self._ids))

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        raw = await request.read()
        body = json.loads(raw) if raw and request.content_type == "application/json" else None
        limit = next((r for r in self.rate_limits if path.startswith(r.path)), None)
        if limit is not None and request.method == "POST":
            self.rate_limits.remove(limit)
            self.calls.append(Call(request.method, path, {"rate_limited": body}, 429))
            await self._note()
            return self._too_many(limit)
        if self._needs_token(path) and request.headers.get("Authorization") != f"Bot {self.token}":
            data, status = error("401: Unauthorized", 0, 401)
        else:
            data, status = self._route(request.method, path, body)
        call = Call(request.method, path, body, status, data)
        self.calls.append(call)
        if status in (400, 401, 404):
            self.refusals.append(call)
        await self._note()
        if status == 204:
            return web.Response(status=204)
        return json_response(data, status)

    @staticmethod
    def _needs_token(path: str) -> bool:
        """Interaction answers and follow-ups are authorised by the interaction's own token."""
        return not path.startswith(("/interactions/", "/webhooks/"))

    def _too_many(self, limit: RateLimit) -> web.Response:
        retry = str(limit.retry_after)
        return json_response(
            {
                "message": "You are being rate limited.",
                "retry_after": limit.retry_after,
                "global": False,
            },
            status=429,
            headers={
                "Retry-After": retry,
                "Via": "1.1 google",
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": retry,
                "X-RateLimit-Bucket": "fake-bucket",
                "X-RateLimit-Scope": "user",
            },
        )

    def _route(self, method: str, path: str, body: Any) -> tuple[Any, int]:
        parts = path.strip("/").split("/")
        if path == "/users/@me":
            return BOT_USER, 200
        if method == "POST" and path == "/users/@me/channels":
            return self._direct_channel(body)
        if path == "/oauth2/applications/@me":
            return self._application(), 200
        if path in ("/gateway", "/gateway/bot"):
            return self._gateway_info(), 200
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            return self._commands(parts, body)
        if parts[0] == "channels":
            return self._channel(method, parts, body)
        if method == "POST" and parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(parts[1], parts[2], body)
        if parts[0] == "webhooks":
            return self._webhook(method, parts, body)
        return error(f"fake Discord has no {method} {path}", 0, 404)

    def _direct_channel(self, body: Any) -> tuple[Any, int]:
        """Open the direct-message channel with a person (the fake's one DM channel)."""
        recipient = USERS.get(str((body or {}).get("recipient_id")))
        if recipient is None or recipient["bot"]:
            return error("Unknown User", 10013, 404)
        channel = {"id": DM_CHANNEL_ID, "type": 1, "last_message_id": None, "flags": 0}
        return {**channel, "recipients": [recipient]}, 200

    def _commands(self, parts: list[str], body: Any) -> tuple[Any, int]:
        if parts[1] != APP_ID:
            return error("Missing Access", 50001, 403)
        if len(parts) == 5 and parts[2] == "guilds" and parts[3] not in self.command_guilds:
            return error("Missing Access", 50001, 403)
        if errors := command_errors(body):
            return invalid_form_body(errors), 400
        made = [
            {**c, "id": self.snowflake(), "application_id": APP_ID, "version": "1"} for c in body
        ]
        return made, 200

    def _channel(self, method: str, parts: list[str], body: Any) -> tuple[Any, int]:
        channel = parts[1]
        if not channel.isdigit():
            problem = {
                "channel_id": {
                    "_errors": [
                        {
                            "code": "NUMBER_TYPE_COERCE",
                            "message": f'Value "{channel}" is not snowflake.',
                        }
                    ]
                }
            }
            return invalid_form_body(problem), 400
        if not SNOWFLAKE.match(channel):
            return error("Unknown Channel", 10003, 404)
        if channel in self.refusing_channels:
            code = self.refusing_channels[channel]
            message, status = CHANNEL_REFUSALS[code]
            return error(message, code, status)
        if method == "POST" and parts[-1] == "messages":
            if errors := message_errors(body):
                return invalid_form_body(errors), 400
            reference = body.get("message_reference") or {}
            if reference and str(reference.get("message_id")) not in self.messages:
                problem = {
                    "message_reference": {
                        "_errors": [
                            {
                                "code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
                                "message": "Unknown message",
                            }
                        ]
                    }
                }
                return invalid_form_body(problem), 400
            return self._message(channel, body), 200
        return error(f"fake Discord has no {method} /{'/'.join(parts)}", 0, 404)

    def _callback(self, interaction_id: str, token: str, body: dict[str, Any]) -> tuple[Any, int]:
        """An interaction answer: once, within `interaction_seconds`, with a valid body."""
        interaction = self.interactions.get(interaction_id)
        late = (
            interaction is not None
            and time.monotonic() - interaction.created > self.interaction_seconds
        )
        if interaction is None or interaction.token != token or late:
            return error("Unknown interaction", 10062, 404)
        if interaction.callback is not None:
            return error("Interaction has already been acknowledged.", 40060, 400)
        kind = body["type"]
        data = body.get("data") or {}
        errors = choices_errors(data) if kind == AUTOCOMPLETE else message_errors(data)
        if errors:
            return invalid_form_body({"data": errors}), 400
        interaction.callback = kind
        interaction.ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
        response: dict[str, Any] = {
            "interaction": {"id": interaction_id, "type": 2},
            "resource": {"type": kind},
        }
        if kind in (ANSWERED, DEFERRED):
            message = self._message(CHANNEL_ID, data if kind == ANSWERED else {})
            interaction.original = message
            response["interaction"]["response_message_id"] = message["id"]
            if kind == ANSWERED:
                response["resource"]["message"] = message
                self.responses[interaction_id] = message
        return response, 200

    def _webhook(self, method: str, parts: list[str], body: Any) -> tuple[Any, int]:
        """Follow-ups (POST /webhooks/app/token) and the original answer (.../messages/@original),
        usable only once the interaction has been answered or deferred."""
        interaction = next((i for i in self.interactions.values() if i.token == parts[2]), None)
        if parts[1] != APP_ID or interaction is None or interaction.callback is None:
            return error("Unknown Webhook", 10015, 404)
        if len(parts) == 3 and method == "POST":
            if errors := message_errors(body):
                return invalid_form_body(errors), 400
            message = self._message(CHANNEL_ID, body)
            interaction.followups.append(message)
            return message, 200
        if parts[3:] == ["messages", "@original"] and interaction.original is not None:
            if method == "DELETE":
                interaction.original = None
                return None, 204
            if method == "PATCH":
                if errors := message_errors(body):
                    return invalid_form_body(errors), 400
                interaction.original = {**interaction.original, **self._message(CHANNEL_ID, body)}
                self.responses[interaction.id] = interaction.original
                return interaction.original, 200
        return error("Unknown Message", 10008, 404)

    async def wait_answer(self, interaction_id: str, timeout: float = 5.0) -> dict[str, Any]:
        """The message that answers an interaction once it is final: the immediate answer, the
        deferred one edited into place, or the follow-up sent after deleting it."""

        def probe() -> dict[str, Any] | None:
            interaction = self.interactions[interaction_id]
            if interaction.followups:
                return interaction.followups[-1]
            if interaction.callback == ANSWERED or (
                interaction.original is not None and interaction.original.get("embeds")
            ):
                return interaction.original
            return None

        return await self.wait_until(probe, timeout)

    def _application(self) -> dict[str, Any]:
        return {
            "id": APP_ID,
            "name": "Roadie",
            "icon": None,
            "description": "",
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": HUMAN,
            "summary": "",
            "verify_key": "0" * 64,
            "flags": 0,
            "team": None,
        }

    def _gateway_info(self) -> dict[str, Any]:
        limits = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return {"url": self.gateway_url, "shards": 1, "session_start_limit": limits}

    def _message(self, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        message = message_payload(
            self.snowflake(),
            channel_id,
            BOT_USER,
            body.get("content") or "",
            embeds=body.get("embeds", []),
            components=body.get("components", []),
        )
        message["flags"] = int(body.get("flags") or 0)
        self.messages[message["id"]] = message
        return message

    # -- building events ---------------------------------------------------------------------

    def message_event(
        self,
        content: str,
        *,
        author: dict[str, Any] | None = None,
        channel_id: str = CHANNEL_ID,
        guild: bool = True,
        webhook_id: str | None = None,
        reply_to: dict[str, Any] | None = None,
        ping: bool = True,
    ) -> dict[str, Any]:
        """A MESSAGE_CREATE as Discord sends it: `mentions` holds every user mentioned in the
        text and, for a reply that pings (`ping`), the author of the message replied to."""
        event = message_payload(self.snowflake(), channel_id, author or HUMAN, content)
        mentioned = [USERS[i] for i in re.findall(r"<@!?([0-9]+)>", content) if i in USERS]
        if reply_to is not None:
            event["type"] = 19
            event["message_reference"] = {"message_id": reply_to["id"], "channel_id": channel_id}
            event["referenced_message"] = reply_to
            if ping:
                mentioned.append(reply_to["author"])
        unique = list({user["id"]: user for user in mentioned}.values())
        if guild:
            event["guild_id"] = GUILD_ID
            event["member"] = MEMBER
            if reply_to is not None:
                event["message_reference"]["guild_id"] = GUILD_ID
            event["mentions"] = [{**user, "member": MEMBER} for user in unique]
        else:
            event["mentions"] = unique
        if webhook_id is not None:
            event["webhook_id"] = webhook_id
        return event

    def command_event(
        self,
        name: str,
        options: list[dict[str, Any]],
        *,
        kind: int = 2,
        guild: str = GUILD_ID,
        channel: str = CHANNEL_ID,
    ) -> dict[str, Any]:
        """A slash command (or, with `kind` 4, an autocomplete) run in `channel` of `guild`."""
        data = {"id": self.snowflake(), "name": name, "type": 1, "options": options}
        return self._interaction(kind, data, guild, channel)

    def button_event(self, custom_id: str, message: dict[str, Any]) -> dict[str, Any]:
        event = self._interaction(3, {"custom_id": custom_id, "component_type": 2})
        event["message"] = message
        return event

    def _interaction(
        self,
        kind: int,
        data: dict[str, Any],
        guild: str = GUILD_ID,
        channel: str = CHANNEL_ID,
    ) -> dict[str, Any]:
        interaction_id = self.snowflake()
        return {
            "id": interaction_id,
            "application_id": APP_ID,
            "type": kind,
            "token": f"token-{interaction_id}",
            "version": 1,
            "attachment_size_limit": 10485760,
            "guild_id": guild,
            "channel_id": channel,
            "channel": self._text_channel(guild, channel, self.servers[guild].index(channel)),
            "member": {
                "user": HUMAN,
                "roles": [],
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": "2147483647",
            },
            "data": data,
            "locale": "en-US",
            "guild_locale": "en-US",
            "app_permissions": "2147483647",
            "entitlements": [],
            "authorizing_integration_owners": {"0": guild},
            "context": 0,
        }


def message_payload(
    message_id: str,
    channel_id: str,
    author: dict[str, Any],
    content: str,
    *,
    embeds: list[Any] | None = None,
    components: list[Any] | None = None,
) -> dict[str, Any]:
    return {
        "id": message_id,
        "channel_id": channel_id,
        "author": author,
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "type": 0,
    }
