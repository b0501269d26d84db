"""Everyday English words, which the articles alone cannot tell from names.

Most articles are headlines, whose words are all capitalised, and an everyday word such as
"beads" appears in lowercase in their bodies once or never: counted there, it would read as
part of a name. The list (`lexicon/english.txt`, credited in `lexicon/README.md`) holds the
English words people use at least about three times in a million.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicon" / "english.txt"


@cache
def _words() -> frozenset[str]:
    return frozenset(LEXICON.read_text("utf-8").split())


def everyday(word: str) -> bool:
    """Whether a word (lowercase) is an everyday English word."""
    return word in _words()
