"""Entities that the whole knowledge base, once an ingest is done, shows were misread.

While an article is stored, only what came before it is known: a headline's capitalised word
may be an ordinary one ("Love Is ..."), and its verb may be read into the name before it
("<Act> Gives Surprise Set ..."). After the ingest the word counts and the other names tell,
and such entities are dropped (`prune_plain_words`) or merged into the act (`merge_verb_tails`).
"""

from __future__ import annotations

import re
from sqlite3 import Connection

from knowledge.entities import PLURAL_NEWS_VERBS, verb_shaped
from knowledge.everyday import everyday_form
from knowledge.names import NICKNAME, QUESTIONS_ONLY
from knowledge.text import norm

PLAIN_WORD_RATIO = 2
PLAIN_WORD_FLOOR = 5
# The shortest stem a verb's form is read as made of: "<Name> Bas" is no form of "ba".
MIN_STEM = 4
# A word the articles write in lowercase this much more often than the name is mentioned is
# an ordinary word, not a name (`e` the entity, `w` its word's usage).
_PLAIN_WORD = "w.lowercase > ? * max(e.articles, ?)"
# Full stops between letters ("R.U.N."): an initialism, whatever word its letters make.
DOTTED = "[A-Za-z].[A-Za-z]"
# What follows a name a headline runs on after: a word, or a quoted title.
_RUNS_ON = re.compile(r" [\w‘“'\"]")
# Entities a channel follows, which its subscription names by id: kept as they are.
_CHOSEN = (
    "CAST(e.id AS TEXT) NOT IN (SELECT target_value FROM subscriptions "
    "WHERE target_kind = 'artist')"
)


def tidy(conn: Connection, since: int) -> None:
    """Both clean-ups, the merging among the entities made from id `since` on."""
    prune_plain_words(conn)
    merge_verb_tails(conn, since)


def prune_plain_words(conn: Connection) -> None:
    """Drop one-word entities, surnames and nicknames that the articles mostly use as plain
    words.

    Headlines capitalise every word, so "Love Is ..." makes a "Love" entity; once the text
    shows "love" in lowercase far more often than the name is mentioned, it is no name. A
    name spelled with full stops between its letters ("R.U.N.") is an initialism whatever
    word its letters make, and an entity a channel follows is kept: its subscription names it
    by id. A name styled in lowercase (`_styled_lowercase`) is kept however often the
    articles write it so.
    """
    ids = [
        (row[0],)
        for row in conn.execute(
            "SELECT e.id, e.name, e.norm FROM entities e JOIN word_usage w ON w.word = e.norm "
            f"WHERE e.norm NOT LIKE '% %' AND e.name NOT GLOB '*{DOTTED}*' "
            f"AND {_PLAIN_WORD} AND {_CHOSEN}",
            (PLAIN_WORD_RATIO, PLAIN_WORD_FLOOR),
        ).fetchall()
        if not _styled_lowercase(row[1], row[2]) and not _a_bands_name(conn, row[0], row[1])
    ]
    conn.executemany("DELETE FROM aliases WHERE entity_id = ?", ids)
    conn.executemany("DELETE FROM mentions WHERE entity_id = ?", ids)
    conn.executemany(
        "UPDATE mentions SET kind = NULL WHERE place = 0 AND article_id IN "
        "(SELECT article_id FROM announcements WHERE entity_id = ?)",
        ids,
    )
    conn.executemany("UPDATE facts SET entity_id = NULL WHERE entity_id = ?", ids)
    conn.executemany("DELETE FROM announcements WHERE entity_id = ?", ids)
    conn.executemany("DELETE FROM entities WHERE id = ?", ids)
    conn.execute(
        "DELETE FROM aliases WHERE origin IN (?, ?) AND EXISTS (SELECT 1 FROM entities e JOIN "
        "word_usage w ON w.word = aliases.alias WHERE e.id = aliases.entity_id AND "
        f"{_PLAIN_WORD})",
        (QUESTIONS_ONLY, NICKNAME, PLAIN_WORD_RATIO, PLAIN_WORD_FLOOR),
    )


def _styled_lowercase(name: str, key: str) -> bool:
    """Whether a name is a word no dictionary holds (`key`, its `norm`), met in lowercase
    where it was read as a name ("<actname> announces ..."): an act that styles its name
    so, not a plain word."""
    return name.islower() and not everyday_form(key)


# A headline's verb as a band takes it, in the plural ("<Word> Announce ...", "<Word> Are
# Back"), which a word in the singular takes only as a band's name.
# Not "release", which is as often a noun after a plain word ("<Word> Release Announced").
_BAND_VERBS = (PLURAL_NEWS_VERBS - {"release"}) | {
    "are",
    "have",
    "play",
    "perform",
    "plot",
    "celebrate",
    "team",
    "cover",
}
_PLURAL_VERB = re.compile(rf"(?i)(?:{'|'.join(sorted(_BAND_VERBS))})\b")


def _a_bands_name(conn: Connection, entity_id: int, name: str) -> bool:
    """Whether a headline about the entity takes a verb in the plural straight after a name
    that is no plural ("<Word> Announce New Album"): a band's, however plain its word
    ("Nothing", "Daughter", "The <Word>"); "<Words> Announce" may be any plural noun."""
    if name.rstrip(".").lower().endswith("s"):
        return False
    return any(
        place == 0 and title.startswith(f"{name} ") and _PLURAL_VERB.match(title, len(name) + 1)
        for place, title in _headlines(conn, entity_id)
    )


def merge_verb_tails(conn: Connection, since: int) -> None:
    """Merge each name that runs on into a headline's verb into the act it starts with,
    among the entities made from id `since` on.

    "<Act> Gives ..." made an entity of its own when the act was not known yet (its other
    headlines came later) or is a name of one word, which a lead's next word may not be cut
    from ("<Word> Brothers"). Its articles were then no news of the act's, and its
    announcements pushed to no channel that follows the act. It is such a mistake when the
    words before a word are a name of its own, named in more articles; that word is shaped
    as a verb (`verb_shaped`, or its last part after a hyphen: "Crowd-Surfs") and is a verb
    the articles write in lowercase far more often than the name is named, as they write
    "gives" and never a surname ("<First> Matthews"), counting the verb's other forms
    ("Injures" as "injured", "injuring"); and every article names it in its headline
    with more words straight after it: a name before a colon ("<Word> Girls: <Title>") or
    met in a body is a name of its own.
    """
    for entity_id, name in conn.execute(
        "SELECT e.id, e.name FROM entities e WHERE e.id >= ? AND e.kind = 'artist' "
        f"AND e.name LIKE '% %' AND {_CHOSEN} AND e.id NOT IN "
        "(SELECT entity_id FROM aliases WHERE origin = 'admin')",
        (since,),
    ).fetchall():
        words = name.split(" ")
        for at in range(1, len(words)):
            verb = words[at].rsplit("-", 1)[-1]
            if not verb_shaped(verb):
                continue
            if not _plain(conn, entity_id, *_verb_forms(verb.lower())):
                continue
            head = " ".join(words[:at])
            act = conn.execute(
                "SELECT e.id FROM entities e, entities tail WHERE e.norm = ? AND tail.id = ? "
                "AND e.articles > tail.articles AND lower(e.name) = lower(?)",
                (norm(head), entity_id, head),
            ).fetchone()
            if act is not None and _headline_verb(conn, entity_id, name):
                _merge(conn, entity_id, int(act[0]))
            break


def _verb_forms(word: str) -> tuple[str, ...]:
    """A word shaped as a verb and the other forms of its verb ("injures": "injure",
    "injured", "injuring"), which a surname shaped so ("<First> Matthews") has none of. The
    forms are guessed from the word's ending; a guess that is no word counts nothing."""
    stem = word.removesuffix("ed").removesuffix("s") if len(word) > MIN_STEM else word
    cut = stem.removesuffix("e")
    return tuple(sorted({word, stem, f"{stem}s", f"{cut}ed", f"{cut}ing", f"{stem}e", f"{stem}ed"}))


def _plain(conn: Connection, entity_id: int, *words: str) -> bool:
    """Whether the articles write the words, together, in lowercase far more than the entity
    is named."""
    marks = ", ".join("?" * len(words))
    return bool(
        conn.execute(
            "SELECT 1 FROM entities e, word_usage w WHERE e.id = ? "
            f"AND w.word IN ({marks}) GROUP BY e.id "
            "HAVING sum(w.lowercase) > ? * max(e.articles, ?)",
            (entity_id, *words, PLAIN_WORD_RATIO, PLAIN_WORD_FLOOR),
        ).fetchone()
    )


def _headlines(conn: Connection, entity_id: int) -> list[tuple[int, str]]:
    """Each article mentioning the entity as (where it stands, 0 for the headline; title)."""
    return [
        (int(place), str(title))
        for place, title in conn.execute(
            "SELECT m.place, a.title FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.entity_id = ?",
            (entity_id,),
        )
    ]


def _headline_verb(conn: Connection, entity_id: int, name: str) -> bool:
    """Whether every article names the entity in its headline, with words straight after."""
    rows = _headlines(conn, entity_id)

    def runs_on(title: str) -> bool:
        at = title.lower().find(name.lower())
        return at >= 0 and _RUNS_ON.match(title, at + len(name)) is not None

    return bool(rows) and all(place == 0 and runs_on(title) for place, title in rows)


def _merge(conn: Connection, entity_id: int, into: int) -> None:
    """Every row of one entity made the other's, and the one deleted."""
    conn.execute(
        "INSERT INTO mentions (entity_id, article_id, place, date, kind) "
        "SELECT ?, article_id, place, date, kind FROM mentions WHERE entity_id = ? "
        "ON CONFLICT (entity_id, article_id) DO UPDATE SET "
        "place = min(place, excluded.place), kind = coalesce(kind, excluded.kind)",
        (into, entity_id),
    )
    for table in ("announcements", "facts", "stories"):
        conn.execute(f"UPDATE {table} SET entity_id = ? WHERE entity_id = ?", (into, entity_id))
    for table in ("mentions", "aliases"):
        conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (entity_id,))
    conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
    conn.execute(
        "UPDATE entities SET articles = (SELECT count(*) FROM mentions WHERE entity_id = ?), "
        "announced = (SELECT count(*) FROM announcements WHERE entity_id = ?) WHERE id = ?",
        (into, into, into),
    )
