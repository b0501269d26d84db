"""The checks every reader applies before a record leaves the ingest package.

Keeping them in one place means a JSON line, a feed entry and a saved page are held to the same
rules: a title, an ISO date, a URL, and a body small enough for the store to index.

An article's URL is its identity in the knowledge base and, when it is an http(s) address, the
link replies show. Only such addresses are stored as links, without any `user:password@`: a
record whose URL is anything else (`javascript:`, `data:`, a relative path) keeps its text under
a `roadie:record/<digest>` identity, which no renderer shows as a link, and the dropped URL is
reported. Local files have the same kind of identity, `roadie:article/<file stem>`.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from knowledge.records import ArticleRecord, Dropped, Problem

MAX_BODY_BYTES = 1_000_000
"""Largest body kept (UTF-8 bytes): real articles are far smaller, so anything above is junk."""

MAX_INPUT_BYTES = 20_000_000
"""Largest file, download or JSONL line read at all, so one huge input cannot stall a run."""


IDENTITY_PREFIX = "roadie:"
"""URLs starting with this are identities of articles that have no web address."""


def web_link(url: str) -> str | None:
    """`url` as a storable link: an http(s) address with a host, credentials removed; else None."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if "@" in parts.netloc:
        parts = parts._replace(netloc=parts.netloc.rpartition("@")[2])
    return parts.geturl()


def identity(where: str, url: str, title: str, date: str) -> tuple[str, Dropped | None]:
    """The URL to store a record under, and the report of a link dropped on the way."""
    if not url or url.startswith(IDENTITY_PREFIX):
        return url, None
    link = web_link(url)
    if link is not None:
        return link, None
    digest = hashlib.sha1(f"{title}\n{date}".encode("utf-8", "surrogatepass")).hexdigest()
    shown = url if len(url) <= 40 else url[:39] + "…"
    reason = f"url {shown!r} is not an http(s) link: dropped, the article is kept without a link"
    return f"{IDENTITY_PREFIX}record/{digest[:16]}", Dropped(where, reason)


def make_record(
    where: str, *, url: str, title: str, date: str, source: str, body: str
) -> ArticleRecord | Problem:
    """The record if it is complete, else the first reason it cannot be stored.

    Dates are checked by each reader, which knows what the raw value looked like.
    """
    if not url:
        return Problem(where, "no url")
    if not title:
        return Problem(where, "no title")
    # Four bytes per character at most: short bodies skip the encoding.
    if len(body) * 4 > MAX_BODY_BYTES:
        size = len(body.encode("utf-8", "surrogatepass"))
        if size > MAX_BODY_BYTES:
            return Problem(where, f"body too large ({size} bytes, limit {MAX_BODY_BYTES})")
    return ArticleRecord(url=url, title=title, date=date, source=source, body=body)
