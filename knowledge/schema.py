"""The knowledge base schema, owned by sqlite-utils migrations: the only place tables change.

Migrations are append-only: a database built by an older Roadie is brought up to date by
applying the ones it has not seen, each in its own transaction.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("roadie")


@migrations()
def create_articles(db: Database) -> None:
    db.table("articles").create(
        {
            "id": int,
            "url": str,
            "title": str,
            "date": str,
            "source": str,
            "body": str,
            "summary": str,
            "fingerprint": str,
            "kind": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"url", "title", "date", "source"},
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["fingerprint"])
    db.table("articles").create_index(["date"])
    # Bodies are searched sentence by sentence through facts_fts; indexing them here too
    # would double the cost of every ingest.
    db.table("articles").enable_fts(
        ["title", "summary"], create_triggers=True, tokenize="porter unicode61 remove_diacritics 2"
    )


@migrations()
def create_entities(db: Database) -> None:
    db.table("entities").create(
        {"id": int, "name": str, "norm": str, "kind": str, "articles": int},
        pk="id",
        not_null={"name", "norm", "kind"},
        defaults={"articles": 0},
    )
    db.table("entities").create_index(["norm"], unique=True)
    db.table("aliases").create(
        {"alias": str, "entity_id": int, "origin": str},
        pk=("alias", "entity_id"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db.table("mentions").create(
        {"entity_id": int, "article_id": int, "place": int},
        pk=("entity_id", "article_id"),
        foreign_keys=[("entity_id", "entities", "id"), ("article_id", "articles", "id")],
    )
    db.table("mentions").create_index(["article_id"])


@migrations()
def create_facts(db: Database) -> None:
    db.table("facts").create(
        {"id": int, "article_id": int, "entity_id": int, "kind": str, "sentence": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db.table("facts").create_index(["entity_id"])
    db.table("facts").create_index(["article_id"])
    db.table("facts").enable_fts(
        ["sentence", "kind"],
        create_triggers=True,
        tokenize="porter unicode61 remove_diacritics 2",
    )
    db.table("word_usage").create({"word": str, "lowercase": int}, pk="word")
    db.table("announcements").create(
        {"article_id": int, "kind": str, "entity_id": int, "date": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("announcements").create_index(["date"])
    db.table("announcements").create_index(["entity_id"])


_ANNOUNCER_TABLES = (
    """CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        every_minutes INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        removed_at TEXT,
        baseline_done INTEGER NOT NULL DEFAULT 0,
        etag TEXT,
        last_modified TEXT,
        next_poll_at TEXT,
        last_fetch_at TEXT,
        last_status TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        paused_at TEXT,
        paused_reason TEXT,
        pauses INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_value TEXT NOT NULL,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        UNIQUE (platform, channel_id, target_kind, target_value)
    )""",
    "CREATE INDEX subscriptions_target ON subscriptions (target_kind, target_value)",
    """CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles (id),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX stories_cluster ON stories (kind, date)",
    """CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id),
        story_id INTEGER NOT NULL REFERENCES stories (id)
    )""",
    "CREATE INDEX story_articles_story ON story_articles (story_id)",
    """CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        story_id INTEGER REFERENCES stories (id),
        notice TEXT,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        batch INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        claim_token TEXT,
        claimed_at TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        UNIQUE (key, platform, channel_id)
    )""",
    "CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at)",
    "CREATE INDEX deliveries_channel ON deliveries (platform, channel_id, delivered_at)",
    "CREATE INDEX deliveries_batch ON deliveries (batch)",
)


@migrations()
def create_announcer_tables(db: Database) -> None:
    """Feeds, subscriptions, stories and the delivery outbox: the announcer's durable state."""
    for statement in _ANNOUNCER_TABLES:
        db.execute(statement)


@migrations()
def merge_full_text_indexes_less_often(db: Database) -> None:
    """Bulk ingest spends much of its time merging FTS5 segments; merging 8 at a time instead
    of 4 writes about 5% faster, and the queries do not notice."""
    for table in ("articles_fts", "facts_fts"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', 8)")


@migrations()
def keep_work_between_poll_and_push(db: Database) -> None:
    """What a tick has stored but not yet pushed lives in the database, not in the process, so a
    tick killed anywhere is finished by the next: articles a feed brought that are still to be
    filed into stories, and stories still to be queued for their channels."""
    db.execute(
        "CREATE TABLE new_articles (article_id INTEGER PRIMARY KEY REFERENCES articles (id))"
    )
    db.execute("ALTER TABLE stories ADD COLUMN queued_at TEXT")
    db.execute("UPDATE stories SET queued_at = created_at")
    db.execute("CREATE INDEX stories_unqueued ON stories (id) WHERE queued_at IS NULL")


@migrations()
def keep_each_channels_server_and_state(db: Database) -> None:
    """What Roadie knows of each channel it posts to: the Discord server or Slack workspace it
    belongs to (`server_id`, '' while unknown), so chat lists show each server only its own
    channels; and whether the platform refused Roadie there for good (`disabled_at`, with the
    refusal), which pauses the channel's subscriptions until an admin resumes them. Channels
    subscribed before this are known without their server until someone uses Roadie there."""
    db.execute(
        """CREATE TABLE channels (
            platform TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            server_id TEXT NOT NULL DEFAULT '',
            disabled_at TEXT,
            disabled_reason TEXT,
            PRIMARY KEY (platform, channel_id)
        )"""
    )
    db.execute("CREATE INDEX channels_server ON channels (platform, server_id)")
    db.execute(
        "INSERT INTO channels (platform, channel_id) "
        "SELECT DISTINCT platform, channel_id FROM subscriptions"
    )


_NEWEST_PER_ENTITY = (
    "ALTER TABLE mentions ADD COLUMN date TEXT",
    "ALTER TABLE mentions ADD COLUMN kind TEXT",
    "UPDATE mentions SET date = (SELECT date FROM articles WHERE id = mentions.article_id)",
    "UPDATE mentions SET kind = "
    "(SELECT kind FROM announcements WHERE article_id = mentions.article_id) WHERE place = 0",
    "CREATE INDEX mentions_newest ON mentions (entity_id, date, article_id)",
    "CREATE INDEX mentions_announced ON mentions (entity_id, date, article_id) "
    "WHERE place = 0 AND kind IS NOT NULL",
    "CREATE INDEX mentions_announced_kind ON mentions (entity_id, kind, date, article_id) "
    "WHERE place = 0 AND kind IS NOT NULL",
    "CREATE INDEX announcements_kind ON announcements (kind, date)",
    "ALTER TABLE entities ADD COLUMN announced INTEGER NOT NULL DEFAULT 0",
    "UPDATE entities SET announced = "
    "(SELECT count(*) FROM announcements WHERE entity_id = entities.id)",
    "CREATE INDEX entities_announced ON entities (kind, announced)",
)


@migrations()
def read_newest_per_entity_from_indexes(db: Database) -> None:
    """An answer reads the same few rows per named entity however many articles there are.

    A mention carries its article's date and, when it is in the headline of an announcement,
    the announcement's kind: the newest articles about an entity, or its newest announcements
    of a kind, are then the first entries of an index instead of a sort of everything that
    mentions it. Each entity counts its announcements, so the most announced artists come off
    an index too."""
    for statement in _NEWEST_PER_ENTITY:
        db.execute(statement)


@migrations()
def write_batches_faster(db: Database) -> None:
    """New articles and sentences are full-text indexed by the loader, one statement per batch
    (`knowledge.ingest.loader`), not by a trigger per row: that took three quarters of the
    time spent writing them. Edits and deletions still reach the indexes through triggers.
    Aliases are found by entity too, for dropping an entity that turned out a plain word."""
    db.execute("DROP TRIGGER articles_ai")
    db.execute("DROP TRIGGER facts_ai")
    db.execute("CREATE INDEX aliases_entity ON aliases (entity_id)")


@migrations()
def count_capitalised_words(db: Database) -> None:
    """Words are counted as the articles capitalise them too, beside their lowercase uses: a
    mistyped name that no headline made an entity is corrected toward one of them. Filled in
    by a reindex (`knowledge.ingest.reindex.EXTRACTION_VERSION`)."""
    db.execute("ALTER TABLE word_usage ADD COLUMN capitalised INTEGER NOT NULL DEFAULT 0")


def migrate(db: Database) -> None:
    """Bring `db` up to the current schema.

    Pending migrations run under the write lock, taken before looking again at what is pending:
    two processes opening a new file at once then apply them once, one after the other, instead
    of both creating the same tables.
    """
    if not migrations.pending(db):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        migrations.apply(db)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
