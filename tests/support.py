"""Constants the tests share: fixture paths and the fixed "now" answers are relative to."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.core.answer import answer
from bot.core.messages import Message, Reply
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

_Query = Callable[[str, Iterable[Any]], list[tuple[Any, ...]]]

FIXTURES = Path(__file__).parent / "fixtures"
CORE = FIXTURES / "core"
INVENTED = FIXTURES / "invented" / "articles.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"
NOW = datetime(2026, 8, 23, 12, 0, tzinfo=UTC)
SITE = "https://news.invented.example/"
# The invented outlet's first article is a day after this, each later one a day later.
FIRST_DAY = date(2025, 1, 1)


async def start_bot(*command: str, env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """`python -m bot COMMAND...` as its own process, with this checkout's code and `env` on
    top of the environment; stdout and stderr are piped."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *command,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def statements_run(kb: KnowledgeBase) -> list[str]:
    """The SQL of every statement `kb` runs from now on, its full-text searches' included
    (`Search` holds a query function of its own): filled in as they run."""
    statements: list[str] = []

    def counted(query: _Query) -> _Query:
        def run(sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
            statements.append(sql)
            return query(sql, params)

        return run

    kb.query = counted(kb.query)  # type: ignore[method-assign]
    kb._search.query = counted(kb._search.query)
    return statements


def invented_article(number: int, title: str, body: str = "") -> ArticleRecord:
    """An article of an invented outlet, numbered: later numbers are later dates."""
    return ArticleRecord(
        url=f"{SITE}{number}",
        title=title,
        date=(FIRST_DAY + timedelta(days=number)).isoformat(),
        source="invented.example",
        body=body,
    )


def invented_kb(path: Path, *articles: tuple[str, str]) -> KnowledgeBase:
    """A knowledge base at `path` holding invented articles, given as (title, body) and
    numbered in order from 1."""
    kb = KnowledgeBase.open(path / "kb.db")
    add_articles(kb, [invented_article(n, t, b) for n, (t, b) in enumerate(articles, 1)])
    return kb


def act_news(act: str) -> list[tuple[str, str]]:
    """Two articles about an invented act for `invented_kb`: a tour, then its newest news, a
    single."""
    return [
        (f"{act} Announce Tour", f"{act} will tour."),
        (f"{act} Share New Single", f"{act} shared a single."),
    ]


def everyday(body: str, count: int, title: str = "Notes {}") -> list[tuple[str, str]]:
    """`count` articles with the same body, titled by number (`title`): how many times the
    articles write a body's words in lowercase is what tells everyday words from names."""
    return [(title.format(n), body) for n in range(count)]


def city_news(city: str) -> tuple[str, str]:
    """An article that writes `city` as news writes a place: after "in" and "from"."""
    body = " ".join(f"Band {n} played in {city}. A crowd from {city} came." for n in range(6))
    return (f"{city}: Council Backs New Venue", body)


def ask(kb: KnowledgeBase, text: str) -> Reply:
    """The reply to `text` on the fixed date the tests ask on."""
    return answer(Message(text), kb, now=NOW)


def answered_by(kb: KnowledgeBase, text: str, number: int | None) -> None:
    """Check that the reply to `text` links the invented article numbered `number`, or
    links none (a decline) where `number` is None."""
    reply = ask(kb, text)
    assert reply.url == (None if number is None else f"{SITE}{number}"), (text, reply.text)
