"""Turning article records into rows: articles, entities, mentions, facts, announcements.

Work is done in batches, one transaction each, so a crash leaves whole batches and never a
half-written article; re-ingesting a URL updates its row, and the same text under another URL
is recognised by its fingerprint and kept once.

Other processes may write to the same file between two batches (another ingest, a feed poll, the
clean-up of plain-word entities), so nothing read from the database outlives a batch unchecked:
the entity ids remembered for the run are read again when another connection has committed since
they were read (SQLite's `data_version`), inside the batch's own write transaction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from sqlite3 import Connection

from knowledge.entities import (
    add_name_start,
    initials,
    known_names,
    name_starts,
    shortened_by_fans,
    variants,
)
from knowledge.ingest.extraction import Extracted, Item, extracted
from knowledge.ingest.tidy import DOTTED, tidy
from knowledge.names import INITIALS, NICKNAME, PASSING, QUESTIONS_ONLY, TITLE_KINDS
from knowledge.records import ArticleRecord, Dropped, Problem
from knowledge.store import KnowledgeBase
from knowledge.text import norm
from knowledge.vocabulary import NOT_NAMES

BATCH = 1000
OPTIMIZE_AFTER = 10_000
LONG_LEAD_WORDS = 4
# Words inside a name that no list of names is joined by (`_EntityCache.known_prefix`).
NAME_PREPOSITIONS = frozenset({"in", "of"})
# Words that end a name of their own after a known one ("<Name> Jr.", "<Name> Five"), as a
# number does ("<Name> 41").
NAME_SUFFIXES = frozenset("jr sr ii iii iv two three four five six seven eight nine ten".split())
_POSSESSIVE_HEAD = re.compile(r"^(.+?)['’]s\s+\w+")
# The kinds of name whose initials nobody types: songs and other works a headline quotes.
_WRITTEN_OUT = frozenset({"single", "work"})
_FESTIVAL_END = re.compile(r"(?i)\s+(?:fest|festival)$")
MIN_SHORT_FESTIVAL = 4
_DOTTED_RE = re.compile(DOTTED.replace(".", r"\."))


@dataclass
class IngestReport:
    """Counts for the end-of-run summary, plus every skipped record's reason."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Dropped] = field(default_factory=list)
    """Parts of stored records that were left out, such as links that are not http(s)."""
    added_ids: list[int] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.problems)

    @property
    def read_anything(self) -> bool:
        return bool(self.added or self.updated or self.unchanged or self.duplicates)

    def summary(self) -> str:
        return (
            f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
            f"duplicates {self.duplicates}, skipped {self.skipped}"
        )


class _EntityCache:
    """Alias → entity id for the run, so each batch looks names up in memory. New entities get
    their ids here (counting on from the largest, as SQLite would) and are written with their
    aliases when the batch is (`flush`), one statement per table."""

    def __init__(self, conn: Connection) -> None:
        self.ids: dict[str, int] = {}
        self.norms: dict[str, int] = {}
        self.kinds: dict[int, str] = {}
        self.longest: dict[str, int] = {}
        self.next_id = 1
        self.version: int | None = None
        self.entities: list[tuple[int, str, str, str]] = []
        self.aliases: list[tuple[str, int, str]] = []
        self.spellings: list[tuple[str, int]] = []
        self.shortened: set[str] = set()
        """Aliases that point at their entity as its initials only."""
        self.unabbreviated: set[str] = set()
        """Names met in passing only, made without their initials (`ensure`)."""
        self.check(conn)

    def check(self, conn: Connection) -> None:
        """Read the aliases again if another connection has written since they were read.

        Called at the start of each batch's write transaction, when no other writer can change
        them until the batch commits: an entity another process deleted meanwhile is never used.
        """
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if version == self.version:
            return
        self.ids, self.shortened = {}, set()
        # Read so that the last row read wins as the first made would in `alias`: the oldest
        # entity, and a name's own alias over initials that spell it.
        for alias, entity_id, origin in conn.execute(
            "SELECT alias, entity_id, origin FROM aliases WHERE origin != ? "
            "ORDER BY origin = 'name', entity_id DESC",
            (QUESTIONS_ONLY,),
        ):
            self._point(alias, int(entity_id), origin)
        self.norms, self.kinds = {}, {}
        for key, entity_id, kind in conn.execute("SELECT norm, id, kind FROM entities"):
            self.norms[key] = int(entity_id)
            self.kinds[int(entity_id)] = kind
        self.next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0])
        self.next_id += 1
        self.unabbreviated = {
            str(r[0])
            for r in conn.execute("SELECT alias FROM aliases WHERE origin = ?", (PASSING,))
        }
        self.longest = name_starts(self.ids)
        self.version = version

    def flush(self, conn: Connection) -> None:
        """Write the entities and aliases made since the last flush."""
        conn.executemany(
            "INSERT INTO entities (id, name, norm, kind, articles) VALUES (?, ?, ?, ?, 0)",
            self.entities,
        )
        # A name's alias made in passing becomes its own name once some article is its news.
        conn.executemany(
            "INSERT INTO aliases (alias, entity_id, origin) VALUES (?, ?, ?) "
            "ON CONFLICT (alias, entity_id) DO UPDATE SET origin = excluded.origin "
            "WHERE aliases.origin = ?",
            [(*row, PASSING) for row in self.aliases],
        )
        conn.executemany(
            f"UPDATE entities SET name = ? WHERE id = ? AND name NOT GLOB '*{DOTTED}*'",
            self.spellings,
        )
        self.entities, self.aliases, self.spellings = [], [], []

    def _point(self, alias: str, entity_id: int, origin: str) -> None:
        self.ids[alias] = entity_id
        if origin == INITIALS:
            self.shortened.add(alias)
        else:
            self.shortened.discard(alias)

    def ensure(self, name: str, kind: str, spelled: bool = False, abbreviated: bool = True) -> int:
        """The entity of a name, made if new, with its aliases; its initials only where
        `abbreviated`: a name met in passing ("... at <Venue Name> Hall") is no act that chat
        shortens, and its initials would take ordinary words ("<word> <word>")."""
        key = norm(name)
        # A headline's subject that its body spells as a word ("Hal"), not in capitals, is a
        # name of its own where only some other name's initials spell it.
        if key in self.ids and (not spelled or key not in self.shortened or name.isupper()):
            known = self.ids[key]
            # An act met first as a plain word ("Run, ...") takes its initialism's spelling,
            # which tells the plain-word pruning it is a name.
            if self.norms.get(key) == known and _DOTTED_RE.search(name):
                self.spellings.append((name.strip(), known))
            # A name met in passing first is a name in full, with its initials, once some
            # article is its news.
            if abbreviated and key in self.unabbreviated and self.norms.get(key) == known:
                self.unabbreviated.discard(key)
                self.alias(key, known, "name")
                self._abbreviate(name, known)
            return known
        entity_id = self.norms.get(key)
        if entity_id is None:
            entity_id = self.next_id
            self.next_id += 1
            self.norms[key] = entity_id
            self.kinds[entity_id] = kind
            self.entities.append((entity_id, name.strip(), key, kind))
        self.alias(key, entity_id, "name" if abbreviated else PASSING)
        if abbreviated:
            self._abbreviate(name, entity_id)
        else:
            self.unabbreviated.add(key)
        head = _POSSESSIVE_HEAD.match(name)
        if head and len(head.group(1).split()) >= 2:
            self.alias(norm(head.group(1)), entity_id, "possessive")
        for variant in variants(name):
            self.alias(variant, entity_id, "variant")
        for short in shortened_by_fans(name):
            self.alias(short, entity_id, QUESTIONS_ONLY)
        # Fans name a festival of one word and "Fest" by the word alone ("<Word> 2026"); a
        # word the articles mostly write in lowercase is dropped again with the plain words.
        # Everyday words of a longer name stay the question's own unless it says the kind.
        short = _FESTIVAL_END.sub("", name)
        one_word = short != name and " " not in short and len(short) >= MIN_SHORT_FESTIVAL
        if kind == "festival" and one_word:
            self.alias(norm(short), entity_id, QUESTIONS_ONLY)
        return entity_id

    def festival(self, name: str) -> int:
        """The entity of a festival a headline names in passing: a known one the name writes
        with "Fest" for "Festival" or with neither word, or a new one."""
        short = norm(_FESTIVAL_END.sub("", name))
        for key in (norm(name), f"{short} festival", f"{short} fest", short):
            if key in self.ids:
                return self.ids[key]
        return self.ensure(name, "festival", abbreviated=False)

    def _abbreviate(self, name: str, entity_id: int) -> None:
        # Fans shorten an act's name, or a famous album's, to its initials; a song's they
        # write out.
        if self.kinds[entity_id] in _WRITTEN_OUT:
            return
        for short in initials(name):
            if short not in NOT_NAMES:
                self.alias(short, entity_id, INITIALS)

    def alias(self, alias: str, entity_id: int, origin: str) -> None:
        if not alias:
            return
        self.aliases.append((alias, entity_id, origin))
        if origin != QUESTIONS_ONLY:
            if alias not in self.ids or (origin == "name" and alias in self.shortened):
                self._point(alias, entity_id, origin)
            add_name_start(self.longest, alias)

    def nickname(self, name: str, other: str) -> int | None:
        """The entity that a name and its second name ("<name> (aka <other>)") both stand for
        from now on: the one already known, or a new one under the first name; None when
        both are known already, as two entities that the text alone cannot merge."""
        name_id, other_id = self.ids.get(norm(name)), self.ids.get(norm(other))
        if name_id is not None and other_id is not None:
            return None
        if other_id is not None:
            self.alias(norm(name), other_id, NICKNAME)
            return other_id
        entity_id = name_id if name_id is not None else self.ensure(name, "artist")
        self.alias(norm(other), entity_id, NICKNAME)
        return entity_id

    def known_prefix(self, name: str, kind: str = "artist", verb_after: bool = False) -> int | None:
        """A known name that starts a long headline lead: "Mara Lind Wraps Up Long U.S"
        is Mara Lind, whose verb the lead did not recognise; so is "Mara Lind Recovers", a
        known name of two words or more with one word after it. A lead whose last word says
        it names a festival, a venue or a label ("<Word> in the <Words> Festival") starts
        with a known name of two words or more, not with one word of its own. A lead that a
        verb of news ends (`verb_after`) is no known name where "in" or "of" follows that
        name ("<Word> in the <Words> Announce ..."): a headline joins two acts with "and",
        never so, and its verb does not come before its verb of news."""
        tokens = norm(name).split()
        if len(tokens) < LONG_LEAD_WORDS - 1:
            return None
        if len(tokens) < LONG_LEAD_WORDS and (tokens[-1] in NAME_SUFFIXES or tokens[-1].isdigit()):
            return None
        shortest = 1 if len(tokens) >= LONG_LEAD_WORDS else len(tokens) - 1
        shortest = max(shortest, 1 if kind == "artist" else 2)
        for size in range(len(tokens) - 1, shortest - 1, -1):
            entity_id = self.ids.get(" ".join(tokens[:size]))
            # A work's title opening a band's name is no subject of its own ("<Song> and the
            # <Words>"): a headline joins two acts with "and", not a record and an act.
            joined = tokens[size : size + 2] == ["and", "the"]
            if entity_id is not None and not (joined and self.kinds.get(entity_id) in TITLE_KINDS):
                return None if verb_after and tokens[size] in NAME_PREPOSITIONS else entity_id
        return None

    def subject(self, name: str, kind: str, spelled: bool = False, verb_after: bool = False) -> int:
        """The entity a headline's subject names. A word that only opens the headline ("New
        <Name> & <Other> Song") is dropped when a known name follows it, and a long lead is
        the known name it starts with (`known_prefix`) unless the body spells it whole;
        otherwise the subject is a new name."""
        if spelled:
            return self.ensure(name, kind, spelled=True)
        tokens = norm(name).split()
        if len(tokens) > 1 and tokens[0] in NOT_NAMES:
            rest = " ".join(tokens[1:])
            if rest in self.ids:
                return self.ids[rest]
            # A word joined to the rest ("Man/<Name>-<Word>") stays: the name is one word.
            if self.opening([tokens[1:]], rest) is not None and " " in name:
                name = name.split(None, 1)[1]
        return self.known_prefix(name, kind, verb_after) or self.ensure(name, kind)

    def opening(self, runs: list[list[str]], title: str) -> int | None:
        """The known name a headline opens with, when its subject was not made out (a verb
        the lead does not know, "<Name> Lets Her ..."): whose news it is all the same."""
        if not runs or not norm(title).startswith(" ".join(runs[0])):
            return None
        found = known_names(runs[:1], self.ids.__contains__, self.longest)
        return self.ids[found[0]] if found and " ".join(runs[0]).startswith(found[0]) else None

    def known(self, runs: list[list[str]]) -> set[int]:
        found = known_names(runs, self.ids.__contains__, self.longest)
        return {self.ids[name] for name in found}


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def add_articles(
    kb: KnowledgeBase,
    items: Iterable[ArticleRecord | Problem],
    on_item: Callable[[], None] | None = None,
    *,
    announce: bool = False,
    rederive: bool = False,
) -> IngestReport:
    """Store every record, collecting problems; one transaction per batch.

    With `announce`, the articles added are also recorded as waiting for the announcer, in the
    same transaction as the articles themselves: a process killed after a batch leaves its new
    articles both stored and known to be new, for the next tick to push. With `rederive`,
    unchanged articles have their entities, facts and kinds extracted again (a reindex).
    """
    report = IngestReport()
    cache: _EntityCache | None = None
    since = int(kb.query("SELECT coalesce(max(id), 0) + 1 FROM entities")[0][0])
    for batch, extractions in extracted(_batches(items, BATCH)):
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with kb.transaction() as conn:
            if cache is None:
                cache = _EntityCache(conn)
            else:
                cache.check(conn)
            added_before = len(report.added_ids)
            last = int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])
            rows = _Rows(next_id=last + 1, stamp=now)
            stored: list[Extracted] = []
            records = [(i, e) for i, e in zip(batch, extractions, strict=True) if e is not None]
            seen = _Seen(conn, records)
            for item, extraction in zip(batch, extractions, strict=True):
                if isinstance(item, Dropped):
                    report.notes.append(item)
                elif isinstance(item, Problem):
                    report.problems.append(item)
                elif extraction is not None and _store(
                    conn, cache, seen, item, extraction, report, rows, rederive
                ):
                    stored.append(extraction)
                if on_item:
                    on_item()
            cache.flush(conn)
            rows.write(conn)
            _count_words(conn, stored)
            if announce:
                conn.executemany(
                    "INSERT OR IGNORE INTO new_articles (article_id) VALUES (?)",
                    [(i,) for i in report.added_ids[added_before:]],
                )
    if report.added or report.updated:
        with kb.transaction() as conn:
            tidy(conn, since)
    if report.added + report.updated >= OPTIMIZE_AFTER:
        _optimize_full_text(kb)
    return report


def _optimize_full_text(kb: KnowledgeBase) -> None:
    """Merge each full-text index into one segment after a large ingest: a batch at a time
    leaves dozens of segments, and every search pays for each one (a tenth of the ingest's
    time, for answers up to twice as fast at the slow end)."""
    for table in ("articles_fts", "facts_fts"):
        with kb.transaction() as conn:
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def _count_words(conn: Connection, stored: list[Extracted]) -> None:
    """Tally lowercase uses of words, which tell ordinary words from names ("won", "Won"),
    and capitalised uses of words the batch never writes in lowercase, which spell the
    names a typo may be corrected to (the others are ordinary words, and counting them too
    would cost ingest more)."""
    lowercase: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for extraction in stored:
        lowercase.update(extraction.words)
        capitalised.update(extraction.capitalised)
    conn.executemany(
        "INSERT INTO word_usage (word, lowercase) VALUES (?, ?) "
        "ON CONFLICT(word) DO UPDATE SET lowercase = lowercase + excluded.lowercase",
        lowercase.items(),
    )
    conn.executemany(
        "INSERT INTO word_usage (word, lowercase, capitalised) VALUES (?, 0, ?) "
        "ON CONFLICT(word) DO UPDATE SET capitalised = capitalised + excluded.capitalised",
        [(w, n) for w, n in capitalised.items() if w not in lowercase],
    )


@dataclass
class _Rows:
    """A batch's new rows, written with one statement per table.

    New articles get their ids here, counting on from the largest id: the batch runs inside
    one write transaction, so no other writer can take those ids meanwhile.
    """

    next_id: int
    stamp: str
    """When the batch is stored (`ingested_at`)."""
    articles: dict[int, tuple[object, ...]] = field(default_factory=dict)
    mentions: list[tuple[int, int, int, str, str | None]] = field(default_factory=list)
    announcements: list[tuple[int, str, int, str]] = field(default_factory=list)
    facts: list[tuple[int, int | None, str, str]] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    """Entities that stored articles being replaced mentioned: their counts change too."""
    pending: set[int] = field(default_factory=set)

    def forget(self, article_id: int) -> None:
        """Drop what is pending for an article that is being stored again."""
        if article_id not in self.pending:
            return
        self.mentions = [m for m in self.mentions if m[1] != article_id]
        self.announcements = [a for a in self.announcements if a[0] != article_id]
        self.facts = [f for f in self.facts if f[0] != article_id]

    def write(self, conn: Connection) -> None:
        """The batch's rows, full-text indexed in one statement per table (new rows are not
        indexed by triggers: see the schema), entity counts brought up to date."""
        conn.executemany(
            "INSERT INTO articles (id, title, date, source, body, summary, fingerprint, kind, "
            "ingested_at, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, *values) for article_id, values in self.articles.items()],
        )
        if self.articles:
            conn.execute(
                "INSERT INTO articles_fts (rowid, title, summary) "
                "SELECT id, title, summary FROM articles WHERE id >= ?",
                (min(self.articles),),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO mentions (entity_id, article_id, place, date, kind) "
            "VALUES (?, ?, ?, ?, ?)",
            self.mentions,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO announcements (article_id, kind, entity_id, date) "
            "VALUES (?, ?, ?, ?)",
            self.announcements,
        )
        last = int(conn.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0])
        conn.executemany(
            "INSERT INTO facts (article_id, entity_id, kind, sentence) VALUES (?, ?, ?, ?)",
            self.facts,
        )
        conn.execute(
            "INSERT INTO facts_fts (rowid, sentence, kind) "
            "SELECT id, sentence, kind FROM facts WHERE id > ?",
            (last,),
        )
        self._count(conn)

    def _count(self, conn: Connection) -> None:
        """Each entity's articles and announcements: added to for new articles, counted again
        for entities of the articles stored anew (whose old rows are gone)."""
        again = self.touched | {m[0] for m in self.mentions if m[1] not in self.articles}
        again |= {a[2] for a in self.announcements if a[0] not in self.articles}
        mentioned = Counter(m[0] for m in self.mentions if m[0] not in again)
        announced = Counter(a[2] for a in self.announcements if a[2] not in again)
        conn.executemany(
            "UPDATE entities SET articles = articles + ? WHERE id = ?",
            [(n, e) for e, n in mentioned.items()],
        )
        conn.executemany(
            "UPDATE entities SET announced = announced + ? WHERE id = ?",
            [(n, e) for e, n in announced.items()],
        )
        conn.executemany(
            "UPDATE entities SET articles = (SELECT count(*) FROM mentions WHERE entity_id = ?), "
            "announced = (SELECT count(*) FROM announcements WHERE entity_id = ?) WHERE id = ?",
            [(e, e, e) for e in again],
        )


class _Seen:
    """What the database already holds for a batch's URLs and texts, read in two queries."""

    def __init__(self, conn: Connection, records: list[tuple[Item, Extracted]]) -> None:
        urls = list({r.url for r, _ in records if isinstance(r, ArticleRecord)})
        self.prints = {r.url: e.fingerprint for r, e in records if isinstance(r, ArticleRecord)}
        self.by_url: dict[str, tuple[int, str, str, str]] = {}
        self.texts: set[str] = set()
        for chunk in range(0, len(urls), BATCH):
            part = urls[chunk : chunk + BATCH]
            marks = ",".join("?" * len(part))
            for row in conn.execute(
                f"SELECT url, id, fingerprint, title, date FROM articles WHERE url IN ({marks})",
                part,
            ):
                self.by_url[row[0]] = (int(row[1]), row[2], row[3], row[4])
        values = list(set(self.prints.values()))
        for chunk in range(0, len(values), BATCH):
            part = values[chunk : chunk + BATCH]
            marks = ",".join("?" * len(part))
            self.texts.update(
                row[0]
                for row in conn.execute(
                    f"SELECT fingerprint FROM articles WHERE fingerprint IN ({marks})", part
                )
            )


def _store(
    conn: Connection,
    cache: _EntityCache,
    seen: _Seen,
    record: ArticleRecord,
    extraction: Extracted,
    report: IngestReport,
    rows: _Rows,
    rederive: bool = False,
) -> bool:
    """Store one record; True when its row was added or changed (or is to be re-derived)."""
    print_ = seen.prints[record.url]
    existing = seen.by_url.get(record.url)
    if existing is None and print_ in seen.texts:
        report.duplicates += 1
        return False
    if (
        existing is not None
        and not rederive
        and existing[1:] == (print_, record.title, record.date)
    ):
        report.unchanged += 1
        return False
    values = (
        record.title,
        record.date,
        record.source,
        record.body,
        extraction.summary,
        print_,
        extraction.kind,
        rows.stamp,
    )
    if existing is None:
        article_id = rows.next_id
        rows.next_id += 1
        rows.articles[article_id] = (*values, record.url)
        seen.by_url[record.url] = (article_id, print_, record.title, record.date)
        report.added += 1
        report.added_ids.append(article_id)
    elif existing[0] in rows.articles:
        article_id = existing[0]
        rows.articles[article_id] = (*values, record.url)
        rows.forget(article_id)
        seen.by_url[record.url] = (article_id, print_, record.title, record.date)
        report.updated += 1
    else:
        article_id = int(existing[0])
        conn.execute(
            "UPDATE articles SET title=?, date=?, source=?, body=?, summary=?, fingerprint=?, "
            "kind=?, ingested_at=? WHERE id=?",
            (*values, article_id),
        )
        named = conn.execute("SELECT entity_id FROM mentions WHERE article_id = ?", (article_id,))
        rows.touched.update(int(r[0]) for r in named)
        for table in ("mentions", "facts", "announcements"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        rows.forget(article_id)
        seen.by_url[record.url] = (article_id, print_, record.title, record.date)
        report.updated += 1
    seen.texts.add(print_)
    rows.pending.add(article_id)
    _link(cache, article_id, record, extraction, rows)
    return True


def _link(
    cache: _EntityCache, article_id: int, record: ArticleRecord, found: Extracted, rows: _Rows
) -> None:
    """An article's entities (created in the order they are met, which fixes their ids),
    mentions, announcement and facts."""
    subjects = [cache.subject(n.name, n.kind, n.spelled, n.verb_after) for n in found.names]
    kind = found.kind
    headline_kind = kind if kind in {"album", "single", "film"} else "work"
    for work, work_kind in found.works:
        if len(work.split()) > 1:
            cache.ensure(work, work_kind or headline_kind)
    named = {cache.ensure(n.name, n.kind, abbreviated=False) for n in found.headline_names}
    named |= {cache.festival(n.name) for n in found.festivals}
    in_title = set(subjects) | named | cache.known(found.title_runs)
    in_text: set[int] = set()
    if record.body:
        recurring = {cache.ensure(n.name, n.kind) for n in found.recurring}
        for name, other in found.nicknames:
            both = cache.nickname(name, other)
            if both is not None:
                recurring.add(both)
        in_text = (cache.known(found.lead_runs) | recurring) - in_title
        for name, surname in found.surnames:
            cache.alias(norm(surname), cache.ensure(name, "artist"), QUESTIONS_ONLY)
    main = subjects[0] if subjects else cache.opening(found.title_runs, record.title)
    announced = kind if kind and main is not None else None
    date = record.date
    rows.mentions += [(e, article_id, 0, date, announced) for e in in_title]
    rows.mentions += [(e, article_id, 1, date, None) for e in in_text]
    if announced and main is not None:
        rows.announcements.append((article_id, announced, main, date))
    rows.facts += [(article_id, main, kinds, sentence) for sentence, kinds in found.facts]


def add_aliases(kb: KnowledgeBase, pairs: Iterable[tuple[str, str]]) -> int:
    """Admin aliases ("alias", "Canonical Name"); the canonical name is created if unknown."""
    count = 0
    with kb.transaction() as conn:
        cache = _EntityCache(conn)
        for alias, canonical in pairs:
            entity_id = cache.ensure(canonical, "artist")
            cache.alias(norm(alias), entity_id, "admin")
            count += 1
        cache.flush(conn)
    return count
