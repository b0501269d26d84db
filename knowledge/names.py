"""Known names in memory: exact alias lookup and fuzzy matching with rapidfuzz.

Loaded once per knowledge base (a few tens of thousands of short strings), so that resolving
the names in a question costs dictionary lookups, with rapidfuzz only when nothing matches
exactly.
"""

from __future__ import annotations

import math
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import groupby, islice
from operator import add, itemgetter

import jellyfish
from cachetools import LRUCache
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.text import norm

PREFIX_SCAN = 500
# The fewest letters read as a name's first word in a name typed run together.
MIN_FIRST_WORD = 2
HEADS_REMEMBERED = 128
# Entities named by a quoted title (a record, a song, a show): works, not acts.
TITLE_KINDS = frozenset({"work", "single", "album", "film"})
# Alias origins the index treats apart: initials may spell other things, and a surname alone
# ("Vidal") serves questions only, never looked for in articles, where it may be anyone's.
INITIALS = "initials"
QUESTIONS_ONLY = "surname"
# A second name the articles give a name ("<name> (aka <other>)"): looked for everywhere.
NICKNAME = "nickname"
# A name only met in passing (`knowledge.entities.headline_names`) until some article is its
# news: linked like any, but no evidence that a word a question mistypes is a name's.
PASSING = "passing"
_NOT_SPELLED = frozenset({INITIALS, PASSING})
# A digit between letters stands for the letter it looks like ("L4NT3RN").
LEET = str.maketrans("013457", "oieast")
_LEET_DIGIT = re.compile(r"(?<=[a-z])[013457]+(?=[a-z])")
# Spellings bands swap for one another, and British and American spellings ("colour",
# "defence"), and those of a name heard rather than read ("Quyx" typed "quix"), each
# read as its plainest form.
_SOUNDS = (
    ("ight", "ite"),
    ("igh", "i"),
    ("que", "k"),
    # A silent k: "Night" for "Knight".
    ("kn", "n"),
    ("chr", "kr"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("our", "or"),
    # A "c" before "e", "i" or "y" sounds as an "s" ("Cell", "sell"; "defence", "defense").
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "si"),
    ("c", "k"),
    ("q", "k"),
    ("y", "i"),
    # A "V" for a "U", as Latin inscriptions write it ("QVILL" for "Quill").
    ("v", "u"),
)
# A word's last "ie" sounds as its "y" does ("Callie", "Kali").
_LAST_IE = re.compile(r"ie\b")
# A word's first "ch" before a vowel may be an "sh" ("Chantelle", "Shantelle"): a name heard
# is typed either way. Not elsewhere in a word, where it is a "k" or a "tch" ("Quach",
# "Quack"). A "v" there is a "u" (`_SOUNDS`), so it is a vowel too.
_FIRST_CH = re.compile(r"\bch(?=[aeiouyv])")
# The fewest words of a name that its words in another order still name (`reordered`).
REORDERED_WORDS = 3
# Keys shorter than this say too little to tell names apart.
MIN_SOUND_KEY = 6
# Keys shorter than this are too short for one sound of difference to leave them one name's.
MIN_NEAR_SOUND_KEY = 8
# Metaphone keys (`heard_key`) at least this long are looked up: shorter ones are shared by
# many names and words.
MIN_HEARD_KEY = 4
# Metaphone keys, typed and named, at least this long are long enough for one sound off to
# leave them one name's (`NameIndex.heard_as`).
MIN_NEAR_HEARD_KEY = 9
# How many times as often as any other name ending in the same word the news must name one
# for that word alone to be it (`NameIndex.last_named`).
LAST_NAME_LEAD = 4


def sound_key(text: str) -> str:
    """How a stylised name sounds, so the plain spelling a fan types finds it: "Phrozen
    Kastle" and "frozen castle" share a key, as do "4Dtrakz" and "4d tracks". Digits
    inside words are read as letters, sound-alike spellings are unified, spaces dropped and
    doubled letters collapsed."""
    return _sounded(norm(text))


def _sounded(key: str) -> str:
    """`sound_key` of a key already normalised, as aliases are."""
    text = _FIRST_CH.sub("sh", _LAST_IE.sub("i", key)).replace(" ", "")
    if not text.isalpha():
        text = _LEET_DIGIT.sub(lambda m: m.group(0).translate(LEET), text)
    for spelt, plain in _SOUNDS:
        text = text.replace(spelt, plain)
    return "".join(letter for letter, _ in groupby(text))


def heard_key(text: str) -> str:
    """How a name sounds to one who writes down what they hear (Metaphone, by jellyfish),
    words run together: a name typed by ear, or by dictation ("<First> <Last>" spelt with a
    commoner spelling of the first name, a surname spelt as it sounds)."""
    return jellyfish.metaphone(norm(text).replace(" ", ""))


def _by_first_and_length(keys: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Keys by first character and length, in the order given: a key a few edits from
    another, its first character right, is among those of that character and a length
    near its own (`_first_alike`)."""
    found: dict[tuple[str, int], list[str]] = {}
    for key in keys:
        found.setdefault((key[0], len(key)), []).append(key)
    return found


def _first_alike(
    index: dict[tuple[str, int], list[str]], key: str, shortest: int, longest: int
) -> list[str]:
    """The keys of `index` (`_by_first_and_length`) that begin as `key` does, from
    `shortest` to `longest` characters long, shortest first."""
    return [k for size in range(shortest, longest + 1) for k in index.get((key[0], size), ())]


def _one_off(
    keyed: dict[str, Entity], starts: dict[tuple[str, int], list[str]], key: str, shortest: int
) -> Entity | None:
    """The entity of `keyed` whose key is one edit from `key` and at least `shortest` long,
    looked for among the keys beginning as `key` does (`starts`, `_by_first_and_length`)."""
    near = _first_alike(starts, key, shortest, len(key) + 1)
    hit = process.extractOne(key, near, scorer=OSA.distance, score_cutoff=1)
    return None if hit is None else keyed[hit[0]]


def typos_allowed(length: int) -> int:
    """Typos forgiven in `length` typed characters: none in one or two, then one, then two."""
    return 0 if length < 3 else 1 if length < 6 else 2


def _pairs_broken(size: int, length: int, share: float) -> int:
    """How many of a `size`-character key's pairs of neighbouring characters an alias of
    `length` characters scoring `share` on fuzz.ratio may lack. The ratio is 1 - d / (both
    lengths), d the characters left out of the key and put in; leaving one out breaks at
    most two of its pairs, putting one in at most one."""
    edits = math.floor((1 - share) * (size + length) + 1e-6)
    # d has the parity of the difference in length.
    edits -= (edits - abs(size - length)) % 2
    return max(edits, 0) + max(edits + size - length, 0) // 2


@dataclass(frozen=True)
class Entity:
    """A known name: its id, canonical spelling, kind and how many articles mention it."""

    id: int
    name: str
    kind: str
    articles: int
    abbreviation: bool = False
    surname: bool = False
    """Found through a surname alone ("Vidal" for "Ana Vidal")."""

    @property
    def opens_with_the(self) -> bool:
        """Whether "The" is part of the name ("The <Word>s"), as a "the" before it then is."""
        return self.name.lower().startswith("the ")


_DOUBLE_BARRELLED = re.compile(r"^[^\W\d_]{3,}-[^\W\d_]{3,}$")


class NameIndex:
    """Every alias of every entity, each pointing at its most-mentioned owner."""

    def __init__(self, rows: list[tuple[str, int, str, str, int, str]]) -> None:
        self._by_alias: dict[str, Entity] = {}
        for alias, entity_id, name, kind, articles, origin in rows:
            current = self._by_alias.get(alias)
            # A name spelled in full is meant before initials that spell the same word, then
            # the most mentioned, then the longer name: fans shorten a long band name to its
            # initials more than a person's two words.
            rank = (origin != INITIALS, articles, len(name.split()))
            if current is None or rank > (
                not current.abbreviation,
                current.articles,
                len(current.name.split()),
            ):
                self._by_alias[alias] = Entity(
                    entity_id, name, kind, articles, origin == INITIALS, origin == QUESTIONS_ONLY
                )
        # A person's double-barrelled surname ("<First> <Word>-<Word>") is theirs alone, as
        # fans write it without the hyphen ("<word> <word>"): a surname alias of its own.
        for entity in {e.id: e for e in self._by_alias.values()}.values():
            words = entity.name.split()
            if entity.kind == "artist" and len(words) == 2 and _DOUBLE_BARRELLED.match(words[1]):
                self._by_alias.setdefault(
                    norm(words[1]),
                    Entity(entity.id, entity.name, entity.kind, entity.articles, False, True),
                )
        self._aliases = list(self._by_alias)
        # The words that spell names in full (initials and names met in passing left out):
        # what a question's word may be part of, when it is no ordinary word.
        self.words = {word for r in rows if r[5] not in _NOT_SPELLED for word in r[0].split()}
        self._sorted = sorted(self._aliases)
        self._entities = sorted(
            {e.id: e for e in self._by_alias.values()}.values(), key=lambda e: -e.articles
        )
        # The first characters of the aliases under one letter, by letter and how many: each
        # typed name is compared with them (`_typo_matches`), and most begin with a few
        # letters. About 80 KB each, 150 KB for the commonest letter at 21,000 aliases.
        self._heads: LRUCache[tuple[str, int], list[str]] = LRUCache(HEADS_REMEMBERED)
        # Adapters answer in worker threads, and an LRU cache reorders itself on every read.
        self._heads_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entities)

    # The indexes below serve answering only and are built on first use, so that the first
    # autocomplete of a new index (inside Discord's 3 s window) does not wait for them.

    @cached_property
    def _by_sound(self) -> dict[str, Entity]:
        """Entities by the sound key of their aliases."""
        return self._keyed(_sounded, MIN_SOUND_KEY)

    def _keyed(
        self, key_of: Callable[[str], str], shortest: int, kind: str | None = None
    ) -> dict[str, Entity]:
        """Entities (of `kind`, if given) by a key of their aliases at least `shortest`
        long, the most mentioned where keys meet; initials and surnames left out."""
        found: dict[str, Entity] = {}
        for alias, entity in self._by_alias.items():
            if entity.abbreviation or entity.surname or kind not in (None, entity.kind):
                continue
            key = key_of(alias)
            current = found.get(key)
            if len(key) >= shortest and (current is None or entity.articles > current.articles):
                found[key] = entity
        return found

    @cached_property
    def _by_start(self) -> dict[tuple[str, int], list[str]]:
        """Aliases by first letter and length: where a typo is looked for."""
        return _by_first_and_length(filter(None, self._aliases))

    @cached_property
    def _by_length(self) -> tuple[list[str], list[int]]:
        """Aliases shortest first, and their lengths, so that a band of lengths is one slice."""
        ordered = sorted(self._aliases, key=len)
        return ordered, [len(alias) for alias in ordered]

    def exact(self, text: str) -> Entity | None:
        """The entity whose alias is exactly `text` once normalised."""
        return self._by_alias.get(norm(text))

    def sounds_like(self, text: str) -> Entity | None:
        """The entity whose name `text` spells the plain way (`sound_key`)."""
        return self._by_sound.get(sound_key(text))

    def sounds_near(self, text: str) -> Entity | None:
        """The entity whose name sounds as `text` does but for one sound, where the key is
        long enough (`MIN_NEAR_SOUND_KEY`) for one sound to leave it unmistakable: a name
        heard, then typed with two or three letters of a word changed ("<word> biscuit" for
        "<Word> Bizkit")."""
        key = sound_key(text)
        if len(key) < MIN_NEAR_SOUND_KEY:
            return None
        return _one_off(self._by_sound, self._by_sound_start, key, len(key) - 1)

    @cached_property
    def _by_heard(self) -> dict[str, Entity]:
        """Acts by the Metaphone key of their aliases (`heard_key`): acts' names are what is
        typed by ear, where a title's everyday words are typed as words."""
        return self._keyed(heard_key, MIN_HEARD_KEY, "artist")

    @cached_property
    def _by_heard_start(self) -> dict[tuple[str, int], list[str]]:
        """Metaphone keys by first sound and length, as `_by_sound_start` holds sound keys."""
        return _by_first_and_length(sorted(self._by_heard))

    def heard_as(self, text: str) -> Entity | None:
        """The act whose name sounds as `text` does to one who writes down what they hear
        (`heard_key`), in as many words. One sound off only where both keys are long
        (`MIN_NEAR_HEARD_KEY`): short keys are shared by many names, and an unknown name one
        sound from a known short one is common."""
        key = heard_key(text)
        found = self._by_heard.get(key)
        if found is None and len(key) >= MIN_NEAR_HEARD_KEY:
            shortest = max(len(key) - 1, MIN_NEAR_HEARD_KEY)
            found = _one_off(self._by_heard, self._by_heard_start, key, shortest)
        # Heard words are written as words: as many as the name has ("<word> <name>" is
        # no two-word hearing of a one-word name), or one more where a word of it was heard
        # as two ("<lamp> <boy> <kay>").
        if found is None:
            return None
        named, heard = len(norm(found.name).split()), len(norm(text).split())
        return found if heard == named or (named > 1 and heard == named + 1) else None

    @cached_property
    def _by_sound_start(self) -> dict[tuple[str, int], list[str]]:
        """Sound keys by first sound and length: where a key one sound away is looked for,
        as a name heard is typed with its first sound right."""
        return _by_first_and_length(sorted(self._by_sound))

    @cached_property
    def _by_pair(self) -> dict[str, tuple[int, dict[int, list[int]]]]:
        """For each pair of neighbouring characters, how many aliases hold it and, for each
        length, where those of that length stand in `_by_length`, in order: a typo leaves
        most of a name's pairs in place (`_near`)."""
        ordered, _ = self._by_length
        found: dict[str, dict[int, list[int]]] = {}
        for position, alias in enumerate(ordered):
            for pair in set(map(add, alias, alias[1:])):
                found.setdefault(pair, {}).setdefault(len(alias), []).append(position)
        return {pair: (sum(map(len, held.values())), held) for pair, held in found.items()}

    def reordered(self, text: str) -> Entity | None:
        """The name of three words or more whose words `text` has, in another order ("<Word>
        <Word3> <Word2>" for "<Word> <Word2> <Word3>"): a name remembered by its words."""
        words = norm(text).split()
        if len(words) < REORDERED_WORDS:
            return None
        return self._by_words.get(" ".join(sorted(words)))

    @cached_property
    def _by_words(self) -> dict[str, Entity]:
        """Entities by the sorted words of their aliases of `REORDERED_WORDS` or more."""
        found: dict[str, Entity] = {}
        for alias, entity in self._by_alias.items():
            words = alias.split()
            if len(words) >= REORDERED_WORDS and not entity.abbreviation:
                found.setdefault(" ".join(sorted(words)), entity)
        return found

    def fuzzy(self, text: str, cutoff: float) -> tuple[Entity, float] | None:
        """The closest alias to `text` scoring at least `cutoff` (0-100), typos allowed."""
        key = norm(text)
        if len(key) < 4:
            return None
        hit = process.extractOne(
            key, self._near(key, cutoff / 100.0), scorer=fuzz.ratio, score_cutoff=cutoff
        )
        if hit is None:
            return None
        return self._by_alias[hit[0]], float(hit[1])

    def _near(self, key: str, share: float) -> list[str]:
        """The aliases that may score `share` against `key` on fuzz.ratio, in `_by_length`
        order, so that ties are broken as in a scan of them all. An alias of each length
        that may score holds one of the key's rarest pairs of neighbours (`_pairs_broken`
        of them, plus one); for a key of rare pairs that keeps about a tenth of the aliases
        its length band holds. Where the pairs needed are common, rapidfuzz compares the
        aliases about as fast as their places are gathered and sorted, so it gets them all."""
        size = len(key)
        ordered, lengths = self._by_length
        low, high = math.ceil(size * share / (2 - share)), int(size * (2 - share) / share)
        broken = {length: _pairs_broken(size, length, share) for length in range(low, high + 1)}
        rarest = sorted(
            (self._by_pair.get(pair, (0, {})) for pair in set(map(add, key, key[1:]))),
            key=itemgetter(0),
        )
        most = max(broken.values())
        if most >= len(rarest) or 2 * sum(total for total, _ in rarest[: most + 1]) >= len(ordered):
            return ordered[bisect_left(lengths, low) : bisect_right(lengths, high)]
        near: list[str] = []
        for length, pairs in broken.items():
            start, stop = bisect_left(lengths, length), bisect_right(lengths, length)
            held = [positions.get(length, []) for _, positions in rarest[: pairs + 1]]
            if 2 * sum(map(len, held)) >= stop - start:
                near += ordered[start:stop]
            else:
                near += [ordered[position] for position in sorted(set().union(*held))]
        return near

    def typo(self, text: str, allowed: int, shorter: int) -> tuple[Entity, int] | None:
        """The most mentioned entity with an alias at most `allowed` edits from `text` (a swap
        of neighbours is one edit, which `fuzzy` counts as two) and at most `shorter` letters
        shorter than it, and how many edits. The first letter must be right, as in
        `complete`; initials count only as typed."""
        key = norm(text)
        if not key or not allowed:
            return None
        candidates = _first_alike(self._by_start, key, len(key) - shorter, len(key) + allowed)
        hits = process.extract(
            key, candidates, scorer=OSA.distance, score_cutoff=allowed, limit=None
        )
        # Initials are typed as a name's shorthand, whole: a word a letter from them is
        # another word.
        hits = [hit for hit in hits if hit[1] == 0 or not self._by_alias[hit[0]].abbreviation]
        if not hits:
            return None
        best = min(hits, key=lambda hit: (hit[1], -self._by_alias[hit[0]].articles))
        return self._by_alias[best[0]], int(best[1])

    def one_word_short(self, text: str) -> Entity | None:
        """The most mentioned entity whose alias is `text` (two words or more) with one word
        more inside or at the end ("lakelight prize" for "Lakelight Music Prize"): the word
        people drop when they name it from memory."""
        return self._one_word_short.get(" ".join(norm(text).split()))

    @cached_property
    def _one_word_short(self) -> dict[str, Entity]:
        """Each alias of three words or more with one word but the first left out, and the
        most mentioned entity it shortens. Of the aliases opening with a word, the first
        `PREFIX_SCAN` in order are read, as far as a look-up of them would go."""
        found: dict[str, Entity] = {}
        read: dict[str, int] = {}
        for alias in self._sorted:
            tokens = alias.split()
            if len(tokens) < 2 or not alias.startswith(f"{tokens[0]} "):
                continue
            read[tokens[0]] = read.get(tokens[0], 0) + 1
            if len(tokens) < 3 or read[tokens[0]] > PREFIX_SCAN:
                continue
            entity = self._by_alias[alias]
            for i in range(1, len(tokens)):
                key = " ".join(tokens[:i] + tokens[i + 1 :])
                best = found.get(key)
                if best is None or entity.articles > best.articles:
                    found[key] = entity
        return found

    def _opening(self, word: str) -> Iterator[Entity]:
        """The entities of the aliases that begin with `word` and another word, in alias
        order: the first `PREFIX_SCAN` of those aliases are read."""
        for alias in self._prefixed(f"{word} "):
            yield self._by_alias[alias]

    def _prefixed(self, key: str) -> Iterator[str]:
        """The aliases that begin with `key`, in order, up to the first `PREFIX_SCAN` from
        where `key` sorts. Read by index: a walk from the list's start to there would cost
        as much as the aliases sorted before it."""
        start = bisect_left(self._sorted, key)
        for alias in self._sorted[start : start + PREFIX_SCAN]:
            if not alias.startswith(key):
                return
            yield alias

    def run_together(self, word: str, cutoff: float) -> Entity | None:
        """The entity a name of several words spelled without its spaces names ("<firstlast>"),
        `cutoff` (a `fuzz.ratio`) off at most, the closest, then the most mentioned: looked up
        by each reading of the word's start as a first word and of the next two letters as the
        second's, so a letter off past them is found too."""
        best: tuple[float, int, Entity] | None = None
        for cut in range(MIN_FIRST_WORD, len(word) - 2):
            for alias in self._prefixed(f"{word[:cut]} {word[cut : cut + 2]}"):
                score = fuzz.ratio(word, alias.replace(" ", ""))
                entity = self._by_alias[alias]
                if score >= cutoff and (best is None or (score, entity.articles) > best[:2]):
                    best = (score, entity.articles, entity)
        return best[2] if best else None

    def begun(self, key: str, ending: str, limit: int) -> list[Entity]:
        """The entities (no works: a name half typed is an act's, a place's or a label's)
        with a name spelled in full that begins with `key` and, where given, ends with the
        word(s) `ending`, most articles first, `limit` at most: what a name typed half
        ("<Wor>-something") may be. The first `PREFIX_SCAN` aliases from `key` are read."""
        found: dict[int, Entity] = {}
        for alias in self._prefixed(key):
            entity = self._by_alias[alias]
            if (
                entity.abbreviation
                or entity.surname
                or entity.kind in TITLE_KINDS
                or (ending and not alias.endswith(f" {ending}"))
            ):
                continue
            found.setdefault(entity.id, entity)
        return sorted(found.values(), key=lambda e: -e.articles)[:limit]

    def opened_by(self, word: str) -> list[Entity]:
        """The entities whose names begin with `word` and another word, most articles first."""
        found = {entity.id: entity for entity in self._opening(word)}
        return sorted(found.values(), key=lambda e: -e.articles)

    def first_named(self, word: str) -> Entity | None:
        """The one artist whose names begin with `word` and another word ("<First> <Last>"),
        when no other artist's do: the first name then names it alone; a title that opens
        with it ("<First> Has Nothing Left") is no one it could stand for. The scan stops at a
        second artist."""
        found: Entity | None = None
        for entity in self._opening(word):
            if entity.kind != "artist":
                continue
            if found is not None and entity.id != found.id:
                return None
            found = entity
        return found

    def last_named(self, word: str) -> Entity | None:
        """The entity with a name of two words ending in `word` ("<First> <Last>"), when no
        other name ends so, or when the news names it `LAST_NAME_LEAD` times as often as any
        other that does (a tribute act named after it): fans call a person or a band by its
        last word alone, which a headline naming it in full does not make an alias of."""
        return self._by_last.get(word)

    @cached_property
    def _by_last(self) -> dict[str, Entity]:
        found: dict[str, list[Entity]] = {}
        for alias, entity in self._by_alias.items():
            words = alias.split()
            if len(words) != 2 or entity.abbreviation or entity.surname:
                continue
            owners = found.setdefault(words[1], [])
            if all(e.id != entity.id for e in owners):
                owners.append(entity)
        best: dict[str, Entity] = {}
        for word, owners in found.items():
            owners.sort(key=lambda e: -e.articles)
            if len(owners) == 1 or owners[0].articles >= LAST_NAME_LEAD * owners[1].articles:
                best[word] = owners[0]
        return best

    def cut_short(self, text: str) -> Entity | None:
        """The most mentioned entity with an alias that `text` (two words or more) begins,
        its last word cut short ("<word> <wor>" for "<Word> <Word> & The <Name>"): how fans
        shorten a long name. Whole words typed must be the alias's words."""
        key = norm(text)
        if len(key.split()) < 2:
            return None
        best: Entity | None = None
        for alias in self._prefixed(key):
            if alias[len(key) : len(key) + 1].isalpha():
                entity = self._by_alias[alias]
                if best is None or entity.articles > best.articles:
                    best = entity
        return best

    def abbreviated(self, text: str, cuttable: Collection[str]) -> Entity | None:
        """The most mentioned entity with an alias of as many words as `text`, each typed word
        the alias's word in its place or, where the typed word is `cuttable`, the start of
        it; at least one whole and one cut ("<wor> <word>" or "<word> <w>" for "<Word>
        <Word>"): how fans shorten a name word by word. Initials are not read so: their
        letters are no words to cut. The aliases read are those holding, in its place, the
        typed word that must be whole with the fewest, or when every typed word may be cut,
        those holding any; the first `PREFIX_SCAN` of each."""
        typed = norm(text).split()
        held = [self._by_word_at.get((word, at, len(typed)), []) for at, word in enumerate(typed)]
        whole = [aliases for aliases, word in zip(held, typed, strict=True) if word not in cuttable]
        read = [min(whole, key=len)] if whole else held
        best: Entity | None = None
        for alias in (a for aliases in read for a in islice(aliases, PREFIX_SCAN)):
            words = alias.split()
            if words == typed or not all(
                w == t or (w.startswith(t) and t in cuttable)
                for w, t in zip(words, typed, strict=True)
            ):
                continue
            entity = self._by_alias[alias]
            if best is None or entity.articles > best.articles:
                best = entity
        return best

    @cached_property
    def _by_word_at(self) -> dict[tuple[str, int, int], list[str]]:
        """Aliases of two words or more (initials left out) by each of their words, where it
        stands and how many words they have: where `abbreviated` looks."""
        found: dict[tuple[str, int, int], list[str]] = {}
        for alias in self._sorted:
            words = alias.split()
            if len(words) < 2 or self._by_alias[alias].abbreviation:
                continue
            for at, word in enumerate(words):
                found.setdefault((word, at, len(words)), []).append(alias)
        return found

    def complete(self, text: str, limit: int = 25) -> list[Entity]:
        """Names for autocomplete: first those with an alias starting with what was typed, then
        those whose alias starts with it but for a typo or two (compared on the typed length,
        so the rest of a long name does not count against it), each group most mentioned first.
        """
        key = norm(text)
        if not key:
            return self._entities[:limit]
        prefixed: dict[int, Entity] = {}
        for alias in self._prefixed(key):
            entity = self._by_alias[alias]
            prefixed.setdefault(entity.id, entity)
        ranked = sorted(prefixed.values(), key=lambda e: -e.articles)[:limit]
        if len(ranked) < limit:
            typos = [
                (distance, -entity.articles, entity.id, entity)
                for entity, distance in self._typo_matches(key).values()
                if entity.id not in prefixed
            ]
            typos.sort(key=lambda row: row[:3])
            ranked += [row[3] for row in typos[: limit - len(ranked)]]
        return ranked

    def _first_letter(self, first: str) -> list[str]:
        return self._sorted[
            bisect_left(self._sorted, first) : bisect_left(self._sorted, chr(ord(first) + 1))
        ]

    def _typo_matches(self, key: str) -> dict[int, tuple[Entity, int]]:
        """Entity id -> (entity, typos) for aliases that begin within `typos_allowed` edits of
        `key`: their first len(key) characters, or one more or one fewer (a letter left out or
        doubled). The first letter must be right: people rarely mistype it, and without it
        every short name one letter away would crowd in. That also keeps the work to the
        aliases under one letter."""
        allowed = typos_allowed(len(key))
        found: dict[int, tuple[Entity, int]] = {}
        if not allowed:
            return found
        candidates = self._first_letter(key[0])
        for size in (len(key) - 1, len(key), len(key) + 1):
            with self._heads_lock:
                heads = self._heads.get((key[0], size))
                if heads is None:
                    heads = self._heads[key[0], size] = [alias[:size] for alias in candidates]
            hits = process.extract(
                key, heads, scorer=OSA.distance, score_cutoff=allowed, limit=None
            )
            for _head, distance, index in hits:
                entity = self._by_alias[candidates[index]]
                best = found.get(entity.id, (entity, allowed))[1]
                found[entity.id] = (entity, min(int(distance), best))
        return found
