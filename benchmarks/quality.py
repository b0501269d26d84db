"""Answer quality on both development question sets, cross-validated, beside plain BM25.

Each question's candidates and features are computed once; the ranking weights are fitted by
listwise softmax regression (the share of the right candidates in exp(score), L2-penalised)
and the decision to decline by logistic regression over the decline evidence. Reported two
ways in one run: 5-fold cross-validated (fitted on four fifths, scored on the fifth) and fitted
on all, per kind, beside a plain FTS5 BM25 search box. A top-1 link is right when it is the
expected article or an also-acceptable one; an "unknown" question is right only when the reply
links nothing. `--write` stores the all-data fit in `bot/core/weights.py`.

    python -m benchmarks.quality [--write] [--show-misses] [--folds 5] [--questions FILE ...]
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from benchmarks.corpus import SHARED, questions, real_kb
from bot.core.answer import FACT_CHARS, answer, ranked_route, respond, understand
from bot.core.candidates import Candidate
from bot.core.cues import STOPWORDS
from bot.core.declining import decline_evidence
from bot.core.features import FEATURES
from bot.core.intents import Question
from bot.core.links import Linking
from bot.core.messages import Message, Reply
from bot.core.passages import PASSAGE_FEATURES, Passage, passages
from bot.core.ranking import described
from bot.core.sanitize import clean_question
from bot.core.weights import PASSAGE, WEIGHTS
from knowledge.store import KnowledgeBase
from knowledge.text import fold

NOW = datetime(2026, 8, 23, 12, tzinfo=UTC)
SETS = (SHARED / "eval" / "dev_questions.jsonl", SHARED / "eval" / "dev2_questions.jsonl")
STEPS = 300
RATE = 0.05
L2 = 0.01
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "bot" / "core" / "weights.py"


@dataclass
class Case:
    """One question, prepared once: its ranked route (or the fixed reply of another route)."""

    item: dict[str, object]
    question: Question
    linking: Linking | None
    candidates: list[Candidate]
    matrix: np.ndarray
    right: np.ndarray
    fixed: Reply | None
    passages: np.ndarray
    """The right article's passages (`PASSAGE_FEATURES`), for fact questions."""
    states: np.ndarray
    """Which of those passages state the asked fact."""


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


def _asks_fact(item: dict[str, object]) -> bool:
    """A fact question with the phrases an answer stating its fact holds."""
    return item["kind"] == "fact" and bool(item.get("expect_any"))


def _accepted(item: dict[str, object]) -> set[str]:
    also = item.get("also_ok")
    return {
        str(item.get("expect_url")),
        *(str(u) for u in (also if isinstance(also, list) else [])),
    }


def prepare(kb: KnowledgeBase, item: dict[str, object]) -> Case:
    text = clean_question(str(item["question"]))
    question, linking = understand(kb, text)
    candidates: list[Candidate] = []
    fixed: Reply | None = None
    if linking is not None and ranked_route(question, linking):
        candidates = described(kb, question, linking, NOW)
        candidates.sort(key=lambda c: (c.row.date, c.row.id), reverse=True)
    else:
        fixed = answer(Message(text), kb, now=NOW)
    matrix = np.array([[c.features[f] for f in FEATURES] for c in candidates]).reshape(
        len(candidates), len(FEATURES)
    )
    accepted = _accepted(item)
    right = np.array([c.row.url in accepted for c in candidates], dtype=bool)
    found: list[Passage] = []
    if linking is not None and item["kind"] == "fact" and right.any():
        top = candidates[int(np.argmax(right))]
        found = passages(kb, question, linking, top, FACT_CHARS)
    table = np.array([p.features for p in found]).reshape(len(found), len(PASSAGE_FEATURES))
    states = np.array([states_fact(item, p.text) for p in found], dtype=bool)
    return Case(item, question, linking, candidates, matrix, right, fixed, table, states)


def fit(lists: Sequence[tuple[np.ndarray, np.ndarray]], start: np.ndarray) -> np.ndarray:
    """Listwise softmax regression (the right items' share of exp(score)) with an L2
    penalty, by gradient descent; a smooth loss generalises better than top-1 counts. Each
    list is a feature matrix and which of its rows are right; lists with no right row, or
    only right rows, teach nothing and are left out."""
    usable = [(m, r) for m, r in lists if r.any() and not r.all()]
    w = start.copy()
    moment, square = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        grad = L2 * w
        for matrix, right in usable:
            s = matrix @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = np.where(right, p, 0.0)
            q /= q.sum()
            grad += matrix.T @ (p - q) / len(usable)
        moment = 0.9 * moment + 0.1 * grad
        square = 0.999 * square + 0.001 * grad**2
        w -= RATE * (moment / (1 - 0.9**step)) / (np.sqrt(square / (1 - 0.999**step)) + 1e-8)
    return w


def fit_ranking(cases: Sequence[Case]) -> np.ndarray:
    return fit([(c.matrix, c.right) for c in cases if c.fixed is None], np.zeros(len(FEATURES)))


def fit_passages(cases: Sequence[Case]) -> dict[str, float]:
    """Passage weights: which passage of the right article states the fact asked."""
    w = fit([(c.passages, c.states) for c in cases], np.zeros(len(PASSAGE_FEATURES)))
    return dict(zip(PASSAGE_FEATURES, (float(v) for v in w), strict=True))


def ranked(case: Case, w: np.ndarray) -> list[Candidate]:
    scores = case.matrix @ w
    order = np.argsort(-scores, kind="stable")
    for i in order:
        case.candidates[i].score = float(scores[i])
    return [case.candidates[i] for i in order]


def fit_decline(kb: KnowledgeBase, cases: Sequence[Case], w: np.ndarray) -> dict[str, float]:
    """Logistic regression of "this question is about something the knowledge base lacks"
    on the decline evidence of the best candidate under the ranking weights `w`. Questions
    whose best candidate is wrong are left out: declining them costs nothing, so they say
    nothing about where the line belongs; so are those a rule declines for certain, unless
    the rule says the fit still learns from them (`Evidence.fitted`)."""
    rows: list[list[float]] = []
    labels: list[float] = []
    names: list[str] = []
    for case in cases:
        if case.fixed is not None or case.linking is None or not case.linking.subjects:
            continue
        if not case.candidates:
            continue
        order = ranked(case, w)
        question = case.question
        found = decline_evidence(kb, case.linking, order, question.asks[:1], question.for_news)
        if found.certain and not found.fitted:
            continue
        evidence = found.features
        names = list(evidence)
        if case.item["kind"] != "unknown" and order[0].row.url not in _accepted(case.item):
            continue
        rows.append([evidence[n] for n in names])
        labels.append(float(case.item["kind"] == "unknown"))
    x, y = np.array(rows), np.array(labels)
    beta = np.zeros(len(names))
    for _ in range(STEPS * 4):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        beta -= RATE * 4 * (x.T @ (p - y) / len(y) + L2 * beta)
    # The cut-off is then moved to where most of these questions end right: declined when
    # unknown, answered (rightly, as only those are kept) otherwise.
    s = x @ beta

    def ends_right(cut: float) -> int:
        return int(((s > cut) & (y == 1)).sum() + ((s <= cut) & (y == 0)).sum())

    cut = max(sorted(s), key=lambda c: (ends_right(c), -abs(c)))
    beta[names.index("bias")] -= cut
    return dict(zip(names, (float(b) for b in beta), strict=True))


@dataclass(frozen=True)
class Fitted:
    """Everything fitted on one set of questions: ranking, declining and passage weights."""

    ranking: np.ndarray
    decline: dict[str, float]
    passage: dict[str, float]


def fit_all(kb: KnowledgeBase, cases: Sequence[Case]) -> Fitted:
    w = fit_ranking(cases)
    return Fitted(w, fit_decline(kb, cases, w), fit_passages(cases))


def reply_for(kb: KnowledgeBase, case: Case, fitted: Fitted) -> Reply:
    if case.fixed is not None or case.linking is None:
        return case.fixed or Reply(intent="help", text="")
    order = ranked(case, fitted.ranking)
    return respond(kb, case.question, case.linking, order, fitted.decline, fitted.passage)


Scored = tuple[Case, Reply]


def folds(cases: Sequence[Case], k: int, repeat: int = 0) -> list[int]:
    """A fixed fold for every question, from a hash of its id (salted by the repeat after
    the first), so runs are repeatable."""
    salt = f"{repeat}:" if repeat else ""
    return [
        int(hashlib.sha256(f"{salt}{c.item['id']}".encode()).hexdigest(), 16) % k for c in cases
    ]


def cross_validated(kb: KnowledgeBase, cases: Sequence[Case], k: int, repeat: int) -> list[Scored]:
    """Every question answered with weights fitted on the other folds."""
    fold_of = folds(cases, k, repeat)
    cross: list[Scored] = []
    for held in range(k):
        train = [c for c, f in zip(cases, fold_of, strict=True) if f != held]
        fitted = fit_all(kb, train)
        cross += [
            (c, reply_for(kb, c, fitted)) for c, f in zip(cases, fold_of, strict=True) if f == held
        ]
    return cross


def report(title: str, scored: list[Scored], base: dict[str, bool]) -> None:
    totals: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    bm25: Counter[str] = Counter()
    stated = asked = 0
    for case, reply in scored:
        kind = str(case.item["kind"])
        totals[kind] += 1
        ours[kind] += correct(case.item, reply.url)
        bm25[kind] += base[str(case.item["id"])]
        if _asks_fact(case.item):
            asked += 1
            stated += states_fact(case.item, reply.text)
    n = sum(totals.values())
    print(f"\n{title}")
    print(f"{'kind':<14}{'n':>4}{'Roadie':>10}{'BM25':>10}")
    for kind in sorted(totals):
        m = totals[kind]
        print(f"{kind:<14}{m:>4}{ours[kind] / m:>10.1%}{bm25[kind] / m:>10.1%}")
    print(f"{'overall':<14}{n:>4}{sum(ours.values()) / n:>10.1%}{sum(bm25.values()) / n:>10.1%}")
    if asked:
        print(f"fact answers stating the asked fact: {stated}/{asked} ({stated / asked:.1%})")


def write_weights(*tables: dict[str, float]) -> None:
    """Rewrite the WEIGHTS, DECLINE and PASSAGE tables of `bot/core/weights.py`."""
    head = WEIGHTS_FILE.read_text().split("WEIGHTS: dict[str, float] = {")[0]
    body = "\n\n".join(
        f"{name}: dict[str, float] = {{\n"
        + "\n".join(f'    "{n}": {v:.4g},' for n, v in table.items())
        + "\n}"
        for name, table in zip(("WEIGHTS", "DECLINE", "PASSAGE"), tables, strict=True)
    )
    WEIGHTS_FILE.write_text(f"{head}{body}\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="*", default=list(SETS))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--repeats", type=int, default=5, help="cross-validate over this many fold splits"
    )
    parser.add_argument("--write", action="store_true", help="store the all-data fit")
    parser.add_argument(
        "--write-decline",
        action="store_true",
        help="fit the decline weights alone, against the shipped ranking weights, and store them",
    )
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--db", type=Path, help="knowledge base (default: all bundled data)")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.open(args.db or real_kb())
    items = [item for path in args.questions for item in questions(path)]
    cases = [prepare(kb, item) for item in items]
    baseline_index(kb)
    base = {str(i["id"]): correct(i, baseline_url(kb, str(i["question"]))) for i in items}
    reachable = sum(bool(c.right.any()) for c in cases if c.item["kind"] != "unknown")
    print(
        f"{len(cases)} questions, {kb.article_count()} articles; right link among the "
        f"candidates for {reachable} of {sum(c.item['kind'] != 'unknown' for c in cases)}"
    )
    cross = cross_validated(kb, cases, args.folds, 0)
    report(f"{args.folds}-fold cross-validated", cross, base)
    # One split moves a question or two across folds as the fits shift: the mean over other
    # splits says how much of a change is that noise.
    runs = [cross] + [cross_validated(kb, cases, args.folds, r) for r in range(1, args.repeats)]
    overall = [sum(correct(c.item, r.url) for c, r in run) / len(run) for run in runs]
    stated = [
        sum(states_fact(c.item, r.text) for c, r in run if _asks_fact(c.item)) for run in runs
    ]
    if args.repeats > 1:
        shown = ", ".join(f"{v:.1%}" for v in overall)
        print(
            f"overall over {args.repeats} splits: {shown}; mean {sum(overall) / len(overall):.1%}"
        )
        asked = sum(_asks_fact(c.item) for c in cases)
        print(
            f"facts stated over {args.repeats} splits: {', '.join(map(str, stated))} of {asked};"
            f" mean {sum(stated) / len(stated) / asked:.1%}"
        )
    if args.show_misses:
        for case, reply in cross:
            stated = states_fact(case.item, reply.text)
            if _asks_fact(case.item) and not stated:
                print(
                    f"  unstated {case.item['question']}\n    said {reply.text[:150]!r}"
                    f"\n    want {case.item['expect_any']}"
                )
            if not correct(case.item, reply.url):
                print(
                    f"  miss [{case.item['kind']}] {case.item['question']}\n    got {reply.url} "
                    f"({reply.intent}: {reply.text[:90]!r})\n    want {case.item.get('expect_url')}"
                )
    fitted = fit_all(kb, cases)
    report(
        "fitted on all (memorised share = this minus cross-validated)",
        [(c, reply_for(kb, c, fitted)) for c in cases],
        base,
    )
    ranking = dict(zip(FEATURES, (float(v) for v in fitted.ranking), strict=True))
    tables = {"weights": ranking, "decline": fitted.decline, "passage": fitted.passage}
    for title, weights in tables.items():
        print(f"{title}:", ", ".join(f"{n}={v:g}" for n, v in weights.items()))
    if args.write:
        write_weights(*tables.values())
        print(f"written to {WEIGHTS_FILE}")
    elif args.write_decline:
        # New decline evidence need not move the ranking, whose shipped weights the held-out
        # sets have judged: the decision is refitted on the rankings those weights give.
        shipped = np.array([WEIGHTS[f] for f in FEATURES])
        write_weights(WEIGHTS, fit_decline(kb, cases, shipped), PASSAGE)
        print(f"decline weights written to {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
