"""A question's single words against the words the articles write: typos corrected, and
words no article writes at all.

A typo of a question word must not read as an unknown name ("tuor"), and a name the knowledge
base lacks must not be corrected into a common word ("maro" is not "more"); how often the
articles write each spelling one typo away tells the two apart (`corrected`). Whether the
articles write a word at all (`never_written`, `unknown_word`) is the evidence, for linking and
for declining, that a question names something the knowledge base has never seen.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.cues import ABROAD_CHAT, CHAT_FILLER, FOREIGN_CHAT, STOPWORDS
from knowledge.everyday import everyday
from knowledge.names import Entity
from knowledge.store import KnowledgeBase
from knowledge.text import norm
from knowledge.vocabulary import DEMONYMS, NEWS_WORDS, TALLIED

# Lowercase uses above which a word reads as an ordinary word, not part of a name.
ORDINARY_USES = 25
# Shorter than this, a word with a letter too many is not read as a typo of one without.
SHORT_TYPED = 6


# A number, or one with its ordinal's or its decade's ending ("100th", "21st", "90s"): a
# count or a time, however rarely the articles write it, and no name's word.
_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|s)?")


def name_like(kb: KnowledgeBase, token: str) -> bool:
    """Whether a word may be part of a name: a word of some known name that the articles
    rarely write in lowercase, or a word they never use at all."""
    if token in STOPWORDS or token in NEWS_WORDS or _NUMBER.fullmatch(token):
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
    # An everyday word is what it says ("herd", "mole"), unless chat cut its end ("doin").
    if word == token or (everyday(token) and not word.startswith(token)):
        return token
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
            # of its own ("moist" is not "most"), as in `fuzzy._closest`.
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


def mistyped_either_way(kb: KnowledgeBase, typed: str, word: str) -> bool:
    """Whether a word no article uses, corrected to an ordinary one, is as near a known
    name's word: "<Word> <Plamet>" may be "<Word> <Placet>", though "planet" is a letter
    away, and the word is read as part of a name then."""
    if typed == word or word in QUESTION_WORDS or not name_like(kb, typed):
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


def mistyped_name_word(kb: KnowledgeBase, token: str) -> str | None:
    """The known name's word, no question word, that `token` most likely mistypes
    (`_one_typo`), or None."""
    typos = _one_typo(token)
    found = [w for w in typos if w in kb.names.words and w not in QUESTION_WORDS]
    return min(found, key=lambda w: (typos[w], w), default=None)


def _spelled_beside(kb: KnowledgeBase, word: str, beside: tuple[str, str]) -> bool:
    """Whether some article spells `word` next to the question's word before or after it:
    "<first name> <typo>" respelled toward a known name's word is the name only if the
    articles write that first name with it. Only a neighbour that may be part of a name is
    tried: a phrase search with an ordinary word reads all of that word's postings."""
    before, after = beside
    return any(
        other and name_like(kb, other) and kb.mentions(f'"{phrase}"')
        for other, phrase in ((before, f"{before} {word}"), (after, f"{word} {after}"))
    )


def spelled_like(kb: KnowledgeBase, token: str, *, capitalised: bool = False) -> list[str]:
    """The articles' ordinary words (or, asked so, words they capitalise) one typo away from
    `token` (a letter left out, added or changed, or two neighbours swapped), with the same
    first letter. The spellings are made and looked up by key, so the cost does not grow
    with the vocabulary (`_one_typo`)."""
    return kb.words_used(sorted(_one_typo(token)), VOCABULARY_USES, capitalised=capitalised)


def written_apart(kb: KnowledgeBase, words: Sequence[str]) -> bool:
    """Whether the articles write these words as a phrase: then a name they spell run
    together, or sound like, is not what they mean ("night shift", "<NightShift>")."""
    return len(words) > 1 and kb.mentions(f'"{" ".join(words)}"')


def spelled_out(kb: KnowledgeBase, word: str) -> bool:
    """Whether the articles write a word as typed, or as the plural of a word they write: the
    full-text index also finds a word by its stem ("<word>ism" by "<word>"), which a typo of
    a name may share with an everyday word."""
    if not kb.mentions(f'"{word}"'):
        return False
    return len(word) < TALLIED or written(kb, [word]) or _ending_added(kb, word, _PLURALS)


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
    return written(kb, sorted(bases))


def written(kb: KnowledgeBase, words: Sequence[str]) -> bool:
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
        len(word) >= TALLIED and unused(kb, word) and not kb.words_used([word], 1, capitalised=True)
    )


def unknown_word(kb: KnowledgeBase, word: str) -> bool:
    """A word no article uses, that is no part of a known name and no typo of a word the
    articles use: most likely a name the knowledge base has never seen."""
    return unused(kb, word) and not spelled_like(kb, word)


def only_named(kb: KnowledgeBase, word: str) -> bool:
    """Whether a word is a name's own: no article writes it in lowercase, once there are
    enough articles (`WRITTEN_ARTICLES`) that they would have written an everyday word so."""
    return (
        word not in STOPWORDS
        and kb.article_total() >= WRITTEN_ARTICLES
        and not kb.lowercase_uses(word)
    )


def unused(kb: KnowledgeBase, word: str) -> bool:
    """Whether no article writes a word in lowercase nor any known name has it."""
    return (
        len(word) >= 4
        and not _NUMBER.fullmatch(word)
        and not kb.lowercase_uses(word)
        and word not in kb.names.words
    )


def misprint(kb: KnowledgeBase, word: str, entity: Entity) -> bool:
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
