"""Text helpers shared by ingest and answering, so both sides normalise names the same way."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from knowledge.vocabulary import FUNCTION_WORDS

# Curly quotes and long dashes, and the plain character each stands for.
_PLAIN_MARKS = (("’", "'"), ("‘", "'"), ("`", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))
# An apostrophe inside a folded word ("we'll", "don't"): dropped, not split on, wherever words
# are compared with a question's ("well", "dont").
INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_JOINERS = re.compile(rf"{INNER_APOSTROPHE.pattern}|(?<=\w)\.(?=\w)|(?<=\w)\.(?=\s|$)")
_NON_WORD = re.compile(r"[^\w]+")
# A possessive ending, "'s" or a bare apostrophe after a plural, wherever it ends a word. A
# bare one after another letter shortens the word ("Lil’", "Rockin’") or closes a quotation,
# and the "'s" of "Let's" is "us", never whose (a name may open with it).
POSSESSIVE = re.compile(r"(?<=\w)(?<!\b[Ll]et)['’]s(?!\w)|(?<=[sS])['’](?!\w)")
# Any mark of these that ends a word, which a name's words are read without.
WORD_END_MARK = re.compile(r"(?<=\w)['’]s?(?!\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n+")
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Vol|feat|ft|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|[A-Z])\.$"
)
_WORD = re.compile(r"\w+(?:[.'’]\w+)*\.?", re.UNICODE)


# Letters that Unicode does not decompose into a plain letter and a mark, as people type them
# without the keys for them ("Mo", "Oya", "Soeurs", "Strasse").
_UNDECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)


def plain(text: str) -> str:
    """Strip diacritics and unify quotes, keeping case: "Beyoncé’s" gives "Beyonce's"."""
    text = straightened(text)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    # A text holds a few distinct marks however long it is: each is removed in one pass
    # (a test of every character took 7 ms for a long article).
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so "Beyoncé" and "beyonce" compare equal."""
    return plain(text).casefold()


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """The key names are compared by: folded, punctuation-free, no leading "the" unless a
    number or one small word follows it (`the_opens_name`).

    Dots and apostrophes inside a word are dropped rather than split on, so that "T.V. Ghosts",
    "t.v ghosts" and "TV Ghosts" meet, as do "Dr. Dog" and "dr dog"; a possessive "'s" goes,
    so "Ana Vidal's Orchestra" and "ana vidal's orchestra's" meet too.
    """
    text = _folded(name)
    if text.startswith("the ") and not the_opens_name(text[4:]):
        text = text[4:]
    return text


def _folded(text: str) -> str:
    text = WORD_END_MARK.sub("", fold(text).replace("&", " and ").replace(" + ", " and "))
    text = _JOINERS.sub("", text)
    return _NON_WORD.sub(" ", text).replace("_", " ").strip()


def text_words(text: str) -> str:
    """A message's or a headline's words as names are keyed (`norm`), an opening "the" kept
    where it may open a name (`the_opens_name`)."""
    text = _folded(text)
    if text.startswith("the ") and not the_opens_name(text[4:].split(" ", 1)[0]):
        text = text[4:]
    return text


def the_opens_name(after: str) -> bool:
    """Whether a "the" before `after` may be a name's own: before a number ("The <Number>"
    is a band, the number alone a year or a count) or a small word alone ("The Who"), which
    names nothing without it. `after` is the next word of a message, or all of a name after
    its "the" (`norm`), where a small word must stand alone."""
    return after[:1].isdigit() or after in FUNCTION_WORDS


def straightened(text: str) -> str:
    """Curly quotes and long dashes as their plain forms, one character for one: a place found
    in the result is the same place in `text`."""
    if text.isascii():
        return text.replace("`", "'")
    # One replace per mark found: `str.translate` reads a long text 5-7 times slower.
    for mark, plain_mark in _PLAIN_MARKS:
        if mark in text:
            text = text.replace(mark, plain_mark)
    return text


def words(text: str) -> list[str]:
    """Word tokens with their original case, keeping inner dots and apostrophes ("U.S.", "Jr.")."""
    return _WORD.findall(straightened(text))


def sentences(text: str) -> list[str]:
    """Split prose into sentences; paragraphs and line breaks always end one."""
    merged: list[str] = []
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def within(sentence: str, limit: int) -> list[str]:
    """A sentence as pieces of at most `limit` characters, cut where its clauses end: at
    every semicolon, then, in a clause still too long, between commas, then between words.
    A sentence that long is nearly always a list ("<act> on <date>; <act> on <date>; ..."),
    whose names and dates are lost if it is dropped, and each clause states one of them."""
    if len(sentence) <= limit:
        return [sentence]
    pieces: list[str] = []
    for clause in filter(None, (c.strip() for c in sentence.split(";"))):
        pieces += _packed(clause, ", ", limit) if len(clause) > limit else [clause]
    return pieces


def _packed(text: str, separator: str, limit: int) -> list[str]:
    """`text` split at `separator` and joined back into as few pieces within `limit` as
    the order allows; a part longer than that alone is cut between words."""
    pieces: list[str] = []
    for part in text.split(separator):
        if pieces and len(pieces[-1]) + len(separator) + len(part) <= limit:
            pieces[-1] += separator + part
        elif len(part) > limit and separator != " ":
            pieces += _packed(part, " ", limit)
        else:
            pieces.append(part[:limit])
    return pieces


def name_words(name: str) -> tuple[str, ...]:
    """The words that spell a name in text: folded, a leading "the" dropped ("the Paper Kites"
    is also "Paper Kites") unless one word would be left, which may be a plain word: "The
    National" is not "national"."""
    tokens = re.findall(r"\w+", fold(name))
    if len(tokens) > 2 and tokens[0] == "the":
        tokens = tokens[1:]
    return tuple(tokens)


def clip(text: str, limit: int) -> str:
    """Shorten to at most `limit` characters at a word boundary, marking the cut with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
