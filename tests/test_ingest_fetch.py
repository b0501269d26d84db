"""URLs through `read_sources`, with an injected Fetcher or against the loopback feed server:
no test leaves this machine."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from fakes.feed_server import LOOPBACK, FakeFeeds

from knowledge.ingest.fetch import Fetcher, FetchError
from knowledge.ingest.sources import read_sources
from knowledge.records import ArticleRecord, Problem

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def site(routes: dict[str, httpx.Response], seen: list[httpx.Request] | None = None) -> Fetcher:
    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return routes.get(str(request.url), httpx.Response(404))

    return Fetcher(transport=httpx.MockTransport(handle))


def test_feed_served_as_html_is_sniffed_and_links_resolved() -> None:
    feed = (FIXTURES / "script_item.xml").read_bytes()
    url = "https://example.com/feeds/music.xml"
    fetch = site({url: httpx.Response(200, content=feed, headers={"Content-Type": "text/html"})})
    items = list(read_sources([url], fetch=fetch))
    assert all(isinstance(item, ArticleRecord) for item in items)
    assert [item.url for item in items if isinstance(item, ArticleRecord)] == [
        "https://example.com/escaped",
        "https://example.com/relative/cdata",
    ]
    cdata = items[1]
    assert isinstance(cdata, ArticleRecord)
    assert cdata.body == "Para one\n\ntags & more"
    assert cdata.date == "2026-08-22"


def test_html_page_over_http_follows_redirects() -> None:
    page = (FIXTURES / "www.usmagazine.com.html").read_bytes()
    routes = {
        "http://example.com/old": httpx.Response(
            301, headers={"Location": "https://example.com/new"}
        ),
        "https://example.com/new": httpx.Response(
            200, content=page, headers={"Content-Type": "text/html; charset=utf-8"}
        ),
    }
    [item] = read_sources(["http://example.com/old"], fetch=site(routes))
    assert isinstance(item, ArticleRecord)
    assert item.source == "usmagazine.com"


def test_jsonl_and_text_over_http() -> None:
    routes = {
        "https://example.com/lines": httpx.Response(
            200,
            content=(FIXTURES / "bad_records.jsonl").read_bytes(),
            headers={"Content-Type": "application/x-ndjson"},
        ),
        "https://example.com/seed.txt": httpx.Response(
            200,
            content=(FIXTURES / "000_2f8b067994f84289.txt").read_bytes(),
            headers={"Content-Type": "text/plain"},
        ),
    }
    items = list(
        read_sources(["https://example.com/lines", "https://example.com/seed.txt"], site(routes))
    )
    assert [type(item).__name__ for item in items].count("Problem") == 6
    assert items[4] == Problem(
        "https://example.com/lines:5", "invalid JSON (Expecting value at column 1)"
    )
    seed = items[-1]
    assert isinstance(seed, ArticleRecord)
    assert (seed.url, seed.source) == ("https://example.com/seed.txt", "example.com")


def test_failures_are_problems() -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    routes = {"https://example.com/blob": httpx.Response(200, content=b"\x00\x01binary")}
    urls = ["https://example.com/missing", "https://example.com/blob"]
    assert list(read_sources(urls, site(routes))) == [
        Problem("https://example.com/missing", "download failed (HTTP 404 Not Found)"),
        Problem("https://example.com/blob", "unrecognised content (no type)"),
    ]
    broken = Fetcher(transport=httpx.MockTransport(boom))
    assert list(read_sources(["https://example.com/x"], broken)) == [
        Problem("https://example.com/x", "download failed (ConnectError: refused)")
    ]


def test_oversized_response_is_cut_off() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<rss>" + b" " * 5000)

    fetch = Fetcher(transport=httpx.MockTransport(handle), max_bytes=1000)
    with pytest.raises(FetchError, match="response larger than 1000 bytes"):
        fetch.get("https://example.com/huge")


def test_user_agent_and_conditional_get() -> None:
    seen: list[httpx.Request] = []
    url = "https://example.com/feed"
    with site({url: httpx.Response(304, headers={"ETag": '"v2"'})}, seen) as fetch:
        fetched = fetch.get(url, headers={"If-None-Match": '"v1"'})
    assert fetched.status == 304
    assert fetched.headers["etag"] == '"v2"'
    assert seen[0].headers["If-None-Match"] == '"v1"'
    assert seen[0].headers["User-Agent"].startswith("Roadie/")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:{port}/rss/inyourbones_feed.xml", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:{port}/rss/inyourbones_feed.xml", "loopback"),
        ("http://10.1.2.3/feed", "private"),
        ("http://224.0.0.1/feed", "multicast"),
    ],
)
async def test_ingest_fetches_nothing_private_unless_allowed(
    feeds: FakeFeeds, url: str, kind: str
) -> None:
    """`ingest` used to fetch 127.0.0.1, 169.254.169.254 and [::1] and store what it read."""
    address = url.format(port=feeds.port)
    items = await asyncio.to_thread(lambda: list(read_sources([address])))
    (problem,) = items
    assert isinstance(problem, Problem)
    assert f"a {kind} address" in problem.reason and "ROADIE_FETCH_ALLOW" in problem.reason
    assert feeds.requests == []


async def test_an_allowed_host_is_fetched_and_credentials_stay_out_of_problems(
    feeds: FakeFeeds,
) -> None:
    url = feeds.url("/missing?api_key=k-55aa").replace("http://", "http://ann:pw-77bb@")
    with Fetcher(policy=LOOPBACK) as fetch:
        good = await asyncio.to_thread(
            lambda: list(read_sources([feeds.url("/rss/inyourbones_feed.xml")], fetch))
        )
        (missing,) = await asyncio.to_thread(lambda: list(read_sources([url], fetch)))
    assert len(good) == 5 and all(isinstance(item, ArticleRecord) for item in good)
    assert isinstance(missing, Problem) and "HTTP 404" in missing.reason
    assert "pw-77bb" not in str(missing) and "k-55aa" not in str(missing)
