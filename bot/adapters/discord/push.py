"""Discord pushes that Discord itself deduplicates.

Each push carries its outbox batch key as the message `nonce`; discord.py then sets
`enforce_nonce`, and Discord answers a repeated create with the same nonce (within a few minutes)
with the message it already made instead of a second one. So a send that reached Discord but
whose outcome was never recorded (a crash, a failed mark) is invisible when retried.

Rate limits are discord.py's job: its HTTP client reads 429 responses and sleeps for their
Retry-After before trying again (the client is built without a maximum wait, so nothing is
dropped). What remains, a refused or unreachable send, becomes a SendError the announcer
retries later, except the refusals that only someone in the server can undo (`REFUSING`), which
become ChannelRefused: the announcer disables the channel after that one try.
"""

from __future__ import annotations

import uuid

import aiohttp
import discord

from bot.adapters.discord.respond import post
from bot.core.messages import ChannelRefused, Reply, SendError

REFUSING = {50001: "Missing Access", 10003: "Unknown Channel", 50013: "Missing Permissions"}
"""Discord's error codes for a channel Roadie cannot see, that is gone, or where it may not post."""


class DiscordPushSender:
    """The announcer's Discord `Sender`, REST only, through a logged-in client."""

    platform = "discord"

    def __init__(self, client: discord.Client) -> None:
        self._client = client

    async def send(self, channel_id: str, reply: Reply) -> None:
        await self._post(channel_id, reply, uuid.uuid4().hex[:25])

    async def send_keyed(self, channel_id: str, reply: Reply, key: str, retry: bool) -> None:
        await self._post(channel_id, reply, key)

    async def _post(self, channel_id: str, reply: Reply, nonce: str) -> None:
        if self._client.user is None:
            raise SendError("Discord: the client has not logged in yet; start the adapter first")
        try:
            channel = self._client.get_partial_messageable(int(channel_id))
        except ValueError:
            raise SendError(f"Discord: channel id must be a number, got {channel_id!r}") from None
        try:
            await post(channel, reply, nonce)
        except discord.HTTPException as exc:
            refused = ChannelRefused if exc.code in REFUSING else SendError
            raise refused(
                f"Discord refused the message for channel {channel_id}: "
                f"HTTP {exc.status} {exc.text or exc.response.reason} (code {exc.code})"
            ) from exc
        except (TimeoutError, discord.DiscordException, aiohttp.ClientError, OSError) as exc:
            raise SendError(f"Discord: could not deliver to channel {channel_id}: {exc!r}") from exc
