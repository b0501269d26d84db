"""RSS 0.9x/1.0/2.0 and Atom feeds, parsed by feedparser from bytes the caller already has.

Taking bytes rather than a URL lets a poller do its own conditional GET (ETag, Last-Modified)
and still share this code. Decisions, for feeds as found in the wild:
- An entry's date is the date written in it (RFC 822 or ISO, in the publisher's own zone), else
  feedparser's parse of it (UTC), else the feed's own date (its last build: when the entry was
  at least known), else the entry is skipped with a Problem.
- An entry needs an absolute http(s) link, since replies cite it; relative links are resolved
  against the feed's URL when it came from one, or against the feed's xml:base. Credentials in a
  link (the feed's own `user:password@`, carried over by that resolution) are removed.
- The source is the link's host: an aggregator's feed credits the publisher of each article.
- A malformed feed whose entries were still recovered is ingested, with one Problem saying so;
  one with nothing recovered is a single Problem naming the parser's error.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from knowledge.ingest.assemble import MAX_INPUT_BYTES, make_record, web_link
from knowledge.ingest.text import (
    date_from_struct,
    html_to_text,
    normalise_date,
    one_line,
    source_from_url,
)
from knowledge.records import ArticleRecord, Problem

_DATE_FIELDS = ("published", "updated", "created")
_ENTRY_START = re.compile(rb"<(?:[A-Za-z][\w.-]*:)?(?:item|entry)[\s/>]")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z][\w.-]*:)?(?:item|entry)\s*>")


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    for field in _DATE_FIELDS:
        raw = entry.get(field)
        day = normalise_date(raw) if isinstance(raw, str) else None
        if day is None:
            day = date_from_struct(entry.get(f"{field}_parsed"))
        if day is not None:
            return day
    return None


def _entry_body(entry: Mapping[str, Any]) -> str:
    """The fullest text the entry has: its longest content, else its summary."""
    contents = [str(part.get("value") or "") for part in entry.get("content") or ()]
    markup = max(contents, key=len, default="") or str(entry.get("summary") or "")
    return html_to_text(markup)


def _entry_record(
    entry: Mapping[str, Any], where: str, feed_date: str | None
) -> ArticleRecord | Problem:
    raw = str(entry.get("link") or "").strip()
    link = web_link(raw) or ""
    if raw:
        where = f"{where} <{link or raw}>"
        if not link:
            return Problem(where, "link is not an absolute http(s) URL")
    day = _entry_date(entry) or feed_date
    if day is None:
        return Problem(where, "no date in the entry or the feed")
    return make_record(
        where,
        url=link,
        title=one_line(str(entry.get("title") or "")),
        date=day,
        source=source_from_url(link),
        body=_entry_body(entry),
    )


def _first_entries(data: bytes, count: int) -> tuple[bytes, int]:
    """The document cut to its first `count` entries before it is parsed, and how many it had.

    feedparser's time grows with every element (a 4 MB feed of 14,000 items takes it seconds),
    so an item cap applied after parsing would bound nothing. The entries after the first
    `count` are cut out as bytes, keeping what follows the last one (the closing tags), so the
    rest stays well-formed; a feed this misjudges is still read, as a malformed one.
    """
    starts = [match.start() for match in _ENTRY_START.finditer(data)]
    if len(starts) <= count:
        return data, len(starts)
    ends = [match.end() for match in _ENTRY_END.finditer(data, starts[count])]
    if not ends:
        return data, len(starts)
    return data[: starts[count]] + data[ends[-1] :], len(starts)


def parse_feed_bytes(
    data: bytes, where: str, max_items: int | None = None
) -> Iterator[ArticleRecord | Problem]:
    """Articles from one feed document; `where` is its path or URL, used in Problems and,
    when it is an http(s) URL, as the base for relative links. With `max_items`, only the first
    that many entries (feeds list the newest first) are read, and a Problem says so."""
    if len(data) > MAX_INPUT_BYTES:
        yield Problem(where, f"feed too large ({len(data)} bytes, limit {MAX_INPUT_BYTES})")
        return
    if max_items is not None:
        data, total = _first_entries(data, max_items)
        if total > max_items:
            yield Problem(where, f"only the first {max_items} of {total} entries read")
    headers = {"content-location": where, "content-type": "application/xml"}
    base = headers if web_link(where) else None
    parsed = feedparser.parse(io.BytesIO(data), response_headers=base)
    entries = parsed.get("entries") or []
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(error, feedparser.CharacterEncodingOverride):
        error = None
    if not entries:
        reason = f"not a readable feed ({error})" if error else "feed has no entries"
        yield Problem(where, reason)
        return
    if error:
        yield Problem(where, f"malformed feed ({error}); its {len(entries)} entries were read")
    if max_items is not None:
        entries = entries[:max_items]
    feed = parsed.get("feed") or {}
    feed_date = _entry_date(feed)
    for index, entry in enumerate(entries):
        yield _entry_record(entry, f"{where} entry {index}", feed_date)
