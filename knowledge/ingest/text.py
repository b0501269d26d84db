"""Turning whatever a source gives into plain text, ISO dates and source names.

Every reader funnels titles and bodies through `html_to_text` or `plain_text`, so markup and
scripts never reach the knowledge base whatever the source format claims to contain.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"}
    | {"figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"}
    | {"nav", "ol", "p", "pre", "section", "table", "tr", "ul"}
)
_DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math"}
)
_MARKUP = re.compile(r"</?[A-Za-z][^>]*>|<!|&(?:#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_BLANK_LINES = re.compile(r"\n{3,}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Escaped markup inside escaped markup needs one pass per level; more levels than this are
# deliberate obfuscation, and the last pass's text is kept without its angle brackets.
_MAX_PASSES = 4


class _TextExtractor(HTMLParser):
    """Collects text outside dropped elements, turning block boundaries into line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._dropped_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_TAGS:
            self._dropped_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_TAGS:
            self._dropped_depth = max(0, self._dropped_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Skip `<![...]>` sections the stdlib does not know instead of letting it assert."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_data(self, data: str) -> None:
        if not self._dropped_depth:
            self.parts.append(data)


def _strip_once(markup: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return "".join(extractor.parts)


def tidy(text: str) -> str:
    """Collapse runs of spaces but keep paragraph breaks, which fact extraction relies on."""
    text = "\n".join([" ".join(line.split()) for line in text.splitlines()])
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, re-stripped while escaped markup keeps surfacing.

    Feeds often escape HTML twice, so one pass can turn `&lt;script&gt;` into a live tag; the
    loop runs until no markup is left, and anything still tag-like after that loses its brackets.
    """
    text = markup
    passes = 0
    while _MARKUP.search(text):
        if passes == _MAX_PASSES:
            text = text.replace("<", "").replace(">", "")
            break
        text = _strip_once(text)
        passes += 1
    return tidy(text)


def plain_text(text: str) -> str:
    """Text that is meant to be plain, cleaned only if it carries markup (cheap on clean text)."""
    return html_to_text(text) if _MARKUP.search(text) else tidy(text)


def one_line(text: str) -> str:
    """A title: plain text on a single line."""
    return " ".join((html_to_text(text) if _MARKUP.search(text) else text).split())


def normalise_date(value: str) -> str | None:
    """`YYYY-MM-DD` from an ISO date or datetime or an RFC 822 date; None if it is neither.

    The date is the one written in the source, in the source's own time zone: a story dated
    late evening in New York belongs to that day, not to the next day in UTC.
    """
    value = value.strip()
    if _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def date_from_struct(value: time.struct_time | None) -> str | None:
    """`YYYY-MM-DD` from feedparser's parsed dates (UTC struct_time), None if absent or absurd."""
    if value is None:
        return None
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    except ValueError:
        return None


def source_from_url(url: str) -> str:
    """The publisher as its host name, so feeds and pages credit whoever wrote the article."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    return normalise_source(host) or "local"


def normalise_source(source: str) -> str:
    """One spelling per publisher: `www.nme.com` and `nme.com` are the same source."""
    source = " ".join(source.split())
    return source[4:] if source.lower().startswith("www.") else source
