"""Answer quality on the development questions, beside a plain FTS5 BM25 baseline.

A top-1 link is right when it is the expected article or one of the also-acceptable ones; an
"unknown" question is right only when the reply links nothing. The baseline is what a search
box does: the question's words minus stop words, OR-ed, best `bm25()` hit.

    python -m benchmarks.quality [--db FILE] [--questions FILE] [--show-misses]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from benchmarks.corpus import QUESTIONS, questions, real_kb
from bot.core.answer import answer
from bot.core.cues import STOPWORDS
from bot.core.messages import Message
from knowledge.store import KnowledgeBase
from knowledge.text import fold


def baseline_index(kb: KnowledgeBase) -> None:
    """The plain search box: one FTS5 table over every article's title and full text."""
    kb.db.conn.execute("CREATE VIRTUAL TABLE temp.baseline USING fts5(title, body)")
    kb.db.conn.execute(
        "INSERT INTO temp.baseline (rowid, title, body) SELECT id, title, body FROM articles"
    )


def baseline_url(kb: KnowledgeBase, question: str) -> str | None:
    words = [w for w in re.findall(r"\w+", fold(question)) if w not in STOPWORDS]
    if not words:
        return None
    rows = kb.query(
        "SELECT a.url FROM temp.baseline JOIN articles a ON a.id = baseline.rowid "
        "WHERE baseline MATCH ? ORDER BY bm25(baseline) LIMIT 1",
        [" OR ".join(f'"{w}"' for w in words)],
    )
    return str(rows[0][0]) if rows else None


def correct(item: dict[str, object], url: str | None) -> bool:
    if item["kind"] == "unknown":
        return url is None
    also = item.get("also_ok")
    accepted = [item.get("expect_url"), *(also if isinstance(also, list) else [])]
    return url is not None and url in accepted


def states_fact(item: dict[str, object], text: str) -> bool:
    """Whether a fact answer's text contains one of the phrases that state the asked fact."""
    phrases = item.get("expect_any")
    folded = fold(text)
    return isinstance(phrases, list) and any(fold(str(p)) in folded for p in phrases)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base (default: all bundled data)")
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.open(args.db or real_kb())
    items = questions(args.questions)
    baseline_index(kb)
    totals: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    for item in items:
        kind = str(item["kind"])
        reply = answer(Message(str(item["question"])), kb)
        totals[kind] += 1
        ours[kind] += correct(item, reply.url)
        base[kind] += correct(item, baseline_url(kb, str(item["question"])))
        if args.show_misses and not correct(item, reply.url):
            print(f"  miss [{kind}] {item['question']} -> {reply.url}")
    print(f"answer quality on {len(items)} questions ({kb.article_count()} articles)")
    print(f"{'kind':<14}{'n':>4}{'Roadie':>10}{'BM25':>10}")
    for kind in sorted(totals):
        n = totals[kind]
        print(f"{kind:<14}{n:>4}{ours[kind] / n:>10.0%}{base[kind] / n:>10.0%}")
    n = sum(totals.values())
    print(f"{'overall':<14}{n:>4}{sum(ours.values()) / n:>10.0%}{sum(base.values()) / n:>10.0%}")
    kb.close()


if __name__ == "__main__":
    main()
