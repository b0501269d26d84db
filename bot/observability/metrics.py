"""Every Prometheus series Roadie exports, defined once; `/metrics` renders `REGISTRY`.

The parts being measured stay unaware of prometheus_client: an adapter runs its answering call
through `answered`, and the runner records each announcer tick with `ticked`. A registry of our
own (with the process collector) keeps what `/metrics` shows to Roadie's series.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import ParamSpec

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector

from bot.core.messages import Reply

P = ParamSpec("P")
REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)

SEARCHING_INTENTS = frozenset({"latest", "fact", "search", "announcements", "unknown", "more"})
"""Intents whose reply should cite an article: without one, the answer is "nothing found"."""

QUESTIONS = Counter(
    "roadie_questions", "Questions and commands answered, by intent", ["intent"], registry=REGISTRY
)
ANSWER_SECONDS = Histogram(
    "roadie_answer_seconds",
    "Time the answering core took for one question",
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=REGISTRY,
)
NOTHING_FOUND = Counter(
    "roadie_nothing_found", "Questions answered without an article", registry=REGISTRY
)
PUSHES = Counter(
    "roadie_pushes",
    "Announcement deliveries: sent, failed (retried later) or parked (given up)",
    ["outcome"],
    registry=REGISTRY,
)
FEED_FAILURES = Counter("roadie_feed_failures", "Feed polls that failed", registry=REGISTRY)
OUTBOX_DEPTH = Gauge(
    "roadie_outbox_depth",
    "Deliveries waiting to be sent, by platform",
    ["platform"],
    registry=REGISTRY,
)
LAST_TICK = Gauge(
    "roadie_announcer_last_tick_timestamp_seconds",
    "When the announcer last finished a tick (Unix time)",
    registry=REGISTRY,
)


def answered(work: Callable[P, Reply], *args: P.args, **kwargs: P.kwargs) -> Reply:
    """`work(...)`, the answering call of an adapter, timed and counted by its reply's intent."""
    start = time.perf_counter()
    reply = work(*args, **kwargs)
    ANSWER_SECONDS.observe(time.perf_counter() - start)
    QUESTIONS.labels(reply.intent).inc()
    if reply.article is None and reply.intent in SEARCHING_INTENTS:
        NOTHING_FOUND.inc()
    return reply


def ticked(
    *, sent: int, failed: int, parked: int, feed_failures: int, waiting: Mapping[str, int]
) -> None:
    """Record one finished announcer tick."""
    PUSHES.labels("sent").inc(sent)
    PUSHES.labels("failed").inc(failed)
    PUSHES.labels("parked").inc(parked)
    FEED_FAILURES.inc(feed_failures)
    OUTBOX_DEPTH.clear()
    for platform, count in waiting.items():
        OUTBOX_DEPTH.labels(platform).set(count)
    LAST_TICK.set_to_current_time()
