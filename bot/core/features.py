"""Every candidate described by named features in [0, 1], which the fitted weights score.

Features rather than rules: how the question's names and words stand in a candidate's headline,
lead and best sentence, its search ranks, how new it is among the articles about the name, and
whether it is of the kind of news or fact asked. `benchmarks/quality.py` fits one weight each
(`bot.core.weights`), so nothing here is tuned by hand for a question.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from bot.core.candidates import MAX_NAMES, Candidate, announces, asks_news, common, idf
from bot.core.cues import MORE_ASKED, NEWS, RECORD_FORMAT
from bot.core.intents import Question
from bot.core.links import SURE_LINK, Link, Linking
from bot.core.tokens import MAX_TOKENS, tokens_of
from bot.core.words import kinds_of, spelling, spellings, stem, words_of
from knowledge.entities import news_lead
from knowledge.facts import (
    ANNOUNCED_OR_ADDED,
    BROADER,
    SAYS_ANNOUNCED,
    comments_on_news,
    speaks_of,
)
from knowledge.store import KnowledgeBase

FEATURES = (
    "name_title",
    "name_lead",
    "name_anywhere",
    "name_opens",
    "sure_missing",
    "words_title",
    "words_lead",
    "words_sentence",
    "bm25_title",
    "bm25_sentence",
    "newest_news",
    "newest_fact",
    "newest_kind",
    "kind_match",
    "announcement",
    "fact_match",
    "focused_sentence",
    "subject_title",
    "subject_text",
    "headline_only",
    "year_match",
    "outside_window",
)
# Facts that happen once, whose first report is the news (`describe`).
ONCE = frozenset({"death", "cause", "age"})
# Facts that stay true, which any article about the name that tells them answers.
LASTING = frozenset({"naming", "formed", "origin", "realname"})


def _openings(linking: Linking, found: Link, ways: tuple[str, ...]) -> tuple[str, ...]:
    """The ways a headline about a linked name opens: its spellings (`ways`, `spellings`)
    and, for a "The <Word>" name typed without its "the", the word as typed, for a headline
    that opens with its subject so ("<Word>: <Title>"), where the word is the name whatever
    else it may be."""
    typed = spelling(linking.tokens[found.start : found.end])
    return ways if typed in ways else (*ways, typed)


# Headlines come back question after question: each is read for a kind of news, and for where
# its news opens, once.
_news_lead = lru_cache(maxsize=16384)(news_lead)
_speaks_of = lru_cache(maxsize=16384)(speaks_of)


def _reciprocal(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / (1 + rank)


def _by_rank(ranked: list[Candidate]) -> dict[int, float]:
    """Recency as the features weigh it: the first of `ranked` counts 1, the next 1/2, ..."""
    return {c.row.id: _reciprocal(rank) for rank, c in enumerate(ranked)}


class _Reading(NamedTuple):
    """What a text holds of a question: the names it spells (bit i for the i-th name, by its
    spellings), the stems of its other words, the unlinked word pairs it spells (bit i for
    the i-th pair), the names it opens with, and whether it spells a linked name together
    with the unlinked words next to it (`_widened`)."""

    named: int
    held: frozenset[str]
    paired: int
    opens: int
    widened: bool


def _widened(kb: KnowledgeBase, linking: Linking) -> list[str]:
    """Each name linked unsurely, or a one-word name the question writes capitalised (a
    longer name's first word, "<First> <Last>"), with the words of an unlinked subject next
    to it in the question ("<unknown> <known>"), spelled as one: news that writes them
    together is about the name asked, of which the known one is only a part. A common word
    beside a name describes it ("the drummer <name>") rather than belongs to it."""
    capitalised = linking.capitalised or frozenset()
    unsure = [
        f
        for f in linking.links
        if f.weight < SURE_LINK or (f.end - f.start == 1 and linking.tokens[f.start] in capitalised)
    ]
    if not unsure or not linking.subjects:
        return []
    free = {w for run in linking.subjects for w in run.split() if not common(kb, w)}
    spans = []
    for found in unsure:
        start, end = beside(linking, found, free, both_sides=True)
        if (start, end) != (found.start, found.end):
            spans.append(spelling(linking.tokens[start:end]))
    return spans


def beside(linking: Linking, found: Link, free: set[str], both_sides: bool) -> tuple[int, int]:
    """The span of a linked name grown over the `free` words right before it, and those
    right after it too (`both_sides`) or only where none stand before."""
    tokens = linking.tokens
    start, end = found.start, found.end
    while start > 0 and tokens[start - 1] in free:
        start -= 1
    while (both_sides or start == found.start) and end < len(tokens) and tokens[end] in free:
        end += 1
    return start, end


# How far into an article a name must stand for the article to be about it: a name first
# written further on is an influence, a guest or a comparison ("cites the influence of
# <band>"), not the news.
ABOUT_CHARS = 300
# Names in brackets are credits, not the news: the other bands of someone named ("recorded
# with <producer> (<band>, <band>)").
_CREDITS = re.compile(r"\([^()]*\)")


# Words of a request for news that ask for the newest: news of a new release is what such a
# request wants first, so a headline sharing one stays likelier the news asked for.
_NEWEST = frozenset({"new", "newer", "newest", "latest", "recent"})


def _asked_about(question: Question, linking: Linking) -> tuple[str, ...]:
    """The words that say what about the names is asked: the question's leftover words, but
    in a request for the news of a name it links surely and nothing else it may name, not
    the words that make the request ("what are they up to", "anything going on with"): they
    name no topic, and a headline that shares one ("<Title> Going On") is no likelier the
    news asked for."""
    leftover = tuple(dict.fromkeys(linking.leftover))
    if (
        question.intent != "latest"
        or question.kind is not None
        or linking.named_runs
        or not any(f.weight >= SURE_LINK for f in linking.links)
    ):
        return leftover
    asking = {t for m in NEWS.finditer(question.text.lower()) for t in tokens_of(m.group(0))}
    return tuple(w for w in leftover if w not in asking - _NEWEST)


# Bit i of a mask stands for a question's i-th name or word pair: at most one per word.
_BITS = tuple(1 << i for i in range(MAX_TOKENS))


def _mask(flags: list[bool]) -> int:
    return sum(compress(_BITS, flags))


def describe(
    kb: KnowledgeBase,
    question: Question,
    linking: Linking,
    candidates: list[Candidate],
    now: datetime,
    lexical: bool,
    bounds: tuple[str, str] | None,
) -> None:
    """Fill in every candidate's features. Each text of a candidate (headline, summary, best
    sentence) is searched once per name and word pair; the features are sums over those.
    Search ranks count only where the words are `lexical` (`ranking._lexical`)."""
    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    ways = [spellings(linking, found) for found in names]
    openings = [_openings(linking, found, spelt) for found, spelt in zip(names, ways, strict=True)]
    weights = [found.weight for found in names]
    total = sum(weights) or 1.0
    # The weight share of each set of names, by its mask.
    shares = [
        sum(w for i, w in enumerate(weights) if mask >> i & 1) / total
        for mask in range(1 << len(names))
    ]
    sure = _mask([w >= SURE_LINK for w in weights])
    news = asks_news(question, linking)
    if news:
        # Someone's band said after them ("<Person> from the <Band>") says who they are: their
        # own news need not name it.
        sure &= ~_mask([linking.band_of_someone(found.start) for found in names])
    # Which of the names each candidate's entities include, by article.
    linked: dict[int, int] = {}
    bits: dict[int, int] = {}
    for i, found in enumerate(names):
        bits[found.entity.id] = bits.get(found.entity.id, 0) | 1 << i
    for entity_id, article_id in kb.mentioned(list(bits), [c.row.id for c in candidates]):
        linked[article_id] = linked.get(article_id, 0) | bits[entity_id]
    left = [(stem(w), idf(kb, w)) for w in _asked_about(question, linking)]
    left_total = sum(w for _, w in left) or 1.0
    pair_spellings = [spelling(pair) for pair in linking.pairs]
    pair_share = len(pair_spellings) or 1
    asked = set(question.facts)
    main_asked = set(question.facts[:1])
    year = question.year
    kind = question.kind
    announcing = question.intent == "announcements"

    left_stems = frozenset(s for s, _ in left)
    # A headline that credits a name as a guest ("<Act> Announce Album Feat. <Name>") is
    # news of it, though no announcement of its own.
    guests = news and not announcing
    widened = _widened(kb, linking)
    seen: dict[str, _Reading] = {}
    covered: dict[frozenset[str], float] = {}

    def read(text: str) -> _Reading:
        """What one text holds of the names, other words and word pairs asked. A text several
        candidates share (a headline repeated as the summary, no best sentence) is read once."""
        found = seen.get(text)
        if found is None:
            w = words_of(text)
            opens = _mask([w.opens(spelt) for spelt in openings])
            found = seen[text] = _Reading(
                _mask([(w.spells if guests else w.hosts)(spelt) for spelt in ways]) | opens,
                w.held(left_stems),
                _mask([pair in w.joined for pair in pair_spellings]),
                opens,
                any(map(w.joined.__contains__, widened)),
            )
        return found

    def cover(held: frozenset[str]) -> float:
        if held not in covered:
            covered[held] = sum(w for s, w in left if s in held) / left_total
        return covered[held]

    on_topic: list[Candidate] = []
    named_whole: list[Candidate] = []
    spelled_whole: list[Candidate] = []
    for c in candidates:
        row = c.row
        title, summary = read(row.title), read(row.summary)
        sentence = read(c.sentence.text if c.sentence else "")
        searched = read(c.searched.text) if c.searched is not None else sentence
        in_lead = title.named | read(_CREDITS.sub(" ", row.summary[:ABOUT_CHARS])).named
        anywhere = in_lead | sentence.named | linked.get(row.id, 0)
        # A headline with no body states its fact in the headline, if anywhere.
        headline_only = row.summary.strip() == row.title.strip()
        kinds = kinds_of(row.title) | (set(c.sentence.kinds.split()) if c.sentence else set())
        # A search rank says how well a text holds the question's words: where a request for
        # a name's news holds none beyond the names linked, the rank only measures how short
        # the text is or how often it repeats a name, which says nothing of which of the
        # name's news is meant. (Among a name's announcements, the rank still counts.)
        worded = lexical and not (names and news and not announcing)
        title_ranked = worded or (lexical and bool(title.held or title.paired))
        sentence_ranked = worded or (lexical and bool(sentence.held or sentence.paired))
        focus_ranked = sentence_ranked or (lexical and bool(asked & kinds))
        c.features = f = {
            "name_title": shares[title.named],
            "name_lead": shares[in_lead],
            "name_anywhere": shares[anywhere],
            "name_opens": shares[title.opens | read(_news_lead(row.title)).opens],
            "sure_missing": float(bool(sure & ~anywhere)),
            "words_title": cover(title.held),
            "words_lead": cover(title.held | summary.held),
            "words_sentence": max(cover(sentence.held), cover(searched.held)),
            "bm25_title": _reciprocal(c.title_rank) if title_ranked else 0.0,
            "bm25_sentence": _reciprocal(c.sentence_rank) if sentence_ranked else 0.0,
            "kind_match": float(
                kind is not None
                and row.kind is not None
                and (row.kind == kind or _speaks_of(row.title, kind))
            ),
            "announcement": float(announcing and row.kind is not None),
            # The fact asked first is what the question is after ("how old was X at their
            # death": the age); another one asked beside it counts half.
            "fact_match": 1.0 if main_asked & kinds else 0.5 * bool(asked & kinds),
            "focused_sentence": _reciprocal(c.focused_rank) if focus_ranked else 0.0,
            "subject_title": title.paired.bit_count() / pair_share,
            "subject_text": max(
                (title.paired | summary.paired).bit_count(), sentence.paired.bit_count()
            )
            / pair_share,
            "headline_only": float(headline_only),
            "year_match": float(
                year is not None and year in f"{row.date} {row.title} {row.summary}"
            ),
            "outside_window": float(bounds is not None and not bounds[0] <= row.date <= bounds[1]),
        }
        # About all the names, or, for news, all the sure ones: a weak link beside a sure one
        # ("remember when" for a title so called) says nothing of whose news is asked.
        if (
            f["name_lead"] >= 0.999
            or (news and sure and (in_lead & sure) == sure)
            or (not names and f["words_title"] >= 0.5)
        ):
            on_topic.append(c)
            if title.widened or summary.widened:
                named_whole.append(c)
        if sentence.widened:
            spelled_whole.append(c)

    # The news of a name that only part of is known is the news that spells all of it,
    # where some does: in its headline or lead, else anywhere in its text.
    on_topic = named_whole or spelled_whole or on_topic
    # So is the news of a name no entity holds (its only headline opens with a song title):
    # the headlines holding all its words, where some do, not newer ones holding one; where
    # none does, the articles whose text does (a name written once, in a body).
    if not names:
        on_topic = (
            [c for c in on_topic if c.features["words_title"] >= 0.999]
            or [c for c in candidates if c.features["words_sentence"] >= 0.999]
            or on_topic
        )
    # A year long past asked ("at the 2014 <event>") says which of the name's articles are
    # its news: those of that year, wherever they name it, not the newest. A recent year may
    # be a record's or a tour's still to come when the news told it ("their 2025 album").
    if year is not None and int(year) < now.year - 1:
        on_topic = [
            c
            for c in candidates
            if c.features["year_match"]
            and (
                c.features["name_anywhere"] >= 0.999
                or (not names and c.features["words_lead"] >= 0.5)
            )
        ] or on_topic
    if announcing and kind is not None:
        # A name's announcement of the kind asked is news its headline opens with, not one
        # that uses the name's words for something else ("tour dates cancelled after visa
        # <word>"). Where none announces the kind, the name's own news
        # (`candidates._announcer`) may tell it in its text ("<Act>: <single>" with "a new
        # album on the way"), which news that only mentions it does not. Of those, a headline
        # that says it announces (or, asked for more, adds to what was announced: "<Act> Add
        # <City> to Upcoming Tour") is the announcement, where one does: the kind stored for a
        # headline is read loosely ("... In 24-Song Set Kicking Off <Year> Tour", "<Other> on
        # Working on <Act>'s New Album") to list announcements. Where none of those says so,
        # another of the name's news of the kind may ("<Name> Unveils <Year> Lineup" beside a
        # stored "<Name> <Year>: Livestream Schedule").
        announced = (
            [c for c in on_topic if c.announced]
            or [c for c in on_topic if announces(c.row.title, names)]
            or on_topic
        )
        says = ANNOUNCED_OR_ADDED if MORE_ASKED.search(question.text) else SAYS_ANNOUNCED
        on_topic = (
            [c for c in announced if says.search(c.row.title)]
            or [c for c in on_topic if c.features["kind_match"] and says.search(c.row.title)]
            or announced
        )
    elif announcing:
        # Without a kind, any news of the name's own may be what it announced, but not
        # another act's announcement naming it ("<Other> Announce Shows With <Act>"), nor a
        # review of its record, which comments on what was announced before, unless it says
        # it announces ("<Act> Announces Best Of ...").
        on_topic = [
            c
            for c in on_topic
            if announces(c.row.title, names)
            and (SAYS_ANNOUNCED.search(c.row.title) or not comments_on_news(c.row.title))
        ] or on_topic
    if bounds is not None:
        # The newest of a time asked about is the newest of then ("the latest in May").
        on_topic = [c for c in on_topic if bounds[0] <= c.row.date <= bounds[1]] or on_topic
    on_topic.sort(key=lambda c: (c.row.date, c.row.id), reverse=True)
    newest = _by_rank(on_topic)
    if main_asked:
        # An article about the name tells a fact wherever it stands, often without the name
        # ("her bandmates said the singer had passed away", "the <town> group's fourth"); a
        # broader fact told without the one asked (a label, not the signing) answers in part.
        _told(kb, on_topic, question.facts[0], 1.0)
        broader = BROADER.get(question.facts[0])
        if broader is not None:
            _told(kb, on_topic, broader, 0.5)
    if main_asked & ONCE:
        # A death happens once: the first article that tells it is its news, and later ones
        # look back on it. The first whose headline tells it, where one does: a sentence may
        # tell another's death (an interview recalling a friend's murder).
        told = [c for c in reversed(on_topic) if c.features["fact_match"] >= 1.0]
        told = [c for c in told if c.features["kind_match"]] or told
        newest = _by_rank(told)
    elif main_asked & LASTING:
        # A fact that stays true (where a name comes from, how a band met) is as true in the
        # first article that tells it as in the newest: the newest of those that tell it.
        told = [c for c in on_topic if c.features["fact_match"] >= 1.0]
        if told:
            newest = _by_rank(told)
    # "X's latest single": the newest of the kind asked, beside the newest of all.
    of_kind = [c for c in on_topic if c.features["kind_match"]]
    # A record's format asked ("new EP?") narrows its kind: the newest EP, not the album
    # announced after it.
    format_asked = RECORD_FORMAT.search(question.text)
    if format_asked:
        said = re.compile(rf"(?i)\b{format_asked.group(1)}s?\b")
        of_kind = [c for c in of_kind if said.search(c.row.title)] or of_kind
    newest_kind = _by_rank(of_kind)
    fresh = news or question.fresh
    # News of the kind asked is what a fresh question about a name's kind of news means by
    # the newest ("<name> new album release date"). Without a linked name the kind word may
    # be part of the unknown name asked about ("the <colour> album"), so the newest of all
    # stands.
    latest = newest_kind if fresh and of_kind and names else newest
    for c in candidates:
        recency = newest.get(c.row.id, 0.0)
        c.features["newest_news"] = latest.get(c.row.id, 0.0) if fresh else 0.0
        c.features["newest_fact"] = 0.0 if fresh else recency
        c.features["newest_kind"] = newest_kind.get(c.row.id, 0.0) if fresh else 0.0


def _told(kb: KnowledgeBase, candidates: list[Candidate], kind: str, share: float) -> None:
    """Raise to `share` the fact match of the candidates whose articles state a fact of `kind`
    in any sentence."""
    stated = kb.stating([c.row.id for c in candidates if c.features["fact_match"] < share], kind)
    for c in candidates:
        if c.row.id in stated:
            c.features["fact_match"] = share
