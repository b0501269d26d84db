"""Ranked retrieval: candidates from several retrievers, one linear score over named features.

Candidates come from FTS5 BM25 over headlines and over body sentences, from the newest
articles that mention each linked name, and from announcements. Every candidate is described
by the features in `FEATURES`, each in [0, 1], and scored with the weights in
`bot.core.weights`, which `benchmarks/quality.py` fits on question sets; nothing here is
tuned by hand for a question. Work is bounded: a fixed number of queries, each with a LIMIT
that SQLite applies, whatever the size of the knowledge base.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property, lru_cache, partial
from itertools import compress, pairwise
from operator import itemgetter, mul
from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot.core.cues import (
    ASKING,
    COUNTED,
    COUNTED_ALIKE,
    PRODUCING,
    RECORDED_WHERE,
    RECORDING,
    ROLES,
    STOPWORDS,
)
from bot.core.intents import Question, window
from bot.core.names import (
    MAX_TOKENS,
    ORDINARY_SHARE,
    PLACED_LOOKUPS,
    SURE_LINK,
    TITLE_KINDS,
    Link,
    Linking,
    never_spelled,
    never_written,
    says_where,
    unknown_word,
)
from bot.core.weights import PASSAGE, WEIGHTS
from knowledge.entities import title_subjects, verb_shaped
from knowledge.facts import BROADER, GROUP_NOUNS, fact_kinds, speaks_of
from knowledge.names import typos_allowed
from knowledge.search import WINDOW
from knowledge.store import ArticleRow, KnowledgeBase, Sentence
from knowledge.text import WORD_END_MARK, fold, name_words, norm
from knowledge.vocabulary import DEMONYMS, NEWS_WORDS, NOT_NAMES, TALLIED

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
PER_NAME = 15
TITLE_HITS = 25
# Headlines spelling a name that a request for its news reads (`gather`): they add what
# linking missed, but ranked by how often they spell it, not by date, more of them only add
# older headlines and passing mentions that a name's newest articles should beat.
NEWS_TITLE_HITS = 10
SENTENCE_HITS = 20
# How far down the ranking an article writing a name only bodies write is looked for.
NAMING_REACH = 10
MAX_TERMS = 6
# Words used in lowercase more often than this share of articles are left out of FTS
# queries: their postings are long and they say little about which article is meant.
COMMON_SHARE = 0.02
MAX_NAMES = 3
# Phrases a question is searched for: by the focused sentence search (`_focused_sentences`),
# which reads each with every fact kind and word of focus, so that a long message's fifth
# and sixth, pairs of its chat, cost about 1.4 ms each at 200k articles (no answer to the
# development questions needed them); and as word pairs no article spells, which a decline
# weighs (`decline_evidence`).
MAX_PHRASES = 4
# Words of focus beside the fact kinds, rarest first: the rarer a word, the more it says which
# sentence is meant and the fewer postings it costs (a long message's chat words 1 ms each).
FOCUS_WORDS = 4
# A fact answer looks this far into an article, and counts a subject named this many
# sentences before as still being talked about.
MAX_SENTENCES = 200
NAMED_BEFORE = 3
# Facts that happen once, whose first report is the news (`describe`).
ONCE = frozenset({"death", "cause", "age"})
# Facts that stay true, which any article about the name that tells them answers.
LASTING = frozenset({"naming", "formed", "origin", "realname"})
_WORD = re.compile(r"[^\W_]+")
STEM_LENGTH = 5
# The endings by which words are forms of one word (`_inflected`).
_ENDING = re.compile(r"(?:e?s|e?d|ings?|ers?|est|ly|ments?|ions?|e)$")
_GUESTS = re.compile(r" (?:feat|ft|featuring) ")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A truncation stem: a final "s" dropped, then the first five letters. Crude, but it
    makes "announced" meet "announce", "shows" meet "show" and "tallows" meet "tallow"."""
    return word.removesuffix("s")[:STEM_LENGTH]


@dataclass(frozen=True)
class Words:
    """A text read once for matching: its folded words joined by single spaces (with a space
    at each end, so that " a b " in it means the words a, b in a row, whatever punctuation
    stood between them: "T.V. Ghosts" holds " t v ghosts "), and the letters it writes apart
    run together and joined the same way (" uk ", or "" when there are none)."""

    joined: str
    initials: str

    @cached_property
    def words(self) -> frozenset[str]:
        """Its distinct words."""
        return frozenset(self.joined.split())

    @cached_property
    def stems(self) -> frozenset[str]:
        """The stems of its words and initials. Built on first use: ranking asks most texts
        only for a question's few stems (`held`), which needs no stem of every word."""
        return frozenset(map(stem, [*self.words, *self.initials.split()]))

    @cached_property
    def host(self) -> str:
        """The joined words before any guest credit ("feat.", "featuring")."""
        return _GUESTS.split(self.joined, maxsplit=1)[0] + " "

    def held(self, stems: frozenset[str]) -> frozenset[str]:
        """Those of `stems` that some word of the text has: `self.stems & stems`, found in
        the joined words instead, unless there are many of them (`HELD_LOOKUPS`: a long
        message's)."""
        if len(stems) > HELD_LOOKUPS:
            return self.stems & stems
        initials = self.initials
        return frozenset(
            s for s in stems if _spelt(s, self.joined) or (initials and _spelt(s, initials))
        )

    def spells(self, spellings: tuple[str, ...]) -> bool:
        return any(map(self.joined.__contains__, spellings))

    def hosts(self, spellings: tuple[str, ...]) -> bool:
        """Whether the text spells a name before any "feat."/"featuring": a guest listed
        after it is credited, not reported on ("<Name> Announces Album Feat. <Guest>")."""
        return any(map(self.host.__contains__, spellings))

    def opens(self, spellings: tuple[str, ...]) -> bool:
        """Whether the text begins with one of the spellings: a headline is about the name
        it opens with, while one it names further on is often a guest or a list entry."""
        return self.joined.startswith(spellings)


# Above this many stems, stemming every word of a text once costs less than looking each up.
HELD_LOOKUPS = 8


def _spelt(stemmed: str, joined: str) -> bool:
    """Whether a word of `joined` (words between single spaces) has the stem `stemmed`: a
    five-letter stem begins the word, which is longer than the stem if the stem ends in "s"
    (`stem` drops that "s"); a shorter stem is the whole word, or the word without its "s"."""
    if len(stemmed) < STEM_LENGTH:
        whole = stemmed and not stemmed.endswith("s") and f" {stemmed} " in joined
        return bool(whole) or f" {stemmed}s " in joined
    at = joined.find(f" {stemmed}")
    while at >= 0:
        if not stemmed.endswith("s") or joined[at + 1 + len(stemmed)] != " ":
            return True
        at = joined.find(f" {stemmed}", at + 1)
    return False


# Letters written apart ("U.K.", "L.A."), which a question types together ("uk", "la"); the
# cheaper pattern first finds whether two letters stand apart at all.
_INITIALS = re.compile(r"(?<![^\W_])(?:[^\W\d_] ){2,}")
_TWO_LETTERS = re.compile(r" [^\W\d_] [^\W\d_] ")


def read_words(text: str) -> Words:
    """The text's words as a question's are read (`names.tokens_of`): a possessive's "s" and
    a mark ending a word dropped, so "<Word>'s <Word>" holds the pair a question types."""
    joined = f" {' '.join(_WORD.findall(WORD_END_MARK.sub('', fold(text))))} "
    if not _TWO_LETTERS.search(joined):
        return Words(joined, "")
    initials = [run.replace(" ", "") for run in _INITIALS.findall(joined)]
    return Words(joined, f" {' '.join(initials)} ")


# Headlines, summaries and best sentences come back question after question: each is read once.
words_of = lru_cache(maxsize=16384)(read_words)


def spelling(tokens: tuple[str, ...] | list[str]) -> str:
    """How `Words.joined` holds these words in a row."""
    return f" {' '.join(tokens)} "


@dataclass
class Candidate:
    """An article in the running, the sentence of it that best matches, and its features."""

    row: ArticleRow
    sentence: Sentence | None = None
    title_rank: int | None = None
    sentence_rank: int | None = None
    focused_rank: int | None = None
    announced: bool = False
    """Its headline is a linked name's announcement of the kind asked (`announcements`)."""
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    body: list[Sentence] | None = None
    """Every sentence of the article, read once when first needed (`sentences_of`)."""


def _common(kb: KnowledgeBase, word: str) -> bool:
    return kb.lowercase_uses(word) > COMMON_SHARE * kb.article_total()


def _fts_terms(kb: KnowledgeBase, linking: Linking) -> str:
    """An FTS5 OR query over the question's content words, rarest first, each quoted so that
    no chat text is read as FTS syntax."""
    words = {t for t in linking.leftover if len(t) > 1}
    for found in linking.links:
        words.update(_searched(linking, found))
    ranked = sorted(words, key=lambda w: (kb.lowercase_uses(w), w))
    rare = [w for w in ranked if not _common(kb, w)] or ranked[:1]
    return " OR ".join(f'"{w}"' for w in rare[:MAX_TERMS])


def _searched(linking: Linking, found: Link) -> tuple[str, ...]:
    """The words a linked name is searched for by: as the question spells it when it matched
    an alias, else as the name itself is spelled (a typo finds nothing in the articles)."""
    typed = linking.tokens[found.start : found.end]
    return typed if found.exact else name_words(found.entity.name) or typed


def _spellings(linking: Linking, found: Link) -> tuple[str, ...]:
    """The ways text spells a linked name: the entity's own words and the question's. A
    "The <Word>" name typed without its "the" is still spelled with it: the word alone is
    often an ordinary one ("<song> 'Slime'" is no news of The Slime)."""
    own = name_words(found.entity.name)
    typed = tuple(linking.tokens[found.start : found.end])
    if own[:1] == ("the",) and typed == own[1:]:
        return (spelling(own),)
    ways = [own, typed]
    if "&" in found.entity.name or "and" in own[1:-1]:
        # Text writes "<A> & <B>" as "<A> And <B>" too, and the other way round; "&" is no
        # word in it.
        joined = name_words(found.entity.name.replace("&", " and "))
        ways += [tuple(way) for way in _ampersands(list(joined))]
    return tuple(spelling(words) for words in dict.fromkeys(ways) if words)


def _openings(linking: Linking, found: Link, ways: tuple[str, ...]) -> tuple[str, ...]:
    """The ways a headline about a linked name opens: its spellings (`ways`, `_spellings`)
    and, for a "The <Word>" name typed without its "the", the word as typed, for a headline
    that opens with its subject so ("<Word>: <Title>"), where the word is the name whatever
    else it may be."""
    typed = spelling(linking.tokens[found.start : found.end])
    return ways if typed in ways else (*ways, typed)


def _idf(kb: KnowledgeBase, word: str) -> float:
    return 1.0 / math.log(2.0 + kb.lowercase_uses(word))


def _phrases(linking: Linking) -> list[str]:
    """FTS5 phrases for what the question is about: its surest names, then its unlinked word
    pairs that may be names as typed (a name known only from bodies is often one of them;
    chat around a capitalised name is not)."""
    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    phrases = [" ".join(_searched(linking, f)) for f in names]
    phrases += [f"{a} {b}" for a, b in linking.named_pairs]
    return [f'"{p}"' for p in dict.fromkeys(phrases)][:MAX_PHRASES]


def _focused_sentences(kb: KnowledgeBase, question: Question, linking: Linking) -> list[Sentence]:
    """Sentences naming what the question is about and holding what it asks: a fact kind
    tagged at ingest, or one of the other words."""
    phrases = _phrases(linking)
    if not phrases:
        return []
    focus = [f'kind : "{kind}"' for kind in question.facts]
    rare = sorted(
        (w for w in linking.leftover if len(w) > 2 and not _common(kb, w)), key=kb.lowercase_uses
    )
    focus += [f'"{w}"' for w in rare][:FOCUS_WORDS]
    match = f"sentence : ({' OR '.join(phrases)})"
    if focus:
        match += f" AND ({' OR '.join(focus)})"
    return [s for s, _ in kb.sentence_hits(match, SENTENCE_HITS)]


def _asks_news(question: Question, linking: Linking) -> bool:
    """Whether the question asks for a name's news rather than a fact: a latest or
    announcements question, or one name with words of a kind of news and nothing else
    ("<name> tour dates", "<name> tour?"), as typed into a search box; two names ("<name>
    <work> concerts") ask for what they share, which words find."""
    if question.for_news:
        return True
    return (
        question.intent == "lookup"
        and question.kind is not None
        and len(linking.links) == 1
        and not linking.pairs
        and not set(linking.leftover) - NEWS_WORDS
    )


def _lexical(kb: KnowledgeBase, question: Question, linking: Linking) -> bool:
    """Whether the question's words can tell articles apart. A request for news about a name
    ("what's new with X", "X's latest single") gives lexical matches nothing to go by: how
    often an article repeats the name, or says "single", is no answer; the kind of news asked
    and recency are. Nor does a word for where the name is from ("<band> <city> latest"),
    which says which band is meant, not which of its news. A fact asked of a name's newest
    news of a kind ("when is X's new album out") is the same: the kind and recency say which
    article holds it, and its sentences are read for the fact whatever found it."""
    if not _asks_news(question, linking) and not (question.fresh and question.kind):
        return bool(linking.leftover or linking.pairs or not linking.links)
    words = set(linking.leftover) - NEWS_WORDS
    if len(words) <= PLACED_LOOKUPS:
        words = {w for w in words if not says_where(kb, w)}
    return bool(words or linking.pairs or not linking.links)


def gather(
    kb: KnowledgeBase, question: Question, linking: Linking, lexical: bool, until: str | None
) -> list[Candidate]:
    """Every retriever's candidates, merged by article. Where the words cannot tell articles
    apart (not `lexical`, see `_lexical`), only headlines are searched, for those that spell
    a name without having been linked to it: bodies add nothing the newest about each name
    do not. `until`: the last day of a time gone by that the question asks about."""
    by_id: dict[int, Candidate] = {}

    def add(row: ArticleRow) -> Candidate:
        return by_id.setdefault(row.id, Candidate(row))

    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    for found in names:
        for row in kb.newest_about(found.entity.id, PER_NAME):
            add(row)
        if until is not None:
            # A time gone by ("back in March 2019"): the name's newest news of then.
            for row in kb.newest_about(found.entity.id, PER_NAME, until=until):
                add(row)
        if question.intent == "announcements" or question.kind:
            for row in kb.announcements(entity_ids=[found.entity.id], kind=question.kind):
                add(row).announced = found.entity.kind != "artist" or _announcer(
                    row.title, found.entity.name
                )
    if question.for_news and not names:
        # A request for the news of a name no entity holds: the newest headlines that spell
        # it, which the headline search below, by how well a headline matches, may not reach.
        for run in linking.named_runs[:MAX_NAMES]:
            spelled = [row for row, _ in kb.title_hits(f'"{run}"', WINDOW)]
            spelled.sort(key=lambda row: (row.date, row.id), reverse=True)
            for row in spelled[:NEWS_TITLE_HITS]:
                add(row)
    focused = _focused_sentences(kb, question, linking) if lexical else []
    for row in kb.by_ids(sorted({s.article_id for s in focused} - set(by_id))):
        add(row)
    for rank, sentence in enumerate(focused):
        candidate = by_id[sentence.article_id]
        if candidate.focused_rank is None:
            candidate.sentence, candidate.focused_rank = sentence, rank
    terms = _fts_terms(kb, linking)
    if terms:
        # Headlines are also searched for the question's word pairs as phrases, those that may
        # be names as typed (`_phrases`): a title of words too common to search for alone
        # ("<band>'s long road"). Not the sentences, nor a
        # pair with a news word ("new album"), which the kind of news asked stands for: either
        # reads long postings for nothing (p99 up 3-4 ms at 200k articles).
        pairs = [f'"{a} {b}"' for a, b in linking.named_pairs if not {a, b} & NEWS_WORDS]
        limit = TITLE_HITS if lexical else NEWS_TITLE_HITS
        titled = kb.title_hits(" OR ".join([*pairs, terms]), limit)
        for rank, (row, _score) in enumerate(titled):
            add(row).title_rank = rank
        hits = kb.sentence_hits(terms, SENTENCE_HITS) if lexical else []
        missing = sorted({s.article_id for s, _ in hits} - set(by_id))
        for row in kb.by_ids(missing):
            add(row)
        for rank, (sentence, _score) in enumerate(hits):
            candidate = by_id[sentence.article_id]
            if candidate.sentence_rank is None:
                candidate.sentence_rank = rank
                candidate.sentence = candidate.sentence or sentence
    return list(by_id.values())


# Headlines come back question after question, and run words too: each is read for kinds once.
_kinds_of = lru_cache(maxsize=16384)(fact_kinds)
# Headlines come back question after question: each is read for a kind of news once.
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
    free = {w for run in linking.subjects for w in run.split() if not _common(kb, w)}
    spans = []
    for found in unsure:
        start, end = _beside(linking, found, free, both_sides=True)
        if (start, end) != (found.start, found.end):
            spans.append(spelling(linking.tokens[start:end]))
    return spans


def _beside(linking: Linking, found: Link, free: set[str], both_sides: bool) -> tuple[int, int]:
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
    Search ranks count only where the words are `lexical` (`_lexical`)."""
    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    ways = [_spellings(linking, found) for found in names]
    openings = [_openings(linking, found, spelt) for found, spelt in zip(names, ways, strict=True)]
    weights = [found.weight for found in names]
    total = sum(weights) or 1.0
    # The weight share of each set of names, by its mask.
    shares = [
        sum(w for i, w in enumerate(weights) if mask >> i & 1) / total
        for mask in range(1 << len(names))
    ]
    sure = _mask([w >= SURE_LINK for w in weights])
    # Which of the names each candidate's entities include, by article.
    linked: dict[int, int] = {}
    bits: dict[int, int] = {}
    for i, found in enumerate(names):
        bits[found.entity.id] = bits.get(found.entity.id, 0) | 1 << i
    for entity_id, article_id in kb.mentioned(list(bits), [c.row.id for c in candidates]):
        linked[article_id] = linked.get(article_id, 0) | bits[entity_id]
    left = [(stem(w), _idf(kb, w)) for w in dict.fromkeys(linking.leftover)]
    left_total = sum(w for _, w in left) or 1.0
    pair_spellings = [spelling(pair) for pair in linking.pairs]
    pair_share = len(pair_spellings) or 1
    asked = set(question.facts)
    main_asked = set(question.facts[:1])
    year = question.year
    news = _asks_news(question, linking)
    kind = question.kind
    announcing = question.intent == "announcements"

    left_stems = frozenset(s for s, _ in left)
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
                _mask([w.hosts(spelt) for spelt in ways]) | opens,
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
        in_lead = title.named | read(_CREDITS.sub(" ", row.summary[:ABOUT_CHARS])).named
        anywhere = in_lead | sentence.named | linked.get(row.id, 0)
        # A headline with no body states its fact in the headline, if anywhere.
        headline_only = row.summary.strip() == row.title.strip()
        kinds = _kinds_of(row.title) | (set(c.sentence.kinds.split()) if c.sentence else set())
        c.features = f = {
            "name_title": shares[title.named],
            "name_lead": shares[in_lead],
            "name_anywhere": shares[anywhere],
            "name_opens": shares[title.opens],
            "sure_missing": float(bool(sure & ~anywhere)),
            "words_title": cover(title.held),
            "words_lead": cover(title.held | summary.held),
            "words_sentence": cover(sentence.held),
            "bm25_title": _reciprocal(c.title_rank) if lexical else 0.0,
            "bm25_sentence": _reciprocal(c.sentence_rank) if lexical else 0.0,
            "kind_match": float(
                kind is not None
                and row.kind is not None
                and (row.kind == kind or _speaks_of(row.title, kind))
            ),
            "announcement": float(announcing and row.kind is not None),
            # The fact asked first is what the question is after ("how old was X at their
            # death": the age); another one asked beside it counts half.
            "fact_match": 1.0 if main_asked & kinds else 0.5 * bool(asked & kinds),
            "focused_sentence": _reciprocal(c.focused_rank) if lexical else 0.0,
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
        if f["name_lead"] >= 0.999 or (not names and f["words_title"] >= 0.5):
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
        # <word>"). Without a kind, any news may be what was announced. Where none announces
        # the kind, the name's own news (`_announcer`) may tell it in its text ("<Act>:
        # <single>" with "a new album on the way"), which news that only mentions it does not.
        on_topic = (
            [c for c in on_topic if c.announced]
            or [c for c in on_topic if _announces(c.row.title, names)]
            or on_topic
        )
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


_VALUES = itemgetter(*FEATURES)
_VECTOR = tuple(WEIGHTS.get(name, 0.0) for name in FEATURES)


# How many words before a name in a headline or lead may describe it ("<city> synth-punk
# duo <Name>").
DESCRIBED_BEFORE = 5


def _described_by(kb: KnowledgeBase, linking: Linking, found: Link) -> set[str]:
    """Words the newest articles about a linked name write just before it, where news
    describes who it is about: "<city> synth-punk duo <Name>", "<genre> trio <Name>"."""
    said: set[str] = set()
    ways = _spellings(linking, found)
    for row in kb.newest_about(found.entity.id, PER_NAME):
        for text in (row.title, row.summary):
            joined = words_of(text).joined
            for way in ways:
                at = joined.find(way)
                if at > 0:
                    said.update(joined[:at].split()[-DESCRIBED_BEFORE:])
    return said


def _undescribed(kb: KnowledgeBase, question: Question, linking: Linking) -> Linking:
    """The question without the words that only say who its name is, when it asks for the
    name's news ("any word on <name>? the <city> punk trio"), as its articles describe it or
    as the question does (`Linking.described`): they tell the band apart from
    others, and a surely linked name has already done that; among its articles they pick the
    one that happened to describe it so, not its newest. Beside a name that is also an
    ordinary word ("hobby") they still say which articles are about the band, and beside a
    second name linked surely too: no article about both may exist, and they still say which
    of each one's articles the question means. A name linked unsurely is more likely a word
    of the description ("the <record> singer <name>"). News words stay: they ask for a
    kind."""
    sure = [f for f in linking.links if f.weight >= SURE_LINK]
    if len(sure) != 1 or not linking.leftover or not _asks_news(question, linking):
        return linking
    said = (_described_by(kb, linking, sure[0]) | linking.described) - NEWS_WORDS
    leftover = tuple(w for w in linking.leftover if w not in said)
    pairs = tuple(pair for pair in linking.pairs if not set(pair) <= said)
    return replace(linking, leftover=leftover, pairs=pairs)


# Words a question calls the maker of a work by ("<album> band", "the <film> director").
MAKER_WORDS = frozenset("band artist group singer rapper duo trio act musician director".split())


def made_by(kb: KnowledgeBase, question: Question, linking: Linking) -> Linking:
    """The question with a work's link moved to its maker when a word beside the work asks for
    the maker's news ("<album> band latest single"): the work's own headlines are older news
    than the band's. What the work's headlines are about says whose it is (`maker`)."""
    if not _asks_news(question, linking):
        return linking
    tokens = linking.tokens
    links = list(linking.links)
    for i, found in enumerate(links):
        beside = {tokens[j] for j in (found.start - 1, found.end) if 0 <= j < len(tokens)}
        if found.entity.kind in TITLE_KINDS and beside & MAKER_WORDS:
            maker = kb.maker(found.entity.id)
            if maker is not None:
                links[i] = replace(found, entity=maker)
    return linking if links == list(linking.links) else replace(linking, links=tuple(links))


def described(
    kb: KnowledgeBase, question: Question, linking: Linking, now: datetime
) -> list[Candidate]:
    """Every retriever's candidates with their features, not yet scored: what `rank` scores
    and `benchmarks/quality.py` fits the weights on."""
    linking = _undescribed(kb, question, linking)
    lexical = _lexical(kb, question, linking)
    bounds = window(question, now)
    gone_by = bounds[1] if bounds is not None and bounds[1] < now.date().isoformat() else None
    candidates = gather(kb, question, linking, lexical, gone_by)
    describe(kb, question, linking, candidates, now, lexical, bounds)
    return _in_window(candidates, bounds)


def _in_window(candidates: list[Candidate], bounds: tuple[str, str] | None) -> list[Candidate]:
    """A question that bounds its time ("this year", "this week", "back in March") asks for
    news of that time: where an article of it is about a name the question gives, those of
    other times are not what it asks, however much more of its wording they hold (a
    festival's lineup of ten years ago beside this year's headline) or however much newer.
    `bounds`: the first and last day of that time (`intents.window`)."""
    if bounds is None:
        return candidates
    kept = [c for c in candidates if bounds[0] <= c.row.date <= bounds[1]]
    if any(c.features["name_title"] or c.features["name_lead"] for c in kept):
        return kept
    # Nothing of then is about the name, but something of then names it further on (a
    # roundup of the month): that is its news of then.
    named = [c for c in kept if c.features["name_anywhere"] >= 0.999]
    return named or candidates


def rank(kb: KnowledgeBase, question: Question, linking: Linking, now: datetime) -> list[Candidate]:
    """Candidates best first under the fitted weights."""
    candidates = described(kb, question, linking, now)
    for c in candidates:
        c.score = sum(map(mul, _VALUES(c.features), _VECTOR))
    candidates.sort(key=lambda c: (c.score, c.row.date, c.row.id), reverse=True)
    return candidates


def sentences_of(kb: KnowledgeBase, candidate: Candidate) -> list[Sentence]:
    """The article's sentences; declining and the fact passage both read the best article's,
    so the knowledge base is asked once."""
    if candidate.body is None:
        candidate.body = kb.sentences_of([candidate.row.id])
    return candidate.body


def _body_names(kb: KnowledgeBase, linking: Linking) -> list[str]:
    """The question's one-word runs that the articles write only capitalised, and no known
    name holds, and the runs of words it writes as a name (`Linking.written`) that some
    article spells: an act named only in a body ("<Word> is an acoustic duo ..."), which no
    entity links. Not places, which the articles also write only capitalised."""
    words = [
        run
        for run in linking.named_runs
        if len(run) >= TALLIED
        and " " not in run
        and not kb.lowercase_uses(run)
        and run not in kb.names.words
        and kb.words_used([run], 1, capitalised=True)
    ]
    spelt = [run for run in linking.written if kb.mentions(f'"{run}"')]
    return [run for run in words + spelt if not (says_where(kb, run) or _where(linking, run))]


def naming_first(kb: KnowledgeBase, linking: Linking, ranked: list[Candidate]) -> list[Candidate]:
    """The candidates with the first of the best few (`NAMING_REACH`) that writes the
    question's names only bodies write (`_body_names`) put first, where the best does not:
    no feature weighs such a name, which links no entity, yet it says which article is
    meant."""
    names = _body_names(kb, linking)
    if not names or not ranked:
        return ranked

    def writes(candidate: Candidate) -> bool:
        text = read_words(_article_text(kb, candidate)).joined
        return all(f" {name} " in text for name in names)

    if writes(ranked[0]):
        return ranked
    found = next((c for c in ranked[1:NAMING_REACH] if writes(c)), None)
    return ranked if found is None else [found, *(c for c in ranked if c is not found)]


def _article_text(kb: KnowledgeBase, candidate: Candidate) -> str:
    body = (s.text for s in sentences_of(kb, candidate))
    return "\n".join([candidate.row.title, candidate.row.summary, *body])


SUBJECT_KINDS = frozenset({"artist", "album", "single", "work", "film"})


# Words before a name that make it a place: "<act> touring in <Country> and <Country>".
WHERE = frozenset({"in", "across", "around", "throughout"})


def _where(linking: Linking, run: str) -> bool:
    """Whether the question writes a run after a word that makes it a place (`WHERE`), or
    after "from" that follows what it calls a band ("a psych duo from <Town>"): where the
    band is from, not another band, as a person "from <Band>" would be."""
    words = tuple(run.split())
    tokens = linking.tokens
    return any(
        tokens[i : i + len(words)] == words
        and (
            tokens[i - 1] in WHERE
            or (i > 1 and tokens[i - 1] == "from" and tokens[i - 2] in GROUP_NOUNS)
        )
        for i in range(1, len(tokens))
    )


# Words before a name that make it where something happens: "<artist> at <venue>", "did
# <artist> play <venue>".
PLACED = frozenset({"at", "play", "plays", "played", "playing"})


def _subject(kb: KnowledgeBase, linking: Linking, found: Link) -> bool:
    """Whether a linked name may be what a question asks about, rather than where: an artist
    or a work, unless the question puts it after "at" or "play" (`PLACED`), or the articles
    call it a festival ("<name> festival", "festival <name>"), which a name alone does not
    always show ("Moth Harbour")."""
    if found.entity.kind not in SUBJECT_KINDS:
        return False
    if found.start > 0 and linking.tokens[found.start - 1] in PLACED:
        return False
    name = " ".join(name_words(found.entity.name))
    return not kb.mentions(f'"{name} festival" OR "festival {name}"')


# How sure a link beside an extended name must be for an article about both to be what the
# question asks: a typo's link will do ("<typo> <venue> <word>" of a headline naming both).
GUESSED_BESIDE = 0.8


def _names_subject(
    linking: Linking, subjects: list[Link], top: Candidate, sure: float = SURE_LINK
) -> bool:
    """Whether a sure link to an artist or a work is what the best article is about: then the
    other words only say what about it is asked."""
    for found in subjects:
        if found.weight >= sure:
            ways = _spellings(linking, found)
            if words_of(top.row.title).spells(ways) or words_of(top.row.summary).spells(ways):
                return True
    return False


def _headline_names_all(linking: Linking, top: Candidate) -> bool:
    """Whether the best article's headline names every one of the question's two or more
    linked names, however unsure each link ("<words> x <name> collab" of "<Words> & <Name>
    Announce ..."): the names together are that story's, not a longer name's."""
    title = words_of(top.row.title)
    links = linking.links
    return len(links) > 1 and all(title.spells(_spellings(linking, f)) for f in links)


def _holds(stems: frozenset[str], linking: Linking, found: Link) -> bool:
    """Whether a text's stems hold a linked name's words, as the entity spells them or as
    the question typed them (a surname alone: "<surname>" for "<First> <Surname>")."""
    named = {stem(w) for w in name_words(found.entity.name) if w != "the"}
    typed = {stem(w) for w in linking.tokens[found.start : found.end] if w != "the"}
    return named <= stems or typed <= stems


def _with_unlinked_beside(linking: Linking, found: Link) -> str | None:
    """The linked words with the unlinked name-like words right before them as typed
    ("<word> <name>s"), else right after them; None when no such word stands beside."""
    free = {w for run in linking.named_runs for w in run.split()} - STOPWORDS
    start, end = _beside(linking, found, free, both_sides=False)
    if (start, end) == (found.start, found.end):
        return None
    return " ".join(linking.tokens[start:end])


# Most content words a run may have and still be read as one name that some article must
# spell: a longer run is the question's words typed together ("<band> drummer quit after
# flood"), which no article spells whether or not it knows the band.
NAME_WORDS = 3


@dataclass(frozen=True)
class Evidence:
    """What speaks for declining: `features` in [0, 1] for the fitted decision in
    `bot.core.answer`, the words a decline would name, and whether declining is certain
    whatever the fit says: a word no article has ever used with no sure link to what the best
    article is about, a name the question extends past a known one (`_extended`), or an
    unspelt name beside a headline about another one. `fitted` says whether the fitted
    decision still learns from the question when the decline is certain: the last rule came
    after the shipped fit, which learnt from such questions, and leaving them out of a refit
    would change what it learns about all the others."""

    features: dict[str, float]
    named: str | None
    certain: bool
    fitted: bool = False


def _ampersands(tokens: list[str]) -> list[list[str]]:
    """A run's or a name's words, and without its "and"s where it has some: a name written
    with "&" is read as "and" in a question, while the articles' words hold no "&" ("<Word>
    & <Word> Records")."""
    bare = [t for t in tokens if t != "and"]
    return [tokens, bare] if len(bare) < len(tokens) else [tokens]


def _unheard_of(kb: KnowledgeBase, linking: Linking, word: str) -> bool:
    """A word no article writes (`never_written`); or, however short, one the writer
    capitalises as they do the names they link, which no article spells: a name as typed,
    not an everyday word mistyped ("Is <Word> playing <Festival>?"). The full-text index
    matches stems ("<word>er" finds "<word>ed"), so a word long enough to be counted is
    looked up as spelled (`never_spelled`)."""
    capitalised = linking.capitalised or frozenset()
    return never_written(kb, word) or (
        word in capitalised and (not kb.mentions(f'"{word}"') or never_spelled(kb, word))
    )


def decline_evidence(
    kb: KnowledgeBase,
    linking: Linking,
    ranked: list[Candidate],
    asked: tuple[str, ...] = (),
    news: bool = False,
) -> Evidence:
    """What speaks for declining (`Evidence`).

    The question's unlinked runs are the evidence: a word no article uses, missing from the
    best article; word pairs of a run that the best article never spells; a run of a name's
    length (`NAME_WORDS`) that no article spells at all; how much of a run the best
    article's headline and lead hold; and a pair of unlinked content words that neither the
    best article holds nor any article spells side by side, which is how a name made of
    ordinary words ("<colour> <animal>") shows itself. A sure link to an artist or work,
    above all one the best article is about, speaks against declining. `news`: the question
    asks for news (latest or announcements), which `_news_of_unlinked` holds to the name.
    """
    top = ranked[0]
    text = read_words(_article_text(kb, top))
    stems = text.stems
    # A name is held as it is spelled: "marrows" is not "Marrow".
    lead = f"{words_of(top.row.title).joined}{words_of(top.row.summary).joined}"
    holds = partial(_held_or_mistyped, text, frozenset(lead.split()))
    unknown = absent = unspelt = 0.0
    share = 1.0
    named: str | None = None
    elsewhere: str | None = None
    certain = False
    lacked: str | None = None
    subjects = [found for found in linking.links if _subject(kb, linking, found)]
    # Where a name the best article is about is asked, a run after "in" is where it is.
    sure = _names_subject(linking, subjects, top)
    for typed in linking.subjects:
        if sure and _where(linking, typed):
            continue
        may_name = typed in linking.named_runs
        if not may_name and linking.capitalised is not None:
            # The writer's own words, typed in lowercase by one who capitalises names, say
            # nothing of whether the knowledge base lacks what they ask about.
            continue
        tokens = name_part(typed.split(), asked)
        if sure:
            # Beside a name the best article is about, what follows "in" is where it
            # happens ("<act> had a residency in <city nickname>?"), not another name.
            tokens = tokens[: next((i for i, t in enumerate(tokens) if i and t in WHERE), None)]
        run = " ".join(tokens)
        words = sorted({w for w in tokens if w not in STOPWORDS})
        if not words or any(spelling(way) in text.joined for way in _ampersands(tokens)):
            continue
        weights = {w: _idf(kb, w) for w in words}
        held = sum(v for w, v in weights.items() if f" {w} " in lead) / sum(weights.values())
        pairs = [p for p in pairwise(tokens) if p[0] not in STOPWORDS or p[1] not in STOPWORDS]
        missing = [p for p in pairs if spelling(p) not in text.joined]
        # One word alone beside a name the question links ("<word> on <label> or what") is
        # the act asked about, even one letter from an everyday word it would otherwise be
        # taken to mistype: a question about the label is not about that word.
        alone = len(tokens) == 1 and bool(linking.links)
        new = any(unknown_word(kb, w) and not holds(w) for w in words) or (
            alone and never_written(kb, run, typo=False) and not holds(run)
        )
        # As typed, a word one letter from an everyday one may be an act's name no article
        # writes: named where the question places it on a known name (`_placed_on_known`).
        typed_new = (
            alone and not holds(run) and never_written(kb, linking.as_typed(run), typo=False)
        )
        spelt = (
            len(tokens) < 2
            or len(words) > NAME_WORDS
            or any(kb.mentions(f'"{" ".join(way)}"') for way in _ampersands(tokens))
        )
        if may_name and (new or (pairs and len(missing) == len(pairs)) or not spelt):
            named = named or run
        unheld = may_name and not any(stem(w) in stems for w in words)
        unheard = (
            may_name
            and (not spelt or unheld)
            and any(_unheard_of(kb, linking, w) and not holds(w) for w in words)
        )
        if unheld and (not spelt or new or typed_new):
            elsewhere = elsewhere or run
        certain = certain or (may_name and new)
        # A run written as a name that mistypes the best headline's words is that headline's
        # name ("their <Word> Sesions"), as for `linking.written` below.
        if (
            not spelt
            and linking.written_as_name(words)
            and not _mistypes_within(tokens, lead.split())
        ) or unheard:
            lacked = lacked or run
        unknown = max(unknown, float(new))
        absent = max(absent, len(missing) / len(pairs) if pairs else 0.0)
        unspelt = max(unspelt, float(not spelt))
        share = min(share, held)
    second = ranked[1].score if len(ranked) > 1 else 0.0
    weak = _weak_pairs(linking)
    paired = [p for p in [*linking.pairs, *weak] if not set(p) & NEWS_WORDS][:MAX_PHRASES]
    unseen = [
        (a, b)
        for a, b in paired
        if not (stem(a) in stems and stem(b) in stems) and not kb.mentions(f'"{a} {b}"')
    ]
    features = {
        "bias": 1.0,
        "sure": float(sure),
        "unknown_word": unknown,
        "pairs_absent": absent,
        "unspelt": unspelt,
        "lead_share": share,
        "top_score": min(max(top.score, 0.0) / 10.0, 1.0),
        "margin": min(max(top.score - second, 0.0) / 5.0, 1.0),
        "linked": max((f.weight for f in linking.links if f.exact), default=0.0),
        "subject_linked": max((f.weight for f in subjects if f.exact), default=0.0),
        "subject_guessed": max((f.weight for f in subjects if not f.exact), default=0.0),
        "unseen_pair": float(bool(unseen)),
    }
    # A name written capitalised that no article spells, in a question that links nothing,
    # is one the knowledge base lacks, however ordinary its words ("<Colour> <Days>").
    for run in linking.written:
        if (sure and _where(linking, run)) or _mistypes_within(run.split(), lead.split()):
            continue
        ways = [" ".join(way) for way in _ampersands(run.split())]
        if not any(f" {way} " in text.joined or kb.mentions(f'"{way}"') for way in ways):
            return Evidence(features, run, True, fitted=True)
    unlinked = _news_of_unlinked(kb, linking, text.joined) if news else None
    if unlinked is not None:
        return Evidence(features, unlinked, True, fitted=True)
    # A run written as a name, or with a word no article writes, that no article spells
    # names what the knowledge base lacks, whatever known name stands beside it ("is <new
    # band> on the <festival> lineup"): the known name's articles would answer another
    # question.
    if lacked is not None:
        return Evidence(features, lacked, True, fitted=True)
    extension = _extended(kb, linking)
    extended, beside = None, False
    if extension is not None:
        extended, extends, word = extension
        # An extended name beside another name the best article is surely about is more
        # likely what that name did ("<artist> suing <company>") than an artist of its own;
        # so is a word whose stem the best article about the name itself holds ("<band>
        # anniv" for its "anniversary shows"): the articles spell it out in full. And a name
        # only guessed from a typo, which the best article never names though it holds the
        # word, was more likely an ordinary word mistyped ("raffle tamu").
        guessed = not extends.exact and not text.spells(_spellings(linking, extends))
        others = [f for f in subjects if f is not extends]
        # Written capitalised with the name, it is the name the writer means, whatever else
        # the article is about.
        beside = not _capitalised_beside(kb, linking, word) and (
            _names_subject(linking, others, top, GUESSED_BESIDE)
            or (stem(word) in stems and (guessed or _names_subject(linking, [extends], top)))
            or _headline_names_all(linking, top)
        )
    # A name no article spells, none of whose words the best article holds, beside a name
    # the question does link, is not what that article's headline is about: "<unknown band>
    # touring <country>" gets "<another band> to tour <country>".
    # So is one named before a known name it is placed on or signed to ("is <unknown act> on
    # the <festival> lineup", "<unknown act> signed to <label>?"): that name's articles are
    # about it, not the act asked about.
    if elsewhere is not None and (
        _placed_on_known(linking, elsewhere)
        or (
            _headline_other(linking, top)
            and not (features["sure"] and _said_after(linking, subjects, elsewhere))
        )
    ):
        return Evidence(features, elsewhere, True, fitted=True)
    # A name surely linked whose words the best article never holds, beside words that link
    # nothing: the article answers those words, not the name ("<word> <name>s tour dates"
    # gets another band's tour), and the name with them is more likely one the knowledge
    # base lacks. So is a name guessed from a typo with a name's length of words beside
    # ("<word> <word> <typo>"), where the article holds no name the question links; beside
    # one it holds, or after more words, the guess is more likely an ordinary word mistyped.
    # And so is a name that is also an everyday word, linked unsurely, where the article
    # holds no name the question links and no article writes it with the word beside it
    # ("<word> <everyday-word band> tour dates" gets the tour of another "<word> ...").
    if not features["sure"]:
        holding = [f for f in linking.links if _holds(stems, linking, f)]
        for found in linking.links:
            unsure = found.exact and found.weight < SURE_LINK
            if found in holding or (unsure and holding) or not (unsure or found in subjects):
                continue
            unwritten = _with_unlinked_beside(linking, found)
            if unsure and (unwritten is None or kb.mentions(f'"{unwritten}"')):
                continue
            guess = not holding and unwritten is not None and len(unwritten.split()) <= NAME_WORDS
            if unwritten is not None and (found.exact or guess):
                return Evidence(features, unwritten, True, fitted=True)
    return Evidence(
        features,
        extended
        or named
        or next((weak[pair] for pair in unseen if pair in weak), None)
        or next(iter(linking.named_runs), None),
        (extended is not None and not beside) or (certain and features["sure"] == 0),
    )


def _told(kb: KnowledgeBase, candidates: list[Candidate], kind: str, share: float) -> None:
    """Raise to `share` the fact match of the candidates whose articles state a fact of `kind`
    in any sentence."""
    stated = kb.stating([c.row.id for c in candidates if c.features["fact_match"] < share], kind)
    for c in candidates:
        if c.row.id in stated:
            c.features["fact_match"] = share


def _held_or_mistyped(text: Words, lead: frozenset[str], word: str) -> bool:
    """Whether the best article holds a word the articles never write: a word of it with the
    same stem that the word shortens ("prog" of "progressive"), is give or take an ending
    ("<word>s"), or mistypes; or a word of its headline or lead that the word mistypes
    (within `typos_allowed`, first letter right): a typo of what the article says, not a name
    it lacks ("<typo> closing concert" of "<Word> Closing Concert"). "<Word>ator" shares a
    stem with the shorter "<Word>" but is no form of it."""
    allowed = typos_allowed(len(word))
    key = stem(word)
    if key in text.stems and any(
        len(w) >= len(word) or _inflected(word, w) or OSA.distance(word, w) <= allowed
        for w in text.words
        if w.startswith(key)
    ):
        return True
    return any(w[:1] == word[:1] and OSA.distance(word, w) <= allowed for w in lead)


def _mistypes_within(run: list[str], words: list[str]) -> bool:
    """Whether a run of words is, word for word, words standing together in `words`, each
    as written or mistyped (first letter right, within `typos_allowed`): "<Tidal> <Sesions>"
    of a headline's "<Tidal> <Session>" is that name mistyped, not an unknown one."""
    size = len(run)
    return any(
        all(
            w[:1] == t[:1] and OSA.distance(w, t) <= typos_allowed(len(w))
            for w, t in zip(run, words[i : i + size], strict=True)
        )
        for i in range(len(words) - size + 1)
    )


def _inflected(word: str, other: str) -> bool:
    """Whether two words are forms of one ("reopens", "reopenings"; "announce", "announced")."""
    return _base(word) == _base(other)


def _base(word: str) -> str:
    ending = _ENDING.search(word)
    return word[: ending.start()] if ending and ending.start() >= STEM_LENGTH - 2 else word


def _weak_pairs(linking: Linking) -> dict[tuple[str, str], str]:
    """A name linked but not surely (an ordinary word the articles also write as one) with
    an unlinked word beside it, as word pairs, each with the longer name it would make:
    "<word> <name>" may be a name that shares an ordinary word with a known one, as the
    question's other word pairs may be."""
    tokens, free = linking.tokens, set(linking.leftover)
    pairs: dict[tuple[str, str], str] = {}
    for found in linking.links:
        if found.weight >= SURE_LINK:
            continue
        name = " ".join(tokens[found.start : found.end])
        if found.start > 0 and tokens[found.start - 1] in free:
            before = tokens[found.start - 1]
            pairs[(before, tokens[found.start])] = f"{before} {name}"
        if found.end < len(tokens) and tokens[found.end] in free:
            after = tokens[found.end]
            pairs[(tokens[found.end - 1], after)] = f"{name} {after}"
    return pairs


def _news_of_unlinked(kb: KnowledgeBase, linking: Linking, joined: str) -> str | None:
    """The name a request for news is about when it links no known name and the best
    article (its words `joined`) does not spell it; else None. The name is the request's
    only run, of a name's length (`NAME_WORDS`), with nothing but news words beside it
    ("<word> <word> new album?"). The article must spell the name, or two of its words side
    by side: one word alone is as likely another name's news ("<Word>" in "<Other> <Word>"),
    and ranking matches stems, so "<word>s" finds "<word>". Words with others between them
    ("happened with the <band>") are no name of several words: any one of them will do. Nor
    is the name missing where it is a known name mistyped (within `typos_allowed`) that the
    article spells."""
    if linking.links or len(linking.subjects) != 1 or linking.named_runs != linking.subjects:
        return None
    run = linking.subjects[0].split()
    content = [w for w in run if w not in STOPWORDS]
    if len(content) > NAME_WORDS or set(linking.leftover) - set(run) - NEWS_WORDS:
        return None
    pairs = [p for p in pairwise(run) if p[0] not in STOPWORDS and p[1] not in STOPWORDS]
    parts: list[tuple[str, ...]] = [*pairs] or [(word,) for word in content]
    if any(spelling(part) in joined for part in parts):
        return None
    typed = linking.subjects[0]
    allowed = typos_allowed(len(typed))
    meant = kb.names.typo(typed, allowed, allowed)
    if meant is not None and spelling(name_words(meant[0].name)) in joined:
        return None
    return typed


def name_part(tokens: list[str], asked: tuple[str, ...]) -> list[str]:
    """A run without the words at its ends that ask for a kind of fact the question asks
    ("who is producing the new <name>"): the question's words, not the name's."""

    def asking(token: str) -> bool:
        return token in STOPWORDS or not _kinds_of(token).isdisjoint(asked)

    start, end = 0, len(tokens)
    while start < end and asking(tokens[start]):
        start += 1
    while end > start and asking(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


@lru_cache(maxsize=16384)
def _announcer(title: str, name: str) -> bool:
    """Whether a headline that announces something names the act `name` as who announces
    it: its subject (`title_subjects`), the owner of what it announces ("<Other> on
    Working on <Name>'s New Album") or the name it is announced under ("<Member> Announces
    Debut Album as <Name>"); or has no subject to tell. "<Other> Previews New Album
    With <Name> Collaboration" is the other's album, whoever else the headline names. Only
    acts are asked of here: the news of any other name (a festival, a venue, a label, a
    work) is its own wherever the headline names it ("<Act> to Headline <Festival>")."""
    heads = _heads(title)
    folded, title_folded = fold(name), fold(title)
    owned = f"{folded}'" in title_folded or f" as {folded}" in title_folded
    key = norm(name)
    acting = tuple(head for head in heads if not _object(head, key))
    return not heads or owned or _heads_name(acting, key)


def _object(head: str, key: str) -> bool:
    """Whether a name stands in a headline's lead after a verb ("<Other> Offers <Name> a
    Spot ..."), a lead its verb was not known to end: the name is what the verb acts on, not
    who announces."""
    before = head.partition(key)[0].split() if key in head else []
    return bool(before) and verb_shaped(before[-1])


def _announces(title: str, names: list[Link]) -> bool:
    """Whether a headline is the announcement of one of the acts a question links (the
    `_announcer` of it). Other names are left out: their news is theirs wherever a headline
    names them, so they would keep every candidate, where this is asked to pick some."""
    return any(f.entity.kind == "artist" and _announcer(title, f.entity.name) for f in names)


def _said_after(linking: Linking, subjects: list[Link], run: str) -> bool:
    """Whether a run of the question comes after an act it surely links: what is asked of
    the act ("when are <act> putting out their second album"), where an unknown act beside a
    known name is more often named first ("did <unknown act> sign to <label>")."""
    words = run.split()
    starts = [
        i
        for i in range(len(linking.tokens) - len(words) + 1)
        if list(linking.tokens[i : i + len(words)]) == words
    ]
    ends = [f.end for f in subjects if f.weight >= SURE_LINK]
    return bool(starts and ends) and min(ends) <= starts[0]


# Words that place an act on a known name or tie it to one: a lineup, a bill, a label.
_PLACED_ON = frozenset({"on", "at", "to", "with", "via", "through"})


def _placed_on_known(linking: Linking, run: str) -> bool:
    """Whether a question opens with a run (question words allowed before it) right before a
    word that places it on a name the question surely links, "the" allowed between ("is
    <run> on the <festival> lineup", "<run> signed to <label>?", a verb before the word
    allowed too): the run, a name's words with no small word between, is what the question
    asks about."""
    words = tuple(run.split())
    if any(w in STOPWORDS for w in words):
        # "my mom is obsessed with <act>" is a clause, not a name.
        return False
    tokens = linking.tokens
    sure = {f.start for f in linking.links if f.weight >= SURE_LINK}
    for i in range(len(tokens) - len(words) + 1):
        if tokens[i : i + len(words)] != words:
            continue
        if not all(t in STOPWORDS for t in tokens[:i]):
            return False
        at = i + len(words)
        at += tokens[at : at + 1] in {("signed",), ("playing",), ("joining",)}
        if tokens[at : at + 1] and tokens[at] in _PLACED_ON:
            at += 1
            at += tokens[at : at + 1] == ("the",)
            return at in sure
        return False
    return False


def _headline_other(linking: Linking, top: Candidate) -> bool:
    """Whether the best article's headline is about a name (`title_subjects`) that none the
    question links is part of, nor part of any."""
    linked = [norm(found.entity.name) for found in linking.links]
    heads = _heads(top.row.title)
    if not heads:
        # A headline whose subject is no name ("Album: ...") is about another one unless
        # it writes a name the question links.
        title = f" {norm(top.row.title)} "
        return not any(f" {a} " in title for a in linked)
    return not any(_heads_name(heads, a) for a in linked)


@lru_cache(maxsize=16384)
def _heads(title: str) -> tuple[str, ...]:
    """The names a headline is about (`title_subjects`), as names are compared (`norm`):
    headlines come back question after question."""
    return tuple(norm(name) for name in title_subjects(title))


def _heads_name(heads: tuple[str, ...], key: str) -> bool:
    """Whether a name (`norm`ed) is one a headline is about, part of one, or holds one."""
    return any(key in head or head in key for head in heads)


# A word the articles write in lowercase in a smaller share of articles than this may be
# part of a name (5 times in 20,000 articles); one under `ORDINARY_SHARE` is rare (50 times).
NAME_SHARE = 1 / 4000


def _name_word(kb: KnowledgeBase, word: str) -> bool:
    """Whether `word` reads as part of a name: one no article uses (`unknown_word`), or one
    they write capitalised (counted from `TALLIED` letters) and rarely in lowercase."""
    return unknown_word(kb, word) or (
        len(word) >= TALLIED
        and kb.lowercase_uses(word) < NAME_SHARE * kb.article_total()
        and bool(kb.words_used([word], 1, capitalised=True))
    )


def _capitalised_beside(kb: KnowledgeBase, linking: Linking, word: str) -> bool:
    """Whether a message that capitalises names writes an everyday word capitalised beside
    a name it links ("Did <Word> <Name> sign ..."): its writer marks it as part of the
    name. Not a word for where ("Toronto's <Name>")."""
    capitalised = linking.capitalised or frozenset()
    return word in capitalised and word not in DEMONYMS and not says_where(kb, word)


def _rare(kb: KnowledgeBase, word: str) -> bool:
    """A word the articles use, but rarely (under `ORDINARY_SHARE`)."""
    return 0 < kb.lowercase_uses(word) < ORDINARY_SHARE * kb.article_total()


def _extended(kb: KnowledgeBase, linking: Linking) -> tuple[str, Link, str] | None:
    """A name linked from one word that the question extends with another ("<word> <name>",
    "<name> <word>", "<name> of <word>") which no article writes beside the name, nor anywhere
    in an article about it: a longer name, of an artist the knowledge base lacks, that shares
    a word with one it has. The other word must read as part of a name (`_name_word`), or be
    a rare word after the name ("<band> belt"), or before a name the question only mistyped
    or where the "The" of "The <Word>" would stand. Common words ("great <Word>", "<band>
    fall tour") are neither; nor are they searched for, which would read their long
    postings. The longer name's words, the link it extends and the other word, or None."""
    named = {w for run in linking.named_runs for w in run.split()}
    tokens = linking.tokens
    for found in linking.links:
        if found.end - found.start > 1:
            continue
        span = tokens[found.start]
        before = tokens[found.start - 1] if found.start > 0 else ""
        # "<name> of <word>" reads past its "of".
        reach = 2 if tokens[found.end : found.end + 1] == ("of",) else 1
        after = tokens[found.end : found.end + reach]
        rare_before = not found.exact or found.entity.name.lower().startswith("the ")
        beside = [(before, f"{before} {span}", rare_before)]
        if after:
            beside.append((after[-1], " ".join((span, *after)), True))
        for word, phrase, rare_will_do in beside:
            marked = _capitalised_beside(kb, linking, word)
            if (
                word in named
                and len(word) >= (3 if marked else 4)
                and not word.isdigit()
                and (marked or _name_word(kb, word) or (rare_will_do and _rare(kb, word)))
                and not kb.mentions(f'"{phrase}"')
                and not kb.written_with(found.entity.id, word)
            ):
                return phrase, found, word
    return None


PASSAGE_FEATURES = (
    "main_fact",
    "other_fact",
    "words",
    "phrase",
    "named",
    "named_before",
    "joined",
)
# What a passage needs to be worth quoting at all; the rest only orders passages.
_CONTENT = slice(0, 6)
# Three of the question's unlinked words in a row, as the passage spells them, are a title
# or a phrase being quoted back, whatever words it is made of ("there you were").
PHRASE_WORDS = 3
_CLOSING = "\"'”’)] "
# A closing parenthesis after no full stop ends a caption's credit: "(Getty Images)".
_CAPTION = re.compile(r"[^.!?…]\)\s*$")
# The credit line under an embedded post: "— <Name> (@<handle>) <Month> <day>, <year>".
_POST_CREDIT = re.compile(r"^[—–-]\s*[^()]*\(@\w+\)\s+\w+\.? \d{1,2}, \d{4}\W*$")


@dataclass(frozen=True)
class Passage:
    """A sentence of an article, or two in a row, described by `PASSAGE_FEATURES`."""

    text: str
    features: tuple[float, ...]


def passages(
    kb: KnowledgeBase, question: Question, linking: Linking, top: Candidate, chars: int
) -> list[Passage]:
    """The passages of the best article that may state the fact asked, each described for
    `best_sentence`: does it state the kind of fact asked first, or another kind asked; how
    much of the question's other words it holds, and does it quote three of them in a row (a
    title of small words such as "over and out" holds no word the others count); does it
    name the subject, or does one of the few sentences before (news often names the subject
    once and gives the date or label later on); is it a sentence joined to the one before,
    which names the subject it only refers to (so the answer says whose fact it is), where
    the two may name someone together (one says who, the other what they did). Where
    in the article it stands is left out: the development articles open with scene-setting,
    while news leads with the fact, and a weight learned from the one would not serve the
    other."""
    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    ways = tuple(way for found in names for way in _spellings(linking, found))
    ways += tuple(spelling(run.split()) for run in linking.subjects)
    ways += tuple(spelling(pair) for pair in linking.pairs if not set(pair) & NEWS_WORDS)
    # A word that asks for the main kind of fact ("label") is answered by a sentence of that
    # kind, not by one that repeats the word.
    main = set(question.facts[:1])
    others = set(question.facts[1:])
    # Words of the headline chose the article; in its sentences they tell nothing apart.
    headline = words_of(top.row.title).stems
    left = {
        stem(w): _idf(kb, w)
        for w in linking.leftover
        if not (main - NAMED_FACTS) & fact_kinds(w) and stem(w) not in headline
    }
    total = sum(left.values()) or 1.0
    asked_stems = frozenset(left)
    stored = sentences_of(kb, top)[:MAX_SENTENCES]
    texts = [s.text for s in stored]
    read = [read_words(t) for t in texts]
    named = [r.spells(ways) for r in read]
    held = [r.held(asked_stems) for r in read]
    cued = [frozenset(s.kinds.split()) for s in stored]
    kinds = [set(k) for k in cued]
    asked = frozenset(linking.tokens).union(*(name_words(f.entity.name) for f in names))
    if main & NAMED_FACTS:
        # "Who" is answered by a name the question does not give: "the band" or "featuring
        # 23 songs" tells no one.
        for i, text in enumerate(texts):
            if not _names_another(text, asked):
                kinds[i] -= NAMED_FACTS
    # A kind of fact asked about one thing is stated only by a passage holding a word of it:
    # "how many songs" by a number of songs, not of hours or dollars; "who produced it" by a
    # passage naming someone in that role ("producers").
    leftover = " ".join(linking.leftover)
    roles = [role for role in ROLES if role.search(leftover)]
    # Where a record was made, and who produced it, are told with whom it was recorded.
    if (RECORDED_WHERE.search(question.text.lower()) or PRODUCING in roles) and (
        RECORDING not in roles
    ):
        roles.append(RECORDING)
    counted = COUNTED.search(" ".join(linking.tokens))
    needed: list[tuple[str, Callable[[Words], bool]]] = []
    if "people" in main and roles:
        needed.append(("people", lambda w: any(role.search(w.joined) for role in roles)))
    if "count" in main and counted:
        asked_things = frozenset({stem(counted.group(1))})
        things = next((alike for alike in _ALIKE_STEMS if asked_things <= alike), asked_things)
        needed.append(("count", lambda w: not things.isdisjoint(w.stems)))

    def lacking(words: Words) -> set[str]:
        return {kind for kind, holds in needed if not holds(words)}

    for i, words in enumerate(read):
        kinds[i] -= lacking(words)
    phrases = _free_phrases(linking)

    def cover(held: frozenset[str]) -> float:
        return sum(w for s, w in left.items() if s in held) / total

    # A question states nothing: an interviewer's question is no answer to the user's,
    # though with the answer after it, it says what the answer is about. Nor does a photo
    # caption with its credit ("<Name> on stage (Getty Images)"), an embedded post's credit
    # line, or a lead-in to a quote ("The band commented:").
    found: list[Passage] = []
    for i, text in enumerate(texts):
        stated = not text.rstrip(_CLOSING).endswith(("?", ":"))
        if not stated or _CAPTION.search(text) or _POST_CREDIT.match(text):
            continue
        facts = (float(bool(main & kinds[i])), float(bool(others & kinds[i])))
        near = not named[i] and any(named[max(0, i - NAMED_BEFORE) : i])
        quoted = float(read[i].spells(phrases))
        single = (*facts, cover(held[i]), quoted, float(named[i]), float(near), 0.0)
        found.append(Passage(text, single))
        if i and named[i - 1] and not named[i] and len(texts[i - 1]) + len(text) < chars:
            # Two sentences may name someone together: "... recorded it that winter. <Name>
            # captured the songs live."
            joined = f"{texts[i - 1]} {text}"
            told = set(kinds[i])
            if main & NAMED_FACTS and _names_another(joined, asked):
                told |= NAMED_FACTS & (cued[i - 1] | cued[i])
                told -= lacking(read_words(joined))
            pair = (float(bool(main & told)), float(bool(others & told)))
            both = cover(held[i - 1] | held[i])
            found.append(Passage(joined, (*pair, both, quoted, 0.0, 0.0, 1.0)))
    return [p for p in found if any(p.features[_CONTENT])]


_ALIKE_STEMS = tuple(frozenset(map(stem, alike)) for alike in COUNTED_ALIKE)
# Kinds of fact stated by naming someone.
NAMED_FACTS = frozenset({"people"})
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’.&-]*")


def _names_another(text: str, asked: frozenset[str]) -> bool:
    """Whether a text names someone or something the question does not: a capitalised word
    that is no word of the question and none that opens sentences without naming anyone
    (`NOT_NAMES`: function words, days, months)."""
    return any(
        token not in asked and token not in STOPWORDS and token not in NOT_NAMES
        for word in _CAPITALISED_WORD.findall(text)
        for token in _WORD.findall(fold(word))
    )


def _free_phrases(linking: Linking) -> tuple[str, ...]:
    """Spellings of every `PHRASE_WORDS` unlinked question words in a row that do not ask."""
    free = [True] * len(linking.tokens)
    for found in linking.links:
        free[found.start : found.end] = [False] * (found.end - found.start)
    return tuple(
        spelling(linking.tokens[i : i + PHRASE_WORDS])
        for i in range(len(linking.tokens) - PHRASE_WORDS + 1)
        if all(free[i : i + PHRASE_WORDS])
        and not set(linking.tokens[i : i + PHRASE_WORDS]) & ASKING
    )


def best_sentence(
    kb: KnowledgeBase,
    question: Question,
    linking: Linking,
    top: Candidate,
    chars: int,
    weights: Mapping[str, float] = PASSAGE,
) -> str | None:
    """The passage of the best article (one sentence, or two in a row, at most `chars` long)
    that most likely states the fact asked, under the fitted `weights`; the first of equals."""
    vector = tuple(weights.get(name, 0.0) for name in PASSAGE_FEATURES)
    found = passages(kb, question, linking, top, chars)
    if not found:
        return None
    return max(found, key=lambda p: sum(map(mul, p.features, vector))).text
