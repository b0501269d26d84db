"""The passage of the best article that states the fact asked, for a fact answer to quote.

A fact answer quotes a sentence, or two in a row, not the article: each passage is described by
`PASSAGE_FEATURES` and scored with fitted weights (`bot.core.weights.PASSAGE`), as candidates
are, rather than picked by rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import mul

from bot.core.candidates import MAX_NAMES, Candidate, idf, sentences_of
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
from bot.core.intents import Question
from bot.core.links import Linking
from bot.core.weights import PASSAGE
from bot.core.words import WORD, Words, read_words, spelling, spellings, stem, words_of
from knowledge.facts import fact_kinds
from knowledge.store import KnowledgeBase
from knowledge.text import fold, name_words
from knowledge.vocabulary import NEWS_WORDS, NOT_NAMES

# A fact answer looks this far into an article, and counts a subject named this many
# sentences before as still being talked about.
MAX_SENTENCES = 200
NAMED_BEFORE = 3


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
    ways = tuple(way for found in names for way in spellings(linking, found))
    ways += tuple(spelling(run.split()) for run in linking.subjects)
    ways += tuple(spelling(pair) for pair in linking.pairs if not set(pair) & NEWS_WORDS)
    # A word that asks for the main kind of fact ("label") is answered by a sentence of that
    # kind, not by one that repeats the word.
    main = set(question.facts[:1])
    others = set(question.facts[1:])
    # Words of the headline chose the article; in its sentences they tell nothing apart.
    headline = words_of(top.row.title).stems
    left = {
        stem(w): idf(kb, w)
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
        for token in WORD.findall(fold(word))
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
