"""What every ingest reader produces: an article record, or a problem naming what was skipped."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleRecord:
    """One article as read from any source, already reduced to plain text.

    `date` is ISO `YYYY-MM-DD`; `body` is empty for headline-only items.
    """

    url: str
    title: str
    date: str
    source: str
    body: str = ""


@dataclass(frozen=True)
class Problem:
    """A record that was skipped: where it was (file, record) and why, for the ingest report."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Dropped(Problem):
    """Part of a record that was left out while the record itself was stored (a link that is
    not http or https): reported beside the skipped records, but not counted as one."""
