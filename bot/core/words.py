"""Text read once into words and stems, the same way for headlines, sentences and the names
and words of a question.

Ranking compares a question with every candidate's headline, lead and sentences, question
after question: each text is read once (`words_of`), its words folded as a question's are, so
that a name or a pair of words is found in it by plain string search (`spelling`,
`spellings`) and its other words by stem (`Words.held`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bot.core.links import Link, Linking
from knowledge.entities import FESTIVAL_WORDS
from knowledge.everyday import everyday
from knowledge.facts import fact_kinds
from knowledge.text import INNER_APOSTROPHE, WORD_END_MARK, fold, name_words

WORD = re.compile(r"[^\W_]+")
STEM_LENGTH = 5
# The endings by which words are forms of one word (`inflected`).
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
    """The text's words as a question's are read (`tokens.tokens_of`): a possessive's "s" and
    a mark ending a word dropped, so "<Word>'s <Word>" holds the pair a question types, and an
    apostrophe inside a word, so "we'll" is the question's "well"."""
    marked = WORD_END_MARK.sub("", fold(text))
    joined = f" {' '.join(WORD.findall(INNER_APOSTROPHE.sub('', marked)))} "
    if not _TWO_LETTERS.search(joined):
        return Words(joined, "")
    initials = [run.replace(" ", "") for run in _INITIALS.findall(joined)]
    return Words(joined, f" {' '.join(initials)} ")


# Headlines, summaries and best sentences come back question after question: each is read once.
words_of = lru_cache(maxsize=16384)(read_words)


def spelling(tokens: tuple[str, ...] | list[str]) -> str:
    """How `Words.joined` holds these words in a row."""
    return f" {' '.join(tokens)} "


def spellings(linking: Linking, found: Link) -> tuple[str, ...]:
    """The ways text spells a linked name: the entity's own words and the question's. A
    "The <Word>" name typed without its "the" is still spelled with it: the word alone is
    often an ordinary one ("<song> 'Slime'" is no news of The Slime). The entity's words
    are read as text is (`read_words`), a possessive's "s" dropped: "<Name>'s <Word>" is
    held in text as " <name> <word> "."""
    name = WORD_END_MARK.sub("", found.entity.name)
    own = name_words(name)
    typed = tuple(linking.tokens[found.start : found.end])
    if own[:1] == ("the",) and typed == own[1:]:
        return (spelling(own),)
    ways = [own, typed]
    if len(own) > 1 and own[-1] in FESTIVAL_WORDS:
        # Headlines name a festival with "Fest" for "Festival", or with neither ("<Name>
        # 2026 Lineup", "<Name> Soared ..."), where what is left of its name is a name.
        rest = own[:-1]
        ways += [(*rest, word) for word in sorted(FESTIVAL_WORDS)]
        if len(rest) > 1 or not everyday(rest[0]):
            ways.append(rest)
    if "&" in found.entity.name or "and" in own[1:-1]:
        # Text writes "<A> & <B>" as "<A> And <B>" too, and the other way round; "&" is no
        # word in it.
        joined = name_words(name.replace("&", " and "))
        ways += [tuple(way) for way in ampersands(list(joined))]
    return tuple(spelling(words) for words in dict.fromkeys(ways) if words)


# Headlines come back question after question, and run words too: each is read for kinds once.
kinds_of = lru_cache(maxsize=16384)(fact_kinds)


def ampersands(tokens: list[str]) -> list[list[str]]:
    """A run's or a name's words, and without its "and"s where it has some: a name written
    with "&" is read as "and" in a question, while the articles' words hold no "&" ("<Word>
    & <Word> Records")."""
    bare = [t for t in tokens if t != "and"]
    return [tokens, bare] if len(bare) < len(tokens) else [tokens]


def inflected(word: str, other: str) -> bool:
    """Whether two words are forms of one ("reopens", "reopenings"; "announce", "announced")."""
    return _base(word) == _base(other)


def _base(word: str) -> str:
    ending = _ENDING.search(word)
    return word[: ending.start()] if ending and ending.start() >= STEM_LENGTH - 2 else word
