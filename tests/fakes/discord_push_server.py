"""The fake Discord, plus what the push tests need: nonce dedupe and a send that hangs.

Like Discord, a message create with `enforce_nonce` and a nonce already used in that channel
returns the existing message instead of making a second one. `hold_after` makes every message
create after that many be recorded (it is visible in the channel) but never answered, which is
how a process gets stuck mid-batch, between its send and its mark, when a test kills it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from fakes.discord_server import FakeDiscord


@dataclass(frozen=True)
class Posted:
    channel_id: str
    nonce: str | None
    body: dict[str, Any]


class PushDiscord(FakeDiscord):
    def __init__(self) -> None:
        super().__init__()
        self.visible: list[Posted] = []
        self.hold_after: int | None = None
        self._released = asyncio.Event()
        self._made: dict[tuple[str, str], dict[str, Any]] = {}

    async def stop(self) -> None:
        self._released.set()
        await super().stop()

    def _route(self, method: str, path: str, body: Any) -> tuple[Any, int]:
        parts = path.strip("/").split("/")
        if method == "POST" and parts[0] == "channels" and parts[-1] == "messages":
            channel, nonce = parts[1], body.get("nonce")
            key = (channel, str(nonce))
            if body.get("enforce_nonce") and key in self._made:
                return self._made[key], 200
            result, status = super()._route(method, path, body)
            if status == 200:
                self.visible.append(Posted(channel, nonce, body))
                if nonce is not None:
                    self._made[key] = result
            return result, status
        return super()._route(method, path, body)

    async def _rest(self, request: web.Request) -> web.Response:
        response = await super()._rest(request)
        if self.hold_after is not None and len(self.visible) > self.hold_after:
            await self._released.wait()
        return response
