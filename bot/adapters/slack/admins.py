"""Who may change a channel's subscriptions in Slack: workspace admins and owners.

Slack says so in `users.info`. The answer is remembered for a few minutes (cachetools' TTL
cache), so a burst of commands costs one lookup and a demoted admin loses the right soon after.
Callers look up after acknowledging the request: Slack gives up on an ack after 3 seconds, and
`users.info` may take longer than that.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

import aiohttp
from cachetools import TTLCache
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)
TTL_SECONDS = 300.0
REMEMBERED = 10_000


class AdminLookup:
    """Whether a Slack user is a workspace admin (or in ROADIE_ADMIN_USERS, without a lookup)."""

    def __init__(self, client: AsyncWebClient, listed: Collection[str]) -> None:
        self._client = client
        self._listed = frozenset(listed)
        self._known: TTLCache[str, bool] = TTLCache(maxsize=REMEMBERED, ttl=TTL_SECONDS)

    async def is_admin(self, user_id: str) -> bool:
        """Never raises: when Slack cannot say, the user is treated as not an admin."""
        if user_id in self._listed:
            return True
        known = self._known.get(user_id)
        if known is not None:
            return known
        try:
            response = await self._client.users_info(user=user_id)
        except (SlackApiError, SlackClientError, aiohttp.ClientError, TimeoutError) as error:
            log.warning("Slack: users.info for %s failed (%s): not an admin", user_id, error)
            return False
        user = response.get("user") or {}
        admin = bool(user.get("is_admin") or user.get("is_owner"))
        self._known[user_id] = admin
        return admin
