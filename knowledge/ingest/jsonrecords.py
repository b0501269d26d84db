"""JSON and JSON Lines records: `title, date, url, source, body` per record.

A record without a body is a headline-only article, as teaser feeds give. A record without a
source is credited to its URL's host. A URL that is not http(s) is dropped and reported, and the
record kept without a link (see `knowledge.ingest.assemble`). JSON Feed's names
(`date_published`, `content_text`, `content_html`, `summary`) are accepted too, so a saved JSON
Feed ingests without conversion.
JSON Lines files are read line by line: a bad line is reported and the next one is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO, Any

from knowledge.ingest.assemble import MAX_INPUT_BYTES, identity, make_record
from knowledge.ingest.text import (
    html_to_text,
    normalise_date,
    normalise_source,
    one_line,
    plain_text,
    source_from_url,
)
from knowledge.records import ArticleRecord, Problem


def _text_field(record: Mapping[str, Any], *names: str) -> str | None:
    """The first of `names` present as text; a non-text value raises, naming the field."""
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise TypeError(f"field {name!r} is {type(value).__name__}, not text")
        return value
    return None


def records_from_mapping(record: object, where: str) -> Iterator[ArticleRecord | Problem]:
    """One decoded JSON value as an article (and a note if its link was dropped), or why it is
    not one."""
    if not isinstance(record, Mapping):
        yield Problem(where, f"record is a JSON {type(record).__name__}, not an object")
        return
    try:
        url = _text_field(record, "url")
        title = _text_field(record, "title")
        raw_date = _text_field(record, "date", "date_published")
        source = _text_field(record, "source")
        body = _text_field(record, "body", "content_text")
        html_body = _text_field(record, "content_html", "summary") if body is None else None
    except TypeError as error:
        yield Problem(where, str(error))
        return
    if raw_date is None:
        yield Problem(where, "no date")
        return
    day = normalise_date(raw_date)
    if day is None:
        yield Problem(where, f"bad date {raw_date!r}")
        return
    headline = one_line(title or "")
    url, dropped = identity(where, (url or "").strip(), headline, day)
    made = make_record(
        where,
        url=url,
        title=headline,
        date=day,
        source=normalise_source(source) if source else source_from_url(url),
        body=plain_text(body) if body is not None else html_to_text(html_body or ""),
    )
    if dropped is not None and isinstance(made, ArticleRecord):
        yield dropped
    yield made


def parse_jsonl(stream: IO[bytes], where: str) -> Iterator[ArticleRecord | Problem]:
    """Records from a JSON Lines stream, holding one line in memory at a time."""
    number = 0
    while line := stream.readline(MAX_INPUT_BYTES):
        number += 1
        here = f"{where}:{number}"
        if len(line) == MAX_INPUT_BYTES and not line.endswith(b"\n"):
            yield Problem(here, f"line longer than {MAX_INPUT_BYTES} bytes")
            while (rest := stream.readline(MAX_INPUT_BYTES)) and not rest.endswith(b"\n"):
                pass
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Problem(here, f"not UTF-8 ({error.reason} at byte {error.start})")
            continue
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            yield Problem(here, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        yield from records_from_mapping(value, here)


def parse_json(data: bytes, where: str) -> Iterator[ArticleRecord | Problem]:
    """Records from a JSON document: a list of records, or an object holding one."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        yield Problem(where, f"not UTF-8 ({error.reason} at byte {error.start})")
        return
    except json.JSONDecodeError as error:
        yield Problem(where, f"invalid JSON ({error.msg} at line {error.lineno})")
        return
    except RecursionError:
        yield Problem(where, "invalid JSON (nested too deeply)")
        return
    if isinstance(document, dict):
        document = next((value for value in document.values() if isinstance(value, list)), None)
    if not isinstance(document, list):
        yield Problem(where, "no list of records in the JSON document")
        return
    for index, record in enumerate(document):
        yield from records_from_mapping(record, f"{where}[{index}]")
