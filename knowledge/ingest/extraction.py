"""What an article's own text yields, before anything is looked up in the knowledge base.

Sentences, fact kinds, the kind of news, the names the headline and body introduce, the runs of
capitalised words where known names are looked for, lowercase word counts: most of the time
ingest spends on an article, and none of it depends on other articles. So a large ingest works
it out for the next batches in worker processes while the loader stores the current one. The
loader then applies the results in the records' order, as it would have worked them out itself:
the knowledge base comes out the same, whichever way they were computed.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import re
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeAlias

from knowledge.credits import credited_names
from knowledge.entities import (
    BODY_NAME_CHARS,
    Name,
    capitalised_runs,
    festival_names,
    headline_names,
    kicker,
    named_works,
    names_in_article,
    nicknames,
    recurring_names,
    role_named,
    separated_head,
    styled_names,
    surnames,
    title_subjects,
    unsectioned,
    unstyled,
)
from knowledge.facts import RECORDS, announcement_kind, fact_kinds, news_kind_of
from knowledge.records import ArticleRecord, Problem
from knowledge.text import clip, sentences, within
from knowledge.vocabulary import TALLIED

SUMMARY_CHARS = 320
MAX_SENTENCE_CHARS = 600
MAX_BODY_CHARS = 20000
LEAD_CHARS = 1500  # names linked as mentions are looked for in the lead only
MAX_WORKERS = 4
POOL_FROM = 1000
"""Records in a batch that make an ingest large enough for workers (a feed poll brings fewer:
it never waits for a pool to start)..."""
POOL_AFTER_SECONDS = 0.5
"""...once extracting such batches has taken this long: about what starting the workers
costs, so a short ingest, or one of headlines alone, is done sooner without them."""
CHUNK = 100
"""Records extracted at a time, by the loader or a worker: a tenth of a batch, so that the
batches with long bodies are spread over all the workers."""
RARE_COLLECTIONS = 50_000
"""Allocations between two collections of the youngest garbage in the workers, and in the
loader while they feed it (700 by default): extracting, unpickling and storing allocate
containers by the hundred thousand, and so many collections cost the loader a tenth of its
CPU, and the workers about 7%, for next to no garbage (ingest makes few reference cycles)."""
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z'-]+\b")
_CAPITALISED_WORD = re.compile(rf"(?<![\w.])[A-Z][a-z'-]{{{TALLIED - 1},}}\b")
_SPACE = re.compile(r"\W+")

Item = ArticleRecord | Problem


@dataclass(frozen=True)
class Extracted:
    """One article's text, worked out: everything the loader stores that needs no lookup."""

    fingerprint: str
    kind: str | None
    summary: str
    names: list[Name]
    works: list[tuple[str, str | None]]
    headline_names: list[Name]
    """Names a sentence-case headline writes besides its subject (`headline_names`)."""
    festivals: list[Name]
    """Festivals a headline names further on (`festival_names`)."""
    recurring: list[Name]
    surnames: list[tuple[str, str]]
    """Names of two words whose last word the body also uses alone (`surnames`)."""
    nicknames: list[tuple[str, str]]
    """Names the body gives a second name for ("<name> (aka <other>)", `nicknames`)."""
    title_runs: list[list[str]]
    lead_runs: list[list[str]]
    facts: list[tuple[str, str]]
    """Each body sentence short enough to keep, with its fact kinds ("statement" for none)."""
    words: dict[str, int]
    """Lowercase words and their counts: a plain dict, which unpickles in C where a Counter
    coming back from a worker is rebuilt in Python."""
    capitalised: dict[str, int]
    """Capitalised words (folded to lowercase) and their counts: what a mistyped name that
    no headline made an entity may be corrected to."""


def fingerprint(record: ArticleRecord) -> str:
    """Identity of a story's text, independent of its URL, case and punctuation."""
    text = _SPACE.sub(" ", f"{record.title}\n{record.body[:4000]}".lower()).strip()
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def summarise(record: ArticleRecord, body_sentences: list[str]) -> str:
    """The first sentence or two of the body, or the title for headline-only items."""
    if not record.body.strip():
        return record.title
    picked: list[str] = []
    for sentence in body_sentences:
        if len(sentence) < 25 and not picked:
            continue
        picked.append(sentence)
        if sum(len(s) for s in picked) > SUMMARY_CHARS // 2 or len(picked) == 2:
            break
    return clip(" ".join(picked) or record.title, SUMMARY_CHARS)


# Words of a headline's subject that are a name's ("Album", "Single <Word>"), not a lead
# run that reaches into what the headline says ("<Name> Announce 2025 Holiday Tour").
NAME_WORDS = 3


def _unnamed(title: str, subjects: list[str]) -> str:
    """The headline without the names it is about whose own words name a record: a band
    called "Album" or "Single <Word>" shares a song, not an album or a single. The words
    before a separator count as a name even where no entity is made of them ("Album"). A
    festival's or a tour's name ("<Name> Fest 2026 Lineup") says what its news is about, and
    so does an outlet's kicker ("NEW ALBUM: <Act> – '<Title>'")."""
    head = separated_head(title)
    for name in filter(None, [None if head and kicker(head) else head, *subjects]):
        if len(name.split()) <= NAME_WORDS and news_kind_of(name) in RECORDS:
            title = title.replace(name, " ")
    return title


def extract(record: ArticleRecord) -> Extracted:
    body = unstyled(record.body)
    title = unstyled(unsectioned(record.title))
    text = f"{title}\n{body[:MAX_BODY_CHARS]}"
    capitalised: Counter[str] = Counter()
    for word, count in Counter(_CAPITALISED_WORD.findall(text)).items():
        capitalised[word.lower()] += count
    body_sentences = sentences(record.body[:MAX_BODY_CHARS]) if body else []
    subjects = title_subjects(title)
    names = names_in_article(title, body, subjects)
    recurring = recurring_names(body) if body else []
    return Extracted(
        fingerprint=fingerprint(record),
        kind=announcement_kind(_unnamed(title, subjects)),
        summary=summarise(record, body_sentences),
        names=names,
        works=named_works(title),
        headline_names=[
            *headline_names(title),
            *credited_names(title),
            *styled_names(title),
            *role_named(title),
        ],
        festivals=festival_names(title),
        recurring=recurring,
        surnames=surnames(body[:BODY_NAME_CHARS], [n.name for n in [*names, *recurring]]),
        nicknames=nicknames(body[:MAX_BODY_CHARS]),
        title_runs=capitalised_runs(title),
        lead_runs=capitalised_runs(body[:LEAD_CHARS]) if body else [],
        facts=[
            (piece, " ".join(sorted(fact_kinds(piece))) or "statement")
            for sentence in body_sentences
            for piece in within(sentence, MAX_SENTENCE_CHARS)
        ],
        words=dict(Counter(_LOWER_WORD.findall(text))),
        capitalised=dict(capitalised),
    )


def extract_batch(batch: list[Item]) -> list[Extracted | None]:
    """`extract` for every record of a batch (None for problems): one task for a worker."""
    return [extract(item) if isinstance(item, ArticleRecord) else None for item in batch]


def workers() -> int:
    """Worker processes worth starting: one a core this process may use, none on one core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    count = min(cores or 1, MAX_WORKERS)
    return count if count > 1 else 0


_Part: TypeAlias = list[Extracted | None] | AsyncResult[list[Extracted | None]]
"""A chunk's extraction, or the worker's promise of it."""


def extracted(
    batches: Iterable[list[Item]], processes: int | None = None
) -> Iterator[tuple[list[Item], list[Extracted | None]]]:
    """Each batch with its extraction, in order.

    A batch is extracted a `CHUNK` of records at a time. Once chunks of full batches (of
    `POOL_FROM` records) have taken `POOL_AFTER_SECONDS` to extract, when there are cores for
    it, workers (`_start_pool`) take every chunk that is left, up to `processes` batches
    ahead: the few batches with long bodies are shared by all the workers rather than each
    left to one, and the loader no longer extracts a whole batch itself while they start.
    Meanwhile the youngest garbage is collected every `RARE_COLLECTIONS` allocations.
    """
    processes = workers() if processes is None else processes
    pool: Pool | None = None
    collections = gc.get_threshold()
    ahead: deque[tuple[list[Item], list[_Part]]] = deque()
    spent = 0.0
    try:
        for batch in batches:
            parts: list[_Part] = []
            for chunk in _chunks(batch):
                if pool is None and processes > 1 and spent >= POOL_AFTER_SECONDS:
                    pool = _start_pool(processes)
                    gc.set_threshold(RARE_COLLECTIONS, *collections[1:])
                if pool is not None:
                    parts.append(pool.apply_async(extract_batch, (chunk,)))
                    continue
                began = time.perf_counter()
                parts.append(extract_batch(chunk))
                if len(batch) >= POOL_FROM:
                    spent += time.perf_counter() - began
            ahead.append((batch, parts))
            while ahead and (len(ahead) > processes or pool is None):
                yield _joined(*ahead.popleft())
        while ahead:
            yield _joined(*ahead.popleft())
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
            gc.set_threshold(*collections)


def _start_pool(processes: int) -> Pool:
    """Workers forked from a fork server that has imported this module once, where there is
    one: a spawned worker imports it for itself (with the readers, feed and HTML libraries the
    package brings), about a second of CPU and 50 MB each. Either way no worker is forked from
    the caller, which may run threads."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn").Pool(processes, _collect_rarely)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context.Pool(processes, _collect_rarely)


def _collect_rarely() -> None:
    """A worker's start: see `RARE_COLLECTIONS`."""
    gc.set_threshold(RARE_COLLECTIONS, *gc.get_threshold()[1:])


def _chunks(batch: list[Item]) -> Iterator[list[Item]]:
    for start in range(0, len(batch), CHUNK):
        yield batch[start : start + CHUNK]


def _joined(batch: list[Item], parts: list[_Part]) -> tuple[list[Item], list[Extracted | None]]:
    """A batch with its chunks' extractions, waited for where workers do them, in order."""
    found: list[Extracted | None] = []
    for part in parts:
        found += part if isinstance(part, list) else part.get()
    return batch, found
