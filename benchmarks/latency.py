"""Latency of answer() at 20k articles (the real ones), 200k and, on demand, 1M (scale copies).

Each knowledge base is timed in a process of its own, pinned to one core: the questions of
both development sets, the common shapes (latest, fact, announcements) for the 100 most
mentioned artists, long chatty questions and questions naming several artists, once to warm
up and then `--rounds` times. p50 and p99 are the medians over the rounds, each given for the
whole mix and per group, and for the warm-up pass alone, where each question is asked for the
first time (what the knowledge base keeps between questions then helps only across questions);
the process also prints its peak memory and how the time splits between the knowledge base's
queries and the rest of answering. Goals (issue 14): p50 <= 2 ms
and p99 <= 10 ms at 200k, p50 <= 5 ms and p99 <= 25 ms at 1M.

    python -m benchmarks.latency [--size 1000000 ...] [--db FILE ...] [--rounds 3]
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpus import SCALE, SHARED, questions, real_kb, scale_kb
from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.store import KnowledgeBase

SHAPES = ("what's new with {}?", "when is {}'s new album out?", "did {} announce a tour?")
LONG = (
    "hey roadie, sorry for the long message, my friend was telling me last night at the show "
    "that {} might be putting out a new record soon and maybe going on tour with {} later "
    "this year, is any of that true, and if so when does it come out and where can I read "
    "about it, thanks a lot!"
)
SEVERAL = (
    "{} and {} tour dates?",
    "what's new with {}, {} or {}?",
    "did {} play a festival with {}?",
)
QUERIES = (
    "title_hits",
    "sentence_hits",
    "newest_about",
    "announcements",
    "mentioned",
    "by_ids",
    "sentences_of",
    "mentions",
    "lowercase_uses",
    "words_used",
    "most_announced",
    "newest_date",
    "by_url",
)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def question_mix(kb: KnowledgeBase, entities: int = 100) -> list[tuple[str, str]]:
    """(group, question) pairs: the development sets, shapes for the most mentioned artists,
    long questions and questions naming two or three artists, and a few odd messages."""
    mix = [("dev", str(q["question"])) for q in questions()]
    mix += [
        ("dev", str(q["question"])) for q in questions(SHARED / "eval" / "dev2_questions.jsonl")
    ]
    names = [
        str(r[0])
        for r in kb.query(
            "SELECT name FROM entities WHERE kind = 'artist' ORDER BY articles DESC LIMIT ?",
            [entities],
        )
    ]
    mix += [("shapes", shape.format(name)) for name in names for shape in SHAPES]
    pairs = list(zip(names, names[1:] + names[:1], names[2:] + names[:2], strict=True))
    mix += [("long", LONG.format(a, b)) for a, b, _ in pairs[:40]]
    mix += [("several", SEVERAL[i % 3].format(*trio)) for i, trio in enumerate(pairs[:60])]
    odd = ["help", "any tour announcements this week?", "search festival lineup", "", "🎸" * 50]
    return mix + [("odd", text) for text in odd]


def _timed(
    spent: defaultdict[str, float], name: str, query: Callable[..., Any]
) -> Callable[..., Any]:
    """`query`, adding the thread time it takes to `spent[name]` (outermost calls only)."""
    depth = [0]

    @functools.wraps(query)
    def timed(*args: Any, **kwargs: Any) -> Any:
        depth[0] += 1
        began = time.thread_time()
        try:
            return query(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                spent[name] += time.thread_time() - began

    return timed


def measure(path: Path, rounds: int) -> None:
    """Time every question of the mix `rounds` times after a warm-up and print the figures."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    start = time.perf_counter()
    kb = KnowledgeBase.open(path)
    answer(Message("what's new?"), kb)
    first_ms = (time.perf_counter() - start) * 1000
    mix = question_mix(kb)
    first: list[float] = []
    first_cpu: list[float] = []
    for _, text in mix:
        began, thread = time.perf_counter(), time.thread_time()
        answer(Message(text), kb)
        first.append((time.perf_counter() - began) * 1000)
        first_cpu.append((time.thread_time() - thread) * 1000)
    spent: defaultdict[str, float] = defaultdict(float)
    for name in QUERIES:
        setattr(kb, name, _timed(spent, name, getattr(kb, name)))
    by_group: dict[str, list[list[float]]] = {}
    everything: list[list[float]] = []
    cpu: list[list[float]] = []
    for _ in range(rounds):
        samples: dict[str, list[float]] = {}
        cpu.append([])
        for group, text in mix:
            began, thread = time.perf_counter(), time.thread_time()
            answer(Message(text), kb)
            samples.setdefault(group, []).append((time.perf_counter() - began) * 1000)
            cpu[-1].append((time.thread_time() - thread) * 1000)
        everything.append([s for group in samples.values() for s in group])
        for group, values in samples.items():
            by_group.setdefault(group, []).append(values)

    def figures(runs: list[list[float]]) -> str:
        p50 = statistics.median(statistics.median(run) for run in runs)
        p99 = statistics.median(percentile(run, 0.99) for run in runs)
        return f"p50 {p50:.2f} ms, p99 {p99:.2f} ms"

    answers = len(mix) * rounds
    queries = sum(spent.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{path.name}: {kb.article_count():,} articles, {len(mix)} questions x {rounds} | "
        f"{figures(everything)}, max {max(max(run) for run in everything):.0f} ms | "
        f"open + first answer {first_ms:.0f} ms | peak memory {peak:.0f} MB"
    )
    print(f"  cpu time (what other processes on the core do not add): {figures(cpu)}")
    print(
        f"  first asking (the warm-up pass: nothing kept yet from the same question): "
        f"{figures([first])}, cpu {figures([first_cpu])}"
    )
    print("  " + "; ".join(f"{group} {figures(runs)}" for group, runs in by_group.items()))
    slowest = sorted(spent.items(), key=lambda item: -item[1])[:4]
    top = ", ".join(f"{name} {seconds / answers * 1000:.2f}" for name, seconds in slowest)
    total = sum(map(sum, cpu)) / answers
    print(
        f"  cpu per answer {total:.2f} ms: knowledge base queries "
        f"{queries / answers * 1000:.2f} ms ({top}), the rest of answering "
        f"{total - queries / answers * 1000:.2f} ms",
        flush=True,
    )
    kb.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, action="append", help="knowledge base(s) to time")
    parser.add_argument(
        "--size", type=int, action="append", help=f"scale copies to time (default {SCALE})"
    )
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the questions")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        measure(args.measure, args.rounds)
        return
    paths = args.db or [real_kb(), *(scale_kb(size) for size in args.size or [SCALE])]
    for path in paths:
        command = [sys.executable, "-m", "benchmarks.latency", "--measure", str(path)]
        subprocess.run([*command, "--rounds", str(args.rounds)], check=True)


if __name__ == "__main__":
    main()
