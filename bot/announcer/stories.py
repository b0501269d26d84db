"""Stories: one announcement as reported by one or more outlets.

Outlets re-report the same news with slightly different headlines. A new announcement article
joins an existing story when it is about the same main artist, of the same kind, dated within
the story window, and its title is near-identical (rapidfuzz token-set ratio); otherwise it
starts a story. Only new stories are pushed, so a story that gains a source is not sent again,
and an article dated long before now (an old item a feed re-published) starts no story at all.

The articles to file are the ones the poller marked new (`new_articles`), and filing them takes
them off that list in the same transaction: a tick killed before or after it loses nothing and
files nothing twice. Stories start unqueued; the tick queues them for their channels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from sqlite3 import Connection

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.announcer.clock import stamp
from knowledge.store import KnowledgeBase

SAME_ARTIST_SIMILARITY = 75
"""Title similarity that makes two announcements about one artist and kind one story."""
NO_ARTIST_SIMILARITY = 90
"""Stricter when no artist was recognised: only the kind and the words tie them together."""


@dataclass(frozen=True)
class NewArticle:
    id: int
    title: str
    date: str
    kind: str
    entity_id: int | None


def _announcement_articles(conn: Connection, ids: list[int]) -> list[NewArticle]:
    found: list[NewArticle] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT a.id, a.title, a.date, a.kind, an.entity_id FROM articles a "
            "LEFT JOIN announcements an ON an.article_id = a.id "
            f"WHERE a.id IN ({marks}) AND a.kind IS NOT NULL ORDER BY a.id",
            chunk,
        ).fetchall()
        found += [NewArticle(int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4]) for r in rows]
    return found


def _same_story(conn: Connection, article: NewArticle, window: timedelta) -> int | None:
    day = datetime.fromisoformat(article.date[:10])
    low, high = (day - window).date().isoformat(), (day + window).date().isoformat()
    rows = conn.execute(
        "SELECT id, title FROM stories WHERE kind = ? AND entity_id IS ? AND date BETWEEN ? AND ?",
        (article.kind, article.entity_id, low, high),
    ).fetchall()
    cutoff = SAME_ARTIST_SIMILARITY if article.entity_id is not None else NO_ARTIST_SIMILARITY
    best: tuple[float, int] | None = None
    for story_id, title in rows:
        score = fuzz.token_set_ratio(
            article.title, title, processor=default_process, score_cutoff=cutoff
        )
        if score and (best is None or score > best[0]):
            best = (score, int(story_id))
    return best[1] if best else None


def _start(conn: Connection, article: NewArticle, moment: str, queued: str | None) -> int:
    cursor = conn.execute(
        "INSERT INTO stories (entity_id, kind, title, date, article_id, created_at, queued_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (article.entity_id, article.kind, article.title, article.date, article.id, moment, queued),
    )
    return int(cursor.lastrowid or 0)


def cluster(kb: KnowledgeBase, now: datetime, window_hours: int) -> list[int]:
    """File every article marked new into stories; the ids of stories started now."""
    window = timedelta(hours=window_hours)
    oldest = (now - window).date().isoformat()
    started: list[int] = []
    with kb.transaction() as conn:
        waiting = [int(r[0]) for r in conn.execute("SELECT article_id FROM new_articles")]
        conn.execute("DELETE FROM new_articles")
        for article in _announcement_articles(conn, sorted(waiting)):
            story_id = _same_story(conn, article, window)
            if story_id is None:
                if article.date < oldest:
                    continue
                story_id = _start(conn, article, stamp(now), None)
                started.append(story_id)
            conn.execute(
                "INSERT OR IGNORE INTO story_articles (article_id, story_id) VALUES (?, ?)",
                (article.id, story_id),
            )
    return started


def story_of(kb: KnowledgeBase, article_id: int, now: datetime) -> int | None:
    """The story an existing announcement article belongs to, started if need be (previews):
    a story started here counts as queued, since only the previewing channel gets it."""
    rows = kb.query("SELECT story_id FROM story_articles WHERE article_id = ?", [article_id])
    if rows:
        return int(rows[0][0])
    with kb.transaction() as conn:
        found = _announcement_articles(conn, [article_id])
        if not found:
            return None
        moment = stamp(now)
        story_id = _same_story(conn, found[0], timedelta(0)) or _start(
            conn, found[0], moment, moment
        )
        conn.execute(
            "INSERT OR IGNORE INTO story_articles (article_id, story_id) VALUES (?, ?)",
            (article_id, story_id),
        )
    return story_id


@dataclass(frozen=True)
class StoryFacts:
    """What subscriptions match a story on."""

    kind: str
    artists: set[int]
    text: str
    """Title and summary of its first article."""
    created_at: str


def story_facts(kb: KnowledgeBase, story_id: int) -> StoryFacts:
    kind, article_id, created, entity = kb.query(
        "SELECT kind, article_id, created_at, entity_id FROM stories WHERE id = ?", [story_id]
    )[0]
    title, summary = kb.query("SELECT title, summary FROM articles WHERE id = ?", [article_id])[0]
    artists = {
        int(r[0])
        for r in kb.query(
            "SELECT entity_id FROM mentions WHERE article_id = ? AND place = 0", [article_id]
        )
    }
    if entity is not None:
        artists.add(int(entity))
    return StoryFacts(str(kind), artists, f"{title}\n{summary or ''}", str(created))
