"""The articles in the running for a question, from several retrievers merged by article;
and who a headline is about.

Headlines, body sentences, sentences naming the subject and holding what is asked, the newest
articles about each name and announcements each find answers the others miss. Every query has
a LIMIT that SQLite applies, so gathering costs the same whatever the size of the knowledge
base. Whose announcement a headline is (`announces`) and whether it is about another name
(`headline_other`) are read the same way for ranking and for declining.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.intents import Question
from bot.core.links import Link, Linking
from knowledge.entities import title_subjects, unstyled, verb_shaped
from knowledge.search import WINDOW
from knowledge.store import ArticleRow, KnowledgeBase, Sentence
from knowledge.text import fold, name_words, norm
from knowledge.vocabulary import NEWS_WORDS


@dataclass
class Candidate:
    """An article in the running, the sentence of it that best matches, and its features."""

    row: ArticleRow
    sentence: Sentence | None = None
    searched: Sentence | None = None
    """Its sentence the plain sentence search ranks best, where `sentence` is the one that
    names what the question is about: another sentence may hold the record asked ("The
    group's new LP, <Record>, ...")."""
    title_rank: int | None = None
    sentence_rank: int | None = None
    focused_rank: int | None = None
    announced: bool = False
    """Its headline is a linked name's announcement of the kind asked (`announcements`)."""
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    body: list[Sentence] | None = None
    """Every sentence of the article, read once when first needed (`sentences_of`)."""


PER_NAME = 15
TITLE_HITS = 25
# Headlines spelling a name that a request for its news reads (`gather`): they add what
# linking missed, but ranked by how often they spell it, not by date, more of them only add
# older headlines and passing mentions that a name's newest articles should beat.
NEWS_TITLE_HITS = 10
SENTENCE_HITS = 20
MAX_TERMS = 6
# Words used in lowercase more often than this share of articles are left out of FTS
# queries: their postings are long and they say little about which article is meant.
COMMON_SHARE = 0.02
MAX_NAMES = 3
# Phrases a question is searched for: by the focused sentence search (`_focused_sentences`),
# which reads each with every fact kind and word of focus, so that a long message's fifth
# and sixth, pairs of its chat, cost about 1.4 ms each at 200k articles (no answer to the
# development questions needed them); and as word pairs no article spells, which a decline
# weighs (`declining.decline_evidence`).
MAX_PHRASES = 4
# Words of focus beside the fact kinds, rarest first: the rarer a word, the more it says which
# sentence is meant and the fewer postings it costs (a long message's chat words 1 ms each).
FOCUS_WORDS = 4


def common(kb: KnowledgeBase, word: str) -> bool:
    return kb.lowercase_uses(word) > COMMON_SHARE * kb.article_total()


def _fts_terms(kb: KnowledgeBase, linking: Linking) -> str:
    """An FTS5 OR query over the question's content words, rarest first, each quoted so that
    no chat text is read as FTS syntax."""
    words = {t for t in linking.leftover if len(t) > 1}
    for found in linking.links:
        words.update(_searched(linking, found))
        # A name's word typed apart ("<knee> <cap>") is searched for as the articles write it
        # too; a name of initials ("T.K.", "tk") is searched for as typed, not by letters.
        typed = linking.tokens[found.start : found.end]
        own = name_words(found.entity.name)
        if "".join(typed) == "".join(own) and min(map(len, typed + own)) > 1:
            words.update(own)
    ranked = sorted(words, key=lambda w: (kb.lowercase_uses(w), w))
    rare = [w for w in ranked if not common(kb, w)] or ranked[:1]
    return " OR ".join(f'"{w}"' for w in rare[:MAX_TERMS])


def _searched(linking: Linking, found: Link) -> tuple[str, ...]:
    """The words a linked name is searched for by: as the question spells it when it matched
    an alias, else as the name itself is spelled (a typo finds nothing in the articles)."""
    typed = linking.tokens[found.start : found.end]
    return typed if found.exact else name_words(found.entity.name) or typed


def idf(kb: KnowledgeBase, word: str) -> float:
    return 1.0 / math.log(2.0 + kb.lowercase_uses(word))


def _phrases(linking: Linking) -> list[str]:
    """FTS5 phrases for what the question is about: its surest names, then its unlinked word
    pairs that may be names as typed (a name known only from bodies is often one of them;
    chat around a capitalised name is not)."""
    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    phrases = [" ".join(_searched(linking, f)) for f in names]
    phrases += [f"{a} {b}" for a, b in linking.named_pairs]
    return [f'"{p}"' for p in dict.fromkeys(phrases)][:MAX_PHRASES]


def _focused_sentences(kb: KnowledgeBase, question: Question, linking: Linking) -> list[Sentence]:
    """Sentences naming what the question is about and holding what it asks: a fact kind
    tagged at ingest, or one of the other words."""
    phrases = _phrases(linking)
    if not phrases:
        return []
    focus = [f'kind : "{kind}"' for kind in question.facts]
    rare = sorted(
        (w for w in linking.leftover if len(w) > 2 and not common(kb, w)), key=kb.lowercase_uses
    )
    focus += [f'"{w}"' for w in rare][:FOCUS_WORDS]
    match = f"sentence : ({' OR '.join(phrases)})"
    if focus:
        match += f" AND ({' OR '.join(focus)})"
    return [s for s, _ in kb.sentence_hits(match, SENTENCE_HITS)]


def asks_news(question: Question, linking: Linking) -> bool:
    """Whether the question asks for a name's news rather than a fact: a latest or
    announcements question, or one name with words of a kind of news and nothing else
    ("<name> tour dates", "<name> tour?"), as typed into a search box; two names ("<name>
    <work> concerts") ask for what they share, which words find."""
    if question.for_news:
        return True
    return (
        question.intent == "lookup"
        and question.kind is not None
        and len(linking.links) == 1
        and not linking.pairs
        and not set(linking.leftover) - NEWS_WORDS
    )


def gather(
    kb: KnowledgeBase, question: Question, linking: Linking, lexical: bool, until: str | None
) -> list[Candidate]:
    """Every retriever's candidates, merged by article. Where the words cannot tell articles
    apart (not `lexical`, see `ranking._lexical`), only headlines are searched, for those that spell
    a name without having been linked to it: bodies add nothing the newest about each name
    do not. `until`: the last day of a time gone by that the question asks about."""
    by_id: dict[int, Candidate] = {}

    def add(row: ArticleRow) -> Candidate:
        return by_id.setdefault(row.id, Candidate(row))

    names = sorted(linking.links, key=lambda f: -f.weight)[:MAX_NAMES]
    for found in names:
        for row in kb.newest_about(found.entity.id, PER_NAME):
            add(row)
        if until is not None:
            # A time gone by ("back in March 2019"): the name's newest news of then.
            for row in kb.newest_about(found.entity.id, PER_NAME, until=until):
                add(row)
        if question.intent == "announcements" or question.kind:
            for row in kb.announcements(entity_ids=[found.entity.id], kind=question.kind):
                add(row).announced = found.entity.kind != "artist" or _announcer(
                    row.title, found.entity.name
                )
    if question.for_news and not names:
        # A request for the news of a name no entity holds: the newest headlines that spell
        # it, which the headline search below, by how well a headline matches, may not reach.
        for run in linking.named_runs[:MAX_NAMES]:
            spelled = [row for row, _ in kb.title_hits(f'"{run}"', WINDOW)]
            spelled.sort(key=lambda row: (row.date, row.id), reverse=True)
            for row in spelled[:NEWS_TITLE_HITS]:
                add(row)
    focused = _focused_sentences(kb, question, linking) if lexical else []
    for row in kb.by_ids(sorted({s.article_id for s in focused} - set(by_id))):
        add(row)
    for rank, sentence in enumerate(focused):
        candidate = by_id[sentence.article_id]
        if candidate.focused_rank is None:
            candidate.sentence, candidate.focused_rank = sentence, rank
    terms = _fts_terms(kb, linking)
    if terms:
        # Headlines are also searched for the question's word pairs as phrases, those that may
        # be names as typed (`_phrases`): a title of words too common to search for alone
        # ("<band>'s long road"). Not the sentences, nor a
        # pair with a news word ("new album"), which the kind of news asked stands for: either
        # reads long postings for nothing (p99 up 3-4 ms at 200k articles).
        pairs = [f'"{a} {b}"' for a, b in linking.named_pairs if not {a, b} & NEWS_WORDS]
        limit = TITLE_HITS if lexical else NEWS_TITLE_HITS
        titled = kb.title_hits(" OR ".join([*pairs, terms]), limit)
        for rank, (row, _score) in enumerate(titled):
            add(row).title_rank = rank
        hits = kb.sentence_hits(terms, SENTENCE_HITS) if lexical else []
        missing = sorted({s.article_id for s, _ in hits} - set(by_id))
        for row in kb.by_ids(missing):
            add(row)
        for rank, (sentence, _score) in enumerate(hits):
            candidate = by_id[sentence.article_id]
            if candidate.sentence_rank is None:
                candidate.sentence_rank = rank
                candidate.searched = sentence
                candidate.sentence = candidate.sentence or sentence
    return list(by_id.values())


def sentences_of(kb: KnowledgeBase, candidate: Candidate) -> list[Sentence]:
    """The article's sentences; declining and the fact passage both read the best article's,
    so the knowledge base is asked once."""
    if candidate.body is None:
        candidate.body = kb.sentences_of([candidate.row.id])
    return candidate.body


def article_text(kb: KnowledgeBase, candidate: Candidate) -> str:
    body = (s.text for s in sentences_of(kb, candidate))
    return "\n".join([candidate.row.title, candidate.row.summary, *body])


@lru_cache(maxsize=16384)
def _announcer(title: str, name: str) -> bool:
    """Whether a headline that announces something names the act `name` as who announces
    it: its subject (`title_subjects`), the owner of what it announces ("<Other> on
    Working on <Name>'s New Album") or the name it is announced under ("<Member> Announces
    Debut Album as <Name>"); or has no subject to tell. "<Other> Previews New Album
    With <Name> Collaboration" is the other's album, whoever else the headline names. Only
    acts are asked of here: the news of any other name (a festival, a venue, a label, a
    work) is its own wherever the headline names it ("<Act> to Headline <Festival>")."""
    heads = _heads(title)
    folded, title_folded = fold(name), fold(title)
    owned = f"{folded}'" in title_folded or f" as {folded}" in title_folded
    key = norm(name)
    acting = tuple(head for head in heads if not _object(head, key))
    return not heads or owned or _heads_name(acting, key)


def _object(head: str, key: str) -> bool:
    """Whether a name stands in a headline's lead after a verb ("<Other> Offers <Name> a
    Spot ..."), a lead its verb was not known to end: the name is what the verb acts on, not
    who announces."""
    before = head.partition(key)[0].split() if key in head else []
    return bool(before) and verb_shaped(before[-1])


def announces(title: str, names: list[Link]) -> bool:
    """Whether a headline is the announcement of one of the acts a question links (the
    `_announcer` of it). Other names are left out: their news is theirs wherever a headline
    names them, so they would keep every candidate, where this is asked to pick some."""
    return any(f.entity.kind == "artist" and _announcer(title, f.entity.name) for f in names)


def headline_other(linking: Linking, top: Candidate) -> bool:
    """Whether the best article's headline is about a name (`title_subjects`) that none the
    question links is part of, nor part of any."""
    linked = [norm(found.entity.name) for found in linking.links]
    heads = _heads(top.row.title)
    if not heads:
        # A headline whose subject is no name ("Album: ...") is about another one unless
        # it writes a name the question links.
        title = f" {norm(top.row.title)} "
        return not any(f" {a} " in title for a in linked)
    return not any(_heads_name(heads, a) for a in linked)


@lru_cache(maxsize=16384)
def _heads(title: str) -> tuple[str, ...]:
    """The names a headline is about (`title_subjects`), as names are compared (`norm`):
    headlines come back question after question."""
    return tuple(norm(name) for name in title_subjects(unstyled(title)))


def _heads_name(heads: tuple[str, ...], key: str) -> bool:
    """Whether a name (`norm`ed) is one a headline is about, part of one, or holds one."""
    return any(key in head or head in key for head in heads)
