"""What a chat message asks for: the intent, the kind of news or fact, and the time window.

Pure functions over the text; names are resolved separately (bot.core.names), because the
same phrasing ("new album?") serves many artists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import fold

KINDS = ("album", "single", "tour", "film", "festival", "signing", "death", "other")

_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("tour", re.compile(r"\b(?:tour\w*|dates|shows?|gigs?|concerts?|playing)\b")),
    ("album", re.compile(r"\b(?:albums?|lps?|eps?|records?|reissues?|mixtapes?)\b")),
    ("single", re.compile(r"\b(?:singles?|songs?|tracks?|videos?|music)\b")),
    ("film", re.compile(r"\b(?:films?|movies?|documentar\w*|biopics?)\b")),
    ("festival", re.compile(r"\b(?:festivals?|fests?|line-?ups?)\b")),
    ("signing", re.compile(r"\b(?:sign\w*|labels?)\b")),
    ("death", re.compile(r"\b(?:died|dies|death|dead|rip|passed away|obituar\w*)\b")),
]

_FACT_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("count", re.compile(r"\bhow many\b")),
    ("death", re.compile(r"\b(?:how old|die|died|dies|death|rip|passed|what happened)\b")),
    ("award", re.compile(r"\b(?:won|win|wins|winner|prize|award|shortlist|longlist|nominat\w*)\b")),
    ("label", re.compile(r"\b(?:label|sign\w*|who(?:'s| is)? releasing|put out|imprint)\b")),
    ("people", re.compile(r"\b(?:who|producer|produced|collaborat\w*|drummer|members?)\b")),
    ("tour", re.compile(r"\b(?:where|venue|playing|tour dates)\b")),
    (
        "title",
        re.compile(
            r"\b(?:called|name|named|title|titled"
            r"|what(?:'s| is| was)\b.*\b(?:album|lp|ep|record|single|debut))\b"
        ),
    ),
    ("release", re.compile(r"\b(?:when|out|release\w*|drop\w*|come out|due)\b")),
]

_HELP = re.compile(
    r"^\s*(?:/?help|\?+|commands|what can you do|how do (?:i|you) use.*|usage)\s*[?!.]*\s*$"
)
_ANNOUNCE = re.compile(r"\bannounc\w*")
_LATEST = re.compile(
    r"\b(?:news|latest|new|newest|anything|up to|updates?|happening|recent\w*|lately|whats new)\b"
)
_QUESTION = re.compile(r"\b(?:when|who|whos|what|whats|which|where|how|did|does|is|was|are)\b")
_SEARCH = re.compile(r"^\s*(?:search|find|look up|articles? (?:about|on|mentioning))\s+(?:for\s+)?")
_WINDOWS = [
    (re.compile(r"\btoday\b"), 1),
    (re.compile(r"\b(?:this|past|last) week\b"), 7),
    (re.compile(r"\b(?:this|past|last) month\b"), 31),
    (re.compile(r"\b(?:this|past|last) year\b"), 366),
]
_LAST_N = re.compile(r"\b(?:last|past) (\d{1,4}) (day|week|month)s?\b")
# "<artist> tour dates" with no question word asks for the news, not for one sentence.
_NEWS_KINDS = frozenset({"tour", "album", "single", "festival", "film"})
_SPECIFIC = re.compile(r"\b(?:when|how many|called|name|title)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Question:
    """A parsed chat message."""

    text: str
    intent: str
    kind: str | None = None
    fact: str | None = None
    days: int | None = None
    year: str | None = None


def window_days(text: str) -> int | None:
    """The time window a message mentions ("this week" → 7), if any."""
    match = _LAST_N.search(text)
    if match:
        unit = {"day": 1, "week": 7, "month": 31}[match.group(2)]
        return int(match.group(1)) * unit
    for pattern, days in _WINDOWS:
        if pattern.search(text):
            return days
    return None


def news_kind(text: str) -> str | None:
    """The kind of announcement a message is about ("tour dates" → tour)."""
    for kind, pattern in _KIND_WORDS:
        if pattern.search(text):
            return kind
    return None


def fact_asked(text: str) -> str | None:
    """The kind of fact a question wants, in the order that disambiguates best."""
    for kind, pattern in _FACT_ASKS:
        if pattern.search(text):
            return kind
    return None


def parse(text: str) -> Question:
    """Classify a message. Questions about time or people are facts; "new X?" is latest news."""
    folded = fold(text).replace("’", "'")
    plain = re.sub(r"[^\w' -]+", " ", folded)
    days, kind = window_days(plain), news_kind(plain)
    year_match = _YEAR.search(plain)
    year = year_match.group(1) if year_match else None
    if _HELP.match(folded):
        return Question(text, "help")
    search = _SEARCH.match(plain)
    if search:
        return Question(plain[search.end() :].strip(), "search")
    if _ANNOUNCE.search(plain):
        return Question(text, "announcements", kind=kind, days=days, year=year)
    asked = fact_asked(plain)
    is_question = bool(_QUESTION.search(plain))
    wants_news = _LATEST.search(plain) and (not is_question or asked in {None, "release"})
    if wants_news and not _SPECIFIC.search(plain):
        return Question(text, "latest", kind=kind, days=days, year=year)
    if not is_question and kind in _NEWS_KINDS and asked in {None, "tour"}:
        return Question(text, "latest", kind=kind, days=days, year=year)
    if asked or is_question:
        return Question(text, "fact", kind=kind, fact=asked, days=days, year=year)
    if days is not None:
        return Question(text, "announcements", kind=kind, days=days, year=year)
    return Question(text, "latest", kind=kind, days=days, year=year)
