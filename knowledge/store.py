"""KnowledgeBase: the one object that opens the SQLite file and answers every query on it.

Reads are short indexed queries; writes go through `knowledge.ingest.loader`. The connection allows
use from another thread because async adapters may run lookups off the event loop; a lock
serialises access.

Several processes may share one file (ingest, a bot, a cron `announce --once`): the database is in
WAL mode so readers never wait, every write takes the write lock up front (`BEGIN IMMEDIATE`) and
waits for it up to `BUSY_TIMEOUT_SECONDS`, and schema set-up retries while another process holds
the lock. A file that is not a Roadie knowledge base, or cannot be written, raises
`KnowledgeBaseError` with one line saying which.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cachetools import LRUCache
from sqlite_utils import Database

from knowledge.names import Entity, NameIndex
from knowledge.schema import migrate
from knowledge.search import Search, Table


@dataclass(frozen=True)
class ArticleRow:
    """An article as the answering core sees it."""

    id: int
    url: str
    title: str
    date: str
    source: str
    summary: str
    kind: str | None
    body: str = ""


@dataclass(frozen=True)
class Sentence:
    """A stored sentence with its fact kinds."""

    id: int
    article_id: int
    text: str
    kinds: str


BUSY_TIMEOUT_SECONDS = 30.0
"""How long a write waits for another process's write to finish: far longer than any batch."""
# FTS expressions whose "any match?" answer is kept until the next write.
MATCHES_REMEMBERED = 8192
# Articles and sentences kept by id until the next write (under 1 KB each): the newest
# articles about popular names and the sentences that best match common questions come back
# answer after answer, and each costs a lookup of several pages otherwise.
ROWS_REMEMBERED = 4096
# Typo look-ups (a word's one-edit spellings found in use) kept between questions.
SPELLINGS_REMEMBERED = 1024
# Postings of a word `written_with` reads at most, newest first, in each full-text index.
WRITTEN_WITH_READ = 500
# Headlines and sentences `placed_share` reads at most, newest first, in each index.
PLACED_READ = 200
# Headlines naming a work that say whose it is (`KnowledgeBase.maker`): a work's own news is
# a few announcements and reviews, and its newest ones say whose it is now.
MAKER_HEADLINES = 20
# Words that put what follows them somewhere: "in London", "at <festival>". Not "of", "to"
# or "from", which also say who someone plays with ("the singer of <band>", "a tribute to
# <band>", "<name> from <band>").
_PLACING = r"(?:in|at|across|around|throughout|outside|near|into)\s+(?:the\s+)?"
# What an act's name says whose it is, written after it ("at <act> concerts").
_OWNED_BY_ACT = r"(?:concerts?|shows?|fans?|gigs?|performances?|tours?)\b"
# Keys bound in one statement at most: older SQLite builds allow 999 parameters.
_KEYS_PER_STATEMENT = 900


_FILE_PROBLEMS = frozenset(
    {
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
    }
)


class KnowledgeBaseError(Exception):
    """The file cannot serve as a knowledge base: not one, damaged, or not writable."""

    def __init__(self, path: Path, error: Exception | str) -> None:
        self.path = path
        self.read_only = isinstance(error, Exception) and _read_only(path, error)
        what = "is read-only" if self.read_only else "is not a Roadie knowledge base"
        super().__init__(f"{path} {what}: {error}")

    @classmethod
    def of_file(cls, path: Path, error: sqlite3.DatabaseError) -> KnowledgeBaseError | None:
        """The error as a problem with the file itself, or None when it is about something else
        (a lock held too long, a bug): a damaged file may open fine and fail at a later query."""
        return cls(path, error) if _code(error) in _FILE_PROBLEMS else None


def _code(error: Exception) -> int:
    """SQLite's primary result code for an error; 0 for errors raised by Python itself."""
    return int(getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def _read_only(path: Path, error: Exception) -> bool:
    if _code(error) == sqlite3.SQLITE_READONLY:
        return True
    folder_locked = not os.access(path.parent, os.W_OK)
    return (path.exists() and not os.access(path, os.W_OK)) or folder_locked


def _busy(error: sqlite3.OperationalError) -> bool:
    return _code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _foreign_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables of a file that was never a Roadie knowledge base (it has tables but no migrations
    record): migrating it would write our tables into someone else's database."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [] if not names or "_sqlite_migrations" in names else sorted(names)


def _set_up(conn: sqlite3.Connection) -> None:
    """Pragmas, retried while another process sets up the same new file: switching a new file to
    WAL needs a moment alone with it, which the busy timeout does not wait for."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as error:
            if not _busy(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-65536")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA foreign_keys=ON")


_COLUMNS = "a.id, a.url, a.title, a.date, a.source, a.summary, a.kind"
HEADLINES = Table("articles_fts", "articles", (("title", 4.0), ("summary", 1.0)))
SENTENCES = Table("facts_fts", "facts", (("sentence", 1.0), ("kind", 0.0)), frozenset({"kind"}))


def _row(values: tuple[Any, ...], body: str = "") -> ArticleRow:
    article_id, url, title, date, source, summary, kind = values[:7]
    return ArticleRow(article_id, url, title, date, source, summary or "", kind, body)


def _sentence(values: tuple[Any, ...]) -> Sentence:
    return Sentence(int(values[0]), int(values[1]), str(values[2]), str(values[3]))


_Kept = TypeVar("_Kept")


class KnowledgeBase:
    """Articles, entities, facts and announcements in one SQLite file."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.lock = threading.RLock()
        self._names: NameIndex | None = None
        self._word_uses: dict[str, int] = {}
        self._total: int | None = None
        self._matched: LRUCache[str, bool] = LRUCache(maxsize=MATCHES_REMEMBERED)
        self._used: LRUCache[tuple[tuple[str, ...], int, bool], list[str]] = LRUCache(
            maxsize=SPELLINGS_REMEMBERED
        )
        self._articles: LRUCache[int, ArticleRow] = LRUCache(maxsize=ROWS_REMEMBERED)
        self._sentences: LRUCache[int, Sentence] = LRUCache(maxsize=ROWS_REMEMBERED)
        self._placed: LRUCache[str, tuple[int, float]] = LRUCache(maxsize=ROWS_REMEMBERED)
        self._sites: dict[str, bool] = {}
        self._search = Search(self.query)
        migrate(db)
        self._version = int(db.conn.execute("PRAGMA data_version").fetchone()[0])

    @classmethod
    def open(cls, path: Path | str) -> KnowledgeBase:
        """Open (creating if needed) the knowledge base at `path`."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False, isolation_level=None
        )
        try:
            _set_up(conn)
            foreign = _foreign_tables(conn)
            if foreign:
                raise KnowledgeBaseError(path, f"it holds other tables ({', '.join(foreign[:5])})")
            return cls(Database(conn))
        except sqlite3.DatabaseError as error:
            conn.close()
            problem = KnowledgeBaseError.of_file(path, error)
            if problem is None:
                raise
            raise problem from error
        except KnowledgeBaseError:
            conn.close()
            raise

    @classmethod
    def in_memory(cls) -> KnowledgeBase:
        """A throwaway knowledge base, for tests and one-off scripts."""
        return cls(Database(sqlite3.connect(":memory:", check_same_thread=False)))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; the lock keeps other threads out meanwhile."""
        with self.lock:
            conn = self.db.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            self._forget()

    def _forget(self) -> None:
        """Drop everything read from the database and kept for later questions."""
        self._names = None
        self._word_uses.clear()
        self._total = None
        self._matched.clear()
        self._sites.clear()
        self._used.clear()
        self._articles.clear()
        self._sentences.clear()
        self._search.forget()

    def refresh(self) -> None:
        """Drop what is kept when another connection, in this process or another, has
        committed since: this connection's own writes go through `transaction`, which drops
        it itself. Asked by each full-text search, and before a question's names are linked
        or completed (an artist another process just stored is known at once), so a few
        times per answer; the check is a statement, about 10 µs."""
        with self.lock:
            version = int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])
            if version != self._version:
                self._version = version
                self._forget()

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.db.conn.execute(sql, tuple(params)).fetchall()

    @property
    def names(self) -> NameIndex:
        """The in-memory index of entity names, rebuilt after any write."""
        if self._names is None:
            rows = self.query(
                "SELECT al.alias, e.id, e.name, e.kind, e.articles, al.origin "
                "FROM aliases al JOIN entities e ON e.id = al.entity_id"
            )
            self._names = NameIndex([(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows])
        return self._names

    def article_total(self) -> int:
        """The article count, remembered until the next write: ranking asks it every time."""
        if self._total is None:
            self._total = self.article_count()
        return self._total

    def article_count(self) -> int:
        return int(self.query("SELECT count(*) FROM articles")[0][0])

    def newest_date(self) -> str | None:
        rows = self.query("SELECT max(date) FROM articles")
        return str(rows[0][0]) if rows and rows[0][0] else None

    def complete_entities(self, text: str, limit: int = 25) -> list[str]:
        """Entity names for autocomplete: fuzzy, aliases included, at most `limit`."""
        self.refresh()
        return [e.name for e in self.names.complete(text, min(limit, 25))]

    def by_url(self, url: str) -> ArticleRow | None:
        rows = self.query(f"SELECT {_COLUMNS}, a.body FROM articles a WHERE a.url = ?", [url])
        return _row(rows[0], rows[0][7] or "") if rows else None

    def mentions(self, match: str) -> bool:
        """Whether any headline, summary or sentence matches an FTS5 expression. Remembered
        until the next write: a phrase with a common word ("<name> festival") reads that
        word's whole posting list when nothing matches, and popular names are asked about
        again and again."""
        self.refresh()
        with self.lock:  # kept answers are shared by the answering threads
            if match not in self._matched:
                self._matched[match] = any(
                    self.query(f"SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT 1", [match])
                    for table in ("articles_fts", "facts_fts")
                )
            return self._matched[match]

    def publishes(self, site: str) -> bool:
        """Whether some article's address is on a site whose name begins with `site` (a
        name run together, "<outlet>" for "www.<outlet>.com"): a question that names it
        names where it read the news. Four look-ups on the address index, remembered until
        the next write."""
        self.refresh()
        with self.lock:
            if site not in self._sites:
                self._sites[site] = any(
                    self.query(
                        "SELECT 1 FROM articles WHERE url >= ? AND url < ? LIMIT 1",
                        [f"{scheme}{site}", f"{scheme}{site}\U0010ffff"],
                    )
                    for scheme in ("https://", "https://www.", "http://", "http://www.")
                )
            return self._sites[site]

    def sentences_of(self, article_ids: list[int]) -> list[Sentence]:
        """Every stored sentence of these articles, in order."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        rows = self.query(
            f"SELECT id, article_id, sentence, kind FROM facts WHERE article_id IN ({marks}) "
            "ORDER BY id",
            article_ids,
        )
        return [_sentence(r) for r in rows]

    def stating(self, article_ids: list[int], kind: str) -> set[int]:
        """Which of these articles hold a sentence of a kind of fact, wherever it stands: one
        that refers to its subject ("the singer had passed away") without naming it."""
        if not article_ids:
            return set()
        marks = ",".join("?" * len(article_ids))
        rows = self.query(
            f"SELECT DISTINCT article_id FROM facts WHERE article_id IN ({marks}) "
            "AND instr(' ' || kind || ' ', ?) > 0",
            [*article_ids, f" {kind} "],
        )
        return {int(r[0]) for r in rows}

    def by_ids(self, ids: list[int]) -> list[ArticleRow]:
        """The articles with these ids, in id order."""
        self.refresh()
        found = self._article_rows(ids)
        return [found[i] for i in sorted(found)]

    def _article_rows(self, ids: Iterable[int]) -> dict[int, ArticleRow]:
        return self._kept(
            self._articles, ids, f"SELECT {_COLUMNS} FROM articles a WHERE a.id IN", _row
        )

    def _kept(
        self,
        kept: LRUCache[int, _Kept],
        ids: Iterable[int],
        select: str,
        make: Callable[[tuple[Any, ...]], _Kept],
    ) -> dict[int, _Kept]:
        """Rows by id (the first column of `select`), reading only those not kept already."""
        found: dict[int, _Kept] = {}
        with self.lock:
            missing = []
            for key in dict.fromkeys(ids):
                row = kept.get(key)
                if row is None:
                    missing.append(key)
                else:
                    found[key] = row
            if missing:
                for values in self.query(f"{select} ({','.join('?' * len(missing))})", missing):
                    found[int(values[0])] = kept[int(values[0])] = make(values)
        return found

    def lowercase_uses(self, word: str) -> int:
        """How often `word` appears in lowercase in article text: high for ordinary words.

        Remembered until the next write: one question asks about the same few words often.
        """
        uses = self._word_uses.get(word)
        if uses is None:
            rows = self.query("SELECT lowercase FROM word_usage WHERE word = ?", [word])
            uses = self._word_uses[word] = int(rows[0][0]) if rows else 0
        return uses

    def words_used(
        self, words: Sequence[str], minimum: int, *, capitalised: bool = False
    ) -> list[str]:
        """Which of `words` the articles use in lowercase (or, asked so, capitalised) at
        least `minimum` times, each looked up by key: a typo's candidate spellings are
        checked whatever the vocabulary's size. Remembered until the next write: typo
        correction and the decline evidence both ask about a word no article uses."""
        key = (tuple(words), minimum, capitalised)
        with self.lock:  # kept answers are shared by the answering threads
            if key in self._used:
                return list(self._used[key])
        column = "capitalised" if capitalised else "lowercase"
        found = self._words_where(words, f"{column} >= ?", [minimum])
        with self.lock:
            self._used[key] = found
        return list(found)

    def words_written(self, words: Sequence[str]) -> list[str]:
        """Which of `words` the articles write at all, in lowercase or capitalised. Not
        remembered: a glued run's many candidate words (`bot.core.glue`) would crowd the
        remembered spellings out, and a message holds one such run or a few."""
        return self._words_where(words, "(lowercase >= 1 OR capitalised >= 1)", [])

    def uses(self, words: Sequence[str]) -> dict[str, int]:
        """How often the articles write each of `words`, in lowercase or capitalised (0 for
        a word they never write): how little a word says of one article."""
        found = dict.fromkeys(words, 0)
        for rows in self._vocabulary(words, "lowercase + capitalised", "1", []):
            found.update((str(r[0]), int(r[1])) for r in rows)
        return found

    def _words_where(self, words: Sequence[str], condition: str, params: list[object]) -> list[str]:
        """Which of `words` the vocabulary holds under `condition`, sorted within each
        statement."""
        return [
            str(r[0])
            for rows in self._vocabulary(words, "0", condition, params)
            for r in sorted(rows)
        ]

    def _vocabulary(
        self, words: Sequence[str], column: str, condition: str, params: list[object]
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The vocabulary's rows (word, `column`) of `words` under `condition`, each
        statement's in turn: words are looked up by key, a bounded number per statement."""
        for start in range(0, len(words), _KEYS_PER_STATEMENT):
            chunk = words[start : start + _KEYS_PER_STATEMENT]
            yield self.query(
                f"SELECT word, {column} FROM word_usage "
                f"WHERE word IN ({','.join('?' * len(chunk))}) AND {condition}",
                [*chunk, *params],
            )

    def announcements(
        self,
        *,
        entity_ids: list[int] | None = None,
        kind: str | None = None,
        since: str | None = None,
        limit: int = 10,
    ) -> list[ArticleRow]:
        """Announcement articles, newest first, narrowed by entity, kind and date.

        An entity's announcements are those naming it in the headline: the first entries of
        an index of its headline mentions (`mentions.kind` is the announcement's kind), read
        per entity and merged, so the rows read do not grow with the knowledge base.
        """
        filters = (" AND kind = ?" if kind else "") + (" AND date >= ?" if since else "")
        narrowing = [value for value in (kind, since) if value]
        if entity_ids:
            one = (
                "SELECT * FROM (SELECT article_id, date FROM mentions WHERE entity_id = ? "
                f"AND place = 0 AND kind IS NOT NULL{filters} "
                "ORDER BY date DESC, article_id DESC LIMIT ?)"
            )
            found = " UNION ".join([one] * len(entity_ids))
            params: list[Any] = [v for e in entity_ids for v in (e, *narrowing, limit)]
        else:
            found = (
                f"SELECT article_id, date FROM announcements WHERE 1 = 1{filters} "
                "ORDER BY date DESC, article_id DESC LIMIT ?"
            )
            params = [*narrowing, limit]
        rows = self.query(
            f"SELECT {_COLUMNS} FROM ({found}) an JOIN articles a ON a.id = an.article_id "
            "ORDER BY an.date DESC, an.article_id DESC LIMIT ?",
            [*params, limit],
        )
        return [_row(r) for r in rows]

    def announces(self, entity_id: int, kind: str) -> bool:
        """Whether a headline whose subject is the entity announces this kind of news."""
        return bool(
            self.query(
                "SELECT 1 FROM announcements WHERE entity_id = ? AND kind = ? LIMIT 1",
                [entity_id, kind],
            )
        )

    def most_announced(self, limit: int) -> list[str]:
        """Artists with the most announcements: the names help can promise answers about."""
        rows = self.query(
            "SELECT name FROM entities WHERE kind = 'artist' AND announced > 0 "
            "ORDER BY announced DESC, id DESC LIMIT ?",
            [limit],
        )
        return [str(r[0]) for r in rows]

    def latest_announcement(self, kind: str | None) -> ArticleRow | None:
        found = self.announcements(kind=kind, limit=1)
        return found[0] if found else None

    def title_hits(self, match: str, limit: int) -> list[tuple[ArticleRow, float]]:
        """Articles whose headline or summary match an FTS5 expression, best first, each with
        its bm25 score (lower is better); reads a bounded number of rows (`knowledge.search`)."""
        self.refresh()
        with self.lock:  # the search's caches are shared by the answering threads
            hits = self._search.hits(HEADLINES, match, limit)
        rows = self._article_rows(rowid for rowid, _ in hits)
        return [(rows[rowid], score) for rowid, score in hits if rowid in rows]

    def sentence_hits(self, match: str, limit: int) -> list[tuple[Sentence, float]]:
        """Body sentences matching an FTS5 expression, best first, with their bm25 score;
        reads a bounded number of rows (`knowledge.search`)."""
        self.refresh()
        with self.lock:  # the search's caches are shared by the answering threads
            hits = self._search.hits(SENTENCES, match, limit)
        found = self._kept(
            self._sentences,
            (rowid for rowid, _ in hits),
            "SELECT id, article_id, sentence, kind FROM facts WHERE id IN",
            _sentence,
        )
        return [(found[rowid], score) for rowid, score in hits if rowid in found]

    def newest_about(
        self, entity_id: int, limit: int, until: str | None = None
    ) -> list[ArticleRow]:
        """The newest articles that mention an entity, newest first, those dated `until` (ISO)
        or before where given: the first entries of an index on (entity, date), however many
        articles mention it; the articles themselves are read only when not kept from earlier
        questions."""
        self.refresh()
        ids = [
            int(r[0])
            for r in self.query(
                "SELECT article_id FROM mentions WHERE entity_id = ? AND date <= ? "
                "ORDER BY date DESC, article_id DESC LIMIT ?",
                [entity_id, until or "9999", limit],
            )
        ]
        found = self._article_rows(ids)
        return [found[i] for i in ids if i in found]

    def texts_about(self, entity_id: int, limit: int, chars: int) -> list[str]:
        """The headlines and the first `chars` of the bodies of the newest `limit` articles
        that mention an entity: what is said of it, read through the (entity, date) index."""
        return [
            str(r[0])
            for r in self.query(
                "SELECT a.title || ' ' || substr(coalesce(a.body, ''), 1, ?) FROM mentions m "
                "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? "
                "ORDER BY m.date DESC, m.article_id DESC LIMIT ?",
                [chars, entity_id, limit],
            )
        ]

    def maker(self, entity_id: int) -> Entity | None:
        """Whose work an entity is: the name its newest headlines (`MAKER_HEADLINES`) are
        most often about (their announcements' subject), or None when they are about
        nothing else."""
        rows = self.query(
            "SELECT e.id, e.name, e.kind, e.articles FROM ("
            "SELECT article_id FROM mentions WHERE entity_id = ? AND place = 0 "
            "ORDER BY date DESC LIMIT ?) m "
            "JOIN announcements a ON a.article_id = m.article_id "
            "JOIN entities e ON e.id = a.entity_id WHERE e.id != ? "
            "GROUP BY e.id ORDER BY count(*) DESC, e.articles DESC LIMIT 1",
            [entity_id, MAKER_HEADLINES, entity_id],
        )
        return Entity(int(rows[0][0]), rows[0][1], rows[0][2], int(rows[0][3])) if rows else None

    def placed_share(self, name: str) -> tuple[int, float]:
        """How often the newest headlines and sentences that write a name write it (at most
        `PLACED_READ` of each), and the share of those where a word that places something
        comes before it ("in London", "at <festival>"): high for a city, a country or a
        festival, low for an artist. Case tells neither apart, as both are capitalised.
        Kept across writes, unlike what other questions read: a name's share moves slowly as
        articles arrive, and reading it again costs up to 60 ms at a million articles when
        the rows are not in the page cache (an ingest beside a running bot commits often)."""
        with self.lock:  # kept answers are shared by the answering threads
            known = self._placed.get(name)
        if known is not None:
            return known
        phrase = '"' + name.replace('"', '""') + '"'
        texts = [
            str(row[0])
            for table, column, source in (
                ("articles_fts", "title", "articles"),
                ("facts_fts", "sentence", "facts"),
            )
            for row in self.query(
                f"SELECT t.{column} FROM (SELECT rowid AS id FROM {table} "
                f"WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT {PLACED_READ}) f "
                f"JOIN {source} t ON t.id = f.id",
                [f"{column} : {phrase}"],
            )
        ]
        spelt = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        # "In <name>'s studio" places the studio, "outside <name> concert" the concert: the
        # name owns the place, or says whose it is, and is none.
        placed = re.compile(
            rf"\b{_PLACING}{re.escape(name)}\b(?![’']s\b|\s+{_OWNED_BY_ACT})", re.IGNORECASE
        )
        seen = sum(len(spelt.findall(text)) for text in texts)
        at = sum(len(placed.findall(text)) for text in texts)
        share = (seen, at / seen if seen else 0.0)
        with self.lock:
            self._placed[name] = share
        return share

    def written_with(self, entity_id: int, word: str) -> bool:
        """Whether an article that mentions an entity writes `word` (as FTS5 matches it, by
        stem) in its headline, summary or a sentence, among the newest `WRITTEN_WITH_READ`
        headlines and sentences that write it: a surname or a first name is written in
        thousands of articles of a large knowledge base, and reading them all to test each
        against the entity's mentions cost 25 ms at a million."""
        self.refresh()
        phrase = '"' + word.replace('"', '""') + '"'
        return any(
            self.query(
                f"SELECT 1 FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ? "
                f"ORDER BY rowid DESC LIMIT {WRITTEN_WITH_READ}) f{join} "
                f"JOIN mentions m ON m.article_id = {column} AND m.entity_id = ? LIMIT 1",
                [phrase, entity_id],
            )
            for table, join, column in (
                ("articles_fts", "", "f.id"),
                ("facts_fts", " JOIN facts s ON s.id = f.id", "s.article_id"),
            )
        )

    def mentioned(
        self, entity_ids: Sequence[int], article_ids: Sequence[int]
    ) -> set[tuple[int, int]]:
        """Which (entity, article) pairs are linked by ingest."""
        if not entity_ids or not article_ids:
            return set()
        rows = self.query(
            f"SELECT entity_id, article_id FROM mentions WHERE entity_id IN "
            f"({','.join('?' * len(entity_ids))}) AND article_id IN "
            f"({','.join('?' * len(article_ids))})",
            [*entity_ids, *article_ids],
        )
        return {(int(r[0]), int(r[1])) for r in rows}
