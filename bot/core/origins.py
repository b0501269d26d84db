"""Where a question says an act is from, or what music it plays, against what its news says.

A name typed one letter off a known act's ("<Name>s", "<Nam>") is most often that act
mistyped, and is linked to it. But where the message also says where its act is from ("the
<nationality> surf-rock band", "that <city> blues trio", "the singer from <region>") and the
known act's news places it elsewhere ("<other city> art-rock duo <Name>"), the writer means
another act, which the knowledge base lacks: its news would answer another question. So too
where the message calls its act by a kind of music ("the old hardcore band") that the known
act's news never writes, calling it by another ("<city> emo revivalists <Name>").
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from bot.core.candidates import PER_NAME
from bot.core.context import says_where
from bot.core.cues import DESCRIBED_ACTS
from bot.core.links import SURE_LINK, Link, Linking
from bot.core.words import WORD, read_words, spelling, words_of
from knowledge.facts import ORIGIN_BEFORE_ACT
from knowledge.store import KnowledgeBase
from knowledge.text import name_words
from knowledge.vocabulary import DEMONYMS, GENRES

# How people write where someone is from in chat, with the start of the word the news
# writes for the place instead.
_CHAT_DEMONYMS = {"aussie": "austral", "kiwi": "zealand", "brit": "brit"}
# The first letters a nationality shares with its country ("swedish", "sweden").
_NATION_PREFIX = 4
# The articles read for where an act is from: the newest ones' sentences too.
_SENTENCES_READ = 3
# The most capitalised words before an act's name asked whether they are places: each asks
# the knowledge base once per process (`says_where`).
_PLACES_ASKED = 3

_ACTS = "|".join(sorted(DESCRIBED_ACTS))
# A word of a message shortly before what it calls an act ("the <swedish> surf-rock band",
# "the old <hardcore> band"), which may say where the act is from or what music it plays.
_WORD_BEFORE_ACT = re.compile(rf"\b([\w-]+)(?=\s+(?:[\w-]+\s+){{0,2}}(?:{_ACTS})s?\b)")
_ACT_FROM = re.compile(
    rf"\b(?:{_ACTS})s?\s+(?:[\w-]+\s+)?from\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?|[a-z]+)"
)
_PLACE_BEFORE_ACT = re.compile(
    rf"(?:^|\b(?:the|that|a|an|this)\s+|[,(]\s*)([A-Z][a-z]+)\s+(?:[\w-]+\s+){{0,2}}(?:{_ACTS})s?\b"
)
_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)['’]s\s+")
# A lowercase word right before: the capitalised word after it is inside a sentence.
_WITHIN_SENTENCE = re.compile(r"[a-z,]\s+$")


def _words_before_act(text: str) -> list[str]:
    """The words (lowercase) a message writes shortly before what it calls an act."""
    return [m[1] for m in _WORD_BEFORE_ACT.finditer(text.lower())]


def _asked_places(kb: KnowledgeBase, text: str) -> set[str]:
    """Where the message says an act is from: a nationality just before what it calls an
    act, the place after "<act> from", or a capitalised word there that the articles write
    as a place."""
    places = set(_words_before_act(text)) & (DEMONYMS | _CHAT_DEMONYMS.keys())
    places.update(m[1].lower() for m in _ACT_FROM.finditer(text))
    for m in _PLACE_BEFORE_ACT.finditer(text):
        word = m[1].lower()
        if word in DEMONYMS or says_where(kb, m[1]):
            places.add(word)
    return places


def _genre_words(word: str) -> set[str]:
    """The kinds of music a word names, itself or by its parts ("alt-country")."""
    return {word, *word.split("-")} & GENRES


def _asked_genres(text: str) -> set[str]:
    """The kinds of music the message calls its act by, just before what it calls an act
    ("the old hardcore band", "german techno producer")."""
    return {kind for word in _words_before_act(text) for kind in _genre_words(word)}


# How many words before an act's name the news's words for its kind of music are read.
_GENRE_WORDS_BEFORE = 4


def _genres_before(joined: str, name: str) -> set[str]:
    """The kinds of music the news calls an act by just before its name ("<city> emo
    revivalists <Name>")."""
    words = joined.split()
    size = len(name.split())
    found: set[str] = set()
    for at in range(len(words) - size + 1):
        if " ".join(words[at : at + size]) == name:
            for word in words[max(at - _GENRE_WORDS_BEFORE, 0) : at]:
                found |= _genre_words(word)
    return found


# What a place's people are called after its name, its last vowel or "y" dropped or not
# ("Calgary": "Calgarian", "Toronto": "Torontonian", "Montreal": "Montrealer").
_PEOPLE_OF = r"(?:n|ns|nian|nians|ian|ians|an|ans|er|ers|ite|ites|ese)"


def _holds_place(joined: str, place: str) -> bool:
    """Whether text (joined words) writes a place, its people ("<Town>ian" for "<Town>"), or
    the country of a nationality."""
    if f" {place} " in joined:
        return True
    start = _CHAT_DEMONYMS.get(place) or (place[:_NATION_PREFIX] if place in DEMONYMS else None)
    if start is not None:
        return f" {start}" in joined
    stems = {place, place.rstrip("aeiouy")} - {""}
    people = rf" (?:{'|'.join(map(re.escape, stems))}){_PEOPLE_OF} "
    return " " not in place and re.search(people, joined) is not None


def _places_act(kb: KnowledgeBase, texts: list[str], name: str) -> bool:
    """Whether the news writes a place right before an act's name as where it is from
    ("<City> punk trio <Name>", "<City>'s <Name>"): a word capitalised within a sentence
    ("the emerging <City> rock act <Name>") or one the articles write as a place."""
    told: list[str] = []
    for text in texts:
        for pattern in (ORIGIN_BEFORE_ACT, _POSSESSIVE):
            for m in pattern.finditer(text):
                after = read_words(text[m.end() :]).joined
                if not (after.startswith(f" {name} ") or after.startswith(f" the {name} ")):
                    continue
                if _WITHIN_SENTENCE.search(text, 0, m.start()):
                    return True
                told.append(m[1])
    first = list(dict.fromkeys(told))[:_PLACES_ASKED]
    return any(p.lower() in DEMONYMS or says_where(kb, p) for p in first)


def _typed_as(text: str, name: str) -> str:
    """The words of the message closest to a known name, as typed: a decline echoes them."""
    words = WORD.findall(text)
    size = len(name.split())
    runs = [" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 1))]
    best = process.extractOne(name, runs, scorer=fuzz.ratio, processor=str.lower)
    return best[0] if best else name


def _guessed(text: str, linking: Linking) -> list[Link]:
    """The artists surely linked that the message never spells as their news does."""
    said = words_of(text).joined
    return [
        f
        for f in linking.links
        if f.weight >= SURE_LINK
        and f.entity.kind == "artist"
        and spelling(name_words(f.entity.name)) not in said
    ]


def misplaced(kb: KnowledgeBase, text: str, linking: Linking) -> str | None:
    """The name as typed when the message places its act where the news never places the
    act it was linked to, but places it elsewhere, or calls it by a kind of music the news
    never writes but calls it by another; else None. Only a name the message mistypes is
    doubted: one spelled as the news spells it is that act, wherever the writer thinks it is
    from and whatever they call its music."""
    guessed = _guessed(text, linking)
    if not guessed:
        return None
    asked = _asked_places(kb, text)
    genres = _asked_genres(text)
    for found in guessed:
        name = " ".join(name_words(found.entity.name))
        typed = {*name.split(), *linking.tokens[found.start : found.end]}
        own = {p for p in asked if not typed & set(p.split())}
        kinds = genres - typed
        if not own and not kinds:
            continue
        rows = kb.newest_about(found.entity.id, PER_NAME)
        sentences = kb.sentences_of([row.id for row in rows[:_SENTENCES_READ]])
        texts = [row.summary for row in rows] + [s.text for s in sentences]
        joined = " ".join(words_of(t).joined for t in [*(row.title for row in rows), *texts])
        told = _genres_before(joined, name.removeprefix("the "))
        anywhere = {g for w in joined.split() for g in _genre_words(w)}
        if kinds and told and not kinds & anywhere:
            return _typed_as(text, found.entity.name)
        if not own or any(_holds_place(joined, p) for p in own):
            continue
        if _places_act(kb, texts, name.removeprefix("the ")):
            return _typed_as(text, found.entity.name)
    return None
