"""answer(message, kb) -> Reply: the whole platform-free core.

The intent (bot.core.intents) and the names linked in the question (bot.core.names) are
evidence for one ranking of candidate articles (bot.core.ranking); the reply is then shaped
by the intent: the news itself, the sentence that states the fact asked, or a list of
announcements. Declining is a decision too: a name-like run of the question that links to
nothing and is absent from the best article means the knowledge base does not know what was
asked about, and the reply says so instead of linking a neighbour's news. It never sends
anything and never names a platform, so every adapter and the announcer share it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from functools import partial

from bot.core.candidates import Candidate
from bot.core.context import undated
from bot.core.declining import decline_evidence, guessed_in_name, name_part
from bot.core.focus import focused
from bot.core.glue import written_words
from bot.core.half_names import named_in_full
from bot.core.intents import Question, parse, spoken_numbers, window_start
from bot.core.links import SURE_LINK, Linking
from bot.core.messages import Link, Message, Reply, utc_now
from bot.core.names import act_tagged, link, written_abroad
from bot.core.origins import misplaced
from bot.core.passages import best_sentence
from bot.core.ranking import EVENTS, made_by, naming_first, rank
from bot.core.sanitize import clean_question
from bot.core.weights import DECLINE, PASSAGE
from knowledge.store import ArticleRow, KnowledgeBase
from knowledge.text import clip

MAX_RELATED = 3
QUOTES = "\"“”‘’' "
SUMMARY_CHARS = 400
FACT_CHARS = 450


def link_of(row: ArticleRow) -> Link:
    return Link(url=row.url, title=row.title, date=row.date, source=row.source)


def _related(rows: list[ArticleRow], exclude: str) -> tuple[Link, ...]:
    seen = {exclude}
    links: list[Link] = []
    for row in rows:
        if row.url not in seen and len(links) < MAX_RELATED:
            seen.add(row.url)
            links.append(link_of(row))
    return tuple(links)


def _news(intent: str, rows: list[ArticleRow], entity: str | None = None) -> Reply:
    """The first article's summary and link, with the next few as related links."""
    top = rows[0]
    return Reply(
        intent=intent,
        text=clip(top.summary or top.title, SUMMARY_CHARS),
        article=link_of(top),
        links=_related(rows[1:], top.url),
        entity=entity,
    )


def answer(
    message: Message, kb: KnowledgeBase, now: datetime | None = None, *, commands: str = ""
) -> Reply:
    """Answer one chat message from the knowledge base; `commands` is the asking platform's
    command list, shown in help (each adapter passes its own, so the core names none)."""
    now = now or utc_now()
    act_named = partial(act_tagged, kb)
    known = written_words(kb)
    # Both readings of the message (the second below) look up the same half names.
    in_full = partial(named_in_full, kb, read={})
    text = in_full(clean_question(message.text, act_named, known=known))
    if not text.strip(" ?!.,"):
        # A story's address pasted alone asks what it says, where the story is known.
        pasted = _pasted(kb, message.text)
        if pasted is not None:
            return _news("latest", [pasted])
        lead = "Ask me about an artist, a festival or recent announcements."
        return help_reply(kb, commands, lead=lead)
    question, linking = understand(kb, text)
    if linking is not None and not linking.links:
        # A post whose words name nothing is about what it tags ("#<unknownact> anything
        # new?") or quotes ("> <act> ..." then "did they tour?"): no topic then, but the name
        # asked about.
        tagged = in_full(clean_question(message.text, act_named, context_kept=True, known=known))
        if tagged != text:
            text = tagged
            question, linking = understand(kb, text)
    if question.intent == "help":
        return help_reply(kb, commands)
    if linking is None:
        return search(kb, question.text)
    misplaced_name = misplaced(kb, text, linking)
    if misplaced_name is not None:
        return _not_found(kb, misplaced_name)
    if ranked_route(question, linking):
        ranked = rank(kb, question, linking, now)
        pasted = _pasted(kb, message.text) if question.intent in {"fact", "lookup"} else None
        if pasted is not None:
            # A question of fact about a story shared in chat is about that story, whatever
            # newer news shares its words; one for news asks what came since it.
            shared = next((c for c in ranked if c.row.url == pasted.url), Candidate(row=pasted))
            ranked = [shared, *(c for c in ranked if c is not shared)]
        return respond(kb, question, linking, ranked)
    if linking.leftover and not _lists_announcements(question):
        return help_reply(kb, commands, lead="I'm not sure what you're asking.")
    return recent_announcements(kb, None, question.kind, question.days, now)


# An address pasted in a message ("https://<outlet>/<story> says ... how many copies?").
_PASTED = re.compile(r"https?://[^\s<>|]{1,2000}")
# How many pasted addresses are looked up: one message shares one story or a few.
MAX_PASTED = 3


def _pasted(kb: KnowledgeBase, text: str) -> ArticleRow | None:
    """The stored story whose address a message pastes, if any (of its first few)."""
    for url in _PASTED.findall(text)[:MAX_PASTED]:
        row = kb.by_url(url.rstrip(".,;:!?)>"))
        if row is not None:
            return row
    return None


def understand(kb: KnowledgeBase, text: str) -> tuple[Question, Linking | None]:
    """The question and the names in it; none for help and search, which take the words as
    they are. What is asked is read from the question's words with its typos corrected
    ("when did X passd away") and each name it surely links to put as "it": a name's own
    words ask nothing ("Dead Lanterns" asks about no death, "New Tallow" for no news). A
    message that tells a story around its question is read as the question (`focused`)."""
    message = spoken_numbers(text)
    text, linked = focused(kb, message)
    question = parse(text)
    if question.intent in {"help", "search"}:
        return question, None
    linking = linked or link(kb, text)
    if not linking.abroad and text != message and written_abroad(message):
        linking = link(kb, text, within=message)
    words = list(linking.tokens)
    for found in linking.links:
        if found.weight >= SURE_LINK:
            words[found.start : found.end] = ["it"] + [""] * (found.end - found.start - 1)
    asked = replace(parse(" ".join(w for w in words if w)), text=question.text)
    if asked.kind == "festival" and _band_lineup(kb, linking):
        asked = replace(asked, kind=None)
    if asked.period is not None:
        searched = asked.intent == "fact" or asked.kind in EVENTS
        linking = undated(linking, searched=searched)
    return asked, made_by(kb, asked, linking)


def _band_lineup(kb: KnowledgeBase, linking: Linking) -> bool:
    """Whether the lineup asked is an act's own ("<act>'s lineup", who is in it), not a
    festival's: no headline about the act announces a festival's news."""
    return any(
        found.weight >= SURE_LINK
        and linking.tokens[found.end : found.end + 1] == ("lineup",)
        and not kb.announces(found.entity.id, "festival")
        for found in linking.links
    )


def _lists_announcements(question: Question) -> bool:
    return question.intent == "announcements" or bool(question.days and question.kind)


def ranked_route(question: Question, linking: Linking) -> bool:
    """Whether ranking answers a question: anything naming something, known or not, and any
    words to search for, except a request for the announcements list ("any tours this week")."""
    if linking.links or linking.subjects:
        return True
    return bool(linking.leftover) and not _lists_announcements(question)


def respond(
    kb: KnowledgeBase,
    question: Question,
    linking: Linking,
    ranked: list[Candidate],
    decline: Mapping[str, float] = DECLINE,
    passage: Mapping[str, float] = PASSAGE,
) -> Reply:
    """The reply for ranked candidates: the best one shaped by the intent, or a decline when
    the knowledge base does not know what was asked about: always where the evidence is
    certain (`bot.core.declining.Evidence`), otherwise as the fitted decision (`decline`
    weights over `decline_evidence`) says."""
    ranked = naming_first(kb, linking, ranked)
    if not ranked:
        runs = list(_written(linking)) or [
            " ".join(name_part(run.split(), question.asks[:1])) for run in linking.named_runs
        ]
        return _not_found(kb, linking.as_typed(" ".join(filter(None, runs))) or question.text)
    top = ranked[0]
    unknown = _unknown(kb, question, linking, ranked, decline)
    if unknown is not None:
        return unknown
    others = [c.row for c in ranked[1:] if c.features.get("name_lead", 0.0) > 0] or [
        c.row for c in ranked[1:]
    ]
    entity = linking.links[0].entity.name if linking.links else None
    if question.intent == "fact" or (question.intent == "lookup" and question.facts):
        sentence = best_sentence(kb, question, linking, top, FACT_CHARS, passage)
        if sentence is not None:
            return Reply(
                intent="fact",
                text=clip(sentence.strip(QUOTES), FACT_CHARS),
                article=link_of(top.row),
                links=_related(others, top.row.url),
                entity=entity,
            )
    intent = "announcements" if question.intent == "announcements" else "latest"
    return _news(intent, [top.row, *others], entity)


def _written(linking: Linking) -> tuple[str, ...]:
    """The runs written as names that make a question to decline or answer where nothing is
    linked but initials unsurely ("<Qom> <Vela>" read as two names' initials); beside another
    link the question's runs do, and `decline_evidence` reads written runs anyway."""
    unsure = all(map(partial(guessed_in_name, linking), linking.links))
    return linking.written if unsure else ()


def _unknown(
    kb: KnowledgeBase,
    question: Question,
    linking: Linking,
    ranked: list[Candidate],
    decline: Mapping[str, float] = DECLINE,
) -> Reply | None:
    """The decline for a question or a search whose runs name what the knowledge base does
    not know, where the evidence is certain or the fitted decision says so; else None."""
    if not (linking.named_runs or _written(linking)):
        return None
    evidence = decline_evidence(kb, linking, ranked, question.asks[:1], question.for_news)
    weighed = sum(decline.get(n, 0.0) * v for n, v in evidence.features.items())
    if evidence.certain or weighed > 0:
        return _not_found(kb, linking.as_typed(evidence.named or "") or question.text)
    return None


def _not_found(kb: KnowledgeBase, what: str) -> Reply:
    newest = kb.newest_date() or "none yet"
    suggestions = tuple(e.name for e in kb.names.complete(what, 3)) if what else ()
    text = (
        f"I found nothing about {clip(what, 80)} in the news I follow (newest article: {newest})."
    )
    if suggestions:
        text += f" Did you mean {suggestions[0]}?"
    return Reply(intent="unknown", text=text, suggestions=suggestions)


def search(kb: KnowledgeBase, words: str) -> Reply:
    """Keyword search across titles and bodies, best match first."""
    question = Question(words, "lookup")
    linking = link(kb, words)
    ranked = rank(kb, question, linking, utc_now())
    if not ranked or _unknown(kb, question, linking, ranked) is not None:
        return Reply(intent="search", text=f"No article matches “{clip(words, 60)}”.")
    return _news("search", [c.row for c in ranked])


def latest_news(kb: KnowledgeBase, name: str, now: datetime | None = None) -> Reply:
    """The newest news about a named artist or topic (the /news command)."""
    linking = link(kb, name)
    if not linking.links:
        return _not_found(kb, name)
    question = Question(name, "latest")
    return respond(kb, question, linking, rank(kb, question, linking, now or utc_now()))


def recent_announcements(
    kb: KnowledgeBase,
    artist: str | None = None,
    kind: str | None = None,
    days: int | None = None,
    now: datetime | None = None,
) -> Reply:
    """Announcements, newest first, optionally narrowed by artist, kind and the last N days."""
    now = now or utc_now()
    entity_ids: list[int] | None = None
    who = ""
    if artist:
        linking = link(kb, artist)
        if not linking.links:
            return _not_found(kb, artist)
        entity_ids = [linking.links[0].entity.id]
        who = f" by {linking.links[0].entity.name}"
    rows = kb.announcements(
        entity_ids=entity_ids, kind=kind, since=window_start(now, days), limit=MAX_RELATED + 1
    )
    label = f"{kind} announcements" if kind else "announcements"
    window = f" in the last {days} days" if days else ""
    if not rows:
        latest = None if artist else kb.latest_announcement(kind)
        text = f"Nothing announced{who}{window}."
        if latest is None:
            return Reply(intent="announcements", text=f"{text} I have no {label}{who} yet.")
        text += f" The latest {label.removesuffix('s')} is from {latest.date}: {latest.title}"
        return Reply(intent="announcements", text=text, article=link_of(latest))
    lines = "\n".join(f"• {link_of(r).line}" for r in rows)
    return Reply(
        intent="announcements",
        text=f"{label.capitalize()}{who}{window}, newest first:\n{lines}",
        article=link_of(rows[0]),
        links=_related(rows[1:], rows[0].url),
    )


def more_like(kb: KnowledgeBase, url: str) -> Reply:
    """Articles like the one at `url`: about the same subject first, then similar words."""
    row = kb.by_url(url)
    if row is None:
        return Reply(intent="more", text="That article is no longer in my news.", private=True)
    linking = link(kb, row.title)
    ranked = [
        c for c in rank(kb, Question(row.title, "latest"), linking, utc_now()) if c.row.url != url
    ]
    if not ranked:
        return Reply(intent="more", text=f"Nothing else like “{row.title}” yet.", private=True)
    entity = linking.links[0].entity.name if linking.links else None
    return _news("more", [c.row for c in ranked], entity)


def help_reply(kb: KnowledgeBase, commands: str = "", lead: str | None = None) -> Reply:
    """What Roadie answers, with examples built from artists really in the knowledge base, and
    the commands of the platform asking."""
    names = kb.most_announced(3) or ["an artist"]
    first, second = names[0], names[min(1, len(names) - 1)]
    examples = [
        f"“what's new with {first}?”",
        f"“when's {second}'s album out?”",
        "“any tour announcements this week?”",
    ]
    text = (
        (f"{lead} " if lead else "")
        + "I answer questions about music news: the latest on an artist, facts such as "
        + "release dates, labels and tour dates, and recent announcements. Try "
        + ", ".join(examples)
        + "."
        + (f" Commands: {commands}." if commands else "")
    )
    return Reply(intent="help", text=text, private=True)
