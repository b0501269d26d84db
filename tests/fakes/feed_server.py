"""A loopback feed server: real RSS files, feeds built from headlines, and broken feeds.

Serves `tests/fixtures/feeds/*.xml` at `/rss/<file>`, RSS built on the fly from headline
records at `/headlines/<name>` (tests add items between ticks), and documents given as bytes at
`/bytes/<name>` (big ones, built once). Both answer conditional GETs
(ETag, Last-Modified) with 304. `/missing` is 404, `/broken` 500, `/slow` sends half a feed
then stalls until the server stops, `/drip` sends a feed one byte at a time without end (each
byte well within any read timeout), `/redirect?to=URL` redirects, `/html` is a web page,
`/truncated` a cut-off document.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from aiohttp import web

from knowledge.ingest.addresses import AddressPolicy

FIXTURES = Path(__file__).parent.parent / "fixtures" / "feeds"
LAST_MODIFIED = "Wed, 06 Aug 2025 12:00:00 GMT"
LOOPBACK = AddressPolicy.allowing(["127.0.0.1"])
"""The fetch policy that lets Roadie reach this server (ROADIE_FETCH_ALLOW=127.0.0.1)."""


def headlines(limit: int | None = None) -> list[dict[str, str]]:
    """The headline records copied from ../shared/data/headlines.jsonl."""
    lines = (FIXTURES / "headlines.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:limit]]


def rss(items: list[dict[str, str]], title: str = "Fake music news") -> bytes:
    """An RSS 2.0 document; an item's `date` (YYYY-MM-DD) becomes its pubDate."""
    entries = []
    for item in items:
        day = datetime.fromisoformat(item["date"]).replace(hour=12, tzinfo=UTC)
        entries.append(
            f"<item><title>{escape(item['title'])}</title><link>{escape(item['url'])}</link>"
            f"<description>{escape(item.get('body', item['title']))}</description>"
            f"<pubDate>{format_datetime(day)}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.com/</link>"
        f"<description>fake</description>{''.join(entries)}</channel></rss>"
    ).encode()


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


class FakeFeeds:
    def __init__(self) -> None:
        self.feeds: dict[str, list[dict[str, str]]] = {}
        self.documents: dict[str, bytes] = {}
        self.requests: list[Request] = []
        self.port = 0
        self._stalled = asyncio.Event()
        self._runner: web.AppRunner | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def served(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/rss/{name}", self._file)
        app.router.add_get("/headlines/{name}", self._headlines)
        app.router.add_get("/bytes/{name}", self._bytes)
        app.router.add_get("/missing", self._status(404))
        app.router.add_get("/broken", self._status(500))
        app.router.add_get("/slow", self._slow)
        app.router.add_get("/drip", self._drip)
        app.router.add_get("/redirect", self._redirect)
        app.router.add_get("/html", self._html)
        app.router.add_get("/truncated", self._truncated)
        app.middlewares.append(self._record)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._stalled.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def _record(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.requests.append(Request(request.path, dict(request.headers)))
        response: web.StreamResponse = await handler(request)
        return response

    def _conditional(self, request: web.Request, body: bytes) -> web.Response:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, headers=headers, content_type="application/rss+xml")

    async def _file(self, request: web.Request) -> web.Response:
        path = FIXTURES / request.match_info["name"]
        if path.suffix != ".xml" or not path.is_file():
            raise web.HTTPNotFound()
        return self._conditional(request, path.read_bytes())

    async def _headlines(self, request: web.Request) -> web.Response:
        items = self.feeds.get(request.match_info["name"])
        if items is None:
            raise web.HTTPNotFound()
        return self._conditional(request, rss(items))

    async def _bytes(self, request: web.Request) -> web.Response:
        body = self.documents.get(request.match_info["name"])
        if body is None:
            raise web.HTTPNotFound()
        return web.Response(body=body, content_type="application/rss+xml")

    @staticmethod
    def _status(code: int) -> Any:
        async def handler(request: web.Request) -> web.Response:
            return web.Response(status=code, text=f"fake status {code}")

        return handler

    async def _slow(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        await response.write(rss(headlines(3))[:200])
        await self._stalled.wait()
        return response

    async def _drip(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        body = rss(headlines(50))
        for offset in range(len(body)):
            try:
                await response.write(body[offset : offset + 1])
            except ConnectionResetError:
                break
            try:
                await asyncio.wait_for(self._stalled.wait(), 0.05)
            except TimeoutError:
                continue
            break
        return response

    async def _redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    async def _html(self, request: web.Request) -> web.Response:
        page = "<!doctype html><html><head><title>Not a feed</title></head><body><p>Hi</p>"
        return web.Response(text=page + "</body></html>", content_type="text/html")

    async def _truncated(self, request: web.Request) -> web.Response:
        body = (FIXTURES / "inyourbones_feed.xml").read_bytes()
        return web.Response(body=body[: len(body) // 2], content_type="application/rss+xml")
