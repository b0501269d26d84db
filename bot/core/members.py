"""Which act a person plays in, as the news that names them tells it.

Fans ask about a band by a member ("<First> <Last>'s band", "the <act> singer's side
project"). The news says who plays where in a few set ways: "<Act>'s <Person>", "<Act>
frontman <Person>", "<Person>'s band <Act>", "<Person> of <Act>", "<Person> (<Act>)". Reading
those around the person's name, in the headlines and sentences that write it, finds the act
even when the newest story about the person is about something else (a guest spot, a
restaurant).
"""

from __future__ import annotations

import re
from collections import Counter

from knowledge.facts import GROUP_NOUNS
from knowledge.names import Entity
from knowledge.store import ArticleRow, KnowledgeBase
from knowledge.text import fold, norm, plain

MEMBER_READ = 40
"""Headlines and sentences naming the person read at most, each."""
# What the news calls someone in a band.
_ROLES = (
    r"(?:front(?:man|woman|person)|singer|vocalist|guitarist|drummer|bassist|keyboardist"
    r"|member|co-?founder|founder|leader|mastermind|rapper|producer)"
)
_GROUPS = "|".join(sorted(GROUP_NOUNS))
# A run of capitalised words (small joining words allowed inside) that may be an act's name.
_RUN = r"(?:[A-Z0-9][\w.&!'$-]*(?:\s+(?:of|the|and|&|for|[A-Z0-9][\w.&!'$-]*)){0,5})"
_POSSESSIVE = r"(?:'s|')"
_ACT_BEFORE = (
    rf"(?P<act>{_RUN}){_POSSESSIVE}\s+(?i:(?:{_ROLES}|new|former|late)\s+)*{{person}}",
    rf"(?P<act>{_RUN})\s+(?i:{_ROLES})\s+{{person}}",
    rf"(?P<act>{_RUN}),\s+{{person}}{_POSSESSIVE}\s+(?:\w+\s+)?(?:{_GROUPS})\b",
)
_ACT_AFTER = (
    rf"{{person}}{_POSSESSIVE}\s+(?i:(?:new|side|solo|other)\s+)*(?i:{_GROUPS}),?\s+"
    rf"(?P<act>{_RUN})",
    rf"{{person}},?\s+(?:the\s+)?(?:[\w-]+\s+)?(?i:{_ROLES})\s+(?:of|for|in|with)\s+"
    rf"(?:the\s+)?(?:band\s+)?(?P<act>{_RUN})",
    rf"{{person}}\s+of\s+(?:the\s+band\s+)?(?P<act>{_RUN})",
    rf"{{person}}\s+\((?P<act>{_RUN})\)",
)


def said_of(kb: KnowledgeBase, people: list[str]) -> list[tuple[ArticleRow, str]]:
    """The body sentences that write all these people's names (at most `MEMBER_READ`), each
    with its article: what `act_of` reads them in, and where they are named at all."""
    hits = kb.sentence_hits(" ".join(f'"{fold(p)}"' for p in people), MEMBER_READ)
    rows = {r.id: r for r in kb.by_ids(list(dict.fromkeys(h.article_id for h, _ in hits)))}
    return [(rows[h.article_id], h.text) for h, _ in hits if h.article_id in rows]


def act_of(
    kb: KnowledgeBase, person: str, others: set[str], said: list[tuple[ArticleRow, str]]
) -> str | None:
    """The act the news most often places the person in (ties to the newest), leaving out
    the names in `others` (`norm`ed: the person's own, acts the message rules out "(not
    <band>)"); None where no headline naming the person, nor any of the body sentences
    `said` of them (with their articles), says so."""
    words = [re.escape(w) for w in fold(person).split()]
    if not words:
        return None
    named = r"(?i:" + r"\s+".join(words) + r")\b"
    before = [re.compile(p.replace("{person}", named)) for p in _ACT_BEFORE]
    after = [re.compile(r"\b" + p.replace("{person}", named)) for p in _ACT_AFTER]
    phrase = '"' + " ".join(fold(person).split()) + '"'
    texts = [(row.date, row.title) for row, _ in kb.title_hits(phrase, MEMBER_READ)]
    texts += [(row.date, text) for row, text in said]
    counts: Counter[int] = Counter()
    newest: dict[int, str] = {}
    acts: dict[int, Entity] = {}
    for date, text in texts:
        text = plain(text)
        for pattern, from_end in [*((p, True) for p in before), *((p, False) for p in after)]:
            for match in pattern.finditer(text):
                entity = _named(kb, match.group("act").split(), from_end, others)
                if entity is not None:
                    acts[entity.id] = entity
                    counts[entity.id] += 1
                    newest[entity.id] = max(newest.get(entity.id, ""), date)
    if not counts:
        return None
    best = max(counts, key=lambda i: (counts[i], newest[i]))
    return acts[best].name


def _named(kb: KnowledgeBase, run: list[str], from_end: bool, others: set[str]) -> Entity | None:
    """The longest known artist's name the run ends with (`from_end`: the words before a
    role or possessive may be a headline's own, "Watch <Act> frontman") or begins with (the
    words after it may be the headline's verb, "<Act> Share New Song")."""
    for size in range(len(run), 0, -1):
        words = run[-size:] if from_end else run[:size]
        if fold(words[0]) in {"the", "of", "and", "&", "for"} and size > 1:
            continue
        entity = kb.names.exact(" ".join(words))
        if entity is not None and entity.kind == "artist" and norm(entity.name) not in others:
            return entity
    return None
