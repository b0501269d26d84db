"""Ranked retrieval: candidates from several retrievers, one linear score over named features.

Candidates come from FTS5 BM25 over headlines and over body sentences, from the newest
articles that mention each linked name, and from announcements. Every candidate is described
by the features in `FEATURES`, each in [0, 1], and scored with the weights in
`bot.core.weights`, which `benchmarks/quality.py` fits on question sets; nothing here is
tuned by hand for a question. Work is bounded: a fixed number of queries, each with a LIMIT
that SQLite applies, whatever the size of the knowledge base.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from operator import itemgetter, mul

from bot.core.candidates import PER_NAME, Candidate, article_text, asks_news, gather
from bot.core.context import PLACED_LOOKUPS, says_where
from bot.core.cues import YEAR
from bot.core.declining import where
from bot.core.features import FEATURES, describe
from bot.core.intents import Question, window
from bot.core.links import SURE_LINK, Link, Linking
from bot.core.members import act_of, said_of
from bot.core.spelling import name_like
from bot.core.tokens import THE, written_after, written_at
from bot.core.weights import WEIGHTS
from bot.core.words import read_words, spellings, words_of
from knowledge.facts import GROUP_NOUNS
from knowledge.names import TITLE_KINDS
from knowledge.store import KnowledgeBase
from knowledge.text import norm
from knowledge.vocabulary import DEMONYMS, NEWS_WORDS, TALLIED

# How far down the ranking an article writing a name only bodies write is looked for.
NAMING_REACH = 10


def _lexical(kb: KnowledgeBase, question: Question, linking: Linking) -> bool:
    """Whether the question's words can tell articles apart. A request for news about a name
    ("what's new with X", "X's latest single") gives lexical matches nothing to go by: how
    often an article repeats the name, or says "single", is no answer; the kind of news asked
    and recency are. Nor does a word for where the name is from ("<band> <city> latest"),
    which says which band is meant, not which of its news. A fact asked of a name's newest
    news of a kind ("when is X's new album out") is the same: the kind and recency say which
    article holds it, and its sentences are read for the fact whatever found it."""
    if not asks_news(question, linking) and not (question.fresh and question.kind):
        return bool(linking.leftover or linking.pairs or not linking.links)
    words = set(linking.leftover) - NEWS_WORDS
    if len(words) <= PLACED_LOOKUPS:
        words = {w for w in words if not says_where(kb, w)}
    return bool(words or linking.pairs or not linking.links)


_VALUES = itemgetter(*FEATURES)
_VECTOR = tuple(WEIGHTS.get(name, 0.0) for name in FEATURES)


# How many words before a name in a headline or lead may describe it ("<city> synth-punk
# duo <Name>").
DESCRIBED_BEFORE = 5


def _described_by(kb: KnowledgeBase, linking: Linking, found: Link, latest: bool) -> set[str]:
    """Words the newest articles about a linked name write just before it, where news
    describes who it is about ("<city> synth-punk duo <Name>", "<genre> trio <Name>"), and
    words two of their leads write anywhere ("<city>'s <Name>", "the <genre> band's debut"):
    what the news says of the name each time, not what one piece of its news is. Asked for
    the `latest`, so is a word of the question that one of them writes and the articles
    write as names are (`name_like`): a member's first name or surname, where the act is
    from ("<act> news, what are <first name> and the boys up to", "the <nationality>
    kings"); asked for an announcement, such a word says which ("a show in <city>")."""
    said: set[str] = set()
    ways = spellings(linking, found)
    leads: Counter[str] = Counter()
    for row in kb.newest_about(found.entity.id, PER_NAME):
        lead: set[str] = set()
        for text in (row.title, row.summary):
            joined = words_of(text).joined
            lead.update(joined.split())
            for way in ways:
                at = joined.find(way)
                if at > 0:
                    said.update(joined[:at].split()[-DESCRIBED_BEFORE:])
        leads.update(lead)
    named = {w for w in linking.leftover if latest and leads[w] and name_like(kb, w)}
    return said | named | {w for w, n in leads.items() if n >= 2}


def _undescribed(kb: KnowledgeBase, question: Question, linking: Linking) -> Linking:
    """The question without the words that only say who its name is, when it asks for the
    name's news ("any word on <name>? the <city> punk trio"), as its articles describe it or
    as the question does (`Linking.described`): they tell the band apart from
    others, and a surely linked name has already done that; among its articles they pick the
    one that happened to describe it so, not its newest. Beside a name that is also an
    ordinary word ("hobby") they still say which articles are about the band, and beside a
    second name linked surely too: no article about both may exist, and they still say which
    of each one's articles the question means. A name linked unsurely is more likely a word
    of the description ("the <record> singer <name>"). News words stay: they ask for a
    kind."""
    sure = [f for f in linking.links if f.weight >= SURE_LINK]
    if len(sure) != 1 or not linking.leftover or not asks_news(question, linking):
        return linking
    latest = question.intent == "latest"
    said = (_described_by(kb, linking, sure[0], latest) | linking.described) - NEWS_WORDS
    leftover = tuple(w for w in linking.leftover if w not in said)
    pairs = tuple(pair for pair in linking.pairs if not set(pair) <= said)
    return replace(linking, leftover=leftover, pairs=pairs)


# Words a question calls the maker of a work by ("<album> band", "the <film> director").
MAKER_WORDS = frozenset("band artist group singer rapper duo trio act musician director".split())


def made_by(kb: KnowledgeBase, question: Question, linking: Linking) -> Linking:
    """The question with a work's link moved to its maker when a word beside the work asks for
    the maker's news ("<album> band latest single"): the work's own headlines are older news
    than the band's. What the work's headlines are about says whose it is (`maker`)."""
    if not asks_news(question, linking):
        return linking
    tokens = linking.tokens
    links = list(linking.links)
    for i, found in enumerate(links):
        beside = {tokens[j] for j in (found.start - 1, found.end) if 0 <= j < len(tokens)}
        if found.entity.kind in TITLE_KINDS and beside & MAKER_WORDS:
            maker = kb.maker(found.entity.id)
            if maker is not None:
                links[i] = replace(found, entity=maker)
    return linking if links == list(linking.links) else replace(linking, links=tuple(links))


def described(
    kb: KnowledgeBase, question: Question, linking: Linking, now: datetime
) -> list[Candidate]:
    """Every retriever's candidates with their features, not yet scored: what `rank` scores
    and `benchmarks/quality.py` fits the weights on."""
    linking = _undescribed(kb, question, linking)
    lexical = _lexical(kb, question, linking)
    today = now.date()
    coming = _coming_event(question, today)
    bounds = None if coming is not None else window(question, now)
    gone_by = bounds[1] if bounds is not None and bounds[1] < today.isoformat() else None
    candidates = gather(kb, question, linking, lexical, gone_by)
    describe(kb, question, linking, candidates, now, lexical, bounds)
    told = _announced_before(question, bounds, coming, today)
    return _of_year(_in_window(candidates, told), question.year)


# How long before the stretch it happens in a tour or a festival is announced: "touring this
# spring?" is told by a winter headline, a summer's one-off show by one of the autumn before.
EVENT_LEAD_DAYS = 365
EVENTS = frozenset({"tour", "festival"})


def _announced_before(
    question: Question, bounds: tuple[str, str] | None, coming: date | None, today: date
) -> tuple[str, str] | None:
    """The days whose news tells what a question asks of a stretch of the calendar: for a
    tour or festival in it, the months before it too, and up to `today` where the stretch is
    this year's yet to come (`coming`, its first day)."""
    if coming is not None:
        start, end = coming, today.isoformat()
    elif bounds is not None and question.period is not None and question.kind in EVENTS:
        start, end = date.fromisoformat(bounds[0]), bounds[1]
    else:
        return bounds
    return (start - timedelta(days=EVENT_LEAD_DAYS)).isoformat(), end


def _coming_event(question: Question, today: date) -> date | None:
    """The first day of the stretch a question asks a tour or festival of, where it is this
    year's yet to come ("touring in the fall?" asked in August): no stretch gone by."""
    if question.period is None or question.kind not in EVENTS:
        return None
    return question.period.coming(today)


def _of_year(candidates: list[Candidate], year: str | None) -> list[Candidate]:
    """A question that names a year ("tour dates for <year>") asks for that year's news: a
    headline about the name that dates itself to another year alone is not it, where
    another headline about the name dates itself to the year asked."""
    if year is None:
        return candidates
    dated = {c.row.id: set(YEAR.findall(c.row.title)) for c in candidates}
    kept = [c for c in candidates if not dated[c.row.id] or year in dated[c.row.id]]
    about = [c for c in kept if c.features["name_title"] or c.features["name_lead"]]
    return kept if any(year in dated[c.row.id] for c in about) else candidates


def _in_window(candidates: list[Candidate], bounds: tuple[str, str] | None) -> list[Candidate]:
    """A question that bounds its time ("this year", "this week", "back in March") asks for
    news of that time: where an article of it is about a name the question gives, those of
    other times are not what it asks, however much more of its wording they hold (a
    festival's lineup of ten years ago beside this year's headline) or however much newer.
    `bounds`: the first and last day of that time (`intents.window`)."""
    if bounds is None:
        return candidates
    kept = [c for c in candidates if bounds[0] <= c.row.date <= bounds[1]]
    about = max(map(_about, kept), default=0.0)
    # Unless another time's article is about more of the names than any of then: the time
    # is the one misremembered ("<person> joined <company> back in July" of an August hire).
    if about and about >= max(map(_about, candidates)):
        return kept
    # Nothing of then is about the name, but something of then names it further on (a
    # roundup of the month): that is its news of then.
    named = [c for c in kept if c.features["name_anywhere"] >= 0.999]
    return named or candidates


def _about(candidate: Candidate) -> float:
    """How much of the names a question gives a candidate's headline or lead holds."""
    return max(candidate.features["name_title"], candidate.features["name_lead"])


def rank(kb: KnowledgeBase, question: Question, linking: Linking, now: datetime) -> list[Candidate]:
    """Candidates best first under the fitted weights."""
    candidates = described(kb, question, linking, now)
    # News whose headline names what the question rules out is not what it means, where
    # other news is found.
    if linking.ruled_out:
        meant = [c for c in candidates if not _ruled_out(linking, c.row.title)]
        candidates = meant or candidates
    for c in candidates:
        c.score = sum(map(mul, _VALUES(c.features), _VECTOR))
    candidates.sort(key=lambda c: (c.score, c.row.date, c.row.id), reverse=True)
    return candidates


def _ruled_out(linking: Linking, title: str) -> bool:
    """Whether a headline holds every word of something the question rules out."""
    words = set(norm(title).split())
    return any(words.issuperset(ruled.split()) for ruled in linking.ruled_out)


def _headlined(kb: KnowledgeBase, run: str) -> bool:
    return bool(kb.title_hits(f'title : "{run}"', 1))


def _body_names(kb: KnowledgeBase, linking: Linking) -> list[str]:
    """The question's one-word runs that the articles write only capitalised, and no known
    name holds, and the runs of words it writes as a name (`Linking.written`) that some
    article spells: an act named only in a body ("<Word> is an acoustic duo ..."), which no
    entity links. Not places, which the articles also write only capitalised, nor what
    says where from ("North American", "the Canadian release")."""
    sure = any(f.weight >= SURE_LINK for f in linking.links)
    words = [
        run
        for run in linking.named_runs
        if len(run) >= TALLIED
        and " " not in run
        and not kb.lowercase_uses(run)
        and run not in kb.names.words
        and kb.words_used([run], 1, capitalised=True)
    ]
    # A run some headline spells is a name the news is about, not one only bodies write:
    # beside a sure name, one of its records ("since they announced <Title>").
    spelt = [
        run
        for run in linking.written
        if kb.mentions(f'"{run}"')
        and not (sure and (_describes_act(linking.tokens, run) or _headlined(kb, run)))
    ]
    found = [run for run in words + spelt if not _where_from(kb, linking, run)]
    if not found or not sure:
        return found
    # Only the written runs that hold a name found are looked up in the news.
    found_words = {w for run in found for w in run.split()}
    members = {
        w
        for run in linking.written
        if found_words.intersection(run.split()) and _member_of_linked(kb, linking, run)
        for w in run.split()
    }
    # Beside a sure name, a name written after "at" is where it plays ("tickets to a show at
    # <Venue Name>"), not another name asked about.
    venues = {
        w
        for run in linking.written
        if written_after(linking.tokens, run, (_AT,), (_AT, THE))
        for w in run.split()
    }
    return [
        run
        for run in found
        if not (members | venues).issuperset(run.split())
        and not any(map(linking.band_of_someone, written_at(linking.tokens, run)))
    ]


def _where_from(kb: KnowledgeBase, linking: Linking, run: str) -> bool:
    """Whether a run says where: a place, after a word that makes it one, or a word for where
    someone is from; or a place with the word before it, which a news word cut off ("New
    <Province>")."""
    tokens = linking.tokens
    longer = [f"{tokens[at - 1]} {run}" for at in written_at(tokens, run) if at]
    return run.split()[-1] in DEMONYMS or any(
        says_where(kb, way) or where(linking, way) for way in [run, *longer]
    )


def _member_of_linked(kb: KnowledgeBase, linking: Linking, run: str) -> bool:
    """Whether the news places the person a run names in an act the question surely links
    ("<Act> doing a farewell tour, or is <Person> messing with us?"): the act's own member,
    whom its news need not name, not another name the question asks about."""
    linked = {f.entity.name for f in linking.links if f.weight >= SURE_LINK}
    return act_of(kb, run, set(), said_of(kb, [run])) in linked


_AT = frozenset({"at"})


def _describes_act(tokens: tuple[str, ...], run: str) -> bool:
    """Whether a run stands before what it calls an act ("a <City> <Genre> band called
    <Name>"): where the act is from and what it plays, not its name."""
    after = len(run.split())
    return any(
        at + after < len(tokens) and tokens[at + after] in GROUP_NOUNS
        for at in written_at(tokens, run)
    )


def naming_first(kb: KnowledgeBase, linking: Linking, ranked: list[Candidate]) -> list[Candidate]:
    """The candidates with the first of the best few (`NAMING_REACH`) that writes the
    question's names only bodies write (`_body_names`) put first, where the best does not:
    no feature weighs such a name, which links no entity, yet it says which article is
    meant."""
    names = _body_names(kb, linking)
    if not names or not ranked:
        return ranked

    def writes(candidate: Candidate) -> bool:
        text = read_words(article_text(kb, candidate)).joined
        return all(f" {name} " in text for name in names)

    if writes(ranked[0]):
        return ranked
    found = next((c for c in ranked[1:NAMING_REACH] if writes(c)), None)
    return ranked if found is None else [found, *(c for c in ranked if c is not found)]
