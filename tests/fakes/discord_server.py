"""A small fake Discord, on 127.0.0.1, that the real discord.py client logs into.

REST under /api/v10 and a JSON (uncompressed, text-frame) gateway at /gateway. It records
every REST call so tests can wait for the one they expect, and can dispatch gateway events,
answer with a 429 once, and drop the gateway connection to make the client resume.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import WSMsgType, web

APP_ID = "900000000000000001"
BOT_ID = "900000000000000002"
GUILD_ID = "900000000000000003"
CHANNEL_ID = "900000000000000004"
USER_ID = "900000000000000005"
OTHER_BOT_ID = "900000000000000006"
DM_CHANNEL_ID = "900000000000000007"
SESSION = "fake-session"
TIMESTAMP = "2024-01-01T00:00:00+00:00"

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
    """One REST request the client made."""

    method: str
    path: str
    body: Any


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
    forbidden_channels: set[str] = field(default_factory=set)
    port: int = 0

    def __post_init__(self) -> None:
        self._changed = asyncio.Condition()
        self._ids = itertools.count(910000000000000000)
        self._seq = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._runner: web.AppRunner | None = None
        self.responses: dict[str, dict[str, Any]] = {}

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
        await self._sockets[-1].send_str(
            json.dumps({"op": 0, "t": event, "s": self._seq, "d": data})
        )

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
            shard = payload["d"].get("shard", [0, 1])
            await self.dispatch("READY", self._ready(shard))
            await self.dispatch("GUILD_CREATE", self._guild())
        elif op == 6:
            await self.dispatch("RESUMED", {})

    def _ready(self, shard: list[int]) -> dict[str, Any]:
        return {
            "v": 10,
            "user": BOT_USER,
            "session_id": SESSION,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": APP_ID, "flags": 0},
            "guilds": [{"id": GUILD_ID, "unavailable": True}],
            "shard": shard,
        }

    def _guild(self) -> dict[str, Any]:
        return {
            "id": GUILD_ID,
            "name": "Fake Guild",
            "icon": None,
            "owner_id": USER_ID,
            "unavailable": False,
            "member_count": 0,
            "large": False,
            "features": [],
            "roles": [{"id": GUILD_ID, "name": "@everyone", "permissions": "0", "position": 0}],
            "emojis": [],
            "stickers": [],
            "members": [],
            "voice_states": [],
            "presences": [],
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "channels": [
                {"id": CHANNEL_ID, "type": 0, "name": "music", "position": 0, "guild_id": GUILD_ID}
            ],
            "joined_at": TIMESTAMP,
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
            self.calls.append(Call(request.method, path, {"rate_limited": body}))
            await self._note()
            return self._too_many(limit)
        self.calls.append(Call(request.method, path, body))
        await self._note()
        return json_response(*self._route(request.method, path, body))

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
        if path == "/oauth2/applications/@me":
            return self._application(), 200
        if path in ("/gateway", "/gateway/bot"):
            return self._gateway_info(), 200
        if method == "PUT" and parts[0] == "applications" and parts[-1] == "commands":
            return [
                {**c, "id": self.snowflake(), "application_id": APP_ID, "version": "1"}
                for c in body
            ], 200
        if parts[0] == "channels" and parts[1] in self.forbidden_channels:
            return {"message": "Missing Access", "code": 50001}, 403
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            return self._message(parts[1], body), 200
        if method == "POST" and parts[0] == "interactions":
            return self._callback(parts[1], body), 200
        if method == "POST" and parts[0] == "webhooks":
            return self._message(CHANNEL_ID, body), 200
        return {"message": f"fake Discord has no {method} {path}", "code": 0}, 404

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
        return message

    def _callback(self, interaction_id: str, body: dict[str, Any]) -> dict[str, Any]:
        data = body.get("data") or {}
        response: dict[str, Any] = {
            "interaction": {"id": interaction_id, "type": 2},
            "resource": {"type": body["type"]},
        }
        if body["type"] == 4:
            message = self._message(CHANNEL_ID, data)
            response["interaction"]["response_message_id"] = message["id"]
            response["resource"]["message"] = message
            self.responses[interaction_id] = message
        return response

    # -- building events ---------------------------------------------------------------------

    def message_event(
        self,
        content: str,
        *,
        author: dict[str, Any] | None = None,
        channel_id: str = CHANNEL_ID,
        guild: bool = True,
        webhook_id: str | None = None,
    ) -> dict[str, Any]:
        event = message_payload(self.snowflake(), channel_id, author or HUMAN, content)
        if guild:
            event["guild_id"] = GUILD_ID
            event["member"] = {
                "roles": [],
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
            }
        if webhook_id is not None:
            event["webhook_id"] = webhook_id
        return event

    def command_event(
        self, name: str, options: list[dict[str, Any]], *, kind: int = 2
    ) -> dict[str, Any]:
        return self._interaction(
            kind, {"id": self.snowflake(), "name": name, "type": 1, "options": options}
        )

    def button_event(self, custom_id: str, message: dict[str, Any]) -> dict[str, Any]:
        event = self._interaction(3, {"custom_id": custom_id, "component_type": 2})
        event["message"] = message
        return event

    def _interaction(self, kind: int, data: dict[str, Any]) -> dict[str, Any]:
        interaction_id = self.snowflake()
        return {
            "id": interaction_id,
            "application_id": APP_ID,
            "type": kind,
            "token": f"token-{interaction_id}",
            "version": 1,
            "attachment_size_limit": 10485760,
            "guild_id": GUILD_ID,
            "channel_id": CHANNEL_ID,
            "channel": {"id": CHANNEL_ID, "type": 0, "guild_id": GUILD_ID, "name": "music"},
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
            "authorizing_integration_owners": {"0": GUILD_ID},
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
