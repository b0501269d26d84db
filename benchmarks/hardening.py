"""Roadie under load it did not choose: many writers on one file, slow and huge feeds.

- writers at once: two `ingest` processes (the bundled Some Party items and headlines) and an
  `announce --once` polling a 200-item feed, all started together on one new file;
- a feed that drips a byte every 50 ms beside a healthy feed on another host: when the healthy
  one is stored, and when the drip is cut off (ROADIE_FEED_TIMEOUT_SECONDS=5);
- a 19 MB feed of 84,000 items and a smaller one of 14,000, polled with the default caps: time
  and peak Python memory (tracemalloc) of the poll.

    python -m benchmarks.hardening
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from announce_helpers import run_roadie
from fakes.feed_server import LOOPBACK, FakeFeeds, headlines, rss

from bot.announcer.feeds.poller import poll_due
from bot.announcer.feeds.registry import add_feed, list_feeds
from bot.core.messages import utc_now
from bot.settings import Settings
from knowledge.ingest.addresses import AddressPolicy
from knowledge.ingest.pipeline import BUNDLED
from knowledge.store import KnowledgeBase

ALLOW = {"ROADIE_FETCH_ALLOW": "127.0.0.1,localhost", "ROADIE_FEED_HOST_DELAY_SECONDS": "0"}


async def _timed(*args: str, env: dict[str, str]) -> tuple[int, float, str]:
    started = time.perf_counter()
    code, output = await run_roadie(*args, env=env)
    return code, time.perf_counter() - started, output


async def writers_at_once(folder: Path) -> None:
    feeds = FakeFeeds()
    await feeds.start()
    feeds.feeds["news"] = headlines(50) * 4
    db = str(folder / "writers.db")
    env = {**ALLOW, "ROADIE_FEEDS": feeds.url("/headlines/news")}
    started = time.perf_counter()
    try:
        runs = await asyncio.gather(
            _timed("ingest", str(BUNDLED / "someparty.jsonl"), "--db", db, env=env),
            _timed("ingest", str(BUNDLED / "headlines.jsonl"), "--db", db, env=env),
            _timed("announce", "--once", "--db", db, env=env),
        )
    finally:
        await feeds.stop()
    took = time.perf_counter() - started
    failed = [output for code, _, output in runs if code != 0]
    kb = KnowledgeBase.open(db)
    articles, check = kb.article_count(), kb.query("PRAGMA integrity_check")[0][0]
    kb.close()
    each = ", ".join(f"{seconds:.1f} s" for _, seconds, _ in runs)
    print(
        f"writers at once: 3 processes on one new file, {len(failed)} failed, "
        f"{articles:,} articles, integrity {check}; {took:.1f} s in all ({each})"
    )
    for output in failed:
        print(output)


async def drip_beside_a_healthy_feed(folder: Path) -> None:
    feeds = FakeFeeds()
    await feeds.start()
    kb = KnowledgeBase.open(folder / "drip.db")
    both = AddressPolicy.allowing(["127.0.0.1", "localhost"])
    add_feed(kb, feeds.url("/drip"), 10, utc_now(), LOOPBACK)
    healthy = feeds.url("/rss/inyourbones_feed.xml").replace("127.0.0.1", "localhost")
    add_feed(kb, healthy, 10, utc_now(), both)
    settings = Settings.from_env({**ALLOW, "ROADIE_FEED_TIMEOUT_SECONDS": "5"})
    watcher = KnowledgeBase.open(folder / "drip.db")
    started = time.perf_counter()
    polling = asyncio.create_task(asyncio.to_thread(poll_due, kb, settings, utc_now()))
    while watcher.article_count() == 0 and not polling.done():
        await asyncio.sleep(0.01)
    stored = time.perf_counter() - started
    await polling
    took = time.perf_counter() - started
    watcher.close()
    kb.close()
    await feeds.stop()
    print(
        f"drip: healthy feed stored after {stored:.2f} s; dripping feed cut off, poll done "
        f"after {took:.2f} s (deadline 5 s)"
    )


async def huge_feeds(folder: Path) -> None:
    feeds = FakeFeeds()
    await feeds.start()
    day = utc_now().date().isoformat()
    sizes = {"huge": 84_000, "large": 14_000}
    for name, count in sizes.items():
        feeds.documents[name] = rss(
            [
                {
                    "title": f"Band {n} Shares A New Video With A Rather Long Headline",
                    "url": f"https://example.com/{name}/{n}",
                    "date": day,
                    "body": "A line about it. " * 6,
                }
                for n in range(count)
            ]
        )
    settings = Settings.from_env(ALLOW)
    try:
        for name in sizes:
            kb = KnowledgeBase.open(folder / f"{name}.db")
            add_feed(kb, feeds.url(f"/bytes/{name}"), 10, utc_now(), LOOPBACK)
            size = len(feeds.documents[name]) / 1e6
            tracemalloc.start()
            started = time.perf_counter()
            await asyncio.to_thread(poll_due, kb, settings, utc_now())
            took = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            (feed,) = list_feeds(kb)
            print(
                f"{size:.1f} MB feed of {sizes[name]:,} items: {took:.2f} s, "
                f"peak {peak:.0f} MB, {kb.article_count():,} stored; {feed.last_status}"
            )
            kb.close()
    finally:
        await feeds.stop()


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(
        description="Many writers on one file, a slow feed beside a healthy one, huge feeds."
    ).parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(writers_at_once(Path(folder)))
        asyncio.run(drip_beside_a_healthy_feed(Path(folder)))
        asyncio.run(huge_feeds(Path(folder)))


if __name__ == "__main__":
    main()
