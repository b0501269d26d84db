"""The words around a question's names: what describes, owns, places or dates them, and
the runs left over where an unknown name would be.

An unlinked run of words is evidence that a question asks about something the knowledge base
lacks, unless it only says which act is meant ("the <city> punk trio", "<Member>'s band",
"<band> frontman"), where ("<artist> <city> show") or when ("end of March"), which outlet the
news came from, or guesses at the answer. Reading those words as such keeps them from counting
as names (`subjects`), and keeps a decline from naming them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from bot.core.casing import Cased
from bot.core.cues import (
    DESCRIBED_ACTS,
    DESCRIPTION_OPENERS,
    MEMBER_ROLES,
    SEASONS,
    STOPWORDS,
    YEAR,
)
from bot.core.links import SURE_LINK, Link, Linking
from bot.core.tokens import tokens_counted, tokens_of
from knowledge.entities import RUN_JOINERS
from knowledge.everyday import everyday
from knowledge.places import place, region
from knowledge.store import KnowledgeBase
from knowledge.vocabulary import CALENDAR_WORDS, GENRES, NEWS_WORDS, OUTLETS

# A name written this many times at least, and after "in", "at"... at least this share of
# them, says where (`places`): cities, countries and festivals 0.11-0.5 in the bundled
# articles, artists 0-0.04 (one at 0.26).
PLACED_SEEN = 10
PLACED_SHARE = 0.08
# Once "at <name>" is chance ("a show at <Band>'s studio"); a place is written so again.
PLACED_TIMES = 2
# A word the articles write in lowercase in this share of articles or more is ordinary.
ORDINARY_SHARE = 1 / 400
# Names or words a question may have read for where they are (`says_where`): a first read
# costs up to 60 ms at a million articles, and a pasted list of cities would make dozens.
PLACED_LOOKUPS = 4
_ASIDE = re.compile(r"\(([^()]*)\)")


def aside(text: str, count: int, free: list[bool], linked_by: int) -> set[int]:
    """The unlinked words of an aside in brackets right after a linked name ("<name>
    (<city>)", "<name> (<city> band, not the <thing>)"): they say which act is meant, as a
    description does (`describing`), and name nothing of their own."""
    for match in _ASIDE.finditer(text):
        # What comes before is read from the message's start, as its tokens are: a leading
        # "the" is dropped there ("the <name> (<city> band)").
        start = len(tokens_of(text[: match.start()]))
        size = tokens_counted(match.group(1))
        if start == linked_by and size > 0 and start + size <= count:
            return {i for i in range(start, start + size) if free[i]}
    return set()


def places(kb: KnowledgeBase, links: list[Link]) -> list[Link]:
    """The links that say where something happens (a city, a country, a festival: names the
    articles often write after "in" or "at", `KnowledgeBase.placed_share`) beside a
    name that does not: "<artist> <city> show" asks about the artist, and the city is a word
    of context, like "show", not a second subject whose own news would do. A message naming
    more than `PLACED_LOOKUPS` is not read for it."""
    if not 2 <= len(links) <= PLACED_LOOKUPS:
        return []
    found = [link for link in links if says_where(kb, link.entity.name)]
    return found if len(found) < len(links) else []


def says_where(kb: KnowledgeBase, name: str) -> bool:
    """Whether the articles often write a name or word as where something is (`PLACED_SHARE`
    of the times, `KnowledgeBase.placed_share`). A question's word the articles use in
    lowercase ("band") is no place, and is not read for."""
    if name.islower() and kb.lowercase_uses(name) >= ORDINARY_SHARE * kb.article_total():
        return False
    seen, share = kb.placed_share(name)
    return seen >= PLACED_SEEN and share >= PLACED_SHARE and round(share * seen) >= PLACED_TIMES


# Words a description of an act may have before what it calls the act ("the <city> jangle
# pop trio").
DESCRIPTION_WORDS = 4
# What points at an act without naming it ("which <city> band ...", "that <city> duo"): the
# words up to the act are a description, with or without a name before them.
_POINTING = frozenset({"which", "what", "that", "this"})


def describing(
    tokens: tuple[str, ...],
    free: list[bool],
    linked_by: int,
    named_after: set[int],
    surely_ended: set[int],
    owning: frozenset[int] = frozenset(),
) -> set[int]:
    """Where the question describes the act it has named ("<name>? the <city> punk trio",
    "<name> (the <city> band)", "<name> (the band)"): unlinked words after "the" that end in
    what it calls an act (`DESCRIBED_ACTS`), after a name: linked (the first link ends at
    `linked_by`), or unlinked words. They say which act is meant, not the name of another
    that the knowledge base lacks. Before a name they may be part of it ("the <word> band
    <Name>"), unless a name surely linked follows them at once (starts in `named_after`:
    "the <city> R&B singer <First> <Last>", "<city>'s synth-pop guy <Name>"), with or without
    "the"; or unless they follow a word that points at an act (`_POINTING`). After a name
    surely linked they describe it without "the" too. `owning`: where possessives stand."""
    found: set[int] = set()
    for end, word in enumerate(tokens):
        if word not in DESCRIBED_ACTS or not free[end]:
            continue
        start = end
        while start > 0 and end - start < DESCRIPTION_WORDS and free[start - 1]:
            if tokens[start - 1] in STOPWORDS and not (
                _letters_joined(tokens, start - 1) or _roles_joined(tokens, start - 1)
            ):
                break
            start -= 1
        if end + 1 in named_after and start < end:
            found.update(range(start, end + 1))
            continue
        opener = tokens[start - 1] if start else ""
        if start in surely_ended and start < end:
            # Right after a name surely linked (a link ends at `surely_ended`), "the" left
            # out ("<name> <city> band anything new"); the act's word alone after it may be
            # the end of a longer name ("<name> band").
            found.update(range(start, end + 1))
            continue
        if opener not in DESCRIPTION_OPENERS and opener not in _POINTING:
            continue
        if opener in _POINTING and not owning.isdisjoint(range(start, end)):
            # "what's <Name>'s newest project": the name owns what is asked, no act's words.
            continue
        named_before = (
            opener in _POINTING
            or linked_by < start
            or any(
                free[i] and tokens[i] not in STOPWORDS and tokens[i] not in NEWS_WORDS
                for i in range(start - 1)
            )
        )
        if named_before:
            found.update(range(start, end + 1))
    return found


# Words after a name that make it where an act plays ("<act>'s <festival> set").
AT_EVENT = frozenset(
    "set sets show shows gig gigs concert concerts performance slot debut appearance".split()
)


def owners(
    cased: list[Cased],
    raw: tuple[str, ...],
    surely_at: list[bool],
    named_after: set[int],
    acts_after: set[int],
    placed: Callable[[int], bool],
) -> set[int]:
    """Whose a surely linked act is, or an act a question names so: words written
    capitalised as a possessive right before an artist surely linked (starts in
    `acts_after`: "<Member>'s <Band>") or, where the question links a name surely
    (`named_after`), before what it calls an act ("<Band>, <A> and <B>'s duo", owners
    joined by "and"), none of them surely linked (`surely_at`). They say which act is
    meant, as a description does; a member the articles never name is no act the knowledge
    base lacks. Before a venue or a festival they are the act asked about ("<Band>'s
    <Venue> show"), and so are they before an act that is where they play (`placed`, asked
    of the link starting at a token: "<Name>'s <Show> debut", or in lowercase chat a place
    whose name the articles also give an act)."""
    words = iter(
        (t, w.owns and t == w.tokens[-1] and (w.capitalised or None))
        for w in cased
        for t in w.tokens
    )
    flat: list[tuple[str, bool | None]] = []
    pending = next(words, None)
    for token in raw:
        if pending is not None and pending[0] == token:
            flat.append(pending)
            pending = next(words, None)
        elif token == "and":
            # "&", which is no word of the message as written, is read as "and".
            flat.append((token, False))
        else:
            return set()
    if pending is not None or not named_after:
        return set()
    found: set[int] = set()
    for at, (token, _) in enumerate(flat):
        before = at - 1
        if before < 0 or surely_at[before]:
            continue
        owns = flat[before][1]
        if not (owns or (owns is None and at in acts_after)):
            continue
        # What is owned may be where the owner plays, an act's name though it is ("<Name>'s
        # <Show> debut"): the owner is then the act asked about, as before a venue.
        if at in acts_after and placed(at):
            continue
        if at not in acts_after and (surely_at[at] or token not in DESCRIBED_ACTS):
            continue
        start = before
        while start > 0 and before - start < DESCRIPTION_WORDS and not surely_at[start - 1]:
            joined = raw[start - 1] == "and" and start > 1 and not surely_at[start - 2]
            if (raw[start - 1] in STOPWORDS and not joined) or flat[start - 1][1]:
                break
            start -= 1
        found.update(range(start, before + 1))
        if at not in acts_after:
            found.add(at)
    return found


def _letters_joined(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the "and" at `at` joins two letters, as "R&B" reads."""
    return 0 < at < len(tokens) - 1 and len(tokens[at - 1]) == len(tokens[at + 1]) == 1


def _roles_joined(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the "and" at `at` joins two words for an act ("<nation> bassist and
    songwriter <Name>"): one description of it."""
    return (
        0 < at < len(tokens) - 1
        and tokens[at] == "and"
        and tokens[at - 1] in DESCRIBED_ACTS
        and tokens[at + 1] in DESCRIBED_ACTS
    )


def member_of(tokens: tuple[str, ...], free: list[bool]) -> set[int]:
    """A role right after a linked name ("<band> frontman's ..."): it says who in the band
    is meant, as a description does, and names no act of its own."""
    return {
        i
        for i, token in enumerate(tokens)
        if i and free[i] and not free[i - 1] and token in MEMBER_ROLES
    }


# Words that compare the act asked about with another ("<act>, kinda like <other>", "a band a
# bit like <other>", "<act> is like a <city> <other>", "if you're into <other>"): the other
# says what the act sounds like, and is no act asked about.
_COMPARING = tuple(
    tuple(cue.split())
    for cue in (
        "kinda like",
        "kind of like",
        "sort of like",
        "a bit like",
        "a little like",
        "similar to",
        "sounds like",
        "sound like",
        "reminds me of",
        "in the vein of",
        "like a",
        "like an",
        "kind of a",
        "kind of the",
        "sort of a",
        "sort of the",
        "answer to",
        "fans of",
        "if you like",
        "if youre into",
        "who likes",
        "somewhere between",
        "basically",
        "pretty much",
        "than",
    )
)
# The cues by their first word, so that each word of a message is checked against its own.
_COMPARING_FROM = {
    first: [cue for cue in _COMPARING if cue[0] == first]
    for first in {cue[0] for cue in _COMPARING}
}
# What an act is said to be before the other it is likened to ("<act> are a funnier <other>").
_BEING = frozenset({"is", "are", "was", "were", "theyre"})
# What comes before "than" that makes it no comparison with another act ("newer than
# <record>", "other than <record>", "more than a year").
_NOT_COMPARING = frozenset(
    "newer later recent earlier older sooner other rather more less fewer".split()
)
# Words after another act that liken the act asked about to it ("<other> fans will love
# <act>", "big <other> vibes").
_LIKENED_BEFORE = frozenset({"fan", "fans", "vibes"})


# Who goes on to speak after a comparison, ending it ("if you're into <other> you'll love <act>").
_SPEAKERS = frozenset({"i", "im", "you", "youll", "youre", "we", "they", "theyre", "he", "she"})


def _comparative(word: str) -> bool:
    """Whether a word says more of an everyday word ("louder", "funnier", "nicer"), not who
    does it ("singer", "drummer")."""
    if word in {"better", "worse"}:
        return True
    if word in MEMBER_ROLES or word in DESCRIBED_ACTS or word in NEWS_WORDS:
        return False
    if word.endswith("ier"):
        return everyday(word[:-3]) or everyday(word[:-3] + "y")
    return word.endswith("er") and (everyday(word[:-2]) or everyday(word[:-1]))


def compared(tokens: tuple[str, ...], ends: frozenset[int], links: list[Link]) -> set[int]:
    """The words after a comparison up to its clause's or sentence's end (`ends`), or up to
    whoever speaks next ("<act>, kinda like <other> but louder", "<act> are a funnier
    <other>"), and the words before the word of a fan of another act, beside a name surely
    linked elsewhere ("any <other> fan should hear <act>"): what the act asked about is
    like, not what is asked about."""
    found: set[int] = set()
    for at in range(len(tokens)):
        starts = [
            at + len(cue)
            for cue in _COMPARING_FROM.get(tokens[at], ())
            if tokens[at : at + len(cue)] == cue
        ]
        if tokens[at] == "than" and at and tokens[at - 1] in _NOT_COMPARING:
            starts = []
        # "<comparative> than <other>": the comparative says how, and names nothing.
        if starts and tokens[at] == "than" and _comparative(tokens[at - 1]):
            found.add(at - 1)
        if tokens[at] in _BEING and tokens[at + 1 : at + 2] == ("a",):
            how = tokens[at + 2 : at + 3]
            if how and _comparative(how[0]) and how[0] not in _NOT_COMPARING:
                starts.append(at + 2)
        for after in starts:
            end = after
            while end < len(tokens) and (end == after or end not in ends):
                if tokens[end] in _SPEAKERS:
                    break
                end += 1
            found.update(range(after, end))
        if tokens[at] in _LIKENED_BEFORE:
            start = at
            while start and start not in ends and tokens[start - 1] not in STOPWORDS:
                start -= 1
            if any(f.weight >= SURE_LINK and not start <= f.start < at for f in links):
                found.update(range(start, at))
    return found


# Words after a town that still say where ("<town> area", "<town> <state's two letters>").
_WHERE_AFTER = frozenset("area state city nyc usa nsw qld".split())


def _says_where(word: str) -> bool:
    return word in _WHERE_AFTER or len(word) == 2 or region(word)


# The most words a place's name has (`knowledge.places`).
PLACE_WORDS = 8
# Words before a town that say it is where someone or something is ("I'm in <town>").
_WHERE_BEFORE = frozenset("in from near around outside to".split())
_JOINING = frozenset({"and", "or"})


# Who is at a place, said after it ("<town> grunge dad", "<town> local").
_THERE = frozenset(
    "fan fans dad mom mum kid kids local locals resident native volunteer person guy head heads"
    " nerd scene crew here born raised based".split()
)


def _says_who_is_there(words: list[str]) -> bool:
    """Whether the words after a place say where it is ("<country>", "area") or who is
    there, after the kind of music they like ("post punk fan")."""
    if words and all(map(_says_where, words)):
        return True
    there = next((i for i, w in enumerate(words) if w in _THERE), None)
    return there is not None and all(w in GENRES or everyday(w) for w in words[:there])


def placed_town(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the word at `at` is a town after a word that says where ("in <town>")."""
    return _after_where(tokens, at) and place(tokens[at])


def _after_where(tokens: tuple[str, ...], at: int) -> bool:
    return at > 0 and tokens[at - 1] in _WHERE_BEFORE


def towns(tokens: tuple[str, ...], free: list[bool], breaks: frozenset[int]) -> set[int]:
    """The words opening a run of unlinked words (between small words, links and clause
    ends) that name a place (`knowledge.places`) as where someone is: after "in", "from",
    "near"... (or "and" after such a place), or before words that say where it is or who is
    there ("<town> <country>", "<town> area", "<town> grunge dad"). They are where the asker
    is or a show was, no act asked about. A place alone ("is <Town> on the bill?") may be an
    act's name."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(len(tokens) + 1):
        if i < len(tokens) and free[i] and tokens[i] not in STOPWORDS and not (run and i in breaks):
            run.append(i)
            continue
        words = [tokens[j] for j in run]
        # A town after another and "and" is where too ("in <town> and <town>").
        placed = bool(run) and (
            _after_where(tokens, run[0])
            or (run[0] > 1 and tokens[run[0] - 1] in _JOINING and run[0] - 2 in found)
        )
        for k in range(min(len(words), PLACE_WORDS), 0, -1):
            named = " ".join(words[:k])
            rest = words[k:]
            if place(named) and (placed or _says_who_is_there(rest)):
                where = next((j for j, w in enumerate(rest) if not _says_where(w)), len(rest))
                found.update(run[: k + where])
                break
        run = [i] if i < len(tokens) and free[i] and tokens[i] not in STOPWORDS else []
    return found


# What a question says it does not mean ("<name>, the <city> band, not the <director>
# movie"), and how many words such an aside runs to.
_RULING_OUT = frozenset({"the", "that", "a", "an", "to", "some"})
RULED_OUT_WORDS = 6
# What rules out the thing it is followed by ("nothing about the <thing>", "not asking about
# <name>").
_NOTHING_ABOUT = (
    ("nothing", "about"),
    ("not", "about"),
    ("nothing", "on"),
    ("not", "asking", "about"),
    ("not", "talking", "about"),
)
# Words of a name alone in a clause after an act that it describes (`appositions`).
APPOSITION_WORDS = 3


def appositions(
    tokens: tuple[str, ...],
    links: list[Link],
    breaks: frozenset[int],
    act_end: int,
    capitals: list[bool | None] | None,
    name_like: list[bool],
) -> set[int]:
    """The clauses after an act the question surely names that describe it rather than ask:
    "the <genre> band with <First> <Last>" (what it calls an act, after "the"), or a name
    alone between the act and the question, written capitalised as names are ("<Act> -
    <First> <Last>, the <city> rapper - any news?"), or, from a writer whose casing says
    nothing, in words that may all be a name's (`name_like`): its members and its kind of
    music, which say which act is meant, and name no other act asked about."""
    found: set[int] = set()
    bounds = sorted({0, *breaks, len(tokens)})
    for start, end in pairwise(bounds):
        if start < act_end or any(f.start < start < f.end or f.start < end < f.end for f in links):
            continue
        words = tokens[start:end]
        # A clause ending on what it calls the act describes it too ("<city> <genre> band",
        # "<member>'s band"): the member it names says which act is meant.
        described = (words[0] in DESCRIPTION_OPENERS and not DESCRIBED_ACTS.isdisjoint(words)) or (
            words[-1] in DESCRIBED_ACTS
        )
        named = 2 <= len(words) <= APPOSITION_WORDS and all(
            name_like[start:end] if capitals is None else capitals[start:end]
        )
        # What it calls an act "with" whom ("<member>'s band with <First> <Last>"): its
        # members, the owner too, say which act is meant.
        with_whom = any(
            words[i] in DESCRIBED_ACTS and words[i + 1] == "with" for i in range(len(words) - 2)
        )
        if described or named or with_whom:
            found.update(range(start, end))
    return found


def after_not(tokens: tuple[str, ...], at: int, breaks: frozenset[int]) -> bool:
    """Whether the word at `at` follows "not" opening a clause (", not <name>"), or "not" and
    a word that rules out a thing ("not the", "not that"): a name there is what the
    question tells apart from what it asks about, where "did <act> not <verb>" asks."""
    return (at >= 1 and tokens[at - 1] == "not" and at - 1 in breaks) or _ruled_from(tokens, at)


def _ruled_from(tokens: tuple[str, ...], at: int) -> bool:
    """Whether what the word at `at` opens is ruled out: after "not" and a word that rules
    out a thing ("not the"), or after "nothing about", "not about" or "not asking about",
    with or without one ("nothing about the <thing> pls")."""
    one = tokens[at - 1] if at >= 1 else ""
    before = at - 1 if one in _RULING_OUT else at
    return (at >= 2 and tokens[at - 2] == "not" and one in _RULING_OUT) or any(
        tokens[max(end - len(words), 0) : end] == words
        for words in _NOTHING_ABOUT
        for end in {at, before}
    )


def ruled_out(tokens: tuple[str, ...], free: list[bool], breaks: frozenset[int]) -> set[int]:
    """The unlinked words after "not the" (or "not that", "not a", "not to be confused
    with") up to the clause's end: what the question tells apart from what it asks about,
    no name the knowledge base must know."""
    found: set[int] = set()
    for at in range(2, len(tokens)):
        if not _ruled_from(tokens, at):
            continue
        end = at
        while end < min(len(tokens), at + RULED_OUT_WORDS) and free[end] and end not in breaks:
            end += 1
        found.update(range(at, end))
    return found


# Words that ask for a thing, whose answer a question may guess at after it.
_ASKING_FOR = frozenset({"which", "what", "who", "whose", "where", "when"})
# What opens a guess ("..., was it <name>?"); and what opens a description instead ("...,
# the <city> band?"), which says which act is meant (`describing`).
_GUESS_OPENERS = (("was", "it"), ("is", "it"), ("or",), ("maybe",), ("like",))
_NOT_GUESSES = DESCRIPTION_OPENERS | {"a", "an", "and", "any", "anything", "some", "someone"}
GUESS_WORDS = 4


def guessed(
    tokens: tuple[str, ...], free: list[bool], breaks: frozenset[int], surely_at: list[bool]
) -> set[int]:
    """The unlinked words of a guess at the answer put after a question that asks for a
    thing about a surely linked name ("which label put out <band>'s 7-inch, was it
    <Label>?", "who produced it? <Name> again?"): the asker's guess, which may be wrong, no
    name the knowledge base must know. Up to `GUESS_WORDS` words in the last clause."""
    if not breaks:
        return set()
    start = max(breaks)
    asked = tokens[:start]
    if _ASKING_FOR.isdisjoint(asked) or not any(surely_at[:start]):
        return set()
    end = len(tokens) - (tokens[-1] == "again")
    for opener in _GUESS_OPENERS:
        if tokens[start : start + len(opener)] == opener:
            start += len(opener)
            break
    guess = range(start, end)
    if not 0 < len(guess) <= GUESS_WORDS or tokens[start] in _NOT_GUESSES:
        return set()
    if any(not free[i] or tokens[i] in _ASKING_FOR for i in guess):
        return set()
    return set(guess)


# Every beginning of an outlet's name run together, so that a word no name begins with is
# passed over at once.
_OUTLET_STARTS = frozenset(name[:end] for name in OUTLETS for end in range(1, len(name) + 1))


def outlet_named(tokens: tuple[str, ...], span: range) -> str | None:
    """The outlet (`OUTLETS`) the words of a span name, run together and without a "the"
    before them ("the <outlet>"), if they name one."""
    key = "".join(tokens[i] for i in span).removeprefix("the")
    return key if key in OUTLETS else None


def site_named(kb: KnowledgeBase, tokens: tuple[str, ...], span: range) -> bool:
    """Whether the words of a span name an outlet the articles come from
    (`KnowledgeBase.publishes`): where the asker read the news, whatever else the name is."""
    key = outlet_named(tokens, span)
    return key is not None and kb.publishes(key)


def outlet_words(tokens: tuple[str, ...], free: list[bool]) -> list[range]:
    """The spans of unlinked words that name a news outlet (`OUTLETS`), alone or run
    together ("rolling stone"): where the question read the news, not a name it asks
    about."""
    found: list[range] = []
    for start in range(len(tokens)):
        joined = ""
        for stop in range(start, min(start + 3, len(tokens))):
            joined += tokens[stop]
            if not free[stop] or joined not in _OUTLET_STARTS:
                break
            if joined in OUTLETS:
                found.append(range(start, stop + 1))
    return found


# What a writer writes in, after their name ("<First> <Last>'s newsletter"), and the words
# that place a writer at an outlet ("<First> <Last> at <outlet>").
_WRITTEN_IN = frozenset({"newsletter", "column", "blog", "substack", "podcast"})
_WRITES_AT = frozenset({"at", "from", "for"})
# The most words of a writer's name.
WRITER_WORDS = 2


def writer_words(tokens: tuple[str, ...], outlets: list[range]) -> set[int]:
    """The places of a writer's name the question gives as where it read the news ("<First>
    <Last> at <outlet> wrote ...", "<First> <Last>'s newsletter"): who wrote it, neither an
    act asked about nor a name the knowledge base should know."""
    ends = [
        span.start - 1 for span in outlets if span.start and tokens[span.start - 1] in _WRITES_AT
    ]
    ends += [i for i, token in enumerate(tokens) if token in _WRITTEN_IN]
    found: set[int] = set()
    for end in ends:
        name = [i for i in range(max(0, end - WRITER_WORDS), end) if tokens[i] not in STOPWORDS]
        if len(name) == WRITER_WORDS:
            found.update(name)
    return found


def subjects(
    tokens: tuple[str, ...],
    free: list[bool],
    ends: frozenset[int],
    capitals: list[bool | None] | None,
) -> tuple[str, ...]:
    """Runs of unlinked words that are not news words, stop words allowed inside ("tigers in
    rain") but not at the ends: where an unknown name would be. A number may end a name
    ("<word> 41") but not open one, be a year or an hour ("10 o'clock"). A run ends where a
    sentence does (`ends`, token positions). `capitals`: whether each word is written
    capitalised, by a writer who capitalises names; a run ends where that changes, between
    a name and the writer's own words ("<Band> rule live, i saw them ...")."""
    runs: list[str] = []
    current: list[str] = []
    case: bool | None = None
    for i in range(len(tokens) + 1):
        word = tokens[i] if i < len(tokens) else ""
        number = word.isdigit() and (
            all(w in STOPWORDS for w in current)
            or bool(YEAR.fullmatch(word))
            or tokens[i + 1 : i + 2] == ("oclock",)
        )
        if word and free[i] and word not in NEWS_WORDS and not number:
            # A small word before a run's first word is cut off it: its case sets none.
            opening = word in STOPWORDS and all(w in STOPWORDS for w in current)
            neutral = word.isdigit() or word in RUN_JOINERS or word in CALENDAR_WORDS or opening
            typed = None if capitals is None or neutral else capitals[i]
            if (typed is None or case is None or typed == case) and i not in ends:
                current.append(word)
                case = case if typed is None else typed
                continue
        case = None
        while current and current[-1] in STOPWORDS:
            current.pop()
        while current and current[0] in STOPWORDS:
            current.pop(0)
        if current and not (len(current) > 1 and says_only_when(tuple(current))):
            runs.append(" ".join(current))
        current = []
        if word and free[i] and word not in NEWS_WORDS and not number:
            # The case changed: this word opens the next run.
            current.append(word)
            case = None if capitals is None else capitals[i]
    return tuple(runs)


# Words that say when in a year, beside a month or a season ("the end of March", "early
# spring"), which a question dates what it asks by.
_SEASONS = frozenset(SEASONS)
_YEAR_PARTS = frozenset("end start beginning middle early late mid".split())


# Words that say which of a month or a season is meant ("back in march", "last summer").
_GONE_BY = frozenset({"back", "ago", "last", "this", "past", "earlier"})


def says_only_when(tokens: tuple[str, ...]) -> bool:
    """Whether words say only when ("back in april", "in spring 2017", "end of march"): a
    part of a question that dates it, however it is cut off, and no name, however its words
    are capitalised."""
    dated = CALENDAR_WORDS | _SEASONS
    return any(w in dated or YEAR.fullmatch(w) for w in tokens) and all(
        w in dated or w in _YEAR_PARTS or w in _GONE_BY or w in STOPWORDS or YEAR.fullmatch(w)
        for w in tokens
    )


def undated(linking: Linking, searched: bool) -> Linking:
    """The linking of a question that names a time ("back in march"), without the words
    that only say it, alone or at a run's end ("<place> in august"), and, unless they are
    `searched` (a fact's sentence may tell the month asked, a tour's headline its season),
    without them among the words searched: the time bounds which news is asked, and a
    headline is no likelier it for writing a month or a season. A year stays searched: a
    roundup of then may name the act only in its body."""
    when = CALENDAR_WORDS | _SEASONS | _YEAR_PARTS | STOPWORDS
    if not searched:
        timed = when | _GONE_BY
        kept = tuple(w for w in linking.leftover if w not in timed)
        pairs = tuple(p for p in linking.pairs if not set(p) & set(linking.leftover) - set(kept))
        linking = replace(linking, leftover=kept, pairs=pairs)
    subjects = []
    for run in linking.subjects:
        words = run.split()
        while words and words[-1] in when:
            words.pop()
        while words and words[0] in when:
            words.pop(0)
        if words:
            subjects.append(" ".join(words))
    return replace(linking, subjects=tuple(dict.fromkeys(subjects)))
