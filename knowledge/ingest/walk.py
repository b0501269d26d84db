"""Choosing a reader for each file or download: by extension first, else by content.

Extensions are trusted because they are cheap and usually right; content is sniffed when the
extension says nothing and, for downloads, before the Content-Type, since servers often send
feeds as text/html or text/plain.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from knowledge.ingest.assemble import MAX_INPUT_BYTES
from knowledge.ingest.feeds import parse_feed_bytes
from knowledge.ingest.fetch import Fetched
from knowledge.ingest.html_pages import parse_html_bytes
from knowledge.ingest.jsonrecords import parse_json, parse_jsonl
from knowledge.ingest.plaintext import local_url, parse_plaintext
from knowledge.ingest.text import source_from_url
from knowledge.records import ArticleRecord, Problem

Kind = Literal["text", "json", "jsonl", "feed", "html"]

EXTENSIONS: dict[str, Kind] = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".html": "html",
    ".htm": "html",
}
_SNIFF_BYTES = 4096
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(head: bytes) -> Kind | None:
    """The format the first bytes of a document look like, or None if none of ours."""
    for bom in _BOMS:
        head = head.removeprefix(bom)
    # UTF-16 ASCII markup has NUL between characters; dropping them keeps the checks simple.
    start = head.replace(b"\x00", b"").lstrip().lower()
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        return "jsonl" if b"\n{" in start else "json"
    if start.startswith(b"date "):
        return "text"
    if not start.startswith(b"<"):
        return None
    if any(root in start for root in _FEED_ROOTS):
        return "feed"
    if b"<html" in start or b"<!doctype html" in start:
        return "html"
    return "feed" if start.startswith(b"<?xml") else None


def kind_of_download(fetched: Fetched) -> Kind | None:
    """The body's own look first, then the Content-Type, then the URL's extension."""
    content_type = fetched.content_type.lower()
    sniffed = sniff(fetched.data[:_SNIFF_BYTES])
    if sniffed is not None:
        return sniffed
    if "html" in content_type:
        return "html"
    if any(word in content_type for word in ("rss", "atom", "rdf", "xml")):
        return "feed"
    if "ndjson" in content_type or "jsonl" in content_type:
        return "jsonl"
    if "json" in content_type:
        return "json"
    return EXTENSIONS.get(Path(urlsplit(fetched.url).path).suffix.lower())


def read_download(fetched: Fetched) -> Iterator[ArticleRecord | Problem]:
    """Records from a downloaded document, identified by its final URL."""
    kind = kind_of_download(fetched)
    if kind is None:
        yield Problem(fetched.url, f"unrecognised content ({fetched.content_type or 'no type'})")
    else:
        yield from _read_bytes(kind, fetched.data, fetched.url, url=fetched.url)


def _read_bytes(
    kind: Kind, data: bytes, where: str, *, url: str
) -> Iterator[ArticleRecord | Problem]:
    """Records from a whole document; `url` is its own address, real or `roadie:article/...`."""
    if kind == "feed":
        yield from parse_feed_bytes(data, where)
    elif kind == "html":
        yield from parse_html_bytes(data, where, url=url)
    elif kind == "json":
        yield from parse_json(data, where)
    elif kind == "jsonl":
        yield from parse_jsonl(io.BytesIO(data), where)
    else:
        yield from parse_plaintext(data, where, url=url, source=source_from_url(url))


def read_file(path: Path) -> Iterator[ArticleRecord | Problem]:
    """Records from one local file, with the file's path as the `where` of every Problem."""
    where = str(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            yield Problem(where, "not a regular file")
            return
        size = status.st_size
        kind = EXTENSIONS.get(path.suffix.lower())
        if kind == "jsonl":
            with path.open("rb") as stream:
                yield from parse_jsonl(stream, where)
            return
        if size > MAX_INPUT_BYTES:
            yield Problem(where, f"file too large ({size} bytes, limit {MAX_INPUT_BYTES})")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Problem(where, f"cannot read ({error.strerror or error})")
        return
    kind = kind or sniff(data[:_SNIFF_BYTES])
    if kind is None:
        yield Problem(where, "not a supported format (by extension or content)")
        return
    yield from _read_bytes(kind, data, where, url=local_url(where))


def walk_files(root: Path) -> Iterator[Path]:
    """Files under `root` in sorted order, skipping hidden files and folders."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder, name)
