"""How the writer cased the message: whether they capitalise names, and which words they
write so.

Case tells nothing in a message typed all in lowercase or in Title Case, but a writer who
capitalises the names they link marks a name the knowledge base lacks the same way ("What's new
with <Word> <Word>?") and writes their own words in lowercase. Each word's case is read once
(`cased`) and asked by linking and by the reading of the words around names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.core.links import Link
from bot.core.spelling import name_like
from bot.core.tokens import CLAUSE_END, TOKEN
from knowledge.entities import RUN_JOINERS
from knowledge.everyday import foreign
from knowledge.store import KnowledgeBase
from knowledge.text import POSSESSIVE, norm
from knowledge.vocabulary import CALENDAR_WORDS

_APOSTROPHE = re.compile(r"\w['’]\w")
# A word ends in a letter, or in the apostrophe of a plural's possessive ("<Bands>' <record>").
# A sentence starts after its end mark and the few emoji or symbols after it ("... at? 🎤
# Did").
_SENTENCE_WORD = re.compile(
    r"(^|[.!?](?:\s*[^\w\s]){0,8}+\s+|[\"'(\[@#]|)(\w(?:[\w'.]*\w)?(?:(?<=[sS])['’](?!\w))?)"
)


class Cased(NamedTuple):
    """A message's word as tokens, and how it is written: in lowercase, capitalised inside a
    sentence, or capitalised where any word may be (a sentence start, after a quote, a
    handle, or in capitals: "LP", "I'm"); none of these for a number."""

    tokens: tuple[str, ...]
    lowercase: bool
    inside: bool
    capitalised: bool
    owns: bool = False
    """Written with a possessive ("<Band>'s"): a name ends there, and another may follow."""
    contracted: bool = False
    """Written with an apostrophe inside ("Don't"), which articles write as two words."""
    broken: bool = False
    """Written after a comma, a semicolon, a colon or a dash: what follows is said of a
    name ("<Band>, the <town> band"), or is another ("<Band>, <Band>")."""


def cased(text: str, nouns_capitalised: bool = False) -> list[Cased]:
    """Each word of a message with how it is written (`Cased`): read once for both
    `capitalised` and `written_names`. In a message in a language that capitalises its
    nouns (`nouns_capitalised`), an everyday word of another language reads as written in
    lowercase: a capital there marks no name ("Was gibt es Aktuelles von <Name>?")."""
    found: list[Cased] = []
    for at, match in enumerate(_SENTENCE_WORD.finditer(text)):
        before, word = match.groups()
        tokens = tuple(TOKEN.findall(norm(word)))
        if nouns_capitalised and tokens and not word.isupper() and all(map(foreign, tokens)):
            word = word.lower()
        capitalised = word[:1].isupper()
        tail = text[: match.start()][-3:].rstrip()
        broken = CLAUSE_END.search(f"{tail} ") is not None
        # After a colon or a dash a sentence may start ("<Band>: Is ..."), as after a comma
        # a name more likely does ("Hey, <Band> ...").
        opens = broken and not tail.endswith(",")
        inside = capitalised and at > 0 and not before and not opens and word[1:2].islower()
        owns = POSSESSIVE.search(word) is not None
        contracted = not owns and bool(_APOSTROPHE.search(word))
        if before.startswith(("?", "!")):
            # A question or an exclamation ends what it names: no name runs on into the next.
            found.append(Cased((), False, False, False))
        found.append(
            Cased(tokens, word[:1].islower(), inside, capitalised, owns, contracted, broken)
        )
    return found


def writes_lowercase(cased: list[Cased]) -> bool:
    """Whether a message writes some word of its own in lowercase: not only the small words
    Title Case leaves small ("of", "to", the "x" of "<Name> x <Name>")."""
    return any(word.lowercase and not _TITLE_SMALL.issuperset(word.tokens) for word in cased)


# The words a message in Title Case may leave in lowercase.
_TITLE_SMALL = RUN_JOINERS | frozenset("a an in on to for or with at by".split())


def capitalised(
    kb: KnowledgeBase,
    cased: list[Cased],
    links: list[Link],
    tokens: tuple[str, ...],
    written: bool,
) -> frozenset[str] | None:
    """The words (normalised) a message writes capitalised, when it writes a name it links
    capitalised inside a sentence, or a run of words as a name (`written`, `written_names`),
    or inside a sentence one word that reads as a name's (`name_like`), and some word in
    lowercase: its writer capitalises names.
    None otherwise, which says nothing either way: a message in Title Case, one that
    capitalises only sentence starts or a word that names nothing known ("hey Roadie, ..."),
    or one that writes words in capitals ("LP", "I'm"), as people who type all else in
    lowercase do too, or a handle ("@name"). Such a word, and a word opening a sentence,
    counts only where it reads as part of a name (`name_like`): "My", "Thanks" and "Hope"
    open sentences for no name, where an unknown name may open one too."""
    inside = {t for word in cased if word.inside for t in word.tokens}
    elsewhere = {t for w in cased if w.capitalised and not w.inside for t in w.tokens}
    lowercase = writes_lowercase(cased)
    linked = any(inside.intersection(tokens[f.start : f.end]) for f in links)
    # Months and days are capitalised by everyone.
    named = any(name_like(kb, t) for t in inside - CALENDAR_WORDS)
    if not lowercase or not (linked or written or named):
        return None
    return frozenset(inside | {t for t in elsewhere if name_like(kb, t)})


def written_names(kb: KnowledgeBase, cased: list[Cased]) -> tuple[str, ...]:
    """Runs of two or more words (normalised) a message writes capitalised, as names are
    written, beside words it writes in lowercase: "What's new with <Word> <Word>?". A word
    capitalised where any word may be counts only where it reads as part of a name
    (`name_like`), as in `capitalised`; a message in Title Case or in capitals tells
    nothing. A possessive ends a run ("<Band>'s <Title>" writes two names), and so does a
    word with an apostrophe inside, which the message and the articles split differently."""
    if not writes_lowercase(cased):
        return ()
    runs: list[str] = []
    run: list[str] = []
    joining: list[str] = []
    before: tuple[str, ...] = ()
    for word in [*cased, Cased((), False, False, False)]:
        if word.broken:
            runs += [" ".join(run)] if len(run) > 1 else []
            run, joining = [], []
        named = word.inside or (word.capitalised and any(name_like(kb, t) for t in word.tokens))
        # "I" before a name written so is its first word ("I <Word> <Word>"): the pronoun is
        # followed by a verb, which reads as no name.
        opening = ["i"] if not run and before == ("i",) and not word.broken else []
        before = word.tokens
        if named and not word.contracted:
            run += [*opening, *joining, *word.tokens]
            joining = []
            if not word.owns:
                continue
        elif run and word.lowercase and RUN_JOINERS.issuperset(word.tokens):
            # A small word joins the capitalised words around it ("<Word> of the <Word>").
            joining += word.tokens
            continue
        if len(run) > 1:
            runs.append(" ".join(run))
        run, joining = [], []
    return tuple(runs)


def _aligned(cased: list[Cased], raw: tuple[str, ...]) -> list[Cased] | None:
    """The written word each token comes from; None where the words as written do not line
    up with the tokens."""
    flat = [(t, w) for w in cased for t in w.tokens]
    return [w for _, w in flat] if [t for t, _ in flat] == list(raw) else None


def typed_cases(cased: list[Cased], raw: tuple[str, ...]) -> list[bool | None]:
    """Whether each token is written capitalised (True), in lowercase (False) or neither (a
    number, or words that do not line up with the tokens)."""
    words = _aligned(cased, raw)
    if words is None:
        return [None] * len(raw)
    return [True if w.capitalised else False if w.lowercase else None for w in words]


def possessives(cased: list[Cased], raw: tuple[str, ...]) -> frozenset[int]:
    """The tokens that end a word written as a possessive ("<Name>'s"), where the words as
    written line up with the tokens."""
    words = _aligned(cased, raw)
    if words is None:
        return frozenset()
    return frozenset(
        i for i, (t, w) in enumerate(zip(raw, words, strict=True)) if w.owns and t == w.tokens[-1]
    )


def capitals_at(
    cased: list[Cased], capitalised: frozenset[str], raw: tuple[str, ...]
) -> list[bool | None]:
    """Whether each token is written capitalised as a name (`capitalised`), in lowercase, or
    capitalised where any word may be (None: a sentence's first word tells nothing of
    itself), read where it stands: "In <Name> in <Place>" opens with "in" but writes the
    second in lowercase."""
    words = _aligned(cased, raw)
    if words is None:
        return [t in capitalised for t in raw]
    return [
        (t in capitalised or None) if w.capitalised and not w.inside else w.inside
        for t, w in zip(raw, words, strict=True)
    ]
