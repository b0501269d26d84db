"""Every supported source as a lazy stream of articles and problems.

`read_sources` is a generator, so a caller can wrap it in a progress bar and the store can
write as records arrive. A bad record, file or download becomes a `Problem` and reading goes
on: one broken feed must not stop a bulk ingest. Formats and their decisions (URLs for local
files, date fallbacks, size limits) are documented in each reader's module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from knowledge.ingest.addresses import redact_in
from knowledge.ingest.fetch import Fetcher, FetchError
from knowledge.ingest.walk import read_download, read_file, walk_files
from knowledge.records import ArticleRecord, Problem


def _guarded(
    where: str, items: Iterator[ArticleRecord | Problem]
) -> Iterator[ArticleRecord | Problem]:
    """Every source yields at least one item, and a reader's bug costs only that source."""
    produced = False
    try:
        for item in items:
            produced = True
            yield item
    except Exception as error:
        yield Problem(where, f"unexpected error ({type(error).__name__}: {error})")
        return
    if not produced:
        yield Problem(where, "no records found")


def _download(url: str, fetch: Fetcher) -> Iterator[ArticleRecord | Problem]:
    try:
        fetched = fetch.get(url)
    except FetchError as error:
        yield Problem(url, f"download failed ({error})")
        return
    yield from read_download(fetched)


def _shown(url: str, items: Iterator[ArticleRecord | Problem]) -> Iterator[ArticleRecord | Problem]:
    """Problems about a URL name it without its credentials: they are printed and logged."""
    for item in items:
        if isinstance(item, Problem):
            item = replace(
                item, where=redact_in(item.where, url), reason=redact_in(item.reason, url)
            )
        yield item


def read_sources(
    sources: Iterable[str], fetch: Fetcher | None = None
) -> Iterator[ArticleRecord | Problem]:
    """Articles and problems from files, directories (walked recursively) and http(s) URLs.

    Without a `fetch`, one Fetcher is made on the first URL and closed when the stream ends; it
    fetches from public addresses only (see `knowledge.ingest.addresses`).
    """
    own_fetcher: Fetcher | None = None
    try:
        for source in sources:
            if source.startswith(("http://", "https://")):
                if fetch is None:
                    fetch = own_fetcher = Fetcher()
                yield from _shown(source, _guarded(source, _download(source, fetch)))
                continue
            path = Path(source)
            if path.is_dir():
                for file in walk_files(path):
                    yield from _guarded(str(file), read_file(file))
            elif path.exists():
                yield from _guarded(source, read_file(path))
            else:
                yield Problem(source, "no such file, directory or URL")
    finally:
        if own_fetcher is not None:
            own_fetcher.close()
