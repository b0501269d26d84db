"""Who a question is about: its n-grams linked to known names, as evidence for ranking.

Linking never decides an answer by itself. Every n-gram (up to `MAX_GRAM` words) is looked up
exactly among the aliases, then by how it sounds (`knowledge.names.sound_key`: a stylised
name typed the plain way), then as a possessive without its apostrophe; runs of name-like
words left over are matched with rapidfuzz, typo counts and names missing a word, span by
span, so a typo next to a context word still links. Each link carries a probability that
the words are a name at all (how often the knowledge base writes them in lowercase against how
often it names the entity), which keeps ordinary words such as "party" from counting as bands.
What remains name-like and links to nothing is reported, so that a question about an artist
the knowledge base lacks can be declined rather than answered with a neighbour's news.

Work is linear in the words: at most `MAX_GRAM` exact lookups a word and `MAX_FUZZY` fuzzy
searches a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from itertools import pairwise

from rapidfuzz import fuzz

from bot.core import casing, context, spelling
from bot.core.cues import (
    AMOUNT,
    DESCRIBED_ACTS,
    FOREIGN_CHAT,
    MEMBER_ROLES,
    NAME_ASKED,
    STOPWORDS,
    TOURING_SAID,
)
from bot.core.fuzzy import (
    FUZZY_CUTOFF,
    MAX_GRAM,
    SINGLE_WORD_CUTOFF,
    bridged,
    cut_short,
    fuzzy_link,
    widened,
    words_cut,
    written_typo,
)
from bot.core.intents import news_kind, written_in
from bot.core.links import OF_BAND, SURE_LINK, Link, Linking
from bot.core.members import act_of, said_of
from bot.core.tokens import (
    clause_breaks,
    glued_apart,
    glued_name,
    hyphens_joined,
    names_undeclined,
    read_in_its_language,
    tokens_of,
    written_at,
)
from knowledge.entities import ROMAN_NUMERALS, kind_of
from knowledge.everyday import everyday, everyday_form, foreign
from knowledge.names import TITLE_KINDS, Entity, sound_key
from knowledge.store import KnowledgeBase
from knowledge.text import norm, the_opens_name
from knowledge.vocabulary import (
    ARTICLES,
    CALENDAR_WORDS,
    DEMONYMS,
    FIRST_NAME_SHORT_FORMS,
    FIRST_NAME_SPELLINGS,
    FUNCTION_WORDS,
    GENRES,
    NEWS_WORDS,
    OUTLETS,
)

# Links less likely than this to be a name are left as words.
MIN_LINK = 0.25
AMBIGUOUS_INITIALS = 0.3
INITIALS_ARTICLES = 3
MAX_FUZZY = 8
# Unlinked runs looked at as possible unknown names; each costs a phrase query.
MAX_RUNS = 4
# Words that rarely open or close a name but often a question ("how much"); "new" opens
# many names ("New Order").
EDGE_WORDS = FUNCTION_WORDS - {"new"}
# Where a run of unlinked words ends (`context.subjects`): a sentence's end, or a dash between
# a name and what describes it ("<name> - <city> metalcore").
RUN_END = re.compile(r"[!?]+|\s[-–—]+\s")
# Where a clause or a sentence ends: what a comparison says runs no further.
SENTENCE_END = re.compile(r"[.…]+(?=\s)|[,;:!?]+|\s[-–—]+\s")
# A sentence ending inside a message, without which its clause breaks are its sentence ends.
_SENTENCE_BREAK = re.compile(r"[.…]\s")


# The fewest letters of a word no dictionary holds that is read as a name however the
# articles write it: shorter ones are chat's and abbreviations ("lol", "tbh").
STYLED_LETTERS = 6


def _name_probability(kb: KnowledgeBase, key: str, entity: Entity) -> float:
    """How likely these words name the entity rather than being ordinary words. Several words
    usually do, unless the span starts or ends with a question word ("how much") or is a
    title made of ordinary words ("lost and found"), which questions say for other reasons."""
    words = key.split()
    if AMOUNT.search(key):
        return 0.0
    if len(words) > 1 and not all(w in STOPWORDS or w in NEWS_WORDS for w in words):
        edge = words[0] in EDGE_WORDS or words[-1] in EDGE_WORDS
        plain = entity.kind in TITLE_KINDS and not any(spelling.name_like(kb, w) for w in words)
        return 0.3 if edge or plain else 1.0
    # A word no dictionary holds that the articles write in lowercase is a name styled so
    # ("<marrowbyte>"), not an ordinary word: its lowercase uses are the name's own.
    styled = len(words) == 1 and len(key) >= STYLED_LETTERS and not everyday(key)
    lowercase = kb.lowercase_uses(key) if len(words) == 1 and not styled else 0
    if all(w in STOPWORDS for w in words):
        # No sentence puts "the" before a word that asks: "the who" names the band; nor
        # does a question join two such words with "and" ("<pronoun> and <pronoun>").
        the_asking = len(words) == 2 and words[0] == "the"
        return 1.0 if the_asking or (len(words) == 3 and words[1] == "and") else 0.0
    # Initials the articles also write as an ordinary word ("art") are read as the word:
    # a fan types the initials of a name, a question uses the word for its meaning. Not
    # where the name is news several times as often as the word is written (a record
    # titled with the initials).
    if entity.abbreviation and lowercase * INITIALS_ARTICLES > entity.articles:
        return 0.0
    named = max(entity.articles, 1)
    chance = named / (named + lowercase)
    # Fans shorten names they talk about often: initials of a name one article mentions
    # more likely stand for something else.
    if entity.abbreviation:
        chance *= min(1.0, named / INITIALS_ARTICLES)
    # Initials that are also a word of other names ("tin") are as likely those.
    shared = entity.abbreviation and key in kb.names.words
    return min(chance, AMBIGUOUS_INITIALS) if shared else chance


def _span_links(
    kb: KnowledgeBase,
    tokens: tuple[str, ...],
    free: list[bool],
    lookup: Callable[[str], Entity | None],
    exact: bool,
    typed: str = "",
) -> list[Link]:
    """Links for the free spans `lookup` finds, longest first, each span used once. A name
    styled with marks that `typed` (the message) writes exactly as the articles do
    ("<Q.U.I.L.L.>") is that name, however often its letters are an ordinary word."""
    links: list[Link] = []
    for size in range(min(MAX_GRAM, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            if not all(free[start : start + size]):
                continue
            if size > 1 and tokens[start] == "the" and not the_opens_name(tokens[start + 1]):
                continue
            key = " ".join(tokens[start : start + size])
            entity = lookup(key)
            if entity is None or (entity.surname and _other_first_name(kb, tokens, start, entity)):
                continue
            styled = not entity.name.replace(" ", "").isalnum() and entity.name in typed
            weight = 1.0 if styled else _name_probability(kb, key, entity)
            # A one-word name after a "the" that is no part of it names a thing ("the DJ
            # said"): acts are called by their own names.
            if size == 1 and start and tokens[start - 1] == "the" and not entity.opens_with_the:
                weight *= THE_BEFORE_SHARE
            if weight < MIN_LINK:
                continue
            links.append(Link(start, start + size, entity, weight, exact=exact))
            free[start : start + size] = [False] * size
    return links


# How much likelier a one-word name is the name than a thing after a "the" it lacks.
THE_BEFORE_SHARE = 0.5


# The fewest letters of a first name cut short that still says whose it is ("<Ray>").
CUT_FIRST_NAME = 3


def _exact(kb: KnowledgeBase, key: str) -> Entity | None:
    """The name a span spells, or spells split where the name is one word (`_run_together`):
    tried before its words alone, so "pink" alone does not take "pink panther". A name of
    several words with an "s" after it is that name's possessive typed without its
    apostrophe, even where its last word with the "s" is a word of another name ("<first>
    <last>s tour"); a number typed as digits may be a name's Roman numeral, and a first name
    another spelling of the name's or cut short."""
    found = kb.names.exact(key)
    words = key.split()
    if found is not None or len(words) < 2:
        return found
    if key.endswith("s") and (found := kb.names.exact(key[:-1])) is not None:
        return found
    # A name's number written in Roman numerals is typed as digits ("<word> 2" for "<Word>
    # II").
    roman = [ROMAN_NUMERALS.get(w, w) for w in words]
    if roman != words and (found := kb.names.exact(" ".join(roman))) is not None:
        return found
    # A first name spelled another way or short ("<Steven> <Last>", "<Steve> <Last>" for
    # "<Stephen> <Last>").
    for spelled in _OTHER_SPELLINGS.get(words[0], ()):
        if (found := kb.names.exact(" ".join([spelled, *words[1:]]))) is not None:
            return found
    # A first name cut short ("<Ray> <Last>" for "<Rayburn> <Last>"): the one name of two
    # words that ends in the surname and opens with the word.
    if len(words) == 2 and len(words[0]) >= CUT_FIRST_NAME:
        named = kb.names.last_named(words[1])
        if named is not None and norm(named.name).split()[0].startswith(words[0]):
            return named
    return _run_together(kb, words)


# How many words typed apart one word of a longer name may be ("<syl> <syl> <syl> <word>").
JOINED_WORDS = 3
_FIRST_NAME_GROUPS = FIRST_NAME_SPELLINGS + FIRST_NAME_SHORT_FORMS
# Each first name's other spellings and forms, from every group that holds it ("chris" is
# both "kris" and "christopher").
_OTHER_SPELLINGS = {
    name: sorted(frozenset().union(*(g for g in _FIRST_NAME_GROUPS if name in g)) - {name})
    for group in _FIRST_NAME_GROUPS
    for name in group
}


def _run_together(kb: KnowledgeBase, words: Sequence[str]) -> Entity | None:
    """The one-word name that words typed apart spell run together ("pink panther" for
    "PinkPanther"), or the longer name one of whose words two or three of them spell
    ("cinder block garden" for "Cinderblock Garden"); a question word is no part of one ("man
    on" is not "Manon"), nor is a phrase the articles write as words apart ("night shift" is not
    "<NightShift>")."""
    if len(words) < 2:
        return None
    ways = [] if STOPWORDS.intersection(words) else [("".join(words), words)]
    ways += [
        (" ".join([*words[:i], "".join(part), *words[i + size :]]), part)
        for size in range(2, min(len(words), JOINED_WORDS + 1))
        for i in range(len(words) - size + 1)
        if not STOPWORDS.intersection(part := words[i : i + size])
    ]
    for key, apart in ways:
        found = kb.names.exact(key)
        if found is not None and not spelling.written_apart(kb, apart):
            return found
    return _run_together_mistyped(kb, words)


# Words run together at least this long may also hold a typo (`_run_together_mistyped`).
MISTYPED_JOINED = 10


def _run_together_mistyped(kb: KnowledgeBase, words: Sequence[str]) -> Entity | None:
    """The one-word name two words typed apart spell run together with a typo ("pink
    panthres" for "PinkPanthress"), where one of them is a word no article uses: an everyday
    pair is no name mistyped."""
    joined = "".join(words)
    if (
        len(words) != 2
        or len(joined) < MISTYPED_JOINED
        or STOPWORDS.intersection(words)
        or not any(spelling.unused(kb, w) for w in words)
    ):
        return None
    word = spelling.mistyped_name_word(kb, joined)
    found = kb.names.exact(word) if word is not None else None
    return found if found is not None and " " not in found.name else None


def _written_whole(
    kb: KnowledgeBase, raw: tuple[str, ...], links: list[Link], run: str
) -> tuple[Link, list[Link]] | None:
    """A name of several words written as one ("<First> <Last>") of which exact links hold
    only some words ("<Last>" alone another act's name), where the words together closely
    spell a known name of as many words ("<Catrine> <Last>" for "<Katrine> <Last>"): that
    name, and the links inside it, which it replaces."""
    words = run.split()
    if len(words) < 2:
        return None
    for at in written_at(raw, run):
        stop = at + len(words)
        inside = [f for f in links if at <= f.start and f.end <= stop]
        if not inside or any(f.start < stop and f.end > at and f not in inside for f in links):
            continue
        if any(f.end - f.start == len(words) for f in inside):
            return None
        hit = kb.names.fuzzy(run, FUZZY_CUTOFF)
        named = norm(hit[0].name).split() if hit is not None else []
        if hit is None or len(named) != len(words) or hit[0] in {f.entity for f in inside}:
            return None
        # Each word that differs is the name's word as it sounds, or a word nothing else
        # writes: "<Word> Hounds" is no "<Word> Hands".
        if not all(
            typed == word or sound_key(typed) == sound_key(word) or spelling.unused(kb, typed)
            for typed, word in zip(words, named, strict=True)
        ):
            return None
        return Link(at, stop, hit[0], hit[1] / 100.0, exact=False), inside
    return None


def _plural_named(kb: KnowledgeBase, key: str) -> Entity | None:
    """The name of several words whose last word is the span's last word with an "s"
    ("<word> <word>" for "<Word> <Word>s"): chat drops it, and the stemming full-text index
    finds the name's articles by the singular anyway, yet no name would be linked. Asked only
    of a question that links nothing else, like `_first_names`."""
    words = key.split()
    if len(words) < 2 or key.endswith("s") or STOPWORDS.intersection(words[-1:]):
        return None
    return kb.names.exact(f"{key}s")


def _sounding(kb: KnowledgeBase, key: str) -> Entity | None:
    """The stylised name a span spells the plain way, unless a question word opens or closes
    it: names seldom do, and a long message has many such spans; nor where the articles
    write the span as a phrase (`spelling.written_apart`)."""
    words = key.split()
    if words[0] in STOPWORDS or words[-1] in STOPWORDS:
        return None
    found = kb.names.sounds_like(key)
    return None if found is None or spelling.written_apart(kb, words) else found


def _kind_of_music(tokens: tuple[str, ...], found: Link) -> bool:
    """Whether a link names a kind of music (`GENRES`: whole, "<alt>-<country>", or word by
    word) right before a word for an act."""
    words = re.split(r"[\s-]+", norm(found.entity.name))
    genre = "-".join(words) in GENRES or all(w in GENRES for w in words)
    return genre and found.end < len(tokens) and tokens[found.end] in DESCRIBED_ACTS


# The words of a tag, as its capitals mark them ("<First><Last>").
_TAG_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# What an act's own handle adds to its name ("<act>band", "<act>music", "<act>_official",
# "<act>nyc" for its city).
_HANDLE_ENDINGS = ("official", "music", "theband", "band", "hq", "nyc", "ldn", "mtl", "atl")
MIN_HANDLE_PART = 3


def act_tagged(kb: KnowledgeBase, tag: str) -> str | None:
    """The name of the act a handle or hashtag spells, glued together as tags are
    ("<theact>", "<FirstLast>", "<act>band"), its "the" typed or not, in lowercase: a tag
    says nothing of how its writer capitalises names. Typed by hand, a tag may be one sound
    off the name (`sounds_near`), or, its words marked by capitals, a letter or two off, as a
    name typed apart may be. A tag the articles write in lowercase more often than they name
    the act ("#<genre>") is a topic, not the act."""
    key = norm(tag)
    bare = key.removeprefix("the").strip()
    own = next((bare.removesuffix(end) for end in _HANDLE_ENDINGS if bare.endswith(end)), bare)
    # A handle's first part, before what it adds after a mark ("<act>_<other act>",
    # "<act>.<city>").
    first = re.split(r"[._]", tag)[0]
    first = norm(first) if len(first) >= MIN_HANDLE_PART and first != tag else ""
    for lookup in (kb.names.exact, kb.names.sounds_like, kb.names.sounds_near):
        for glued in dict.fromkeys((key, bare, own.strip(), first)):
            found = lookup(glued) if glued else None
            # Read with an ending taken off or a sound changed, the tag names an act only,
            # not a place ("#<town>band").
            guessed = glued == own != bare or glued == first or lookup == kb.names.sounds_near
            if (
                found is not None
                and kb.lowercase_uses(glued) < found.articles
                and (not guessed or _act_not_place(kb, found))
            ):
                return found.name.lower()
    # The words a tag's capitals mark, typed as a name may be typed, a letter or two off
    # ("#<Frist><Lastt>").
    spaced = " ".join(_TAG_WORDS.findall(tag)).lower()
    typo = kb.names.fuzzy(spaced, FUZZY_CUTOFF if " " in spaced else SINGLE_WORD_CUTOFF)
    if (
        typo is not None
        and kb.lowercase_uses(key) < typo[0].articles
        and _act_not_place(kb, typo[0])
    ):
        return typo[0].name.lower()
    return None


# A word typed in lowercase that may be an act's name of several words run together
# ("thecopperlanterns", "tideofquarels"), and how many of a message's such words are read.
_GLUED_NAME = re.compile(r"(?<![\w#@.'’])[a-z][a-zA-Z0-9]{6,}(?![\w@.'’])")
MAX_GLUED_NAMES = 3
LONG_GLUED_NAME = 12


def _acts_unglued(kb: KnowledgeBase, text: str) -> str:
    """The message with each word that spells an act's name of several words run together,
    as a handle does (`act_tagged`), written as the name: read so only where no article
    uses the word, in lowercase or capitalised ("dartmouth" is a place), and it is no
    everyday word nor any name's word."""
    read = 0

    def apart(match: re.Match[str]) -> str:
        nonlocal read
        typed = match[0]
        word = typed.lower()
        if read >= MAX_GLUED_NAMES or everyday_form(word) or not spelling.unused(kb, word):
            return typed
        if kb.words_used([word], 1, capitalised=True):
            return typed
        read += 1
        bare = word.removeprefix("the")
        name = act_tagged(kb, word)
        # A short word a letter off spells too many names ("<firstla>" for "<First> <Lasy>").
        cutoff = FUZZY_CUTOFF if len(bare) >= LONG_GLUED_NAME else 100.0
        if name is None and (entity := kb.names.run_together(bare, cutoff)) is not None:
            name = entity.name.lower()
        # A one-word name is linked as typed, unless a "the" is glued to it.
        if name is None or (" " not in name.removeprefix("the ") and bare == word):
            return typed
        # The word spells all of the name, not one word of it (a surname alias, "<last>" for
        # "<First> <Last>"), which the linker reads as such.
        return name if fuzz.ratio(bare, glued_name(name)) >= FUZZY_CUTOFF else typed

    return _GLUED_NAME.sub(apart, text)


def _one_name_mistyped(tokens: tuple[str, ...], links: list[Link]) -> list[Link]:
    """The links with two neighbouring words, each linked alone, read as one name where the
    first is that name's first word and the two spell it a letter or two off ("<first>
    <surnaim>", where "<surnaim>" is another, less known name): one name mistyped, not two."""
    ordered = sorted(links, key=lambda f: f.start)
    for first, second in pairwise(ordered):
        if not (first.end == second.start == first.start + 1 == second.end - 1):
            continue
        name = norm(first.entity.name)
        words = name.split()
        score = fuzz.ratio(f"{tokens[first.start]} {tokens[second.start]}", name)
        if (
            len(words) == 2
            and words[0] == tokens[first.start]
            and score >= FUZZY_CUTOFF
            and second.entity.articles < first.entity.articles
        ):
            merged = Link(first.start, second.end, first.entity, score / 100, exact=False)
            return [f for f in links if f not in (first, second)] + [merged]
    return links


def _act_not_place(kb: KnowledgeBase, entity: Entity) -> bool:
    """Whether an entity is an act the articles do not write as where something is."""
    return entity.kind == "artist" and not context.says_where(kb, entity.name)


def _possessive(kb: KnowledgeBase, key: str) -> Entity | None:
    """The name a possessive typed without its apostrophe stands for ("<name>s new album"):
    a final "s" no article writes that way, on a known name."""
    last = key.rsplit(" ", 1)[-1]
    if not key.endswith("s") or kb.lowercase_uses(last) or last in kb.names.words:
        return None
    return kb.names.exact(key[:-1])


def _other_first_name(kb: KnowledgeBase, tokens: tuple[str, ...], at: int, entity: Entity) -> bool:
    """Whether a surname follows a first name that is not the entity's ("lena quist" is not
    "Mara Quist"), or an article ("the quist", "a quist"): then it names someone or something
    else."""
    if not at:
        return False
    before = tokens[at - 1]
    if before in ARTICLES:
        return True
    return spelling.name_like(kb, before) and before != norm(entity.name).split()[0]


def _runs(tokens: tuple[str, ...], free: list[bool], name_like: list[bool]) -> list[range]:
    runs: list[range] = []
    start = None
    for i in range(len(tokens) + 1):
        inside = i < len(tokens) and free[i] and name_like[i]
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            runs.append(range(start, i))
            start = None
    return runs


def _split_at(run: range, breaks: frozenset[int]) -> list[range]:
    """A run cut at the clause breaks inside it: a name typed with a typo stands in one
    clause, and spans across a break would spend the fuzzy look-ups before the words of
    either clause alone ("<typo>, <city> <genre> band")."""
    cuts = [run.start, *sorted(b for b in breaks if run.start < b < run.stop), run.stop]
    return [range(a, b) for a, b in pairwise(cuts)]


def _spelled(kb: KnowledgeBase, tokens: tuple[str, ...], run: range) -> bool:
    """Whether every word of the run is one the articles use, a known name's or where someone
    is from (always capitalised): a run with a word they never use most likely holds the
    typo, and is searched first."""
    return all(
        kb.lowercase_uses(tokens[i]) or tokens[i] in kb.names.words or tokens[i] in DEMONYMS
        for i in run
    )


def link(kb: KnowledgeBase, text: str, within: str | None = None) -> Linking:
    """Link a question's words to known names and say what is left over. A question asked
    inside a longer message (`within`) is written in that message's languages: "<Act> ha
    anunciado album? como se llama" asks in Spanish in its first sentence too."""
    kb.refresh()
    abroad = written_in(within or text)

    def known(words: str) -> bool:
        return kb.names.exact(words) is not None

    read = read_in_its_language(text, abroad, known)
    own_words = frozenset().union(*(language.chat | language.dropped for language in abroad))
    read = names_undeclined(read, abroad, known, own_words)
    text = _acts_unglued(kb, glued_apart(kb, hyphens_joined(kb, read)))
    raw = tokens_of(text)
    # Two words that spell a one-word name run together are that name, not a typo ("pas
    # mort" is "PasMort", whatever "mort" is one letter from).
    split = {
        j
        for i, pair in enumerate(pairwise(raw))
        if _run_together(kb, pair) is not None
        for j in (i, i + 1)
    }
    # A word written capitalised inside a sentence, by one who writes other words in
    # lowercase, is a name as typed ("the <City> band <Name>"), not an everyday word mistyped.
    cased = casing.cased(text, any(language.nouns_capitalised for language in abroad))
    named_as_typed = (
        {t for word in cased if word.inside for t in word.tokens}
        if casing.writes_lowercase(cased)
        else set()
    )
    # In a message written in another language, its everyday words are no English typos
    # ("durch" is not "dutch").
    tokens = tuple(
        t
        if i in split or t in named_as_typed or (abroad and foreign(t))
        else spelling.corrected(
            kb, t, (raw[i - 1] if i else "", raw[i + 1] if i + 1 < len(raw) else "")
        )
        for i, t in enumerate(raw)
    )
    free = [True] * len(tokens)
    budget = [MAX_FUZZY]
    links = [
        widened(kb, tokens, free, found, budget)
        for found in _span_links(kb, tokens, free, partial(_exact, kb), exact=True, typed=text)
    ]
    links = _one_name_mistyped(tokens, links)
    cases = casing.typed_cases(cased, raw)
    for found in _owned(tokens, links, cases):
        links.remove(found)
    links += [
        widened(kb, tokens, free, found, budget)
        for found in _span_links(kb, raw, free, partial(_sounding, kb), exact=False)
    ]
    links += [
        widened(kb, tokens, free, found, budget)
        for found in _span_links(kb, tokens, free, partial(_possessive, kb), exact=True)
    ]
    name_like = [
        spelling.name_like(kb, t) or spelling.mistyped_either_way(kb, r, t)
        for r, t in zip(raw, tokens, strict=True)
    ]
    runs = _runs(tokens, free, name_like)
    links += bridged(kb, raw, runs, free, budget)
    # A name does not run on past a comma, a question mark or a dash ("is it out, <word>?"),
    # unless it is written with one.
    breaks = clause_breaks(text, len(raw))
    written_runs = casing.written_names(kb, cased)
    # What the writer capitalises as a name is a run of its own, looked up first: a long
    # message's other runs of rare words ("a media studies paper on celebrity coverage",
    # "the news item concerning <Name>") would spend the budget before it.
    written_spans = {
        range(at, at + len(run.split())) for run in written_runs for at in written_at(raw, run)
    }
    edges = frozenset(i for span in written_spans for i in (span.start, span.stop))
    clauses = [piece for run in runs for piece in _split_at(run, breaks | edges)]
    for capitals_run in written_runs:
        whole = _written_whole(kb, raw, links, capitals_run)
        if whole is not None:
            found, inside = whole
            links = [f for f in links if f not in inside] + [found]
            free[found.start : found.end] = [False] * (found.end - found.start)
    for capitals_run in written_runs:
        typo = written_typo(kb, raw, free, capitals_run.split(), budget)
        if typo is not None:
            links.append(typo)
            free[typo.start : typo.end] = [False] * (typo.end - typo.start)
    for run in sorted(clauses, key=lambda run: (run not in written_spans, _spelled(kb, raw, run))):
        if not all(free[i] for i in run):
            continue
        fuzzy = fuzzy_link(kb, (raw, tokens), run, free, budget, breaks) or cut_short(
            kb, raw, run, free
        )
        if fuzzy is not None:
            links.append(fuzzy)
            free[fuzzy.start : fuzzy.end] = [False] * (fuzzy.end - fuzzy.start)
    # A word linked only as a typo of a short name may be a longer name's word cut short
    # ("<chem> <bros>" for "<Chemical> <Brothers>", not "<Cher>"): read again with the words
    # beside it.
    guesses = [f for f in links if not f.exact and f.weight < SURE_LINK and f.end - f.start == 1]
    for found in guesses:
        free[found.start] = True
    cut = words_cut(kb, tokens, free)
    for found in guesses:
        if any(c.start <= found.start < c.end for c in cut):
            links.remove(found)
        else:
            free[found.start] = False
    links += cut
    links += _one_word_dropped(kb, text, tokens, free)
    links = _members_named_first(kb, tokens, free, links, breaks)
    if not links:
        links += _span_links(kb, tokens, free, partial(_plural_named, kb), exact=False)
    if not links:
        links += _first_names(kb, tokens, free, cases)
    links = [_full_name(kb, tokens, found) for found in links]
    _unlink(
        links,
        free,
        [f for f in links if "," not in f.entity.name and any(f.start < b < f.end for b in breaks)],
    )
    places = context.places(kb, links)
    _unlink(links, free, places)
    # A kind of music the articles also name as an act, before what the question calls an
    # act ("which <genre> band was he in?"), says what the act plays, not which act it is.
    _unlink(links, free, [f for f in links if _kind_of_music(tokens, f)])
    # A writer who capitalises the names they link writes a weak link's words in lowercase
    # as their own words ("sorry for the long post"), not as the name they could be.
    # Words the writer capitalises as a name is written, among words in lowercase, are that
    # name, though one of them is a small word a name seldom ends on ("<First> Very").
    links = [
        replace(f, weight=1.0)
        if f.exact and f.end - f.start > 1 and " ".join(tokens[f.start : f.end]) in written_runs
        else f
        for f in links
    ]
    # A name spelled as an outlet's is where the news was read ("saw it via <outlet>", "has
    # <Outlet> had anything on <act>"), which `context.outlet_words` reads as such: where it
    # is linked unsurely, or, if the articles come from that site, beside another name (the
    # one asked about), though the articles also name it as an act.
    outlets = [f for f in links if context.outlet_named(tokens, range(f.start, f.end))]
    # Or beside words that may be a name the knowledge base lacks ("did <Outlet> have
    # <unknown act> tour dates"): the question is about them, not the outlet.
    other = any(f not in outlets for f in links) or any(
        free[i] and name_like[i] for i in range(len(tokens))
    )
    _unlink(
        links,
        free,
        [
            f
            for f in outlets
            if f.weight < SURE_LINK
            or (other and context.site_named(kb, tokens, range(f.start, f.end)))
        ],
    )
    # A writer named where the news was read ("<First> <Last> at <outlet>") is neither asked
    # about nor an unknown name.
    spans = [range(f.start, f.end) for f in outlets] + context.outlet_words(tokens, free)
    writer_at = context.writer_words(tokens, spans)
    _unlink(links, free, [f for f in links if set(range(f.start, f.end)) <= writer_at])
    capitalised = casing.capitalised(kb, cased, links, raw, bool(written_runs))
    if capitalised is not None:
        weak = [f for f in links if f.weight < SURE_LINK]
        _unlink(
            links,
            free,
            [
                f
                for f in weak
                if capitalised.isdisjoint(raw[f.start : f.end])
                and any(map(everyday, tokens[f.start : f.end]))
            ],
        )
        # Such a writer types a title of everyday words in lowercase as their own words
        # ("<Name> heard something new?"), however surely they spell it.
        _unlink(links, free, [f for f in links if _everyday_title(raw, cases, f)])
        # A name that opens with a small word ("A <Word> <Word>") is the name where such a
        # writer capitalises its words, as the articles write it.
        links[:] = [
            replace(f, weight=1.0)
            if f.weight < SURE_LINK
            and f.exact
            and f.end - f.start > 1
            and tokens[f.start] in EDGE_WORDS
            and norm(f.entity.name).split() == list(tokens[f.start : f.end])
            and capitalised.issuperset(raw[f.start + 1 : f.end])
            else f
            for f in links
        ]
    # A link in an aside right after a name linked surely, or as a typo of one, is a word of
    # its description, which `context.aside` reads as such: "<name> (<city> <genre> duo)",
    # "<name> (<first> from <other act>)", "<name> (<song> w/ <other act>)": the other act
    # says which one is meant. An aside that adds ("<name> (and <other act>)") names a
    # second act asked about, unless it calls something an act ("(and the <other> band)").
    named_end = min((f.end for f in links if f.weight >= SURE_LINK or not f.exact), default=None)
    if named_end is not None:
        aside = context.aside(text, len(raw), [True] * len(raw), named_end)
        calls_act = not DESCRIBED_ACTS.isdisjoint(tokens[i] for i in aside)
        joins = bool(aside) and tokens[min(aside)] in _ASIDE_JOINERS
        telling = [f for f in links if f.weight < SURE_LINK or calls_act or not joins]
        _unlink(links, free, [f for f in telling if aside.issuperset(range(f.start, f.end))])
    # A word capitalised where any word may be (a sentence's first) tells nothing of itself.
    capitals = None if capitalised is None else casing.capitals_at(cased, capitalised, raw)
    # A clause after the act that describes it holds no name asked about, whatever it links
    # (a member, a kind of music).
    act_end = min(
        (f.end for f in links if f.weight >= SURE_LINK and f.entity.kind == "artist"), default=None
    )
    apposed = (
        set()
        if act_end is None
        else context.appositions(tokens, links, breaks, act_end, capitals, name_like)
    )
    _unlink(links, free, [f for f in links if apposed.issuperset(range(f.start, f.end))])
    # A band beside a person the question names, with a role between or after ("<Band>
    # bassist <Person>", "<Person> (the <Band> frontman)", "<Person> from <Band>"), says who
    # the person is: no act asked about, nor words to search for.
    for band in _bands_describing(kb, tokens, links):
        links.remove(band)
        if band.start and tokens[band.start - 1] in _FORMERLY:
            free[band.start - 1] = False
    sentence_ends = (
        breaks | clause_breaks(text, len(raw), SENTENCE_END)
        if _SENTENCE_BREAK.search(text)
        else breaks
    )
    likened = context.compared(tokens, sentence_ends, links)
    _unlink(links, free, [f for f in links if likened.issuperset(range(f.start, f.end))])
    # A name the question rules out beside one it surely links ("<act> - the <city> singer,
    # not <other act> - ...") is what it tells apart from what it asks about.
    asked = [
        f for f in links if f.weight >= SURE_LINK and not context.after_not(tokens, f.start, breaks)
    ]
    ruled = [f for f in links if asked and context.after_not(tokens, f.start, breaks)]
    _unlink(links, free, ruled)
    ruled_at = {i for f in ruled for i in range(f.start, f.end)}
    # "These days" asks for news now, as "lately" does: its "days" is no word of what is
    # asked about (a headline's "<Title> Days").
    now_at = {i for i in range(1, len(tokens)) if tokens[i - 1 : i + 1] == ("these", "days")}
    # Nor is the name of a site the articles come from a word of what is asked.
    outlet_at = {
        i
        for span in context.outlet_words(tokens, free)
        if context.site_named(kb, tokens, span)
        for i in span
    }
    # A town after "in" that an act's name of several words only sounds like or spells run
    # together ("in <Dartown>" for "<Dart> <Town>") is where, not that act.
    _unlink(
        links,
        free,
        [
            f
            for f in links
            if not f.exact
            and f.end - f.start == 1
            and sound_key(f.entity.name) == sound_key(tokens[f.start])
            and context.placed_town(tokens, f.start)
        ],
    )
    # A town beside a name the question links says where the asker is or a show was.
    town_at = context.towns(tokens, free, breaks) if links else set()
    ruled_words = context.ruled_out(tokens, free, breaks)
    asked_not = ruled_at | ruled_words | now_at | outlet_at
    leftover = tuple(
        t for i, t in enumerate(tokens) if free[i] and t not in STOPWORDS and i not in asked_not
    )
    links.sort(key=lambda found: found.start)
    first_end = min((f.end for f in links), default=len(tokens))
    named_after = {f.start for f in links if f.weight >= SURE_LINK}
    surely_ended = {f.end for f in links if f.weight >= SURE_LINK}
    owning = casing.possessives(cased, raw)
    describing = context.describing(tokens, free, first_end, named_after, surely_ended, owning)
    describing |= context.aside(text, len(raw), free, first_end)
    describing |= context.member_of(tokens, free)
    acts_after = {f.start for f in links if f.weight >= SURE_LINK and f.entity.kind == "artist"}
    surely_at = [False] * len(raw)
    for found in links:
        if found.weight >= SURE_LINK:
            surely_at[found.start : found.end] = [True] * (found.end - found.start)
    # In lowercase chat, what a possessive owns may be a place the articles also give an act
    # ("<act>'s <venue> show"); an act that is no place is the owner's.
    starting = {f.start: f for f in links}

    def placed(at: int) -> bool:
        found = starting[at]
        return bool(
            context.AT_EVENT.intersection(tokens[found.end : found.end + 1])
        ) or context.says_where(kb, found.entity.name)

    owners = context.owners(cased, raw, surely_at, named_after, acts_after, placed)
    # A weak link inside an owner's name is a guess at a word of it ("<First> <Last>'s").
    links = [
        f for f in links if f.weight >= SURE_LINK or not owners.issuperset(range(f.start, f.end))
    ]
    guessed = context.guessed(tokens, free, breaks, surely_at)
    describing |= owners | guessed | apposed | ruled_words
    describing |= ruled_at | likened
    pairs = tuple(
        (a, b)
        for i, (a, b) in enumerate(pairwise(tokens))
        if free[i]
        and free[i + 1]
        and not {i, i + 1} & describing
        and a not in STOPWORDS
        and b not in STOPWORDS
        and not (a in NEWS_WORDS and b in NEWS_WORDS)
    )
    # The words of "how long", "what age", "real name", "euro run" ask; they name nothing the
    # articles must hold.
    asking = {
        j
        for i, pair in enumerate(pairwise(tokens))
        if any(cue.fullmatch(" ".join(pair)) for cue in (AMOUNT, NAME_ASKED, TOURING_SAID))
        for j in (i, i + 1)
    }
    placing = {i for found in places for i in range(found.start, found.end)} | town_at | writer_at
    placing.update(i for span in context.outlet_words(tokens, free) for i in span)
    # Where someone is from, opening the words it describes, is no name ("on <Demonym>
    # chamber-pop"); closing a place's name it is a word of it ("North American").
    placing |= {
        i
        for i, token in enumerate(tokens)
        if free[i]
        and token in DEMONYMS
        and not (i and free[i - 1] and tokens[i - 1] not in STOPWORDS)
    }
    named = [f and i not in asking | placing | describing for i, f in enumerate(free)]
    # Most questions end at their only mark: nothing to split then.
    inner = RUN_END.search(text.rstrip("?! "))
    ends = clause_breaks(text, len(raw), RUN_END) if inner else frozenset()
    subjects = tuple(dict.fromkeys(context.subjects(tokens, named, ends, capitals)))[:MAX_RUNS]
    pairs = tuple(dict.fromkeys(pairs))
    described = frozenset(tokens[i] for i in describing)
    # A surname alone is no sure link inside a run written as a name: "<Word> <Surname>" with
    # another first word is someone else.
    surely = {
        t
        for f in links
        if f.weight >= SURE_LINK and not f.entity.surname
        for t in tokens[f.start : f.end]
    }
    # A run a typo link spells whole is that name mistyped ("<First> <Surnmae>"), no unknown one.
    mistyped = {
        " ".join(tokens[f.start : f.end])
        for f in links
        if not f.exact and f.weight * 100 >= FUZZY_CUTOFF and f.end - f.start > 1
    }
    # A run inside what describes an act names no act of its own ("<Act>, the <First>
    # <Last> solo project", "<Owner>'s band").
    owned = frozenset(raw[i] for i in describing)
    # A one-word name surely linked beside another word written capitalised with it, which
    # no article writes beside it, is a word of a name the knowledge base lacks ("<Word>
    # <Known>" for an act "<Known>").
    single = {
        tokens[f.start]
        for f in links
        if f.weight >= SURE_LINK and f.end - f.start == 1 and " " not in f.entity.name
    }
    towns_named = {tokens[i] for i in town_at}
    written = tuple(
        r
        for r in written_runs
        if (surely.isdisjoint(r.split()) or _beside_one_word(kb, r, single, surely))
        and r not in mistyped
        and r.replace(" ", "") not in OUTLETS
        and not owned.issuperset(r.split())
        and not towns_named.issuperset(r.split())
        and not FOREIGN_CHAT.issuperset(r.split())
    )
    unwritten = frozenset(
        ()
        if capitalised is None
        else (
            w
            for w in leftover
            if w not in towns_named and not everyday_form(w) and spelling.never_written(kb, w)
        )
    )
    return Linking(
        tokens,
        tuple(links),
        subjects,
        leftover,
        pairs,
        raw,
        capitalised,
        described,
        written,
        unwritten,
        owning,
        breaks,
        written_abroad(within)
        if within
        else bool(abroad) or sum(map(foreign, tokens)) >= FOREIGN_WORDS_READ,
        (
            *(norm(f.entity.name) for f in ruled),
            *filter(None, (_named_words(tokens, group) for group in _runs_of(sorted(ruled_words)))),
        ),
    )


def _named_words(tokens: tuple[str, ...], run: list[int]) -> str:
    """A run's words up to its first news word ("<first> <last>" of "<first> <last> album
    touring"): what it names."""
    words = [tokens[i] for i in run]
    cut = next((i for i, w in enumerate(words) if w in NEWS_WORDS), len(words))
    return " ".join(words[:cut])


def _runs_of(positions: list[int]) -> list[list[int]]:
    """Sorted token positions grouped into runs of neighbours."""
    runs: list[list[int]] = []
    for at in positions:
        if runs and runs[-1][-1] == at - 1:
            runs[-1].append(at)
        else:
            runs.append([at])
    return runs


# Everyday words of other languages that make a message one written partly in another
# language, whichever (`Linking.abroad`): one alone is more likely a name ("<Vertraulich>").
FOREIGN_WORDS_READ = 2


def written_abroad(text: str) -> bool:
    """Whether a message is written, or half written, in another language (`Linking.abroad`):
    one Roadie reads the cues of, or two everyday words of any it knows."""
    return bool(written_in(text)) or sum(map(foreign, tokens_of(text))) >= FOREIGN_WORDS_READ


def _beside_one_word(kb: KnowledgeBase, run: str, single: set[str], surely: set[str]) -> bool:
    """Whether a run written as a name is two words, one a one-word name surely linked and
    the other linked to nothing, that no article writes side by side."""
    words = run.split()
    return (
        len(words) == 2
        and len(single.intersection(words)) == 1
        and len(surely.intersection(words)) == 1
        and not kb.mentions(f'"{run}"')
    )


# Words that say whose someone is ("my grandson", "our daughter").
_OWNERS = frozenset({"my", "our", "your", "ur", "his", "her", "their"})


def _owned(
    tokens: tuple[str, ...], links: list[Link], capitalised: list[bool | None]
) -> list[Link]:
    """Names spelled only by everyday words typed in lowercase right after "my", "our" and
    the like: the writer's family and friends ("my grandson", "our daughter"), not acts of
    those names; but a title ("his <Everyday Words> record") or words capitalised as a name
    ("My <Word> On <Word>") are. The words of those taken back stay taken, so that no look-up
    reads them as another name, nor search as the news asked."""
    return [
        f
        for f in links
        if f.start
        and f.entity.kind not in TITLE_KINDS
        and tokens[f.start - 1] in _OWNERS
        and all(everyday(t) for t in tokens[f.start : f.end])
        and True not in capitalised[f.start : f.end]
    ]


def _unlink(links: list[Link], free: list[bool], dropped: list[Link]) -> None:
    """Take links back from a question: their words are its own again, free to be read as
    anything else."""
    for found in dropped:
        links.remove(found)
        free[found.start : found.end] = [True] * (found.end - found.start)


# Words that say whom a member is of ("<first> from <act>").
_ASIDE_JOINERS = frozenset({"and", "or", "vs", "versus", "plus"})

# The most words of a name read without its last one (`_one_word_dropped`): "<Word> in the
# <Word>" for "<Word> in the <Word> Festival".
DROPPED_FROM_WORDS = 4

# The kind of news asked about a festival, a label or a venue (`kind_of`).
_NEWS_OF_KIND = {"festival": "festival", "label": "signing", "venue": "tour"}


def _one_word_dropped(
    kb: KnowledgeBase, text: str, tokens: tuple[str, ...], free: list[bool]
) -> list[Link]:
    """Free words that spell a festival's, label's or venue's name without its last word, the
    one that says which it is ("<word> <word> lineup" for "<Word> <Word> Festival"), in a
    question about that kind of news: people drop the word when the rest of the question
    says it. Elsewhere the words are as likely the question's own ("<word> <word>" said of a
    record)."""
    found: list[Link] = []
    asked = news_kind(text)
    if asked not in _NEWS_OF_KIND.values():
        return found
    for size in range(DROPPED_FROM_WORDS, 1, -1):
        for start in range(len(tokens) - size + 1):
            words = tokens[start : start + size]
            if not all(free[start : start + size]) or {words[0], words[-1]} & STOPWORDS:
                continue
            entity = kb.names.one_word_short(" ".join(words))
            if entity is None or norm(entity.name).split()[:-1] != list(words):
                continue
            if _NEWS_OF_KIND.get(kind_of(entity.name)) == asked:
                free[start : start + size] = [False] * size
                found.append(Link(start, start + size, entity, FUZZY_CUTOFF / 100.0, exact=False))
    return found


def _everyday_title(raw: tuple[str, ...], cases: list[bool | None], found: Link) -> bool:
    """Whether a link is a record's, film's or work's title typed in lowercase, every word of
    it an everyday one."""
    return (
        found.entity.kind in TITLE_KINDS
        and all(case is False for case in cases[found.start : found.end])
        and all(everyday(word) for word in raw[found.start : found.end])
    )


def _full_name(kb: KnowledgeBase, tokens: tuple[str, ...], found: Link) -> Link:
    """A one-word name the news gives someone it names in full many times as often ("<First>"
    beside "<First> <Last>") as the one the fans mean: the few headlines that wrote the first
    name alone made a name of it."""
    if found.end - found.start != 1 or not found.exact:
        return found
    opened = kb.names.opened_by(tokens[found.start])
    if not opened or not _a_person(opened[0].name):
        return found
    others = found.entity.articles + sum(e.articles for e in opened[1:])
    if opened[0].articles < FULL_NAME_SHARE * others:
        return found
    return Link(found.start, found.end, opened[0], found.weight, exact=False)


# The people a first name opens whose news is read for the band after it, most mentioned
# first (`_members_named_first`).
MEMBERS_TRIED = 5
# The first names before a band read so per message: a paste of them is bounded like any other.
MEMBER_LOOKUPS = 2


def _members_named_first(
    kb: KnowledgeBase,
    tokens: tuple[str, ...],
    free: list[bool],
    links: list[Link],
    breaks: frozenset[int],
) -> list[Link]:
    """The links with a first name alone right before a band the question links ("<First>
    from <Band>", "<First> of the <Band>"), or a first name or surname told apart by its
    band after a comma ("<Surname>, the <Band> guy"), linked, words and band together, to
    the person of that name the news places in the band (`act_of`), the most mentioned of
    them: fans call a member by one name and their band, which says who, not what about.
    The news placing them there is the evidence, so a band linked unsurely (a name of
    everyday words) serves too."""
    bands = {f.start: f for f in links if f.entity.kind == "artist"}
    tried = 0
    for at, token in enumerate(tokens[:-2]):
        if not free[at] or token in spelling.QUESTION_WORDS:
            continue
        # The band after a comma is linked apart: a link does not run past a comma.
        apart = False
        if tokens[at + 1] in OF_BAND:
            band = bands.get(at + 3 if tokens[at + 2] == "the" else at + 2)
            people = kb.names.opened_by(token)[:MEMBERS_TRIED]
        elif tokens[at + 1] == "the" and at + 1 in breaks:
            band = bands.get(at + 2)
            if band is None or band.end == len(tokens) or tokens[band.end] not in _CALLED_MEMBER:
                continue
            apart = True
            surnamed = kb.names.last_named(token)
            people = kb.names.opened_by(token)[:MEMBERS_TRIED] + ([surnamed] if surnamed else [])
        else:
            continue
        # Before a band linked unsurely, an everyday word is more likely chat ("most of
        # <word>") than a first name: its news is not read.
        if band is None or (band.weight < SURE_LINK and everyday(token)):
            continue
        tried += 1
        if tried > MEMBER_LOOKUPS:
            break
        person = next(
            (
                p
                for p in people
                if p.kind == "artist"
                and _a_member(p.name)
                and act_of(kb, p.name, set(), said_of(kb, [p.name])) == band.entity.name
            ),
            None,
        )
        if person is not None:
            free[at] = False
            links = [f for f in links if f is not band]
            links.append(Link(at, at + 1 if apart else band.end, person, SURE_LINK, exact=False))
    return links


def _bands_describing(kb: KnowledgeBase, tokens: tuple[str, ...], links: list[Link]) -> list[Link]:
    """The artists linked beside a person the question names surely or by a typo, where a role
    joins them ("<Band> bassist <Person>", "ex-<Band> drummer <Person>", "<Person>, the
    <Band> guy", "<Person> (the <Band> frontman)") or "from" or "of" does ("<Person> from
    <Band>"). A person linked by a typo may be another than the one meant ("<First> <Surnme>"
    read as a better known <First> <Surname>): the news must place them in the band
    (`act_of`)."""
    people = [
        f for f in links if (f.weight >= SURE_LINK or not f.exact) and _a_person(f.entity.name)
    ]
    found = []
    for band in links:
        if band.entity.kind != "artist":
            continue
        role_after = band.end < len(tokens) and tokens[band.end] in _CALLED_MEMBER
        for person in people:
            if person is band:
                continue
            between = tokens[person.end : band.start]
            joined = (role_after and person.start == band.end + 1) or (
                person.end <= band.start
                and set(between) <= _BEFORE_BAND
                and (role_after or not OF_BAND.isdisjoint(between))
            )
            if joined and (
                person.exact
                or act_of(kb, person.entity.name, set(), said_of(kb, [person.entity.name]))
                == band.entity.name
            ):
                found.append(band)
                break
    return found


# The words between a person and the band that says who they are ("<Person>, the <Band>
# guy", "<Person> from the <Band>").
_FORMERLY = frozenset({"ex", "former"})
_BEFORE_BAND = OF_BAND | _FORMERLY | {"the"}


# What a comma's "the <Band> ..." calls the one named before it ("<Surname>, the <Band>
# drummer").
_CALLED_MEMBER = MEMBER_ROLES | {"guy", "gal", "dude", "girl", "man", "woman"}


# How many times as many articles a person's full name needs as a one-word name of their first
# name for the one word to mean them (`_full_name`).
FULL_NAME_SHARE = 4


def _a_person(name: str) -> bool:
    """Whether a name is written as a person's: a first name and a surname, no "The"."""
    words = name.split()
    return len(words) == 2 and words[0].lower() != "the"


def _a_member(name: str) -> bool:
    """Whether a name may be a band member's, whom the news then places in the band: a
    person's (`_a_person`), or with a middle name ("<First> <Middle> <Last>")."""
    words = name.split()
    return _a_person(name) or (
        len(words) == 3 and all(w[:1].isupper() for w in words) and words[0].lower() != "the"
    )


# The fewest letters of a first name or surname read alone as a name ("Thom"): a shorter
# word is too often an initialism or a chat word.
FIRST_NAME_LETTERS = 4


def _first_names(
    kb: KnowledgeBase, tokens: tuple[str, ...], free: list[bool], cases: list[bool | None]
) -> list[Link]:
    """A free word standing alone that only one known name opens, a person's, and that the
    articles write as a name (`_written_as_name`): fans call an artist by a first name no
    other shares ("<first name>'s new album"), or by a surname (`_alone_as_surname`), the
    surname asked where another kind of name opens with the word. A word beside a
    first name may be a surname the knowledge base lacks, or another name ("<word>
    <Name>"), so the first name must stand alone, among question words. And beside a name
    the question does link, a lone word is more likely chat ("<word> said <Name> ..."), so
    the caller asks only of a question that links none. `cases`: whether each token is
    written capitalised (True), in lowercase (False), or neither."""
    found: list[Link] = []
    for at, token in enumerate(tokens):
        if not free[at] or len(token) < FIRST_NAME_LETTERS or token in spelling.QUESTION_WORDS:
            continue
        beside = [tokens[i] for i in (at - 1, at + 1) if 0 <= i < len(tokens)]
        named = []
        if all(word in spelling.QUESTION_WORDS for word in beside):
            named.append(kb.names.first_named(token))
        if _alone_as_surname(kb, tokens, at, cases):
            named.append(kb.names.last_named(token))
        entity = next((e for e in named if e and e.kind == "artist" and _a_person(e.name)), None)
        if entity is None:
            continue
        if _written_as_name(kb, token):
            free[at] = False
            found.append(Link(at, at + 1, entity, FUZZY_CUTOFF / 100.0, exact=False))
    return found


# How many times as often as in lowercase the articles must write a word capitalised for it
# to be a name's word: one a name holds may be written in lowercase once, in its everyday
# sense or by a slip.
NAME_CASE_RATIO = 20


def _written_as_name(kb: KnowledgeBase, word: str) -> bool:
    """Whether the articles write a word as a name: never in lowercase, or capitalised many
    times as often (capitalised uses are counted only where a batch of articles never writes
    the word in lowercase, so the count is a floor)."""
    lowercase = kb.lowercase_uses(word)
    return not lowercase or bool(
        kb.words_used([word], lowercase * NAME_CASE_RATIO, capitalised=True)
    )


def _alone_as_surname(
    kb: KnowledgeBase, tokens: tuple[str, ...], at: int, cases: list[bool | None]
) -> bool:
    """Whether a word stands as a surname alone ("<Surname> postponed his tour", "said
    <Surname> has ..."): no word that may be a name's (`spelling.name_like`) beside it, nor one
    written capitalised before it ("<Word> <Surname>" is someone else, however everyday the
    first word), nor an article ("lamps of the <surname>" names something else); and not a
    word for where someone is from or when ("<Word> European")."""
    token = tokens[at]
    if token in DEMONYMS or token in CALENDAR_WORDS:
        return False
    if at + 1 < len(tokens) and spelling.name_like(kb, tokens[at + 1]):
        return False
    if not at:
        return True
    before = tokens[at - 1]
    if before in ARTICLES or spelling.name_like(kb, before):
        return False
    return before in spelling.QUESTION_WORDS or (cases[at] is True and cases[at - 1] is False)
