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
    db["articles"].create(
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
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["fingerprint"])
    db["articles"].create_index(["date"])
    db["articles"].enable_fts(
        ["title", "body"], create_triggers=True, tokenize="porter unicode61 remove_diacritics 2"
    )


@migrations()
def create_entities(db: Database) -> None:
    db["entities"].create(
        {"id": int, "name": str, "norm": str, "kind": str, "articles": int},
        pk="id",
        not_null={"name", "norm", "kind"},
        defaults={"articles": 0},
    )
    db["entities"].create_index(["norm"], unique=True)
    db["aliases"].create(
        {"alias": str, "entity_id": int, "origin": str},
        pk=("alias", "entity_id"),
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["mentions"].create(
        {"entity_id": int, "article_id": int, "place": int},
        pk=("entity_id", "article_id"),
        foreign_keys=[("entity_id", "entities", "id"), ("article_id", "articles", "id")],
    )
    db["mentions"].create_index(["article_id"])


@migrations()
def create_facts(db: Database) -> None:
    db["facts"].create(
        {"id": int, "article_id": int, "entity_id": int, "kind": str, "sentence": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db["facts"].create_index(["entity_id", "kind"])
    db["facts"].create_index(["article_id"])
    db["announcements"].create(
        {"article_id": int, "kind": str, "entity_id": int, "date": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["announcements"].create_index(["date"])
    db["announcements"].create_index(["entity_id"])


def migrate(db: Database) -> None:
    """Bring `db` up to the current schema."""
    migrations.apply(db)
