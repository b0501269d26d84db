"""The plain-text article format: `date YYYY-MM-DD Title`, a blank line, then the body.

The text carries no URL, yet the store keys articles by URL, so a file gets
`roadie:article/<file stem>`: the name alone, without directories, so the same file in another
checkout or copied elsewhere is still the same article. The text names no publisher either, so
the source is "local" (fetched over HTTP, the URL and its host are used instead).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePath

from knowledge.ingest.assemble import make_record
from knowledge.ingest.text import normalise_date, one_line, plain_text
from knowledge.records import ArticleRecord, Problem

_HEADER = re.compile(r"date\s+(\S+)(?:\s+(.*))?")


def local_url(path: str) -> str:
    """The stable URL of a local article file, independent of where the checkout lives."""
    return f"roadie:article/{PurePath(path).stem}"


def parse_plaintext(
    data: bytes, where: str, *, url: str, source: str
) -> Iterator[ArticleRecord | Problem]:
    """One article, or the reason the text is not one."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield Problem(where, f"not UTF-8 text ({error.reason} at byte {error.start})")
        return
    first, _, rest = text.strip().partition("\n")
    header = _HEADER.fullmatch(first.strip())
    if header is None:
        yield Problem(where, "first line is not 'date YYYY-MM-DD Title'")
        return
    raw_date, raw_title = header.group(1), header.group(2) or ""
    day = normalise_date(raw_date)
    if day is None:
        yield Problem(where, f"bad date {raw_date!r}")
        return
    body = plain_text(rest)
    if not body:
        yield Problem(where, "empty body")
        return
    yield make_record(where, url=url, title=one_line(raw_title), date=day, source=source, body=body)
