"""A message read into the tokens linking works on, and where its clauses meet.

Chat writes words otherwise than the articles do: hyphenated, two run together, half in another
language, "7pm". They are read as the articles write them before any look-up, so that every
later step sees one spelling; and the tokens are bounded in number (`MAX_TOKENS`), which bounds
the work per question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

from bot.core.cues import CHAT_FILLER, HEADLINE_ASKED, SPELLED_OUT, Language
from bot.core.intents import WORD, read_as_english, written_in
from bot.core.spelling import ENGLISH_QUESTION_WORDS, QUESTION_WORDS, written
from knowledge.store import KnowledgeBase
from knowledge.text import fold, norm, text_words

MAX_TOKENS = 60
TOKEN = re.compile(r"[a-z0-9]+")
_HOUR = re.compile(r"\d{1,2}(?:am|pm)")


def tokens_of(text: str) -> tuple[str, ...]:
    """Normalised word tokens, bounded in number so that work per question is bounded; a
    headline asked for (`HEADLINE_ASKED`) is "news", and a member called by what they play
    ("bass player") is called as the news calls them (`_ROLES_PLAYED`)."""
    words: list[str] = []
    for t in TOKEN.findall(text_words(letters_joined(text)))[:MAX_TOKENS]:
        role = _ROLES_PLAYED.get(words[-1]) if t == "player" and words else None
        if role is not None:
            words[-1] = role
        else:
            words.append("pm" if _HOUR.fullmatch(t) else SPELLED_OUT.get(t, t))
    return tuple(
        "news" if t in _HEADLINES and _headlines_asked(words, i) else t for i, t in enumerate(words)
    )


def _headlines_asked(words: list[str], at: int) -> bool:
    """Whether "headline(s)" at `at` is the news asked for: after a word asking for the
    newest ("latest headlines"), or last but for chat ("<act> headlines pls"), where
    a band headlining would say what."""
    return (at > 0 and words[at - 1] in HEADLINE_ASKED) or (
        words[at] == "headlines" and all(w in CHAT_FILLER for w in words[at + 1 :])
    )


# Letters typed one by one, at least this many and at most as many as a name spells, spell
# one word ("t q v x" for "TQVX", "e p" for "EP"); a list of letters ("x, y, z") does not, nor
# does a paste of letters, whose word would cost every look-up its length. Two letters of
# which one is "a" or "i" are a word and a letter ("a b side", "é a").
LETTERS_SPELLED = 2
LETTERS_SPELLED_AT_MOST = 12
_LETTERS = re.compile(rf"(?<![\w'’.])(?:[^\W\d_] ){{{LETTERS_SPELLED - 1},}}[^\W\d_](?![\w'’])")
_LETTER_WORDS = frozenset({"a", "i"})


def glued_name(name: str) -> str:
    """A name as a handle glues it: its marks and spaces gone, and no "the" before it."""
    return re.sub(r"\W", "", name).removeprefix("the")


def letters_joined(text: str) -> str:
    """The text with letters spelled out one by one, between single spaces, joined into the
    word they spell: a name said letter by letter, its initials typed apart, or a word a
    phone's dictation spells ("a new e p")."""
    return _LETTERS.sub(_joined, text)


def _joined(letters: re.Match[str]) -> str:
    spelled = letters.group(0)
    two = spelled.split()
    if len(spelled) >= 2 * LETTERS_SPELLED_AT_MOST or (
        len(two) == 2 and not _LETTER_WORDS.isdisjoint(t.lower() for t in two)
    ):
        return spelled
    return spelled.replace(" ", "")


# What a band's member plays, before "player", as the news names the role: "bass player" is
# its "bassist", whose words would otherwise read as part of the band's name.
_ROLES_PLAYED = {
    "bass": "bassist",
    "guitar": "guitarist",
    "keyboard": "keyboardist",
    "keys": "keyboardist",
    "drum": "drummer",
}


def written_at(tokens: tuple[str, ...], run: str) -> list[int]:
    """Where a run of words stands in the tokens: the words beside each say what the run is
    there (a place after "in", a label after "on", a description before "band")."""
    words = tuple(run.split())
    return [at for at in range(len(tokens)) if tokens[at : at + len(words)] == words]


# "The" between the words before a run and the run ("in the <Region>", "at the <Event>").
THE = frozenset({"the"})


def written_after(tokens: tuple[str, ...], run: str, *befores: tuple[frozenset[str], ...]) -> bool:
    """Whether a run stands right after the words of one of `befores`, each given as the sets
    its words come from in reading order: ((in, at),) for "in <run>", (band nouns, (from,))
    for "<duo> from <run>"."""
    return any(
        at >= len(before)
        and all(tokens[at - len(before) + k] in words for k, words in enumerate(before))
        for at in written_at(tokens, run)
        for before in befores
    )


# The most words on either side of a language's own word that a known name holding it is
# looked for in ("<First> de <Last>", "<Word> van <Word>").
NAME_REACH = 2


def read_in_its_language(
    text: str,
    languages: tuple[Language, ...] | None = None,
    known: Callable[[str], bool] | None = None,
) -> str:
    """A message written in another language, or half in it, without what that language
    writes that names nothing and reads as something else: the letters it elides before an
    apostrophe (French's "l'album", "c'est", "d'<Name>", Italian's "quest'anno"), and the
    words it has of its own (`Language.dropped`), each of which ends a name as a comma does
    ("<Title> van <Band>"), unless it stands inside a name `known` knows as written ("<First>
    de <Last>", "<Word> van <Word>"); and its words read as English ones
    (`Language.translated`). `languages`: those it is written in, where the caller has read
    them already."""
    languages = written_in(text) if languages is None else languages
    for language in languages:
        if language.elided is not None:
            text = language.elided.sub("", text)
    dropped = frozenset().union(*(language.dropped for language in languages))
    translated = {k: v for language in languages for k, v in language.translated.items()}
    if not dropped and not translated:
        return text
    words = [fold(word[0]) for word in WORD.finditer(text)]
    at = iter(range(len(words)))

    def in_name(index: int) -> bool:
        return known is not None and any(
            known(" ".join(words[start:end]))
            for start in range(max(0, index - NAME_REACH), index)
            for end in range(index + 2, min(len(words), index + NAME_REACH + 1) + 1)
        )

    def reread(word: re.Match[str]) -> str:
        index = next(at)
        if words[index] in dropped and not in_name(index):
            return ","
        return read_as_english(translated, word)

    return WORD.sub(reread, text)


# Words read for a declined name per message, and the spellings of them looked up: a long
# paste is bounded like any other.
MAX_DECLINED_WORDS = 60
MAX_DECLINED_LOOKUPS = 600
# The most words of a name read back from its cases together ("Rdzy i Miodu"), and the
# fewest: a word read back alone may be an everyday word of the language made a one-word
# name ("robi", "does", read as "Rob").
DECLINED_REACH = 3
DECLINED_LEAST = 2
_VOWELS = frozenset("aeiouy")


def _base_forms(word: str, declined: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The forms a declined word may stand for: each ending replaced by the base form's, and
    a stem that lost its "e" before a last "k" or "c" ("Wilczka" of "Wilczek") with it."""
    found: list[str] = []
    for ending, bases in declined:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            for base in bases:
                found.append(stem + base)
                if not base and stem[-1] in "kc" and stem[-2] not in _VOWELS:
                    found.append(f"{stem[:-1]}e{stem[-1]}")
    return list(dict.fromkeys(found))


def names_undeclined(
    text: str,
    languages: tuple[Language, ...],
    known: Callable[[str], bool],
    kept: frozenset[str] = frozenset(),
) -> str:
    """A message in a language that declines names with each name written in the case the
    articles name it in ("co u Oliwii Czarneckiej" read as "co u oliwia czarnecka"), where
    its words read back to their base forms (`Language.declined`) make a name of two words
    or more that `known` knows, and as typed they do not: a name in another case is no name
    the articles write, so it would be an unknown one asked about. `kept`: words never read
    back (the language's own small and chat words)."""
    declined = tuple(ending for language in languages for ending in language.declined)
    if not declined:
        return text
    matches = list(WORD.finditer(text))[:MAX_DECLINED_WORDS]
    words = [fold(match[0]) for match in matches]
    forms = [[word] + ([] if word in kept else _base_forms(word, declined)) for word in words]
    read: dict[int, str] = {}
    lookups = 0
    at = 0
    while at < len(words) and lookups < MAX_DECLINED_LOOKUPS:
        found = None
        for reach in range(min(DECLINED_REACH, len(words) - at), DECLINED_LEAST - 1, -1):
            span = tuple(words[at : at + reach])
            if known(" ".join(span)):
                found = span
                break
            for combo in product(*forms[at : at + reach]):
                lookups += 1
                if combo != span and known(" ".join(combo)):
                    found = combo
                    break
                if lookups >= MAX_DECLINED_LOOKUPS:
                    break
            if found:
                break
        for offset, word in enumerate(found or ()):
            if word != words[at + offset]:
                read[at + offset] = word
        at += len(found) if found else 1
    for index in sorted(read, reverse=True):
        match = matches[index]
        word = read[index].capitalize() if match[0][:1].isupper() else read[index]
        text = text[: match.start()] + word + text[match.end() :]
    return text


_HEADLINES = frozenset({"headline", "headlines"})


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")
# Hyphenated words looked up per message, each at up to three lookups: a paste of them
# ("a-b-c-d-...") is bounded like any other.
MAX_HYPHENATED = 8


def hyphens_joined(kb: KnowledgeBase, text: str) -> str:
    """The message with each word typed with a hyphen that the articles write as one word,
    and never as two side by side, written as they write it ("<word>-<word>" for "<Word><word>"):
    tokens, stems and full-text search all read a hyphenated word as two words."""

    def joined(match: re.Match[str]) -> str:
        word = norm(match[1] + match[2])
        if written(kb, [word]) and not kb.mentions(f'"{norm(match[1])} {norm(match[2])}"'):
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


def glued_apart(kb: KnowledgeBase, text: str) -> str:
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


CLAUSE_END = re.compile(r"[,;:!?]+|\s[-–—]+\s")
# A question or an exclamation ends a sentence surely; a full stop may be a short form's.
SENTENCE_END = re.compile(r"[!?]+")


def tokens_counted(piece: str) -> int:
    """How many tokens a piece of a message counts as inside it: read after a placeholder
    word, as only a message's first word may be a leading "the" that tokens drop, and a
    word of letters, as a single letter before the piece's own would join them."""
    return len(tokens_of(f"xx {piece}")) - 1


def clause_breaks(text: str, count: int, marks: re.Pattern[str] = CLAUSE_END) -> frozenset[int]:
    """Where the question's clauses (split at `marks`) meet, as token positions: a break at
    i falls between tokens i - 1 and i. Each clause is tokenised as the whole question is
    (only the first may lose a leading "the", so the others are read after a placeholder
    word); where that would not add up (a word split across a mark, a question cut at
    `MAX_TOKENS`), no break is known, and the clauses past the count are not read: a long
    paste of short clauses costs no more than a short one."""
    breaks: set[int] = set()
    place = 0
    for index, clause in enumerate(marks.split(text)):
        place += tokens_counted(clause) if index else len(tokens_of(clause))
        if place > count:
            return frozenset()
        breaks.add(place)
    return frozenset(b for b in breaks if 0 < b < count) if place == count else frozenset()
