"""What a chat message asks for: the intent, the kinds of news and fact, the time window.

Pure functions over normalised text, driven by the cue table in `bot.core.cues`. The intent
only steers ranking and the shape of the reply: every question still gets retrieval, so a
phrasing no cue foresaw costs precision, never the answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

from bot.core import cues
from knowledge.entities import number_value
from knowledge.facts import KINDS, fact_kinds, news_kind_of
from knowledge.text import fold

__all__ = [
    "KINDS",
    "Period",
    "Question",
    "news_kind",
    "parse",
    "period",
    "window",
    "window_days",
    "window_start",
]


@dataclass(frozen=True)
class Period:
    """A stretch of the calendar a question names, kept as written and placed on the calendar
    when the question is answered (`span`): `first` month (1-12) and how many `months` it runs,
    in a written `year`, else `back` years before the year of asking ("last year" is 1), else
    the latest such stretch that has begun by then, or is over (`over`: "last summer"), or
    is this year's (`current`: "this winter" asked in August is one to come). A `first` of 0
    is the month of asking, `back` months before ("last month")."""

    first: int
    months: int
    year: int | None = None
    back: int | None = None
    over: bool = False
    current: bool = False

    def span(self, today: date) -> tuple[str, str] | None:
        """The first and last day (ISO) of the stretch, cut at `today`; None when it is yet
        to come ("this winter" asked in August), which no article can have told."""
        if not self.first:
            start = _after(date(today.year, today.month, 1), -(self.back or 0))
            return start.isoformat(), min(_after(start, 1) - timedelta(days=1), today).isoformat()
        year = self.year if self.year is not None else today.year - (self.back or 0)
        start = date(year, self.first, 1)
        if self.year is None and self.back is None:
            while start > today or (self.over and _after(start, self.months) > today):
                year -= 1
                start = date(year, self.first, 1)
            if self.current and start.year < today.year and _after(start, self.months) <= today:
                return None
        if start > today:
            return None
        end = _after(start, self.months) - timedelta(days=1)
        return start.isoformat(), min(end, today).isoformat()

    def coming(self, today: date) -> date | None:
        """The first day of this year's stretch, where it is named without a year and is yet
        to come: what is planned for it ("touring in the fall?" asked in August) is this
        year's, told before it begins."""
        if not self.first or self.year is not None or self.back is not None or self.over:
            return None
        start = date(today.year, self.first, 1)
        return start if start > today else None


def _after(start: date, months: int) -> date:
    """The first day after `months` whole months from `start`."""
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period(text: str) -> Period | None:
    """The calendar stretch a message names ("last month", "back in March", "summer 2019"),
    if any."""
    for match in cues.NAMED_TIME.finditer(text):
        placing, name, year, which = match.groups()
        if not (year or which) and (not placing or (name == "may" and placing == "this")):
            continue
        first, months = cues.SEASONS.get(name, (cues.MONTHS.get(name, 0), 1))
        back = None if which is None else int(which == "last")
        written = int(year) if year else None
        return Period(first, months, written, back, placing == "last", placing == "this")
    relative = cues.CALENDAR.search(text)
    if relative:
        back = int(relative.group(1) == "last")
        if relative.group(2) == "year":
            return Period(1, 12, back=back)
        return Period(0, 1, back=back)
    return None


@dataclass(frozen=True)
class Question:
    """A parsed chat message: `facts` are the kinds of fact that would answer it."""

    text: str
    intent: str
    kind: str | None = None
    facts: tuple[str, ...] = ()
    days: int | None = None
    year: str | None = None
    fresh: bool = False
    """Whether it asks about the newest news, whatever the intent."""
    asks: tuple[str, ...] = ()
    """The kinds its asking words ask for (`asked_outright`), first of `facts`."""
    period: Period | None = None
    """The calendar stretch it names, which bounds its news where it names one."""

    @property
    def for_news(self) -> bool:
        """Whether it asks for news (the latest, or announcements) rather than a fact."""
        return self.intent in {"latest", "announcements"}


# How many of a language's words a message holds when it is written in it.
LANGUAGE_READ = 2
_CONTRACTED = re.compile(r"\b(who|what|where|when|how)(s|re)\b")


def plain_text(text: str) -> str:
    """Folded text with apostrophes unified and punctuation turned into spaces. A question
    word's "'s" typed without its apostrophe ("whos in", "wheres") is given it back, so the
    question word asks what it asks written out; a message written in another language, or
    half in it, has its asking words and words for news read as the English ones
    (`cues.LANGUAGES`)."""
    folded = _CONTRACTED.sub(r"\1'\2", fold(text).replace("’", "'"))
    plain = re.sub(r"\s+", " ", re.sub(r"[^\w' /-]+", " ", folded)).strip()
    for language in written_in(plain):
        for pattern, english in language.cues:
            plain = pattern.sub(english, plain)
        plain = WORD.sub(partial(read_as_english, language.translated), plain)
    return plain


WORD = re.compile(r"\w+")


def read_as_english(words: Mapping[str, str], word: re.Match[str]) -> str:
    """A word as the English one it means in its language (`cues.Language.translated`),
    else as written."""
    return words.get(fold(word[0]), word[0])


def _spoken_year(match: re.Match[str]) -> str:
    if match.group("century") is None:
        past = match.group("past")
        return str(2000 + (number_value(past) if past else 0))
    century = number_value(match.group("century"))
    rest = match.group("tens") or match.group("oh")
    return str(century * 100 + number_value(rest))


def spoken_numbers(text: str) -> str:
    """The message with years and counted amounts written in words read as digits
    (`cues.SPOKEN_YEAR`, `cues.SPOKEN_AMOUNT`): a dictated "first album in fifteen years"
    asks what "in 15 years" does, and its number words name no unknown act. So are
    anniversaries (`cues.SPOKEN_ANNIVERSARY`)."""
    text = cues.SPOKEN_ANNIVERSARY.sub(_spoken_ordinal, cues.SPOKEN_YEAR.sub(_spoken_year, text))
    return cues.SPOKEN_AMOUNT.sub(
        lambda m: f"{m.group('counting')} {number_value(m.group('amount'))}", text
    )


def _spoken_ordinal(said: re.Match[str]) -> str:
    """An ordinal said in words as digits with their ending ("twenty-first" is "21st")."""
    words = [w.lower() for w in (said["tens"], said["unit"], said["ordinal"]) if w]
    value = sum(cues.ORDINAL_VALUES.get(w) or number_value(w) for w in words)
    ending = (
        "th" if value % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    )
    return f"{value}{ending}"


def written_in(text: str) -> tuple[cues.Language, ...]:
    """The languages a message is written in, or half in (`cues.LANGUAGES`): it holds two of
    a language's small or chat words, one of them no word English also writes ("de", "le")."""
    words = set(re.findall(r"[a-z]+", fold(text)))
    return tuple(
        language
        for language in cues.LANGUAGES
        if len(found := language.chat & words) >= LANGUAGE_READ
        and not found <= language.also_english
    )


def window_days(text: str) -> int | None:
    """The time window a message mentions ("this week" gives 7), if any."""
    match = cues.LAST_N.search(text)
    if match:
        count = cues.COUNT_WORDS.get(match.group(1)) or int(match.group(1))
        return count * cues.UNIT_DAYS[match.group(2)]
    for pattern, days in cues.WINDOWS:
        if pattern.search(text):
            return days
    return None


def window(question: Question, now: datetime) -> tuple[str, str] | None:
    """The first and last day (ISO) of the news a question asks about, when it bounds its
    time: the calendar stretch it names, else the last days it counts back."""
    if question.period is not None:
        return question.period.span(now.date())
    since = window_start(now, question.days)
    return None if since is None else (since, now.date().isoformat())


def window_start(now: datetime, days: int | None) -> str | None:
    """The first date (ISO) of a window of `days` ending `now`; None for no window."""
    if not days:
        return None
    return date.fromordinal(now.date().toordinal() - days).isoformat()


def news_kind(text: str) -> str | None:
    """The kind of news a message is about ("tour dates" gives tour)."""
    return news_kind_of(plain_text(text))


def facts_asked(text: str, asks: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of fact that answer a question: those its question words ask for
    (`asked_outright`), then those its cue words name."""
    cued = sorted(k for k in fact_kinds(text) if k not in asks and k not in {"year", "date"})
    return (*asks, *cued)


def asked_outright(text: str) -> tuple[str, ...]:
    """The kinds of fact a question's own asking words ask for ("who", "how did ... die",
    "what label"), leaving out the cue words a name may hold ("<Crash> <Word>")."""
    asked: list[str] = []
    for pattern, kinds in cues.ASKS:
        if pattern.search(text):
            asked += [k for k in kinds if k not in asked]
    return tuple(asked)


# "Who" right after a name or a noun that it describes, telling where the person plays
# ("<act>, with <First> <Last> who used to be in <Band>", "the guy who sang in <Band>"): no
# question word, unless a word before it asks ("do you know who was in <Band>", "tell me who
# plays") or a mark ends what comes before ("... band. who was in it?"), which the words a
# question is read from again, its sure names put as "it", no longer hold (`answer`).
_RELATIVE_WHO = re.compile(
    r"\b(?P<before>\w+) who (?=(?:used to|also|formerly|once|(?:is|was|are|were|plays?|played"
    r"|sings?|sang|drums?|drummed) (?:in|with|from)|fronts|fronted|left|joined|started|formed)\b)",
    re.IGNORECASE,
)
# "Who" after words for whoever it describes ("the ones who are <adjective> than <act>",
# "anyone who likes <act>") opens a description of them, whatever verb follows.
_WHO_OF_ONES = re.compile(
    r"\b(ones|those|anyone|anybody|someone|somebody|everyone|everybody|people|folks) who\b",
    re.IGNORECASE,
)
_ASKING_BEFORE_WHO = frozenset(
    "know knows knew tell me us wonder wondering wondered ask asking guess idea sure remember"
    " and or but so see find out say says clue curious it".split()
)


# What a message calls something it names ("a band called <Name>", "a label named <Name>"):
# no title asked for, as "what's it called?" and "<album> called what" ask; "named after" asks
# where a name comes from.
_NAMING = re.compile(
    r"\b(band|group|act|project|duo|trio|outfit|artist|singer|rapper|album|record|label"
    r"|festival|venue|guy|someone|something) (?:called|named) "
    r"(?!(?:after|for|again|now|what|which|who|how)\b)(?=[^\W\d_])",
    re.IGNORECASE,
)


# "When" that recalls a time rather than asks for one ("remember when <act> toured ...",
# "back when they were on <label>").
_RECALLED_WHEN = re.compile(r"\b(remember|remembers|back) when\b", re.IGNORECASE)


def _descriptions_dropped(text: str) -> str:
    """The message without the words that describe what it names or recall a time, which
    ask nothing."""
    text = _WHO_OF_ONES.sub(r"\1", _RECALLED_WHEN.sub(r"\1", _NAMING.sub(r"\1 ", text)))
    return _RELATIVE_WHO.sub(
        lambda m: m[0] if m["before"].lower() in _ASKING_BEFORE_WHO else f"{m['before']} ", text
    )


def parse(text: str) -> Question:
    """Classify a message: help, search, announcements, latest news, or a fact question."""
    plain = plain_text(_descriptions_dropped(text))
    days = window_days(plain)
    kind = news_kind_of(cues.LINE_UP.sub("lineup", cues.NO_KIND.sub(" ", plain)))
    if kind is None and cues.WHO_PLAYS.search(plain):
        kind = "festival"
    if kind is None and cues.TOURING_SAID.search(plain):
        kind = "tour"
    when = period(plain)
    year_match = cues.YEAR.search(plain)
    year = year_match.group(1) if year_match else None
    if cues.HELP.match(plain.strip(" ?!.")):
        return Question(text, "help")
    search = cues.SEARCH.match(plain)
    if search:
        return Question(plain[search.end() :].strip(), "search")
    if cues.ANNOUNCE.search(plain) or cues.ON_LINEUP.search(plain):
        return Question(text, "announcements", kind=kind, days=days, year=year, period=when)
    specific = bool(cues.SPECIFIC.search(plain))
    if cues.NEWS.search(plain) and not specific:
        return Question(text, "latest", kind=kind, days=days, year=year, period=when)
    intent = "fact" if specific or cues.QUESTION.search(plain) else "lookup"
    fresh = bool(cues.FRESH.search(plain))
    asks = asked_outright(plain)
    facts = facts_asked(plain, asks)
    # A label asked about and no other kind of news named: the news that tells it is a signing.
    if kind is None and facts[:1] in {("label",), ("signing",)}:
        kind = "signing"
    return Question(
        text,
        intent,
        kind=kind,
        facts=facts,
        days=days,
        year=year,
        fresh=fresh,
        asks=asks,
        period=when,
    )
