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
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from itertools import compress, groupby, pairwise
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.cues import (
    ABROAD_CHAT,
    AMOUNT,
    CHAT_FILLER,
    DESCRIBED_ACTS,
    DESCRIPTION_OPENERS,
    FOREIGN_CHAT,
    HEADLINE_ASKED,
    MEMBER_ROLES,
    NAME_ASKED,
    QUESTION_OPENERS,
    SEASONS,
    SPELLED_OUT,
    STOPWORDS,
    YEAR,
)
from bot.core.intents import news_kind, written_in
from knowledge.entities import RUN_JOINERS, kind_of
from knowledge.names import Entity, typos_allowed
from knowledge.store import KnowledgeBase
from knowledge.text import POSSESSIVE, fold, name_words, norm, text_words, the_opens_name
from knowledge.vocabulary import (
    ARTICLES,
    CALENDAR_WORDS,
    DEMONYMS,
    FUNCTION_WORDS,
    NEWS_WORDS,
    OUTLETS,
    TALLIED,
)

MAX_GRAM = 5
# Links less likely than this to be a name are left as words.
MIN_LINK = 0.25
# Links at least this sure name something: their words ask nothing, and an article naming
# them in its headline is about them.
SURE_LINK = 0.9
AMBIGUOUS_INITIALS = 0.3
INITIALS_ARTICLES = 3
# Entities named by a quoted title: a span of ordinary words is rarely meant as one.
TITLE_KINDS = frozenset({"work", "single", "album", "film"})
MAX_FUZZY = 8
MAX_TOKENS = 60
# Unlinked runs looked at as possible unknown names; each costs a phrase query.
MAX_RUNS = 4
# Lowercase uses above which a word reads as an ordinary word, not part of a name.
ORDINARY_USES = 25
FUZZY_CUTOFF = 86.0
# One mistyped word alone must be closer: short names collide with ordinary words.
SINGLE_WORD_CUTOFF = 88.0
# Spans shorter than this are not searched for typos; shorter than `SHORT_TYPED`, a letter
# too many is not read as a typo; from `LONG_TYPED` on, two typos are allowed.
MIN_TYPED = 4
# The fewest letters of a word cut short that still say which name it begins.
MIN_CUT = 3
SHORT_TYPED = 6
LONG_TYPED = 12
# The score of a typo match on the fuzzy scale, at least.
TYPO_FLOOR = 80.0
# Score points a longer fuzzy span is worth per word.
SPAN_BONUS = 2.0
# A name written this many times at least, and after "in", "at"... at least this share of
# them, says where (`_places`): cities, countries and festivals 0.11-0.5 in the bundled
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
_TOKEN = re.compile(r"[a-z0-9]+")
_HOUR = re.compile(r"\d{1,2}(?:am|pm)")
# Words that rarely open or close a name but often a question ("how much"); "new" opens
# many names ("New Order").
EDGE_WORDS = FUNCTION_WORDS - {"new"}
# Words that join a name's words ("<Word> & <Word>", "<Word> of the <Word>").
JOINING = frozenset({"and", "of", "the"})
# Words a name may have after the words that join it ("<Name> and the <Word> <Word>").
NAME_AFTER_JOIN = 2


@dataclass(frozen=True)
class Link:
    """A span of the question linked to an entity, with how sure the link is (0-1)."""

    start: int
    end: int
    entity: Entity
    weight: float
    exact: bool


@dataclass(frozen=True)
class Linking:
    """A question's tokens (typos in question words corrected), the names found in them, the
    unlinked runs of words that may name what is asked about, the leftover content words
    that say what about the names is asked, and the unlinked word pairs, which may spell a
    name known only from article bodies ("new harbour", where "new" alone is a news word)."""

    tokens: tuple[str, ...]
    links: tuple[Link, ...]
    subjects: tuple[str, ...]
    leftover: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...] = ()
    typed: tuple[str, ...] = ()
    """The tokens as typed, before typo correction."""
    capitalised: frozenset[str] | None = None
    """The words the message writes capitalised, when its writer capitalises names
    (`_capitalised`); None when it tells nothing."""
    described: frozenset[str] = frozenset()
    """The words that describe an act the question has named (`_describing`)."""
    written: tuple[str, ...] = ()
    """Runs of words the message writes as a name (`_written_names`) that no sure link
    touches: an unknown name, unless some article spells it."""
    unwritten: frozenset[str] = frozenset()
    """Unlinked words no article writes (`never_written`), when `capitalised` is known."""

    @cached_property
    def named_runs(self) -> tuple[str, ...]:
        """The subjects that may be names as typed: all of them, unless the message
        capitalises names and writes a run's words only in lowercase ("sorry for the long
        message, is <Name> touring"). Such a run is still searched for what it says, but is no
        evidence that the question names something unknown (`decline_evidence`)."""
        return tuple(run for run in self.subjects if self._may_name(run.split()))

    @cached_property
    def named_pairs(self) -> tuple[tuple[str, str], ...]:
        """The unlinked word pairs that may be names as typed (as `named_runs`)."""
        return tuple(pair for pair in self.pairs if self._may_name(pair))

    def _may_name(self, words: Sequence[str]) -> bool:
        """A word no article writes may name an act styled in lowercase ("did <lowercase
        act> sign to <Label>?"): chat is made of words the articles write."""
        capitals = self._capitals(words)
        return capitals is None or any(capitals) or not self.unwritten.isdisjoint(words)

    def written_as_name(self, words: Sequence[str]) -> bool:
        """Whether the message writes two or more words all capitalised, as it writes the
        names it links: its writer marks names so ("Did <Label> put anything out by
        <Unknown Band>?")."""
        capitals = self._capitals(words)
        return capitals is not None and len(capitals) > 1 and all(capitals)

    def _capitals(self, words: Sequence[str]) -> list[bool] | None:
        """Whether the message writes each word, as typed, capitalised; None when it does
        not show that it capitalises names (`capitalised`)."""
        typed = self.capitalised
        if typed is None:
            return None
        return [word in typed for word in self.as_typed(" ".join(words)).split()]

    def as_typed(self, words: str) -> str:
        """Words of the question as the user typed them: a reply that names what it did not
        find must echo the name asked about, not the spelling a typo was corrected to."""
        back = {t: r for t, r in zip(self.tokens, self.typed, strict=False) if t != r}
        return " ".join(back.get(w, w) for w in words.split())

    @property
    def entities(self) -> list[Entity]:
        return [link.entity for link in self.links]


def tokens_of(text: str) -> tuple[str, ...]:
    """Normalised word tokens, bounded in number so that work per question is bounded; a
    headline asked for (`HEADLINE_ASKED`) is "news"."""
    words = [
        "pm" if _HOUR.fullmatch(t) else SPELLED_OUT.get(t, t)
        for t in _TOKEN.findall(text_words(text))[:MAX_TOKENS]
    ]
    return tuple(
        "news" if t in _HEADLINES and i and words[i - 1] in HEADLINE_ASKED else t
        for i, t in enumerate(words)
    )


def read_in_its_language(text: str) -> str:
    """A message written in another language, or half in it, without what that language
    writes that names nothing and reads as something else: the letters it elides before an
    apostrophe (French's "l'album", "c'est", "d'<Name>", Italian's "quest'anno"), and the
    words it has of its own (`Language.dropped`), each of which ends a name as a comma does
    ("<Title> van <Band>")."""
    languages = written_in(text)
    for language in languages:
        if language.elided is not None:
            text = language.elided.sub("", text)
    dropped = frozenset().union(*(language.dropped for language in languages))
    if not dropped:
        return text
    return _WORD.sub(lambda word: "," if fold(word[0]) in dropped else word[0], text)


_HEADLINES = frozenset({"headline", "headlines"})
_WORD = re.compile(r"\w+")


def _name_probability(kb: KnowledgeBase, key: str, entity: Entity) -> float:
    """How likely these words name the entity rather than being ordinary words. Several words
    usually do, unless the span starts or ends with a question word ("how much") or is a
    title made of ordinary words ("lost and found"), which questions say for other reasons."""
    words = key.split()
    if AMOUNT.search(key):
        return 0.0
    if len(words) > 1 and not all(w in STOPWORDS or w in NEWS_WORDS for w in words):
        edge = words[0] in EDGE_WORDS or words[-1] in EDGE_WORDS
        plain = entity.kind in TITLE_KINDS and not any(_name_like(kb, w) for w in words)
        return 0.3 if edge or plain else 1.0
    lowercase = kb.lowercase_uses(key) if len(words) == 1 else 0
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


def _name_like(kb: KnowledgeBase, token: str) -> bool:
    """Whether a word may be part of a name: a word of some known name that the articles
    rarely write in lowercase, or a word they never use at all."""
    if token in STOPWORDS or token in NEWS_WORDS or token.isdigit():
        return False
    uses = kb.lowercase_uses(token)
    return uses == 0 or (token in kb.names.words and uses < ORDINARY_USES)


QUESTION_WORDS = STOPWORDS | NEWS_WORDS
# The question words of English chat: other languages' are not looked for in typos or in
# words typed together ("comback" is no Portuguese "com" and "back").
ENGLISH_QUESTION_WORDS = QUESTION_WORDS - FOREIGN_CHAT - ABROAD_CHAT
# Question words by first letter, where a typo of one is looked for; and words for where
# someone is from, which the articles only capitalise, as they do names, and which a
# question uses as an ordinary word ("the norwegian tour"). Not chat filler: a typo of it
# says nothing, while a word one letter from it is more likely a name ("<word> truz").
_BY_FIRST = {
    first: list(words)
    for first, words in groupby(
        sorted((ENGLISH_QUESTION_WORDS - CHAT_FILLER) | DEMONYMS),
        itemgetter(0),
    )
}
# How many times as often a word must be used as a rare spelling one edit away, for that
# spelling to be read as a typo of it.
RETYPED = 100
# Words at least this long that no article uses are looked up among the articles' ordinary
# words (used in lowercase at least `VOCABULARY_USES` times); shorter ones too often mistype
# a name into a word.
RESPELLED = 6
LONGEST_RESPELLED = 30
VOCABULARY_USES = 2
# How many ranks `_one_typo` gives: a word not among its spellings ranks past them all.
TYPO_RANKS = 4
# The rank of a word the token has one letter too many for, the least likely typo.
ADDED_LETTER = 3
_LETTERS = string.ascii_lowercase + string.digits


def corrected(kb: KnowledgeBase, token: str, beside: tuple[str, str] = ("", "")) -> str:
    """A word the articles (almost) never use replaced by the word it most likely mistypes,
    one edit or one swap of neighbours away ("tuor" gives "tour"): a question or news word,
    else, for a longer word no article spells in any case, an ordinary word the articles use
    ("rehersal"), failing that a word they capitalise that is no known name's (a band named
    only in bodies), so that the search finds what was meant and the typo is not taken for an
    unknown name (a word the articles only capitalise, a band called "Numbers", is left alone).
    A known name's word only where some article writes it beside the question's neighbouring
    word (`_spelled_beside`: a person named in bodies, whose surname is also a band's);
    otherwise a mistyped name is left to fuzzy linking, and turning an unknown name into a
    common word ("maro" into "more") or a known one would hide it. The first letter must agree,
    where typos are rare; a letter left out is likelier than one added ("latst" is "latest",
    not "last"). A word some article does use is corrected only to one used a hundred times
    as often (a typo that made it into print once). A word stretched for emphasis is the word
    it stretches (`_unstretched`), and one that with its neighbour sounds as a known name is
    left as typed rather than made another word."""
    if len(token) < 4 or token in QUESTION_WORDS or token in kb.names.words:
        return token
    if _STRETCHED.search(token):
        return _unstretched(kb, token)
    word = _respelled(kb, token, beside)
    if word == token:
        return word
    # Spelled by ear with its neighbour ("elefant <word>" for "Elephant <Word>"), a name's
    # word is left for linking rather than turned into another word ("elegant").
    for pair in (f"{beside[0]} {token}", f"{token} {beside[1]}"):
        heard = kb.names.sounds_like(pair)
        if heard is not None and word not in norm(heard.name).split():
            return token
    return word


def _respelled(kb: KnowledgeBase, token: str, beside: tuple[str, str]) -> str:
    uses = kb.lowercase_uses(token)
    near = [w for w in _BY_FIRST.get(token[0], ()) if abs(len(w) - len(token)) <= 1]
    if not uses and len(token) >= RESPELLED and not kb.mentions(f'"{token}"'):
        near += spelled_like(kb, token) or [
            w
            for w in spelled_like(kb, token, capitalised=True)
            if w not in kb.names.words or _spelled_beside(kb, w, beside)
        ]
    hits = process.extract(token, near, scorer=OSA.distance, score_cutoff=1, limit=None)
    ranks = _one_typo(token)
    likely = sorted(
        (not _completes_name(kb, w, beside), w not in QUESTION_WORDS, ranks.get(w, TYPO_RANKS), w)
        for w, _, _ in hits
    )
    for _, _, rank, word in likely:
        if uses and kb.lowercase_uses(word) < RETYPED * uses:
            continue
        if rank == ADDED_LETTER and len(token) < SHORT_TYPED and not _slipped(token, word):
            # A short word with a letter more than another more likely spells a word or name
            # of its own ("moist" is not "most"), as in `_closest`.
            continue
        if not uses and _mistypes_name(kb, token, rank):
            return token
        return str(word)
    return token


# A letter typed three times or more in a row: no English word and few names do so.
_STRETCHED = re.compile(r"([a-z])\1\1+")
STRETCHES = 8
"""Spellings of a stretched word tried at most: each of its first three stretches once or
twice."""


def _unstretched(kb: KnowledgeBase, token: str) -> str:
    """A word stretched for emphasis ("omggg", "newww", "<NAME>EEE") as the word or name it
    stretches: each stretched letter kept once or twice, whichever spelling is a question
    word, a known name's word or a word the articles use ("diiiv" may be a name with two
    i's, "meww" one with a single w); left as typed where none is."""
    spellings = [""]
    for at, piece in enumerate(_STRETCHED.split(token)):
        # The split gives the text between stretches, then each stretched letter.
        times = (1, 2) if at % 2 else (0,)
        spellings = [s + (piece * n if n else piece) for s in spellings for n in times]
        spellings = spellings[:STRETCHES]
    for spelling in spellings:
        if spelling in QUESTION_WORDS or spelling in kb.names.words:
            return spelling
    return next((s for s in spellings if kb.lowercase_uses(s)), token)


def _completes_name(kb: KnowledgeBase, word: str, beside: tuple[str, str]) -> bool:
    """Whether `word` with the question's word before or after it spells a known name: a
    typo is likeliest the spelling its neighbour makes a name of ("<typo> <word>" one letter
    from "<Among> <Word>", though another letter makes "amount")."""
    before, after = beside
    return any(kb.names.exact(pair) is not None for pair in (f"{before} {word}", f"{word} {after}"))


def _mistyped_either_way(kb: KnowledgeBase, typed: str, word: str) -> bool:
    """Whether a word no article uses, corrected to an ordinary one, is as near a known
    name's word: "<Word> <Plamet>" may be "<Word> <Placet>", though "planet" is a letter
    away, and the word is read as part of a name then."""
    if typed == word or word in QUESTION_WORDS or not _name_like(kb, typed):
        return False
    # Unlike `_mistypes_name`, the word it was corrected to does not count, even where it is
    # a name's word too: a typo of "<word>" is that word, not a name it opens.
    return any(w != word and w in kb.names.words for w in _one_typo(typed))


def _slipped(token: str, word: str) -> bool:
    """Whether `token` is `word` with a letter doubled ("tourr") or an "'s" typed without its
    apostrophe ("whos"): the letters too many that chat slips in."""
    doubled = any(
        token[i] == token[i - 1] and token[:i] + token[i + 1 :] == word
        for i in range(1, len(token))
    )
    return doubled or token == f"{word}s"


@lru_cache(maxsize=4096)
def _one_typo(token: str) -> dict[str, int]:
    """Every spelling one typo away from `token`, with the same first letter, ranked by how
    likely `token` is that typo of it, 0 likeliest: a letter left out, two neighbours
    swapped, a letter changed, a letter added. A word longer than any the articles use has
    none (a pasted run of letters would make thousands)."""
    if len(token) > LONGEST_RESPELLED:
        return {}
    head, tail = token[:1], token[1:]
    found: dict[str, int] = {}

    def add(spelling: str, rank: int) -> None:
        if spelling != token and rank < found.get(spelling, rank + 1):
            found[spelling] = rank

    for i in range(len(tail) + 1):
        before, after = tail[:i], tail[i:]
        for c in _LETTERS:
            add(head + before + c + after, 0)
        if len(after) > 1:
            add(head + before + after[1] + after[0] + after[2:], 1)
        if after:
            for c in _LETTERS:
                add(head + before + c + after[1:], 2)
            add(head + before + after[1:], ADDED_LETTER)
    return found


def _mistypes_name(kb: KnowledgeBase, token: str, rank: int) -> bool:
    """Whether `token` is a likelier typo (`_one_typo` below `rank`) of a known name's word
    that is no question word: "shngle" drops a letter of a band's name, and changing one
    letter would make it "single". The name's word is left to fuzzy linking."""
    return any(
        likelier < rank and w in kb.names.words and w not in QUESTION_WORDS
        for w, likelier in _one_typo(token).items()
    )


def _spelled_beside(kb: KnowledgeBase, word: str, beside: tuple[str, str]) -> bool:
    """Whether some article spells `word` next to the question's word before or after it:
    "<first name> <typo>" respelled toward a known name's word is the name only if the
    articles write that first name with it. Only a neighbour that may be part of a name is
    tried: a phrase search with an ordinary word reads all of that word's postings."""
    before, after = beside
    return any(
        other and _name_like(kb, other) and kb.mentions(f'"{phrase}"')
        for other, phrase in ((before, f"{before} {word}"), (after, f"{word} {after}"))
    )


def spelled_like(kb: KnowledgeBase, token: str, *, capitalised: bool = False) -> list[str]:
    """The articles' ordinary words (or, asked so, words they capitalise) one typo away from
    `token` (a letter left out, added or changed, or two neighbours swapped), with the same
    first letter. The spellings are made and looked up by key, so the cost does not grow
    with the vocabulary (`_one_typo`)."""
    return kb.words_used(sorted(_one_typo(token)), VOCABULARY_USES, capitalised=capitalised)


def _span_links(
    kb: KnowledgeBase,
    tokens: tuple[str, ...],
    free: list[bool],
    lookup: Callable[[str], Entity | None],
    exact: bool,
) -> list[Link]:
    """Links for the free spans `lookup` finds, longest first, each span used once."""
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
            weight = _name_probability(kb, key, entity)
            if weight < MIN_LINK:
                continue
            links.append(Link(start, start + size, entity, weight, exact=exact))
            free[start : start + size] = [False] * size
    return links


def _exact(kb: KnowledgeBase, key: str) -> Entity | None:
    """The name a span spells, or spells split where the name is one word (`_run_together`):
    tried before its words alone, so "pink" alone does not take "pink panther". A name of
    several words with an "s" after it is that name's possessive typed without its
    apostrophe, even where its last word with the "s" is a word of another name ("<first>
    <last>s tour")."""
    found = kb.names.exact(key)
    words = key.split()
    if found is not None or len(words) < 2:
        return found
    if key.endswith("s") and (found := kb.names.exact(key[:-1])) is not None:
        return found
    return _run_together(kb, words)


def _run_together(kb: KnowledgeBase, words: Sequence[str]) -> Entity | None:
    """The one-word name that words typed apart spell run together ("pink panther" for
    "PinkPanther"), or the longer name one of whose words two of them spell ("cinder block
    garden" for "Cinderblock Garden"); a question word is no part of one ("man on" is not
    "Manon"), nor is a phrase the articles write as words apart ("night shift" is not
    "<NightShift>")."""
    if len(words) < 2:
        return None
    ways = [("".join(words), words)]
    if len(words) > 2:
        ways += [
            (" ".join([*words[:i], "".join(pair), *words[i + 2 :]]), pair)
            for i, pair in enumerate(pairwise(words))
        ]
    for key, apart in ways:
        if STOPWORDS.intersection(apart):
            continue
        found = kb.names.exact(key)
        if found is not None and not _written_apart(kb, apart):
            return found
    return None


def _written_apart(kb: KnowledgeBase, words: Sequence[str]) -> bool:
    """Whether the articles write these words as a phrase: then a name they spell run
    together, or sound like, is not what they mean ("night shift", "<NightShift>")."""
    return len(words) > 1 and kb.mentions(f'"{" ".join(words)}"')


def _sounding(kb: KnowledgeBase, key: str) -> Entity | None:
    """The stylised name a span spells the plain way, unless a question word opens or closes
    it: names seldom do, and a long message has many such spans; nor where the articles
    write the span as a phrase (`_written_apart`)."""
    words = key.split()
    if words[0] in STOPWORDS or words[-1] in STOPWORDS:
        return None
    found = kb.names.sounds_like(key)
    return None if found is None or _written_apart(kb, words) else found


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
    return _name_like(kb, before) and before != norm(entity.name).split()[0]


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


def _bridged(
    kb: KnowledgeBase,
    tokens: tuple[str, ...],
    runs: list[range],
    free: list[bool],
    budget: list[int],
) -> list[Link]:
    """Names whose ordinary middle word splits them into two runs ("<number> one <word>",
    "<word> of <word>"), matched whole: a typo in one run must not leave the name to be
    guessed from either half. One look-up per pair of runs, from the question's budget."""
    found: list[Link] = []
    for before, after in pairwise(runs):
        if after.start != before.stop + 1 or after.stop - before.start > MAX_GRAM:
            continue
        if budget[0] <= 0 or not free[before.stop]:
            continue
        budget[0] -= 1
        hit = kb.names.fuzzy(" ".join(tokens[before.start : after.stop]), FUZZY_CUTOFF)
        if hit is not None:
            free[before.start : after.stop] = [False] * (after.stop - before.start)
            found.append(Link(before.start, after.stop, hit[0], hit[1] / 100.0, exact=False))
    return found


def _spelled(kb: KnowledgeBase, tokens: tuple[str, ...], run: range) -> bool:
    """Whether every word of the run is one the articles use or a known name's: a run with a
    word they never use most likely holds the typo, and is searched first."""
    return all(kb.lowercase_uses(tokens[i]) or tokens[i] in kb.names.words for i in run)


def _written_on(kb: KnowledgeBase, tokens: tuple[str, ...], found: Link) -> bool:
    """Whether the articles write the linked words together with the content word beside
    them, as typed: then they were not mistyped but are part of a longer phrase the articles
    know (a title no headline made a name, "<word> 4 <word>"), not a name they resemble. A
    question or news word beside them is not tried: the phrase search would read all of its
    postings, and such words are the question's, not a title's."""
    spans = (range(found.start - 1, found.end), range(found.start, found.end + 1))
    return any(
        span.start >= 0
        and span.stop <= len(tokens)
        and tokens[span.start] not in QUESTION_WORDS
        and tokens[span.stop - 1] not in QUESTION_WORDS
        and kb.mentions(f'"{" ".join(tokens[i] for i in span)}"')
        for span in spans
    )


def _fuzzy_link(
    kb: KnowledgeBase,
    spellings: tuple[tuple[str, ...], ...],
    run: range,
    free: list[bool],
    budget: list[int],
    breaks: frozenset[int] = frozenset(),
) -> Link | None:
    """The best typo-tolerant link around a run of name-like words. A span may take in one free
    word on either side, which may be a name's ordinary word ("harbour"), but not across a
    clause break (`breaks`, token positions: "<name>, the <town> band"), past which no name
    runs on and where looking would only spend the budget. Spans are compared by
    score with a bonus per word, so a longer span wins only when it matches about as well: a
    context word taken in ("<name> get") must not drag the link to a longer, worse name. Where
    no span matches well, a second word on either side is tried too if it is a word of some
    known name: a name of three words mistyped at one end ("<word> <word> <typo>"). A word
    the articles spell as it is was not mistyped: it is never read as another name. Each span
    is tried as typed and, where a word of it was corrected, as corrected (a name's first name
    mistyped into the ordinary one it is a letter from)."""
    floor = max((b for b in breaks if b <= run.start), default=0)
    count = min((b for b in breaks if b >= run.stop), default=len(spellings[0]))
    low = run.start - 1 if run.start > floor and free[run.start - 1] else run.start
    high = run.stop + 1 if run.stop < count and free[run.stop] else run.stop
    if high > run.stop and spellings[0][high - 1] in JOINING:
        # "<typo> and the <word> <word>": a name goes on through the words that join its
        # own, to a name's length.
        while high < count and free[high] and spellings[0][high] in JOINING:
            high += 1
        joined = high
        while high < min(count, joined + NAME_AFTER_JOIN, low + MAX_GRAM) and free[high]:
            high += 1
    best = _best_span(kb, spellings, run, range(low, high), budget)
    if best is None or best.weight * 100 < FUZZY_CUTOFF:
        tokens = spellings[0]
        wider = range(
            low - 1
            if floor < low < run.start and _free_name_word(kb, free, tokens, low - 1)
            else low,
            high + 1
            if run.stop < high < count and _free_name_word(kb, free, tokens, high)
            else high,
        )
        further = _best_span(kb, spellings, run, wider, budget, tried=range(low, high))
        if further is not None and (best is None or _span_value(further) > _span_value(best)):
            best = further
    if best is None or _written_on(kb, spellings[0], best):
        return None
    return best


def _written_typo(
    kb: KnowledgeBase,
    raw: tuple[str, ...],
    free: list[bool],
    words: list[str],
    budget: list[int],
) -> Link | None:
    """The known name that a run of everyday words written capitalised as a name mistypes
    ("<Modern> <Women>" for "<Modern> <Woman>"): such words make no run of name-like words
    for `_fuzzy_link`, yet the writer marks them as a name. Not a run the articles write (a
    place, a name linked otherwise). One look-up per run, from the question's budget."""
    size = len(words)
    for start in range(len(raw) - size + 1):
        if list(raw[start : start + size]) != words or not all(free[start : start + size]):
            continue
        if budget[0] <= 0 or _written_apart(kb, words):
            return None
        budget[0] -= 1
        key = " ".join(words)
        found = _closest(kb, key)
        if found is None or found[1] < FUZZY_CUTOFF or _retyped_words(kb, key, found[0]):
            return None
        return Link(start, start + size, found[0], found[1] / 100.0, exact=False)
    return None


def _free_name_word(kb: KnowledgeBase, free: list[bool], tokens: tuple[str, ...], at: int) -> bool:
    """Whether the word at `at` is free and a word of some known name."""
    return 0 <= at < len(tokens) and free[at] and tokens[at] in kb.names.words


def _best_span(
    kb: KnowledgeBase,
    spellings: tuple[tuple[str, ...], ...],
    run: range,
    window: range,
    budget: list[int],
    tried: range = range(0),
) -> Link | None:
    """The best-scoring typo-tolerant link among the spans of `window` that overlap the run,
    leaving out those inside `tried`."""
    best: Link | None = None
    for size in range(min(len(window), MAX_GRAM), 0, -1):
        for start in range(window.start, window.stop - size + 1):
            if start + size <= run.start or start >= run.stop:
                continue
            if tried and tried.start <= start and start + size <= tried.stop:
                continue
            if _asking_end(spellings[0], start, start + size):
                continue
            for key in dict.fromkeys(" ".join(t[start : start + size]) for t in spellings):
                if len(key) < MIN_TYPED or budget[0] <= 0 or AMOUNT.search(key):
                    continue
                budget[0] -= 1
                plain = norm(key)
                found = _closest(kb, plain)
                if found is not None and not _retyped_words(kb, plain, found[0]):
                    if _goes_on_otherwise(spellings[0], start + size, plain, found[0]):
                        continue
                    link = Link(start, start + size, found[0], found[1] / 100.0, exact=False)
                    if best is None or _span_value(link) > _span_value(best):
                        best = link
    return best


def _span_value(link: Link) -> float:
    """A typo-tolerant link's score with a bonus per word it takes in."""
    return link.weight * 100 + SPAN_BONUS * (link.end - link.start)


def _asking_end(tokens: tuple[str, ...], start: int, stop: int) -> bool:
    """Whether a span of several words opens with a word that opens questions ("why
    <name>") or closes with a word that asks or chats ("<name> his"): names seldom do, and
    looking such spans up would spend the question's fuzzy look-ups before the name alone.
    Names open with other such words ("No <Word>", "The <Word>"), and a name's first words
    may end with one that joins it ("<Word> of")."""
    if stop - start < 2:
        return False
    last = tokens[stop - 1]
    return tokens[start] in QUESTION_OPENERS or (last in QUESTION_WORDS and last not in JOINING)


def _retyped_words(kb: KnowledgeBase, typed: str, entity: Entity) -> bool:
    """Whether a span is not a name mistyped: a word the articles spell as it is was not
    mistyped (unless it is a misprint of the name). In a span of several words, that holds of
    the words it differs in from the name's, word for word, where each begins with another
    letter, which a typo seldom changes: "<word> kids" is another name than "<Cord> Kids",
    where "<nam> <word>" may still be "<Name> <Word>" with a letter left out."""
    words = typed.split()
    name = norm(entity.name).removeprefix("the ").split()
    if len(words) > 1:
        words = words[1:] if words[0] == "the" and len(words) == len(name) + 1 else words
        if len(words) != len(name):
            return False
        differing = [(w, n) for w, n in zip(words, name, strict=True) if w != n]
        if not differing or any(w[0] == n[0] for w, n in differing):
            return False
        words = [w for w, _ in differing]
    return all(_spelled_out(kb, w) and not _misprint(kb, w, entity) for w in words)


def _spelled_out(kb: KnowledgeBase, word: str) -> bool:
    """Whether the articles write a word as typed, or as the plural of a word they write: the
    full-text index also finds a word by its stem ("<word>ism" by "<word>"), which a typo of
    a name may share with an everyday word."""
    if not kb.mentions(f'"{word}"'):
        return False
    return len(word) < TALLIED or _written(kb, [word]) or _ending_added(kb, word, _PLURALS)


def _goes_on_otherwise(tokens: tuple[str, ...], after: int, key: str, entity: Entity) -> bool:
    """Whether the words a name's first words are typed with go on in a word of their own
    where the name goes on in another: "<word> of <other>" is not "<Word> of <Name>" with
    its last word dropped, but another name."""
    words = norm(entity.name).split()
    typed = key.split()
    if len(words) <= len(typed) or words[: len(typed)] != typed or after >= len(tokens):
        return False
    following, expected = tokens[after], words[len(typed)]
    return following not in QUESTION_WORDS and OSA.distance(following, expected) > typos_allowed(
        len(expected)
    )


def _cut_short(
    kb: KnowledgeBase, tokens: tuple[str, ...], run: range, free: list[bool]
) -> Link | None:
    """A long name typed short: the run's words, with the free word before it, begin a known
    name and end partway through one of its words ("<word> <wor>"), a word no article writes
    ("gizz" of a name "...Gizzard..."). How sure: as a typo at the cut-off."""
    last = tokens[run.stop - 1]
    if len(last) < MIN_CUT or kb.lowercase_uses(last):
        return None
    for start in (run.start - 1, run.start):
        if start < 0 or not free[start] or run.stop - start < 2:
            continue
        entity = kb.names.cut_short(" ".join(tokens[start : run.stop]))
        if entity is not None:
            return Link(start, run.stop, entity, FUZZY_CUTOFF / 100.0, exact=False)
    return None


# Letters that are words alone in chat, never a word cut to its first letter.
_LETTER_WORDS = frozenset("aiu")


def _may_cut(kb: KnowledgeBase, word: str) -> bool:
    """Whether a typed word may be a name's word cut short: no word the articles write in
    lowercase, none that asks or chats, no number, though a letter alone may be ("<word> d")."""
    if not word.isalpha():
        return False
    if len(word) == 1:
        return word not in _LETTER_WORDS
    return word not in QUESTION_WORDS and not kb.lowercase_uses(word)


# Spans looked up as names shortened word by word, per message (`_words_cut`).
MAX_CUT_LOOKUPS = 24


def _words_cut(kb: KnowledgeBase, tokens: tuple[str, ...], free: list[bool]) -> list[Link]:
    """Free words that shorten a known name word by word, each the name's word or its start
    ("<wor> <word>", "<word> <w>" for "<Word> <Word>", `NameIndex.abbreviated`): a word
    cut short is no word of its own (`_may_cut`), and a word typed whole is one that asks
    nothing: how fans name an act or festival they know well. Longest spans first, at most
    `MAX_CUT_LOOKUPS` of them. How sure: as a typo at the cut-off."""
    found: list[Link] = []
    cut = [_may_cut(kb, token) for token in tokens]
    cuttable = frozenset(compress(tokens, cut))
    lookups = MAX_CUT_LOOKUPS
    for size in range(MAX_GRAM, 1, -1):
        for start in range(len(tokens) - size + 1):
            span = range(start, start + size)
            if not all(free[i] for i in span) or not any(cut[i] for i in span):
                continue
            whole = [tokens[i] for i in span if not cut[i]]
            if (whole and all(w in QUESTION_WORDS for w in whole)) or lookups <= 0:
                continue
            lookups -= 1
            entity = kb.names.abbreviated(" ".join(tokens[start : start + size]), cuttable)
            if entity is not None:
                free[start : start + size] = [False] * size
                found.append(Link(start, start + size, entity, FUZZY_CUTOFF / 100.0, exact=False))
    return found


# Endings that make a word of another (`_ending_added`).
_ENDINGS = ("ing", "ed", "er", "ers", "s", "es", "ly")
_PLURALS = ("s", "es")


def _ending_added(kb: KnowledgeBase, word: str, endings: tuple[str, ...] = _ENDINGS) -> bool:
    """Whether a word is one the articles write with an ending added: chat makes such words
    ("vibing", "gigged"), and a possessive typed without its apostrophe is one ("<name>s
    <member>"); names seldom are."""
    bases: set[str] = set()
    for ending in filter(word.endswith, endings):
        base = word[: -len(ending)]
        bases |= {base, f"{base}e", base[:-1] if base[-1:] * 2 == base[-2:] else base}
    return _written(kb, sorted(bases))


def _written(kb: KnowledgeBase, words: Sequence[str]) -> bool:
    """Whether the articles write any of the words, in lowercase or capitalised."""
    return bool(kb.words_used(words, 1) or kb.words_used(words, 1, capitalised=True))


# Fewer articles than this leave everyday words unwritten (`never_written`).
WRITTEN_ARTICLES = 1000


def never_written(kb: KnowledgeBase, word: str, *, typo: bool = True) -> bool:
    """A word no article writes, in lowercase or capitalised, nor with an ending taken off
    (`_ending_added`): a name's, once there are enough articles (`WRITTEN_ARTICLES`) that
    they would have written an everyday word. `unknown_word` also takes words the articles
    only capitalise, which places and peoples are ("danish") as well as names; their
    capitalised use is counted from `TALLIED` letters on. `typo`: a word one letter from
    an ordinary one is that word mistyped (`unknown_word`), not a word never written."""
    return (
        kb.article_total() >= WRITTEN_ARTICLES
        and never_spelled(kb, word)
        and not (typo and spelled_like(kb, word))
        and not _ending_added(kb, word)
    )


def never_spelled(kb: KnowledgeBase, word: str) -> bool:
    """Whether no article writes a word as spelled, in lowercase or capitalised, as far as
    the words counted tell (from `TALLIED` letters)."""
    return (
        len(word) >= TALLIED
        and _unused(kb, word)
        and not kb.words_used([word], 1, capitalised=True)
    )


def unknown_word(kb: KnowledgeBase, word: str) -> bool:
    """A word no article uses, that is no part of a known name and no typo of a word the
    articles use: most likely a name the knowledge base has never seen."""
    return _unused(kb, word) and not spelled_like(kb, word)


def _unused(kb: KnowledgeBase, word: str) -> bool:
    return len(word) >= 4 and not kb.lowercase_uses(word) and word not in kb.names.words


def _misprint(kb: KnowledgeBase, word: str, entity: Entity) -> bool:
    """Whether a word the articles do write is still a typo of this name: written only the
    once a typo makes it into print ("Quilles"), and the name's letters with one left out or two
    swapped, the likeliest typos. A real word one letter changed or added from a name
    ("quivers" beside a band "Quiver", a first name) is that word. Words too short for the tally
    (`TALLIED`) never are."""
    name = norm(entity.name).removeprefix("the ")
    return (
        len(word) >= TALLIED
        and _one_typo(word).get(name, TYPO_RANKS) <= 1
        and not kb.words_used([word], VOCABULARY_USES)
        and not kb.words_used([word], VOCABULARY_USES, capitalised=True)
    )


_VOWEL_LIKE = re.compile(r"[aeiouyhw]")


def _consonants(name: str) -> str:
    """A name's consonants, word by word, each written once: a name typed by ear changes its
    vowels ("<Surname>" as "<Surnaim>") and keeps them, where another name changes them too."""
    return " ".join(re.sub(r"(.)\1+", r"\1", _VOWEL_LIKE.sub("", word)) for word in name.split())


def _closest(kb: KnowledgeBase, key: str) -> tuple[Entity, float] | None:
    """The known name `key` (normalised by `norm`) most likely mistypes or shortens, scored
    0-100: by how much of it matches (rapidfuzz ratio); failing that, a name with one word
    more; failing that, by typos counted as edits, so that a swap of neighbours or a letter
    left out of a short name ("qiust") still finds it. Lengths and words are counted as names
    are compared: a leading "the" is no part of what may be mistyped, and must not make "the
    <word>" long enough for a shorter name to count as a typo of it."""
    if not key:
        return None
    size = len(key.split())
    if len(key) >= (6 if size == 1 else 5):
        found = kb.names.fuzzy(key, FUZZY_CUTOFF if size > 1 else SINGLE_WORD_CUTOFF)
        if found is not None:
            return found
    if size > 1:
        shortened = kb.names.one_word_short(key)
        if shortened is not None:
            return shortened, FUZZY_CUTOFF
    allowed = 1 if len(key) < LONG_TYPED else 2
    # A letter left out is the commonest typo; one too many in a short word more likely
    # spells another name ("mara" in "maira").
    typo = kb.names.typo(key, allowed, allowed if len(key) >= SHORT_TYPED else 0)
    if typo is None and size > 1 and allowed < 2:
        typo = kb.names.typo(key, 2, 2)
        if typo is not None and _consonants(key) != _consonants(norm(typo[0].name)):
            typo = None
    if typo is None:
        return None
    entity, edits = typo
    return entity, max(TYPO_FLOOR, 100.0 * (1 - edits / len(key)))


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
# Hyphenated words looked up per message, each at up to three lookups: a paste of them
# ("a-b-c-d-...") is bounded like any other.
MAX_HYPHENATED = 8


def _hyphens_joined(kb: KnowledgeBase, text: str) -> str:
    """The message with each word typed with a hyphen that the articles write as one word,
    and never as two side by side, written as they write it ("<word>-<word>" for "<Word><word>"):
    tokens, stems and full-text search all read a hyphenated word as two words."""

    def joined(match: re.Match[str]) -> str:
        word = norm(match[1] + match[2])
        if _written(kb, [word]) and not kb.mentions(f'"{norm(match[1])} {norm(match[2])}"'):
            return match[1] + match[2]
        return match[0]

    return _HYPHENATED.sub(joined, text, count=MAX_HYPHENATED)


_LONG_WORD = re.compile(r"\b[^\W\d_]{6,}\b")
# Words looked at per message for two run together: a long paste is bounded like any other.
MAX_GLUED = 8
# Particles English writes one word with another ("overpass", "outlive"): a word opening so
# is more likely such a word, or a name made like one, than two typed without a space.
_COMPOUNDING = frozenset("over out up under in on off down back by with after through".split())
_GLUED_FIRST = ENGLISH_QUESTION_WORDS - _COMPOUNDING


def _glued_apart(kb: KnowledgeBase, text: str) -> str:
    """The message with each word that is two question words typed without the space
    between ("newsabout", "whatsnew") written as the two: no article uses it, and it is no
    known name's word, so it would read as an unknown name. Not one opening with a particle
    English compounds words with (`_COMPOUNDING`)."""

    def apart(match: re.Match[str]) -> str:
        word = match[0]
        plain = word.lower()
        if plain in QUESTION_WORDS or plain in kb.names.words or kb.lowercase_uses(plain):
            return word
        for cut in range(2, len(plain) - 1):
            first, second = plain[:cut], plain[cut:]
            if first in _GLUED_FIRST and second in ENGLISH_QUESTION_WORDS:
                return f"{word[:cut]} {word[cut:]}"
        return word

    return _LONG_WORD.sub(apart, text, count=MAX_GLUED)


def link(kb: KnowledgeBase, text: str) -> Linking:
    """Link a question's words to known names and say what is left over."""
    kb.refresh()
    text = _glued_apart(kb, _hyphens_joined(kb, read_in_its_language(text)))
    raw = tokens_of(text)
    # Two words that spell a one-word name run together are that name, not a typo ("pas
    # mort" is "PasMort", whatever "mort" is one letter from).
    split = {
        j
        for i, pair in enumerate(pairwise(raw))
        if _run_together(kb, pair) is not None
        for j in (i, i + 1)
    }
    tokens = tuple(
        t
        if i in split
        else corrected(kb, t, (raw[i - 1] if i else "", raw[i + 1] if i + 1 < len(raw) else ""))
        for i, t in enumerate(raw)
    )
    free = [True] * len(tokens)
    budget = [MAX_FUZZY]
    links = [
        _widened(kb, tokens, free, found, budget)
        for found in _span_links(kb, tokens, free, partial(_exact, kb), exact=True)
    ]
    links += _span_links(kb, tokens, free, partial(_sounding, kb), exact=False)
    links += [
        _widened(kb, tokens, free, found, budget)
        for found in _span_links(kb, tokens, free, partial(_possessive, kb), exact=True)
    ]
    name_like = [
        _name_like(kb, t) or _mistyped_either_way(kb, r, t)
        for r, t in zip(raw, tokens, strict=True)
    ]
    runs = _runs(tokens, free, name_like)
    links += _bridged(kb, raw, runs, free, budget)
    # A name does not run on past a comma, a question mark or a dash ("is it out, <word>?"),
    # unless it is written with one.
    breaks = _clause_breaks(text, len(raw))
    for run in sorted(runs, key=partial(_spelled, kb, raw)):
        if not all(free[i] for i in run):
            continue
        fuzzy = _fuzzy_link(kb, (raw, tokens), run, free, budget, breaks) or _cut_short(
            kb, raw, run, free
        )
        if fuzzy is not None:
            links.append(fuzzy)
            free[fuzzy.start : fuzzy.end] = [False] * (fuzzy.end - fuzzy.start)
    links += _words_cut(kb, tokens, free)
    links += _one_word_dropped(kb, text, tokens, free)
    cased = _cased(text)
    if not links:
        links += _first_names(kb, tokens, free, _typed_cases(cased, raw))
    _unlink(
        links,
        free,
        [f for f in links if "," not in f.entity.name and any(f.start < b < f.end for b in breaks)],
    )
    places = _places(kb, links)
    _unlink(links, free, places)
    # A writer who capitalises the names they link writes a weak link's words in lowercase
    # as their own words ("sorry for the long post"), not as the name they could be.
    written_runs = _written_names(kb, cased)
    # Words the writer capitalises as a name is written, among words in lowercase, are that
    # name, though one of them is a small word a name seldom ends on ("<First> Very").
    links = [
        replace(f, weight=1.0)
        if f.exact and f.end - f.start > 1 and " ".join(tokens[f.start : f.end]) in written_runs
        else f
        for f in links
    ]
    for capitals_run in written_runs:
        typo = _written_typo(kb, raw, free, capitals_run.split(), budget)
        if typo is not None:
            links.append(typo)
            free[typo.start : typo.end] = [False] * (typo.end - typo.start)
    # A name spelled as an outlet's, linked unsurely, is where the news was read ("saw it
    # via <outlet>"), which `_outlet_words` reads as such.
    weak = [f for f in links if f.weight < SURE_LINK]
    _unlink(links, free, [f for f in weak if "".join(tokens[f.start : f.end]) in OUTLETS])
    capitalised = _capitalised(kb, cased, links, raw, bool(written_runs))
    if capitalised is not None:
        weak = [f for f in links if f.weight < SURE_LINK]
        _unlink(links, free, [f for f in weak if capitalised.isdisjoint(raw[f.start : f.end])])
    # A weak link in an aside right after a sure one is a word of its description ("<name>
    # (<city> <genre> duo)"), which `_aside` reads as such.
    sure_end = min((f.end for f in links if f.weight >= SURE_LINK), default=None)
    if sure_end is not None:
        aside = _aside(text, len(raw), [True] * len(raw), sure_end)
        weak = [f for f in links if f.weight < SURE_LINK]
        _unlink(links, free, [f for f in weak if aside.issuperset(range(f.start, f.end))])
    leftover = tuple(t for i, t in enumerate(tokens) if free[i] and t not in STOPWORDS)
    links.sort(key=lambda found: found.start)
    first_end = min((f.end for f in links), default=len(tokens))
    named_after = {f.start for f in links if f.weight >= SURE_LINK}
    surely_ended = {f.end for f in links if f.weight >= SURE_LINK}
    describing = _describing(tokens, free, first_end, named_after, surely_ended)
    describing |= _aside(text, len(raw), free, first_end)
    describing |= _member_of(tokens, free)
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
        return bool(_AT_EVENT.intersection(tokens[found.end : found.end + 1])) or says_where(
            kb, found.entity.name
        )

    owners = _owners(cased, raw, surely_at, named_after, acts_after, placed)
    # A weak link inside an owner's name is a guess at a word of it ("<First> <Last>'s").
    links = [
        f for f in links if f.weight >= SURE_LINK or not owners.issuperset(range(f.start, f.end))
    ]
    guessed = _guessed(tokens, free, breaks, surely_at)
    describing |= owners | guessed | _ruled_out(tokens, free, breaks)
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
    # The words of "how long", "what age", "real name" ask; they name nothing the articles
    # must hold.
    asking = {
        j
        for i, pair in enumerate(pairwise(tokens))
        if AMOUNT.fullmatch(" ".join(pair)) or NAME_ASKED.fullmatch(" ".join(pair))
        for j in (i, i + 1)
    }
    placing = {i for found in places for i in range(found.start, found.end)}
    placing |= _outlet_words(tokens, free)
    named = [f and i not in asking | placing | describing for i, f in enumerate(free)]
    # A word capitalised where any word may be (a sentence's first) tells nothing of itself.
    capitals = None if capitalised is None else _capitals_at(cased, capitalised, raw)
    # Most questions end at their only mark: nothing to split then.
    inner = _SENTENCE_END.search(text.rstrip("?! "))
    ends = _clause_breaks(text, len(raw), _SENTENCE_END) if inner else frozenset()
    subjects = tuple(dict.fromkeys(_subjects(tokens, named, ends, capitals)))[:MAX_RUNS]
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
    written = tuple(
        r
        for r in written_runs
        if surely.isdisjoint(r.split())
        and r not in mistyped
        and r.replace(" ", "") not in OUTLETS
        and not owned.issuperset(r.split())
        and not FOREIGN_CHAT.issuperset(r.split())
    )
    unwritten = frozenset(
        () if capitalised is None else (w for w in leftover if never_written(kb, w))
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
    )


_CLAUSE_END = re.compile(r"[,;:!?]+|\s[-–—]+\s")
# A question or an exclamation ends a sentence surely; a full stop may be a short form's.
_SENTENCE_END = re.compile(r"[!?]+")
_ASIDE = re.compile(r"\(([^()]*)\)")


def _unlink(links: list[Link], free: list[bool], dropped: list[Link]) -> None:
    """Take links back from a question: their words are its own again, free to be read as
    anything else."""
    for found in dropped:
        links.remove(found)
        free[found.start : found.end] = [True] * (found.end - found.start)


def _aside(text: str, count: int, free: list[bool], linked_by: int) -> set[int]:
    """The unlinked words of an aside in brackets right after a linked name ("<name>
    (<city>)", "<name> (<city> band, not the <thing>)"): they say which act is meant, as a
    description does (`_describing`), and name nothing of their own."""
    for match in _ASIDE.finditer(text):
        start = len(tokens_of(f"x {text[: match.start()]}")) - 1
        size = len(tokens_of(f"x {match.group(1)}")) - 1
        if start == linked_by and size > 0 and start + size <= count:
            return {i for i in range(start, start + size) if free[i]}
    return set()


def _clause_breaks(text: str, count: int, marks: re.Pattern[str] = _CLAUSE_END) -> frozenset[int]:
    """Where the question's clauses (split at `marks`) meet, as token positions: a break at
    i falls between tokens i - 1 and i. Each clause is tokenised as the whole question is
    (only the first may lose a leading "the", so the others are read after a placeholder
    word); where that would not add up (a word split across a mark, a question cut at
    `MAX_TOKENS`), no break is known, and the clauses past the count are not read: a long
    paste of short clauses costs no more than a short one."""
    breaks: set[int] = set()
    place = 0
    for index, clause in enumerate(marks.split(text)):
        place += len(tokens_of(f"x {clause}" if index else clause)) - bool(index)
        if place > count:
            return frozenset()
        breaks.add(place)
    return frozenset(b for b in breaks if 0 < b < count) if place == count else frozenset()


def _places(kb: KnowledgeBase, links: list[Link]) -> list[Link]:
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


def _widened(
    kb: KnowledgeBase, tokens: tuple[str, ...], free: list[bool], found: Link, budget: list[int]
) -> Link:
    """A one-word link, or the longer name that word and the free words beside it mistype
    ("<word> braswick" is a typo of "<Word> Brasswick", not a name called "<Word>" beside an
    unknown word; "<word> and the <typo>" of "<Word> & The <Name>"; "<word>s <word> and
    <wor>" of "<Word>'s <Word> and <Word>") or shorten by a word ("<word> <name>" for
    "<Word> <Name> Collective"): a name is matched longest first, and a typo in one of its
    words must not leave its other word to a shorter name. The words beside it run to a
    question word, but through the words that join a name's ("and", "of", "the"). Each
    look-up spends the question's fuzzy budget."""
    if found.end - found.start != 1:
        return found
    at = found.start
    right = at + 1
    while right < len(tokens) and right - at < MAX_GRAM and _joins(tokens[right], free[right]):
        right += 1
    while right > at + 1 and tokens[right - 1] in JOINING:
        right -= 1
    left = at
    while left > 0 and at + 1 - left < MAX_GRAM and _joins(tokens[left - 1], free[left - 1]):
        left -= 1
    while left < at and tokens[left] in JOINING:
        left += 1
    # Longest first: every end of the run to the right, then to the left.
    spans = [(at, end) for end in range(right, at + 1, -1)]
    spans += [(start, at + 1) for start in range(left, at)]
    for low, high in spans:
        if low < 0 or high > len(tokens) or high - low < 2 or budget[0] <= 0:
            continue
        if not all(free[i] for i in range(low, high) if i != at):
            continue
        if any(_asks(tokens[i]) for i in (low, high - 1) if i != at):
            continue
        budget[0] -= 1
        key = " ".join(tokens[low:high])
        hit = kb.names.fuzzy(key, FUZZY_CUTOFF) or _respelled_at(kb, key, at - low, found)
        if hit is None:
            shortened = kb.names.one_word_short(key)
            hit = None if shortened is None else (shortened, FUZZY_CUTOFF)
        if (
            hit is not None
            and hit[0].id != found.entity.id
            and len(name_words(hit[0].name)) > 1
            and not _retyped_words(kb, key, hit[0])
        ):
            free[low:high] = [False] * (high - low)
            return Link(low, high, hit[0], hit[1] / 100.0, exact=False)
    return found


def _respelled_at(kb: KnowledgeBase, key: str, at: int, found: Link) -> tuple[Entity, float] | None:
    """A better-known name of two words the words spell with the linked word mistyped and
    the other as the name has it ("<Frist> <Last>", where "<Frist>" is a smaller name of
    its own): two letters swapped apart ("i" and "y" in a first name) score under the fuzzy
    cut-off, but the rest spelled right says which name is meant. How sure: as a fuzzy
    match at the cut-off."""
    typed = key.split()
    other = typed[1 - at] if len(typed) == 2 else ""
    if other not in kb.names.words:
        return None
    hit = kb.names.typo(key, typos_allowed(len(key)), 0)
    if hit is None or hit[0].articles <= found.entity.articles:
        return None
    words = norm(hit[0].name).split()
    return (hit[0], FUZZY_CUTOFF) if len(words) == 2 and words[1 - at] == other else None


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
    for size in (3, 2):
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


def _a_person(name: str) -> bool:
    """Whether a name is written as a person's: a first name and a surname, no "The"."""
    words = name.split()
    return len(words) == 2 and words[0].lower() != "the"


def _first_names(
    kb: KnowledgeBase, tokens: tuple[str, ...], free: list[bool], cases: list[bool | None]
) -> list[Link]:
    """A free word standing alone that only one known name opens, a person's, and that the
    articles never write in lowercase: fans call an artist by a first name no other shares
    ("<first name>'s new album"), or by a surname (`_alone_as_surname`). A word beside a
    first name may be a surname the knowledge base lacks, or another name ("<word>
    <Name>"), so the first name must stand alone, among question words. And beside a name
    the question does link, a lone word is more likely chat ("<word> said <Name> ..."), so
    the caller asks only of a question that links none. `cases`: whether each token is
    written capitalised (True), in lowercase (False), or neither."""
    found: list[Link] = []
    for at, token in enumerate(tokens):
        if not free[at] or len(token) < TALLIED or token in QUESTION_WORDS:
            continue
        beside = [tokens[i] for i in (at - 1, at + 1) if 0 <= i < len(tokens)]
        entity = None
        if all(word in QUESTION_WORDS for word in beside):
            entity = kb.names.first_named(token)
        if entity is None and _alone_as_surname(kb, tokens, at, cases):
            entity = kb.names.last_named(token)
        if entity is None or entity.kind != "artist" or not _a_person(entity.name):
            continue
        if not kb.lowercase_uses(token):
            free[at] = False
            found.append(Link(at, at + 1, entity, FUZZY_CUTOFF / 100.0, exact=False))
    return found


def _alone_as_surname(
    kb: KnowledgeBase, tokens: tuple[str, ...], at: int, cases: list[bool | None]
) -> bool:
    """Whether a word stands as a surname alone ("<Surname> postponed his tour", "said
    <Surname> has ..."): no word that may be a name's (`_name_like`) beside it, nor one
    written capitalised before it ("<Word> <Surname>" is someone else, however everyday the
    first word), nor an article ("lamps of the <surname>" names something else); and not a
    word for where someone is from or when ("<Word> European")."""
    token = tokens[at]
    if token in DEMONYMS or token in CALENDAR_WORDS:
        return False
    if at + 1 < len(tokens) and _name_like(kb, tokens[at + 1]):
        return False
    if not at:
        return True
    before = tokens[at - 1]
    if before in ARTICLES or _name_like(kb, before):
        return False
    return before in QUESTION_WORDS or (cases[at] is True and cases[at - 1] is False)


def _asks(token: str) -> bool:
    """A question word or a number, which no name the widening looks for ends with."""
    return token in QUESTION_WORDS or token.isdigit()


def _joins(token: str, free: bool) -> bool:
    """Whether a free word may be part of a name beside a linked one: a joining word, or
    one that asks nothing (`_asks`)."""
    return free and (token in JOINING or not _asks(token))


_APOSTROPHE = re.compile(r"\w['’]\w")
_SENTENCE_WORD = re.compile(r"(^|[.!?]\s+|[\"'(\[@#]|)(\w(?:[\w'.]*\w)?)")


class _Cased(NamedTuple):
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


def _cased(text: str) -> list[_Cased]:
    """Each word of a message with how it is written (`_Cased`): read once for both
    `_capitalised` and `_written_names`."""
    found: list[_Cased] = []
    for at, match in enumerate(_SENTENCE_WORD.finditer(text)):
        before, word = match.groups()
        capitalised = word[:1].isupper()
        tail = text[: match.start()][-3:].rstrip()
        broken = _CLAUSE_END.search(f"{tail} ") is not None
        # After a colon or a dash a sentence may start ("<Band>: Is ..."), as after a comma
        # a name more likely does ("Hey, <Band> ...").
        opens = broken and not tail.endswith(",")
        inside = capitalised and at > 0 and not before and not opens and word[1:2].islower()
        tokens = tuple(_TOKEN.findall(norm(word)))
        owns = POSSESSIVE.search(word) is not None
        contracted = not owns and bool(_APOSTROPHE.search(word))
        if before.startswith(("?", "!")):
            # A question or an exclamation ends what it names: no name runs on into the next.
            found.append(_Cased((), False, False, False))
        found.append(
            _Cased(tokens, word[:1].islower(), inside, capitalised, owns, contracted, broken)
        )
    return found


def _capitalised(
    kb: KnowledgeBase,
    cased: list[_Cased],
    links: list[Link],
    tokens: tuple[str, ...],
    written: bool,
) -> frozenset[str] | None:
    """The words (normalised) a message writes capitalised, when it writes a name it links
    capitalised inside a sentence, or a run of words as a name (`written`, `_written_names`),
    or inside a sentence one word that reads as a name's (`_name_like`), and some word in
    lowercase: its writer capitalises names.
    None otherwise, which says nothing either way: a message in Title Case, one that
    capitalises only sentence starts or a word that names nothing known ("hey Roadie, ..."),
    or one that writes words in capitals ("LP", "I'm"), as people who type all else in
    lowercase do too, or a handle ("@name"). Such a word, and a word opening a sentence,
    counts only where it reads as part of a name (`_name_like`): "My", "Thanks" and "Hope"
    open sentences for no name, where an unknown name may open one too."""
    inside = {t for word in cased if word.inside for t in word.tokens}
    elsewhere = {t for w in cased if w.capitalised and not w.inside for t in w.tokens}
    lowercase = any(word.lowercase for word in cased)
    linked = any(inside.intersection(tokens[f.start : f.end]) for f in links)
    # Months and days are capitalised by everyone.
    named = any(_name_like(kb, t) for t in inside - CALENDAR_WORDS)
    if not lowercase or not (linked or written or named):
        return None
    return frozenset(inside | {t for t in elsewhere if _name_like(kb, t)})


def _written_names(kb: KnowledgeBase, cased: list[_Cased]) -> tuple[str, ...]:
    """Runs of two or more words (normalised) a message writes capitalised, as names are
    written, beside words it writes in lowercase: "What's new with <Word> <Word>?". A word
    capitalised where any word may be counts only where it reads as part of a name
    (`_name_like`), as in `_capitalised`; a message in Title Case or in capitals tells
    nothing. A possessive ends a run ("<Band>'s <Title>" writes two names), and so does a
    word with an apostrophe inside, which the message and the articles split differently."""
    if not any(word.lowercase for word in cased):
        return ()
    runs: list[str] = []
    run: list[str] = []
    joining: list[str] = []
    for word in [*cased, _Cased((), False, False, False)]:
        if word.broken:
            runs += [" ".join(run)] if len(run) > 1 else []
            run, joining = [], []
        named = word.inside or (word.capitalised and any(_name_like(kb, t) for t in word.tokens))
        if named and not word.contracted:
            run += [*joining, *word.tokens]
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


# Words a description of an act may have before what it calls the act ("the <city> jangle
# pop trio").
DESCRIPTION_WORDS = 4
# What points at an act without naming it ("which <city> band ...", "that <city> duo"): the
# words up to the act are a description, with or without a name before them.
_POINTING = frozenset({"which", "what", "that", "this"})


def _describing(
    tokens: tuple[str, ...],
    free: list[bool],
    linked_by: int,
    named_after: set[int],
    surely_ended: set[int],
) -> set[int]:
    """Where the question describes the act it has named ("<name>? the <city> punk trio",
    "<name> (the <city> band)", "<name> (the band)"): unlinked words after "the" that end in
    what it calls an act (`DESCRIBED_ACTS`), after a name: linked (the first link ends at
    `linked_by`), or unlinked words. They say which act is meant, not the name of another
    that the knowledge base lacks. Before a name they may be part of it ("the <word> band
    <Name>"), unless a name surely linked follows them at once (starts in `named_after`:
    "the <city> R&B singer <First> <Last>", "<city>'s synth-pop guy <Name>"), with or without
    "the"; or unless they follow a word that points at an act (`_POINTING`). After a name
    surely linked they describe it without "the" too."""
    found: set[int] = set()
    for end, word in enumerate(tokens):
        if word not in DESCRIBED_ACTS or not free[end]:
            continue
        start = end
        while start > 0 and end - start < DESCRIPTION_WORDS and free[start - 1]:
            if tokens[start - 1] in STOPWORDS and not _letters_joined(tokens, start - 1):
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
_AT_EVENT = frozenset("set sets show shows gig gigs concert concerts performance slot".split())


def _owners(
    cased: list[_Cased],
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
    <Venue> show"), and so may they be in lowercase chat, where what a possessive owns may
    be a place whose name the articles also give an act: there, only an act that is no
    place (`placed`, asked of the link starting at a token) has an owner."""
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
        if not (owns or (owns is None and at in acts_after and not placed(at))):
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


def _member_of(tokens: tuple[str, ...], free: list[bool]) -> set[int]:
    """A role right after a linked name ("<band> frontman's ..."): it says who in the band
    is meant, as a description does, and names no act of its own."""
    return {
        i
        for i, token in enumerate(tokens)
        if i and free[i] and not free[i - 1] and token in MEMBER_ROLES
    }


# What a question says it does not mean ("<name>, the <city> band, not the <director>
# movie"), and how many words such an aside runs to.
_RULING_OUT = frozenset({"the", "that", "a", "an", "to"})
RULED_OUT_WORDS = 6


def _ruled_out(tokens: tuple[str, ...], free: list[bool], breaks: frozenset[int]) -> set[int]:
    """The unlinked words after "not the" (or "not that", "not a", "not to be confused
    with") up to the clause's end: what the question tells apart from what it asks about,
    no name the knowledge base must know."""
    found: set[int] = set()
    for at in range(1, len(tokens)):
        if tokens[at - 1] != "not" or tokens[at] not in _RULING_OUT:
            continue
        end = at + 1
        while end < min(len(tokens), at + 1 + RULED_OUT_WORDS) and free[end] and end not in breaks:
            end += 1
        found.update(range(at + 1, end))
    return found


# Words that ask for a thing, whose answer a question may guess at after it.
_ASKING_FOR = frozenset({"which", "what", "who", "whose", "where", "when"})
# What opens a guess ("..., was it <name>?"); and what opens a description instead ("...,
# the <city> band?"), which says which act is meant (`_describing`).
_GUESS_OPENERS = (("was", "it"), ("is", "it"), ("or",), ("maybe",), ("like",))
_NOT_GUESSES = DESCRIPTION_OPENERS | {"a", "an", "and", "any", "anything", "some", "someone"}
GUESS_WORDS = 4


def _guessed(
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


def _outlet_words(tokens: tuple[str, ...], free: list[bool]) -> set[int]:
    """The unlinked words that name a news outlet (`OUTLETS`), alone or run together
    ("rolling stone"): where the question read the news, not a name it asks about."""
    found: set[int] = set()
    for size in (1, 2, 3):
        for start in range(len(tokens) - size + 1):
            span = range(start, start + size)
            if all(free[i] for i in span) and "".join(tokens[i] for i in span) in OUTLETS:
                found.update(span)
    return found


def _aligned(cased: list[_Cased], raw: tuple[str, ...]) -> list[_Cased] | None:
    """The written word each token comes from; None where the words as written do not line
    up with the tokens."""
    flat = [(t, w) for w in cased for t in w.tokens]
    return [w for _, w in flat] if [t for t, _ in flat] == list(raw) else None


def _typed_cases(cased: list[_Cased], raw: tuple[str, ...]) -> list[bool | None]:
    """Whether each token is written capitalised (True), in lowercase (False) or neither (a
    number, or words that do not line up with the tokens)."""
    words = _aligned(cased, raw)
    if words is None:
        return [None] * len(raw)
    return [True if w.capitalised else False if w.lowercase else None for w in words]


def _capitals_at(
    cased: list[_Cased], capitalised: frozenset[str], raw: tuple[str, ...]
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


def _subjects(
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
            neutral = word.isdigit() or word in RUN_JOINERS or word in CALENDAR_WORDS
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
        if current and not _time_of_year(current):
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


def _time_of_year(run: list[str]) -> bool:
    """Whether a run of several words says only when ("end of march", "late spring"): no
    name, however its words are capitalised."""
    when = CALENDAR_WORDS | _SEASONS
    return (
        len(run) > 1
        and any(w in when for w in run)
        and all(w in when or w in _YEAR_PARTS or w in STOPWORDS for w in run)
    )


def undated(linking: Linking) -> Linking:
    """The linking of a question that names a time ("back in march"), without the words
    that only say it, alone or at a run's end ("<place> in august")."""
    when = CALENDAR_WORDS | _SEASONS | _YEAR_PARTS | STOPWORDS
    subjects = []
    for run in linking.subjects:
        words = run.split()
        while words and words[-1] in when:
            words.pop()
        while words and words[0] in when:
            words.pop(0)
        if words:
            subjects.append(" ".join(words))
    kept = tuple(dict.fromkeys(subjects))
    return linking if kept == linking.subjects else replace(linking, subjects=kept)
