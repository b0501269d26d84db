"""Places of the world by name, which the articles alone may never write.

A fan says where they are or where a show was ("I'm in <town>, is <act> touring?"); a town
no article names would otherwise read as an act the knowledge base lacks, and the question
would be declined. The lists (`lexicon/places.txt` and `lexicon/regions.txt`, credited in
`lexicon/README.md`) hold the world's towns of 15,000 people or more, and its countries and
the US states, written as `knowledge.text.norm` writes a question's words.
"""

from __future__ import annotations

from knowledge.everyday import listed


def region(words: str) -> bool:
    """Whether words (as `norm` writes them) name a country or a US state."""
    return words in listed("regions")


def place(words: str) -> bool:
    """Whether words (as `norm` writes them) name a town, a country or a US state."""
    return words in listed("places") or region(words)
