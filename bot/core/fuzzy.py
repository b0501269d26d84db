"""Names typed wrong, cut short or split: typo-tolerant links for the words that exact
look-ups leave.

Fans type the names they ask about from memory, so a typo, a word cut short or a name split by
an ordinary word must still link; but a context word beside a name must not drag the link to a
longer, worse name, and a word the articles spell as typed was not mistyped. Each look-up spends
the question's fuzzy budget (`bot.core.names.MAX_FUZZY`), which bounds the work.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise

from rapidfuzz.distance import OSA

from bot.core.cues import AMOUNT, QUESTION_OPENERS
from bot.core.links import Link
from bot.core.spelling import (
    QUESTION_WORDS,
    SHORT_TYPED,
    misprint,
    only_named,
    spelled_out,
    written_apart,
)
from bot.core.words import words_of
from knowledge.everyday import everyday, foreign
from knowledge.names import Entity, sound_key, typos_allowed
from knowledge.store import KnowledgeBase
from knowledge.text import name_words, norm

MAX_GRAM = 5
FUZZY_CUTOFF = 86.0
# One mistyped word alone must be closer: short names collide with ordinary words.
SINGLE_WORD_CUTOFF = 88.0
# Spans shorter than this are not searched for typos; shorter than `SHORT_TYPED`, a letter
# too many is not read as a typo; from `LONG_TYPED` on, two typos are allowed.
MIN_TYPED = 4
# The fewest letters of a word cut short that still say which name it begins.
MIN_CUT = 3
LONG_TYPED = 12
# The score of a typo match on the fuzzy scale, at least.
TYPO_FLOOR = 80.0
# Score points a longer fuzzy span is worth per word.
SPAN_BONUS = 2.0
# Words that join a name's words ("<Word> & <Word>", "<Word> of the <Word>").
JOINING = frozenset({"and", "of", "the"})
# Words a name may have after the words that join it ("<Name> and the <Word> <Word>").
NAME_AFTER_JOIN = 2


def bridged(
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


def fuzzy_link(
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


def written_typo(
    kb: KnowledgeBase,
    raw: tuple[str, ...],
    free: list[bool],
    words: list[str],
    budget: list[int],
) -> Link | None:
    """The known name that a run of everyday words written capitalised as a name mistypes
    ("<Word> Women" for "<Word> Womyn"): such words make no run of name-like words
    for `fuzzy_link`, yet the writer marks them as a name. Not a run the articles write (a
    place, a name linked otherwise), unless it only inflects a word of the name ("<Word>s"
    for "<Word>"): the full-text index finds the name itself by its stems. One look-up per
    run, from the question's budget."""
    size = len(words)
    for start in range(len(raw) - size + 1):
        if list(raw[start : start + size]) != words or not all(free[start : start + size]):
            continue
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        key = " ".join(words)
        found = _closest(kb, key)
        if found is None or found[1] < FUZZY_CUTOFF or _retyped_words(kb, key, found[0]):
            return None
        if written_apart(kb, words) and words_of(key).stems != words_of(found[0].name).stems:
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
    # A name that a longer span retypes as another ("<word> the <other>" for "<Word> the
    # <Word>") is no name in that span's shorter ones either ("<word> the").
    retyped: set[int] = set()
    spans = [
        (start, size)
        for size in range(min(len(window), MAX_GRAM), 0, -1)
        for start in range(window.start, window.stop - size + 1)
        if start < run.stop
        and start + size > run.start
        and not (tried and tried.start <= start and start + size <= tried.stop)
        and not _asking_end(spellings[0], start, start + size)
    ]
    # Spans with a chat word at an edge ("me <name>") are looked up last: the budget may run
    # out before them, where it would otherwise run out before the name alone.
    spans.sort(key=lambda span: _chat_edged(spellings[0], *span))
    for start, size in spans:
        for key in dict.fromkeys(" ".join(t[start : start + size]) for t in spellings):
            if len(key) < MIN_TYPED or budget[0] <= 0 or AMOUNT.search(key):
                continue
            budget[0] -= 1
            plain = norm(key)
            found = _closest(kb, plain)
            if found is None or found[0].id in retyped:
                continue
            if _retyped_words(kb, plain, found[0]):
                retyped.add(found[0].id)
                continue
            if _goes_on_otherwise(spellings[0], start + size, plain, found[0]):
                continue
            link = Link(start, start + size, found[0], found[1] / 100.0, exact=False)
            # A span inside a longer one that names the same entity is no better a
            # reading of it ("<surnaim>" inside "<frist> <surnaim>").
            inside = best is not None and best.start <= start and start + size <= best.end
            if best is None or (
                _span_value(link) > _span_value(best)
                and not (inside and best.entity.id == link.entity.id)
            ):
                best = link
    return best


def _chat_edged(tokens: tuple[str, ...], start: int, size: int) -> bool:
    """Whether a span of several words opens or closes with a question or chat word other
    than one that joins a name's words."""
    edges = {tokens[start], tokens[start + size - 1]} - JOINING
    return size > 1 and bool(edges & QUESTION_WORDS)


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
    mistyped (unless it is a misprint of the name), nor an everyday word of another language
    Roadie reads ("mano, any <act> news?"). In a span of several words, that holds of
    the words it differs in from the name's, word for word, where each begins with another
    letter, which a typo seldom changes: "<word> kids" is another name than "<Cord> Kids",
    where "<nam> <word>" may still be "<Name> <Word>" with a letter left out. Nor is a span
    whose words differ from the name's only as everyday words from everyday words
    (`_both_everyday`), by a vowel (`_vowel_changed`) or as numbers from numbers ("<name>
    101" beside "<Name> 100")."""
    words = typed.split()
    name = norm(entity.name).removeprefix("the ").split()
    if len(words) > 1:
        words = words[1:] if words[0] == "the" and len(words) == len(name) + 1 else words
        if len(words) != len(name):
            return False
        differing = [(w, n) for w, n in zip(words, name, strict=True) if w != n]
        # Beside a word of the name typed right that only names write ("<Name> du <soul>"),
        # an everyday word for the name's is the name mistyped.
        named = any(w == n and only_named(kb, w) for w, n in zip(words, name, strict=True))
        if (
            differing
            and not named
            and all(
                _both_everyday(kb, w, n)
                or _vowel_changed(kb, w, n)
                or (w.isdigit() and n.isdigit())
                for w, n in differing
            )
        ):
            return True
        if not differing or any(w[0] == n[0] and _heard_alike(w, n) for w, n in differing):
            return False
        # Beside such a word typed right, another word the articles write that opens as the
        # name's does is the name mistyped too ("<Gracie> <Abrahams>" for "<Gracie> <Abrams>"):
        # autocorrect makes a word of a surname.
        if named and all(w[0] == n[0] for w, n in differing):
            return False
        words = [w for w, _ in differing]
    return all((spelled_out(kb, w) or foreign(w)) and not misprint(kb, w, entity) for w in words)


def _heard_alike(typed: str, named: str) -> bool:
    """Whether a word sounds as a name's word does but for one sound at most ("steal",
    "steel"): a typo or a word misheard, where two sounds changed make another word ("<word>
    hounds" beside "<Word> Hands")."""
    return OSA.distance(sound_key(typed), sound_key(named)) < 2


_VOWELS = frozenset("aeiou")


def _vowel_changed(kb: KnowledgeBase, typed: str, named: str) -> bool:
    """Whether an everyday word, or one the articles write in lowercase, differs from a
    name's word in one vowel between consonants ("<word> shatters" beside "<Word>
    Shitters"): that changes how it sounds, where a vowel beside another vowel, a "y" or a
    "w" may not ("steal", "steel"; "grey", "gray"), so the typed word is meant as written."""
    if len(typed) != len(named) or not (everyday(typed) or kb.lowercase_uses(typed)):
        return False
    at = [i for i, (a, b) in enumerate(zip(typed, named, strict=True)) if a != b]
    if len(at) != 1 or not {typed[at[0]], named[at[0]]} <= _VOWELS:
        return False
    beside = typed[max(at[0] - 1, 0) : at[0]] + typed[at[0] + 1 : at[0] + 2]
    return not set(beside) & (_VOWELS | {"y", "w"})


def _both_everyday(kb: KnowledgeBase, typed: str, named: str) -> bool:
    """Whether a word typed and the name's word it differs from are both everyday words, the
    name's one written as such by the articles too ("<Word> Beats" beside "<Word> Beads"), or
    the typed one where it is no form of the name's ("<Word> Park" beside "<Word> Pork", not
    "american" beside "America"): a typo seldom makes one everyday word of another, so the
    name typed is another one. Not two spellings of one word, whose letters are the same
    ("centre", "center"), nor a first name ("Katy", "Katie"), which the articles write
    capitalised only."""
    if sorted(typed) == sorted(named) or not (everyday(typed) and everyday(named)):
        return False
    if kb.lowercase_uses(named) > 0:
        return True
    inflected = typed.startswith(named) or named.startswith(typed)
    return not inflected and kb.lowercase_uses(typed) > 0


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


def cut_short(
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


# Spans looked up as names shortened word by word, per message (`words_cut`).
MAX_CUT_LOOKUPS = 24


def words_cut(kb: KnowledgeBase, tokens: tuple[str, ...], free: list[bool]) -> list[Link]:
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


_VOWEL_LIKE = re.compile(r"[aeiouyhw]")


def _consonants(name: str) -> str:
    """A name's consonants, word by word, each written once: a name typed by ear changes its
    vowels ("<Surname>" as "<Surnaim>") and keeps them, where another name changes them too."""
    return " ".join(re.sub(r"(.)\1+", r"\1", _VOWEL_LIKE.sub("", word)) for word in name.split())


def _closest(kb: KnowledgeBase, key: str) -> tuple[Entity, float] | None:
    """The known name `key` (normalised by `norm`) most likely mistypes or shortens, scored
    0-100: by how much of it matches (rapidfuzz ratio); failing that, a name with one word
    more, or with its words in another order; failing that, by typos counted as edits, so
    that a swap of neighbours or a letter left out of a short name ("qiust") still finds it.
    Lengths and words are counted as names are compared: a leading "the" is no part of what
    may be mistyped, and must not make "the <word>" long enough for a shorter name to count
    as a typo of it."""
    if not key:
        return None
    size = len(key.split())
    if len(key) >= (6 if size == 1 else 5):
        found = kb.names.fuzzy(key, FUZZY_CUTOFF if size > 1 else SINGLE_WORD_CUTOFF)
        if found is not None:
            return found
    if size > 1:
        shortened = kb.names.one_word_short(key) or kb.names.reordered(key)
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
    if typo is None and size > 1:
        heard = kb.names.sounds_near(key) or kb.names.heard_as(key)
        return None if heard is None else (heard, FUZZY_CUTOFF)
    if typo is None:
        return None
    entity, edits = typo
    return entity, max(TYPO_FLOOR, 100.0 * (1 - edits / len(key)))


def widened(
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


def _asks(token: str) -> bool:
    """A question word or a number, which no name the widening looks for ends with."""
    return token in QUESTION_WORDS or token.isdigit()


# The most digits of a number inside a name ("<word> 182"), less than a year's.
MAX_NAME_NUMBER = 3


def _joins(token: str, free: bool) -> bool:
    """Whether a free word may be part of a name beside a linked one: a joining word, one
    that asks nothing (`_asks`), or a short number, which a name may hold inside ("<word> 2
    <word>") though none the widening looks for ends with one; a year is the question's."""
    return free and (token in JOINING or _short_number(token) or not _asks(token))


def _short_number(token: str) -> bool:
    return token.isdigit() and len(token) <= MAX_NAME_NUMBER
