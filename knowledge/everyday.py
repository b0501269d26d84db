"""Everyday words, which the articles alone cannot tell from names.

Most articles are headlines, whose words are all capitalised, and an everyday word such as
"beads" appears in lowercase in their bodies once or never: counted there, it would read as
part of a name. So does a word of another language that fans mix into English ("alguien
sabe?"), which English articles never write. The lists (`lexicon/english.txt` and
`lexicon/abroad.txt`, credited in `lexicon/README.md`) hold the words people use at least
about three times in a million, in English and in the other languages Roadie reads.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicon"


@cache
def listed(name: str) -> frozenset[str]:
    """The lines of a list in `lexicon/` (`name` without ".txt"): words, or place names."""
    return frozenset((LEXICON / f"{name}.txt").read_text("utf-8").splitlines())


def everyday(word: str) -> bool:
    """Whether a word (lowercase) is an everyday English word."""
    return word in listed("english")


# The shortest word an adverb is read as made of: a short one with "-ly" may be a name.
ADVERB_STEM = 5


def everyday_form(word: str) -> bool:
    """Whether a word (lowercase) is an everyday English word or an adverb made of one
    ("energetically", "happily"), which a word list of common words may lack."""
    if everyday(word):
        return True
    if not word.endswith("ly"):
        return False
    stems = (word[:-2], word[:-4], f"{word[:-3]}y", f"{word[:-2]}e")
    return any(len(stem) >= ADVERB_STEM and everyday(stem) for stem in stems)


def foreign(word: str) -> bool:
    """Whether a word (lowercase, accents folded away) is an everyday word of another language
    Roadie reads, and no everyday English one: chat, where the writer has not capitalised
    it, that no English article need ever write."""
    return word in listed("abroad")
