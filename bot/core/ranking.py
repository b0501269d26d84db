"""Ranking articles and sentences for a resolved subject.

Lexical search alone ranks short headlines first and ignores time; here "about X" means X in
the title (or the lead of the text), newest first, and a fact is the best-scoring sentence
that names X (or sits in an article titled with X), matched to the kind of fact asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from bot.core.intents import Question
from bot.core.names import Subject, named_alone, ordinary_word, tokens_of
from knowledge.entities import known_names, title_subjects
from knowledge.facts import ANNOUNCEMENT_CUES, fact_kinds
from knowledge.store import ArticleRow, KnowledgeBase, Sentence
from knowledge.text import fold, fts_phrase, norm, plain, words_pattern
from knowledge.vocabulary import INTENT_WORDS, STOPWORDS, TITLE_BOUNDARY, TITLE_PREFIXES

CANDIDATES = 40
ABOUT_SHOWN = 8
TITLED_CANDIDATES = 30
SENTENCE_CANDIDATES = 60
TITLED_ARTICLES_READ = 15
NAMES_SUBJECT = 3.0
FOLLOWS_SUBJECT = 2.0
TITLED = 1.5
COMMON_WORD_USES = 50
RARE_WORD = 2.0
# Facts a sentence must state outright to be the answer; otherwise the latest news serves.
MUST_STATE = {
    "release": {"release"},
    "label": {"label"},
    "count": {"count"},
}
LEAD_CHARS = 300
_KIND_CUE = dict(ANNOUNCEMENT_CUES)
_NOT_NAME_PARTS = TITLE_BOUNDARY | STOPWORDS | TITLE_PREFIXES
_PAIRING = frozenset({"and", "with", "x", "feat", "featuring", "vs"})
_ANNOUNCES = re.compile(r"(?i)\bannounc")
_NAMING = re.compile(r"(?i)\b(?:title[ds]?|called|named|entitled)\b")


def _names(text: str, subject: Subject) -> bool:
    return named_alone(text, subject.tokens)


def titled_with(kb: KnowledgeBase, title: str, subject: Subject) -> bool:
    """Whether a headline names the subject itself: its very words (not just their stems, so
    "Lord Huron" is no headline about Lorde), and not inside a longer known name ("Beth Orton"
    is not about a "Beth"). Headlines capitalise every word, so known names decide, and are
    only consulted when a neighbouring word could continue the name: then a known subject
    must be found there ("the National Recording Registry" is not about The National)."""
    cased = plain(title)
    match = words_pattern(subject.tokens).search(cased) if subject.tokens else None
    if match is None:
        return False
    if cased[match.end() : match.end() + 2].lower() in ("'s", "' "):
        return True
    before, after = cased[: match.start()].split()[-1:], cased[match.end() :].split()[:1]
    if not any(_continues(word) for word in before + after):
        return True
    key = norm(subject.name).split()
    for name in known_names(title, kb.names.has_alias, kb.names.starts):
        words = name.split()
        if words == key:
            return True
        if len(words) > len(key) and not _member_of(kb, key, words):
            return False
    return subject.entity is None


def _continues(word: str) -> bool:
    """Whether a word next to a name in a headline may belong to it: capitalised, and not a
    headline verb or function word ("Announce", "The")."""
    word = word.strip("\"'“”‘’()[],;:!?.")
    lowered = word.lower()
    return word[:1].isupper() and lowered not in _NOT_NAME_PARTS


def _member_of(kb: KnowledgeBase, key: list[str], words: list[str]) -> bool:
    """Whether `key` is absent from the name `words`, one member of a pairing in it, or
    merely followed by plain words: "Simon & Garfunkel" and "Patti Smith Band" are about
    their artist, "Beth Orton" is not about a Beth."""
    for start in range(len(words) - len(key) + 1):
        if words[start : start + len(key)] == key:
            left = words[start - 1] if start else None
            right = words[start + len(key)] if start + len(key) < len(words) else None
            if all(w is None or w in _PAIRING for w in (left, right)):
                return True
            rest = words[:start] + words[start + len(key) :]
            return all(ordinary_word(kb, w) for w in rest)
    return True


def _announcement_rank(row: ArticleRow, subject: Subject) -> tuple[bool, bool, str, int]:
    """Headlines led by the subject first, then those saying "announce", newest first; on
    the same day the more detailed headline (the same story often runs in several outlets)."""
    return (
        _leads(row.title, subject),
        bool(_ANNOUNCES.search(row.title)),
        row.date,
        len(row.title),
    )


def _leads(title: str, subject: Subject) -> bool:
    """Whether the headline is about the subject: it is named first, as the one acting."""
    return any(norm(name) == norm(subject.name) for name in title_subjects(title))


def _of_kind(row: ArticleRow, kind: str) -> bool:
    cue = _KIND_CUE.get(kind)
    return row.kind == kind or (cue is not None and cue.search(row.title) is not None)


def about(
    kb: KnowledgeBase,
    subject: Subject,
    kind: str | None,
    announcements_only: bool = False,
    since: str | None = None,
) -> list[ArticleRow]:
    """Articles about the subject, newest first: titled with it, else led by it.

    Cheap filters (kind, announcement) run before the headline check, and latest news stops
    at the few articles a reply shows."""
    if not subject.phrase:
        return []
    candidates = kb.matching(
        f"title : {subject.phrase}",
        limit=CANDIDATES * subject.widen,
        newest_first=True,
        since=since,
    )
    if announcements_only:
        # The porter tokenizer makes "announce" match announces/announced/announcing too.
        saying = kb.matching(
            f"title : {subject.phrase} AND title : announce",
            limit=ABOUT_SHOWN,
            newest_first=True,
            since=since,
        )
        pool = {r.id: r for r in [*saying, *candidates]}.values()
        announced = [r for r in pool if r.kind and titled_with(kb, r.title, subject)]
        announced.sort(key=lambda r: _announcement_rank(r, subject), reverse=True)
        return [r for r in announced if _of_kind(r, kind)] if kind else announced
    rows: list[ArticleRow] = []
    if kind:
        rows = _first_titled(kb, (r for r in candidates if _of_kind(r, kind)), subject)
    rows = rows or _first_titled(kb, iter(candidates), subject)
    if rows:
        return rows
    lead = kb.matching(
        subject.phrase, limit=CANDIDATES * subject.widen, newest_first=True, since=since
    )
    rows = [r for r in lead if _names(r.summary[:LEAD_CHARS], subject)]
    return [r for r in rows if kind and _of_kind(r, kind)] or rows


def _first_titled(
    kb: KnowledgeBase, rows: Iterator[ArticleRow], subject: Subject
) -> list[ArticleRow]:
    return list(islice((r for r in rows if titled_with(kb, r.title, subject)), ABOUT_SHOWN))


def _question_words(
    kb: KnowledgeBase, question: Question, subjects: Sequence[Subject]
) -> dict[str, float]:
    """The question's other words, weighted: rare words say far more than plain ones."""
    named = {t for s in subjects for t in s.tokens}
    weights: dict[str, float] = {}
    for token in tokens_of(question.text):
        if token in STOPWORDS or token in named or len(token) < 2:
            continue
        if token in INTENT_WORDS:
            weight = 0.7
        elif kb.lowercase_uses(token) > COMMON_WORD_USES:
            weight = 1.0
        else:
            weight = RARE_WORD
        weights[token[:5]] = max(weight, weights.get(token[:5], 0.0))
    return weights


def _stem_finder(words: dict[str, float]) -> re.Pattern[str] | None:
    """A pattern finding words that start with any question stem ("sign" finds "signed")."""
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len)[::-1]) + ")")


def _found(finder: re.Pattern[str] | None, text: str) -> set[str]:
    return set(finder.findall(fold(text))) if finder else set()


def _sentence_score(
    sentence: Sentence,
    names_subject: bool,
    question: Question,
    words: dict[str, float],
    finder: re.Pattern[str] | None,
) -> float:
    score = NAMES_SUBJECT if names_subject else FOLLOWS_SUBJECT
    kinds = set(sentence.kinds.split())
    if question.fact and question.fact in kinds:
        score += 4.0
    if question.fact == "title" and _NAMING.search(sentence.text):
        score += 2.0
    if question.fact in {"release", "death"} and question.fact in kinds:
        score += 3.0 if "date" in kinds else (1.0 if "year" in kinds else 0.0)
    if (
        question.kind
        and question.kind in _KIND_CUE
        and _KIND_CUE[question.kind].search(sentence.text)
    ):
        score += 1.5
    score += sum(words[stem] for stem in _found(finder, sentence.text))
    if question.year and question.year in sentence.text:
        score += 2.0
    return score


def best_fact(
    kb: KnowledgeBase, subjects: Sequence[Subject], question: Question
) -> tuple[str, ArticleRow, list[ArticleRow]] | None:
    """The sentence that best answers a fact question, its article, and other candidates.

    A sentence that does not name the subject counts only where it refers to it: right
    after a sentence that does, or anywhere in an article titled with it.

    Candidates are sentences naming the subject anywhere with the two after them, plus every
    sentence (and the headline) of articles titled with it, where "they" refers to it. Ties
    go to the earliest report: later articles mention a fact in passing.
    """
    main = subjects[0]
    if not main.phrase:
        return None
    titled = [
        r
        for r in kb.matching(f"title : {main.phrase}", limit=TITLED_CANDIDATES * main.widen)
        if titled_with(kb, r.title, main)
    ]
    titled_ids = {r.id for r in titled}
    words = _question_words(kb, question, subjects)
    finder = _stem_finder(words)
    by_headline = sorted(titled, key=lambda r: -_title_words(r.title, finder))
    found = [Sentence(0, r.id, r.title, " ".join(sorted(fact_kinds(r.title)))) for r in titled]
    found += kb.sentences_of(sorted(r.id for r in by_headline[:TITLED_ARTICLES_READ]))
    rare = [t for t in tokens_of(question.text) if words.get(t[:5]) == RARE_WORD]
    found += kb.sentences_matching(
        main.phrase, SENTENCE_CANDIDATES, kind=question.fact, words=rare, follow=2
    )
    missing = sorted({s.article_id for s in found} - titled_ids)
    rows = {r.id: r for r in [*titled, *kb.by_ids(missing)]}
    others = [s for s in subjects[1:] if s.tokens]
    best: tuple[float, str, str, int] | None = None
    best_kinds = ""
    per_article: dict[int, float] = {}
    seen: set[str] = set()
    for sentence in found:
        row = rows.get(sentence.article_id)
        if row is None or sentence.text in seen:
            continue
        seen.add(sentence.text)
        names_subject = _names(sentence.text, main)
        in_titled = sentence.article_id in titled_ids
        if not (names_subject or sentence.follows or in_titled):
            continue
        score = _sentence_score(sentence, names_subject, question, words, finder)
        score += sum(2.0 for other in others if _names(sentence.text, other))
        if in_titled:
            score += TITLED + _title_words(row.title, finder)
        if question.year and row.date.startswith(question.year):
            score += 1.5
        per_article[row.id] = max(per_article.get(row.id, 0.0), score)
        if best is None or score > best[0] or (score == best[0] and row.date < best[1]):
            best = (score, row.date, sentence.text, row.id)
            best_kinds = sentence.kinds
    if best is None or not MUST_STATE.get(question.fact or "", set()) <= set(best_kinds.split()):
        return None
    ranked = sorted(per_article, key=lambda a: -per_article[a])
    return best[2], rows[best[3]], [rows[a] for a in ranked]


def _title_words(title: str, finder: re.Pattern[str] | None) -> float:
    """Credit for the question's other words in the headline: "Fucked Up: One Day"."""
    return 0.75 * len(_found(finder, title))


def keyword_hits(kb: KnowledgeBase, words: str, limit: int = 10) -> list[ArticleRow]:
    """Plain keyword search: every meaningful word quoted and OR-ed, best first."""
    terms = [fts_phrase(t) for t in tokens_of(words) if t not in STOPWORDS]
    query = " OR ".join(t for t in terms if t)
    return kb.matching(query, limit=limit) if query else []
