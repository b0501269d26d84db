"""Messages typed with their spaces left out or replaced by marks.

Some people type a whole question as one word ("whatsnewwith<act>"), as a tag or a file name
would ("<act>-tour-dates", "who_produced_<act>_album", "<act>.new.album.date"), or with each
word marked by its capital ("AnyNewsOn<Act>"). Read as typed, the run is one long word no
article writes, and the question is declined as an unknown name. Spaced again, its words are
the question's, and the act's name among them links as typed apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.core.cues import ASKING, CONTRACTIONS
from knowledge.everyday import everyday
from knowledge.store import KnowledgeBase
from knowledge.vocabulary import FUNCTION_WORDS

# Words joined by the same kind of mark two times or more ("<act>-tour-dates",
# "who_produced_<act>", "<act>.new.album", "<a>+<b>+first"): a dot or a hyphen once is a
# name's own ("Blink-182", "St. <Name>"), and letters joined by dots are initials ("D.O.A.").
_JOINED = re.compile(r"(?<![\w@#/.+-])[^\W_]+(?:([._+-])[^\W_]+)(?:\1[^\W_]+)+(?![\w@/])")
# A year glued to words ("<act>2026tour", "<festival>2017lineup"): a word of its own.
_GLUED_YEAR = re.compile(
    r"(?<=[A-Za-z]{3})(?=(?:19|20)\d\d(?!\d))|(?<=(?<!\d)(?:19|20)\d\d)(?=[A-Za-z]{3})"
)
# Letters that count as a word of a joined run, beside initials; a joined run needs as many
# such words, and numbers are none ("14.08.2026", "v1.2.3").
MIN_JOINED_WORD = 2
# A capital after a small letter or a digit, or the last of a run of capitals before a small
# letter: where a word marked by its capital starts ("AnyNewsOn<Act>"). Such a run is words
# where it marks three or more ("<Act>ReunionEP"), or opens in lowercase, as a run of words
# glued before a name does ("tellmethenewestOn<Act>"), and has these letters at least; two
# marked words are a name styled so ("OutKast", "McName").
CAMEL_WORDS = 3
MIN_LOWER_CAMEL = 8
_CAPITAL_WORD = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# A hashtag's "#" goes with the run it marks once the run is read as words ("#<act>newEP").
_CAMEL = re.compile(r"(?<![\w@#])#?[A-Za-z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*(?!\w)")
# A lowercase run this long may be words typed without spaces; shorter ones are words or
# names of their own. Its words are looked for up to `MAX_PIECE` letters each, in a run of
# at most `MAX_RUN` letters, so that the reading stays bounded.
MIN_GLUED = 9
MAX_RUN = 60
MAX_PIECE = 20
# How many runs of one message are read: the question is in the first few.
MAX_RUNS = 4
# Words whose presence says a run is a sentence, not a name made of words ("<glimmer><quack>"):
# one of at least `SENTENCE_WORD` letters ("the", "with", "whats").
_SENTENCE_WORDS = FUNCTION_WORDS | ASKING | CONTRACTIONS
SENTENCE_WORD = 3
# The fewest letters a glued run's words have on average: a typo of a long name splits into
# syllables ("<hart> <or> <owl> <and>"), a sentence into words.
MEAN_WORD = 3.25
# The words of one or two letters a glued run may hold: a sentence's ("a", "on", "me"), not
# the syllables and abbreviations the articles also write ("st", "ed", "co").
_CONTRACTION_ENDS = frozenset({"re", "ve", "ll"})
_SHORT_WORDS = frozenset(
    w for w in _SENTENCE_WORDS if (w in ("a", "i") or len(w) == 2) and w not in _CONTRACTION_ENDS
)

Known = Callable[[Iterable[str]], frozenset[str]]


def everyday_words(words: Iterable[str]) -> frozenset[str]:
    """The words of `words` that are everyday English: what a message's words are known by
    where no knowledge base is at hand."""
    return frozenset(w for w in words if everyday(w))


def written_words(kb: KnowledgeBase) -> Known:
    """Words known as everyday English or as written by the articles, in lowercase or
    capitalised: a name typed in a glued run ("<first><last>") is spelt by its words."""

    # One answer reads its message twice at most (`bot.core.answer`): what was looked up
    # once is kept for the second reading.
    seen: dict[str, bool] = {}

    def known(words: Iterable[str]) -> frozenset[str]:
        asked = set(words)
        unseen = sorted(asked - seen.keys())
        written = everyday_words(unseen) | frozenset(kb.words_written(unseen))
        seen.update((w, w in written) for w in unseen)
        return frozenset(w for w in asked if seen[w])

    return known


def spaced(text: str, known: Known = everyday_words) -> str:
    """The message with words run together typed apart again: those a repeated mark joins,
    those capitals mark, and a lowercase run that `known` words spell whole where one of them
    is a word sentences are made of ("the", "with", "whats"). Anything else stays as typed."""
    text = _GLUED_YEAR.sub(" ", _JOINED.sub(_unjoined, text))
    text = _CAMEL.sub(_uncameled, text)
    runs = re.findall(r"(?<![\w@#/.])[a-z]+(?![\w@/])", text)
    runs = [r for r in dict.fromkeys(runs) if MIN_GLUED <= len(r) <= MAX_RUN][:MAX_RUNS]
    # Most long runs are words; only the others are looked at piece by piece.
    written = known(runs) if runs else frozenset()
    runs = [r for r in runs if r not in written]
    if not runs:
        return text
    pieces = {
        r[i:j]
        for r in runs
        for i in range(len(r))
        for j in range(i + 1, min(len(r), i + MAX_PIECE) + 1)
    }
    words = known(pieces) | (pieces & _SENTENCE_WORDS)
    common = everyday_words(words)
    for run in runs:
        split = _fewest_words(run, words, common)
        if split and len(split) > 1 and _sentence(split) and len(run) >= MEAN_WORD * len(split):
            text = re.sub(rf"(?<![\w@#/.]){run}(?![\w@/])", " ".join(split), text)
    return text


def _unjoined(joined: re.Match[str]) -> str:
    parts = re.split(r"[._+-]", joined[0])
    words = [p for p in parts if len(p) >= MIN_JOINED_WORD and not p.isdigit()]
    if len(words) < MIN_JOINED_WORD:
        return joined[0]
    return " ".join(parts)


def _uncameled(run: re.Match[str]) -> str:
    typed = run[0].removeprefix("#")
    words = _CAPITAL_WORD.split(typed)
    glued = typed[0].islower() and len(typed) >= MIN_LOWER_CAMEL
    return " ".join(words) if glued or len(words) >= CAMEL_WORDS else run[0]


def _sentence(words: list[str]) -> bool:
    """Whether words are a sentence's rather than a name's: one of them is a word sentences
    are made of, of `SENTENCE_WORD` letters or more."""
    return any(w in _SENTENCE_WORDS and len(w) >= SENTENCE_WORD for w in words)


def _fewest_words(run: str, words: frozenset[str], common: frozenset[str]) -> list[str] | None:
    """The fewest known words that spell `run` letter for letter, or None; of as few, the
    one with the most everyday words (`common`), then the longest ones ("have on", not "hav
    eon")."""
    best: list[tuple[int, int, int, list[str]] | None] = [(0, 0, 0, [])] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - MAX_PIECE), end):
            before = best[start]
            piece = run[start:end]
            if before is None or piece not in words:
                continue
            if len(piece) < SENTENCE_WORD and piece not in _SHORT_WORDS:
                continue
            count, rare, spread, pieces = before
            scored = (
                count + 1,
                rare + (piece not in common),
                spread - len(piece) ** 2,
                [*pieces, piece],
            )
            current = best[end]
            if current is None or scored[:3] < current[:3]:
                best[end] = scored
    found = best[len(run)]
    return None if found is None else found[3]
