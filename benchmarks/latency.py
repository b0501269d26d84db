"""Latency of answer() on the real knowledge base and on the 200k-article scale copy.

Questions are the development set plus, for the most-mentioned entities, the common shapes
(latest, fact, announcements); each is answered after a warm-up, pinned to one core.
Goal at 200k: p50 <= 5 ms, p99 <= 25 ms.

    python -m benchmarks.latency [--db FILE ...] [--skip-scale]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from benchmarks.corpus import questions, real_kb, scale_kb
from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.store import KnowledgeBase

SHAPES = ("what's new with {}?", "when is {}'s new album out?", "did {} announce a tour?")


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def question_mix(kb: KnowledgeBase, entities: int = 100) -> list[str]:
    mix = [str(q["question"]) for q in questions()]
    names = [
        str(r[0])
        for r in kb.query(
            "SELECT name FROM entities WHERE kind = 'artist' ORDER BY articles DESC LIMIT ?",
            [entities],
        )
    ]
    mix += [shape.format(name) for name in names for shape in SHAPES]
    mix += ["help", "any tour announcements this week?", "search polaris prize", "", "🎸" * 50]
    return mix


def measure(path: Path) -> None:
    start = time.perf_counter()
    kb = KnowledgeBase.open(path)
    answer(Message("what's new?"), kb)
    first_ms = (time.perf_counter() - start) * 1000
    mix = question_mix(kb)
    samples: list[float] = []
    for text in mix:
        began = time.perf_counter()
        answer(Message(text), kb)
        samples.append((time.perf_counter() - began) * 1000)
    print(
        f"{path.name}: {kb.article_count()} articles, {len(samples)} questions | "
        f"open + first answer {first_ms:.0f} ms | p50 {statistics.median(samples):.2f} ms, "
        f"p99 {percentile(samples, 0.99):.2f} ms, max {max(samples):.1f} ms"
    )
    kb.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, action="append", help="knowledge base(s) to time")
    parser.add_argument("--skip-scale", action="store_true", help="skip the 200k knowledge base")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    paths = args.db or [real_kb(), *([] if args.skip_scale else [scale_kb()])]
    for path in paths:
        measure(path)


if __name__ == "__main__":
    main()
