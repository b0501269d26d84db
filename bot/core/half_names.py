"""Names typed half, "something" standing for the rest.

A fan who remembers only how a name begins types it so ("that <city> band, <Wor>-something",
"the <Word> something, the ska lot", "<First> <L>-something"), and usually says what they
remember of the act around it. Read as typed, "<Wor>-something" is a name no article writes,
and the question is declined. Every known name that begins so is a candidate; where several
do, the one whose articles share most of the message's other words, the rarer among the
candidates the more, is meant. The name is then written in full, and the question is read as
if it had been typed so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from bot.core.intents import parse
from knowledge.everyday import everyday
from knowledge.names import Entity
from knowledge.store import KnowledgeBase
from knowledge.text import norm
from knowledge.vocabulary import FUNCTION_WORDS

# "something" (or its chat spellings) for the rest of a name, glued by a hyphen to what was
# typed of it or after a space, and the name's last words where the asker knows them ("the
# <Word> something <Word>").
_REST_WORDS = r"(?:something|somethin|sumthin|smth)s?"
_REST_WORD = re.compile(_REST_WORDS)
_REST = re.compile(
    rf"(?:(?<=\w)(?P<glue>[-‐‑])|(?<=\s)){_REST_WORDS}(?![\w-])"
    r"(?P<after>(?:\s+[A-Z][\w'’.]*){0,2})"
)
# What a name's beginning can be typed of, and where the clause it stands in begins.
_WORD = re.compile(r"[\w'’.$!&]+")
_CLAUSE = re.compile(r"[,;:!?()\"“”—–/]|\s-\s|\.\s|\.\.\.")
# Where a sentence begins, so that its first word's capital says nothing of a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)\W*$")
# How many words before "something" may begin the name, and how many half names one message
# is read for: a name is a few words, and a message asks about one act or two.
MAX_BEGUN = 4
MAX_HALF_NAMES = 2
# The fewest letters a name's beginning typed alone has: one letter begins too many.
MIN_BEGUN = 2
# How many candidates are weighed, and how much of each one's newest articles: the reading
# stays bounded however many names share a beginning.
MAX_CANDIDATES = 24
ARTICLES_READ = 10
CHARS_READ = 2000
# The fewest letters a word of the message has to count as what the asker remembers.
MIN_CONTEXT_WORD = 3
_CONTEXT_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def named_in_full(kb: KnowledgeBase, text: str, read: dict[int, str] | None = None) -> str:
    """`text` with each name typed half ("<Wor>-something") written as the known name it
    most likely begins, where one does; as typed otherwise. In a request for the newest
    news, the first name so written heads the message too ("<Name> — ..."): a name half
    remembered is whom it asks about, not one the words that describe the act name
    ("<person>'s band", "the duo that directed <Other>'s video"). A question of fact or for
    an announcement keeps its words where they are: they say what is asked of the act.
    `read` keeps what was read of each candidate's articles, for the message's second
    reading (`bot.core.answer`) to use again."""
    read = {} if read is None else read
    asked: str | None = None
    for found in list(_REST.finditer(text))[:MAX_HALF_NAMES][::-1]:
        begun = _begun(kb, text[: found.start()], found)
        if begun is None:
            continue
        start, candidates = begun
        meant = _meant(kb, text, candidates, text[start : found.start()], read)
        if meant is not None:
            text = f"{text[:start]}{meant.name}{text[found.end() :]}"
            asked = meant.name
    return f"{asked} — {text}" if asked and parse(text).intent == "latest" else text


def _begun(kb: KnowledgeBase, before: str, rest: re.Match[str]) -> tuple[int, list[Entity]] | None:
    """Where the typed beginning of a name starts in `before`, and the known names it begins,
    the most words first: "<Town> <genre> trio <Wor>-something" begins no name at "<Town>",
    but does at "<Wor>"."""
    clause_start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    words = list(_WORD.finditer(before, clause_start))[-MAX_BEGUN:]
    glued = bool(rest.group("glue"))
    after = norm(rest.group("after") or "")
    for at, first in enumerate(words):
        typed = [w.group(0) for w in words[at:]]
        lowered = [w.lower() for w in typed]
        if lowered[0] == "the" or all(w in FUNCTION_WORDS for w in lowered):
            continue
        if len(typed) == 1 and len(lowered[0].strip("'’.")) < MIN_BEGUN:
            continue
        named = lowered[-2:] == ["and", "the"] or any(
            w.group(0)[0].isupper() and not _SENTENCE_START.search(before[: w.start()])
            for w in words[at:]
        )
        if not glued and not named and all(map(everyday, lowered)):
            continue
        key = norm(" ".join(typed))
        # A whole word before a spaced "something" ends a word of the name ("<Word> and the
        # something"); a glued one may be cut ("<Wor>-something").
        if not glued and lowered[-1] in FUNCTION_WORDS:
            key += " "
        candidates = kb.names.begun(key, after, MAX_CANDIDATES)
        if candidates:
            start = first.start()
            the = before[:start].rstrip().lower()
            if the.endswith(" the") or the == "the":
                start = before[:start].rstrip().rfind("the" if the == "the" else " the") + (
                    0 if the == "the" else 1
                )
            return start, candidates
    return None


def _meant(
    kb: KnowledgeBase, text: str, candidates: list[Entity], typed: str, read: dict[int, str]
) -> Entity | None:
    """The candidate the message's other words describe: each word its articles hold counts
    as rare as the articles write it, shared by how many candidates' articles hold it. One
    candidate alone is meant; of several, one the words describe at all, the best described,
    then artists before other names, then the most mentioned."""
    candidates = _shortest(candidates)
    if len(candidates) == 1:
        return candidates[0]
    asked = _context(text, typed)
    total = kb.article_total()
    weight = {w: math.log((total + 1) / (uses + 1)) for w, uses in kb.uses(sorted(asked)).items()}
    sought = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(asked)))})\b")
    held = {e.id: _held(kb, e, sought, read) if asked else set() for e in candidates}
    holders: dict[str, int] = {}
    for words in held.values():
        for word in words:
            holders[word] = holders.get(word, 0) + 1
    score = {e.id: sum(max(weight[w], 0) / holders[w] for w in held[e.id]) for e in candidates}
    best = max(candidates, key=lambda e: (score[e.id], e.kind == "artist", e.articles))
    return best if score[best.id] > 0 else None


def _shortest(candidates: Iterable[Entity]) -> list[Entity]:
    """The candidates whose names no other candidate's name begins ("<Name>, <Role>" is a
    headline's way of naming "<Name>")."""
    found = list(candidates)
    names = [norm(e.name) for e in found]
    return [
        e
        for e, name in zip(found, names, strict=True)
        if not any(name != other and name.startswith(other + " ") for other in names)
    ]


def _context(text: str, typed: str) -> set[str]:
    """The words of the message that may say what the asker remembers of the act."""
    left_out = set(norm(typed).split())
    return {
        word
        for word in (w.lower() for w in _CONTEXT_WORD.findall(text))
        if len(word) >= MIN_CONTEXT_WORD
        and word not in FUNCTION_WORDS
        and word not in left_out
        and not _REST_WORD.fullmatch(word)
    }


def _held(
    kb: KnowledgeBase, entity: Entity, sought: re.Pattern[str], read: dict[int, str]
) -> set[str]:
    """Which of the words `sought` an entity's newest articles hold, read once (`read`)."""
    if entity.id not in read:
        read[entity.id] = " ".join(kb.texts_about(entity.id, ARTICLES_READ, CHARS_READ)).lower()
    return set(sought.findall(read[entity.id]))
