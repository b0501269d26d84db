"""Slack's HTTP mode: the web server in front of the Bolt app.

Bolt reads a request's body before it checks the signature, and both steps raise on bad input
(a timestamp that is not a number, signed JSON that does not parse), which aiohttp turns into a
500 with a traceback in the log. This handler checks first, in Slack's order: a request that is
not signed by Slack within five minutes gets 401 and is never parsed; a signed one that cannot
be read gets 400. Only then does Bolt see it (and check the signature again, harmlessly).
"""

from __future__ import annotations

import logging
import re

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_MISMATCH_HINT = (
    "Slack: refused a request whose signature does not match SLACK_SIGNING_SECRET; if Slack's "
    "own requests are refused too, copy Basic Information -> Signing Secret into it again"
)


class SlackRequests:
    """The handler for Slack's POSTs to `EVENTS_PATH`."""

    def __init__(self, app: AsyncApp, signing_secret: str) -> None:
        self._app = app
        self._verifier = SignatureVerifier(signing_secret)
        self._warned = False

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            return web.Response(status=400, text="the body is not UTF-8")
        if not _TIMESTAMP.fullmatch(timestamp) or not signature:
            return web.Response(status=401, text="not signed by Slack")
        if not self._verifier.is_valid(body, timestamp, signature):
            self._note_mismatch()
            return web.Response(status=401, text="bad or expired signature")
        try:
            bolt_request = AsyncBoltRequest(
                body=body, query=request.query_string, headers=dict(request.headers)
            )
        except (ValueError, TypeError, AttributeError, KeyError):
            return web.Response(status=400, text="the body cannot be read")
        if not isinstance(bolt_request.body, dict):
            return web.Response(status=400, text="the body is not an object")
        return await to_aiohttp_response(await self._app.async_dispatch(bolt_request))

    def _note_mismatch(self) -> None:
        """Say once at WARNING what a wrong secret looks like; a forger's spam stays at DEBUG."""
        if self._warned:
            log.debug("Slack: refused a request with a bad signature")
            return
        self._warned = True
        log.warning(_MISMATCH_HINT)


def web_app(app: AsyncApp, signing_secret: str) -> web.Application:
    """The aiohttp application: Slack's requests at `EVENTS_PATH`, and `GET /healthz`."""
    server = web.Application()
    server.router.add_post(EVENTS_PATH, SlackRequests(app, signing_secret).handle)
    server.router.add_get("/healthz", _healthy)
    return server


async def _healthy(request: web.Request) -> web.Response:
    return web.Response(text="ok")
