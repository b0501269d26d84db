"""Peak memory of a process answering from a scale copy (200k articles, or 1M with
`--size 1000000`), and the time from starting `python -m bot ask` on it to its first answer.

Goals: <= 300 MB peak answering from 1M; <= 1 s from start to first answer.

    python -m benchmarks.memory [--size N | --db FILE]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import SCALE, scale_kb

ANSWERING = """
import resource, sys
from benchmarks.latency import question_mix
from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.store import KnowledgeBase
kb = KnowledgeBase.open(sys.argv[1])
for _, text in question_mix(kb):
    answer(Message(text), kb)
kb.complete_entities("the")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_mb(db: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", ANSWERING, str(db)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1]) / 1024


def first_answer_seconds(db: Path, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "ask", "what's new?", "--db", str(db)],
            capture_output=True,
            check=True,
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base (default: a scale copy)")
    parser.add_argument("--size", type=int, default=SCALE, help="articles in the scale copy")
    args = parser.parse_args(argv)
    db = args.db or scale_kb(args.size)
    print(f"{db.name}: peak memory while answering {peak_mb(db):.0f} MB")
    print(f"{db.name}: start to first answer (python -m bot ask) {first_answer_seconds(db):.2f} s")


if __name__ == "__main__":
    main()
