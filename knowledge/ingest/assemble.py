"""The checks every reader applies before a record leaves the ingest package.

Keeping them in one place means a JSON line, a feed entry and a saved page are held to the same
rules: a title, an ISO date, a URL, and a body small enough for the store to index.
"""

from __future__ import annotations

from knowledge.records import ArticleRecord, Problem

MAX_BODY_BYTES = 1_000_000
"""Largest body kept (UTF-8 bytes): real articles are far smaller, so anything above is junk."""

MAX_INPUT_BYTES = 20_000_000
"""Largest file, download or JSONL line read at all, so one huge input cannot stall a run."""


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
