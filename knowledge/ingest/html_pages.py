"""Saved or fetched article pages, reduced by trafilatura to their main text and metadata.

The URL is the page's own canonical or og:url when it declares an http(s) one, since that is
what readers cite; otherwise the URL it was fetched from, or for a local file without either the
same `roadie:article/<file stem>` as plain-text articles. The source is the URL's host.
"""

from __future__ import annotations

from collections.abc import Iterator

from knowledge.ingest.assemble import MAX_INPUT_BYTES, make_record, web_link
from knowledge.ingest.text import normalise_date, one_line, plain_text, source_from_url
from knowledge.records import ArticleRecord, Problem


def parse_html_bytes(data: bytes, where: str, *, url: str) -> Iterator[ArticleRecord | Problem]:
    """One article from a page; `url` is where it came from, used when the page names none."""
    if len(data) > MAX_INPUT_BYTES:
        yield Problem(where, f"page too large ({len(data)} bytes, limit {MAX_INPUT_BYTES})")
        return
    # Imported on the first page, not with the readers: it takes a fifth of a second, and
    # an ingest of JSONL files or feeds, the first run's build included, never reads a page.
    import trafilatura
    from trafilatura.settings import Document

    extracted = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False
    )
    document = extracted.as_dict() if isinstance(extracted, Document) else {}
    if not document.get("text"):
        yield Problem(where, "no article text found in the page")
        return
    raw_date = document.get("date")
    day = normalise_date(raw_date) if isinstance(raw_date, str) else None
    if day is None:
        yield Problem(where, "no date found in the page")
        return
    page_url = web_link(str(document.get("url") or "")) or web_link(url) or url
    yield make_record(
        where,
        url=page_url,
        title=one_line(str(document.get("title") or "")),
        date=day,
        source=source_from_url(page_url),
        body=plain_text(str(document["text"])),
    )
