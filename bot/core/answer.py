"""answer(message, kb) -> Reply: the whole platform-free core.

Intent first (bot.core.intents), then who it is about (bot.core.names), then one lookup per intent:
latest news is the newest article *about* the subject; a fact is the best sentence naming
it; announcements are filtered by kind and time. It never sends anything and never names a
platform, so every adapter and the announcer share it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.intents import Question, parse
from bot.core.messages import Link, Message, Reply, utc_now
from bot.core.names import Resolution, Subject, resolve
from bot.core.ranking import about, best_fact, keyword_hits
from bot.core.sanitize import clean_question
from knowledge.store import ArticleRow, KnowledgeBase
from knowledge.text import clip

MAX_RELATED = 3
QUOTES = "\"“”‘’' "


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


def _since(now: datetime, days: int | None) -> str | None:
    return (now - timedelta(days=days)).date().isoformat() if days else None


def answer(
    message: Message, kb: KnowledgeBase, now: datetime | None = None, *, commands: str = ""
) -> Reply:
    """Answer one chat message from the knowledge base; `commands` is the asking platform's
    command list, shown in help (each adapter passes its own, so the core names none)."""
    now = now or utc_now()
    text = clean_question(message.text)
    if not text.strip(" ?!.,"):
        lead = "Ask me about an artist, a festival or recent announcements."
        return help_reply(kb, commands, lead=lead)
    question = parse(text)
    if question.intent == "help":
        return help_reply(kb, commands)
    if question.intent == "search":
        return search(kb, question.text)
    resolution = resolve(kb, text)
    subject = resolution.main
    if subject is None and resolution.unknown is None and question.intent != "announcements":
        return help_reply(kb, commands, lead="I'm not sure what you're asking.")
    if question.intent == "announcements" and subject is None and resolution.unknown is None:
        return recent_announcements(kb, None, question.kind, question.days, now)
    if subject is None:
        return _not_found(kb, resolution)
    if question.intent == "announcements":
        return _latest(kb, subject, question, now, announcements_only=True)
    if question.intent == "latest":
        return _latest(kb, subject, question, now)
    return _fact(kb, resolution, question, now)


def _not_found(kb: KnowledgeBase, resolution: Resolution) -> Reply:
    newest = kb.newest_date() or "none yet"
    text = (
        f"I found nothing about {resolution.unknown} in the news I follow "
        f"(newest article: {newest})."
    )
    if resolution.suggestions:
        text += f" Did you mean {resolution.suggestions[0]}?"
    return Reply(intent="unknown", text=text, suggestions=resolution.suggestions)


def _latest(
    kb: KnowledgeBase,
    subject: Subject,
    question: Question,
    now: datetime,
    announcements_only: bool = False,
) -> Reply:
    rows = about(
        kb,
        subject,
        kind=question.kind,
        announcements_only=announcements_only,
        since=_since(now, question.days),
    )
    intent = "announcements" if announcements_only else "latest"
    if not rows:
        what = f"{question.kind} news" if question.kind else "news"
        window = f" in the last {question.days} days" if question.days else ""
        return Reply(
            intent=intent,
            text=f"I found no {what} about {subject.name}{window} in the news I follow.",
            entity=subject.name,
        )
    top = rows[0]
    return Reply(
        intent=intent,
        text=clip(top.summary or top.title, 400),
        article=link_of(top),
        links=_related(rows[1:], top.url),
        entity=subject.entity.name if subject.entity else subject.name,
    )


def _fact(kb: KnowledgeBase, resolution: Resolution, question: Question, now: datetime) -> Reply:
    subject = resolution.main
    assert subject is not None
    found = best_fact(kb, resolution.subjects, question)
    if found is None:
        return _latest(kb, subject, question, now)
    sentence, row, others = found
    return Reply(
        intent="fact",
        text=f"{subject.name}: “{clip(sentence.strip(QUOTES), 360)}”",
        article=link_of(row),
        links=_related(others, row.url),
        entity=subject.entity.name if subject.entity else subject.name,
    )


def search(kb: KnowledgeBase, words: str) -> Reply:
    """Keyword search across titles and bodies, best match first."""
    rows = keyword_hits(kb, words)
    if not rows:
        return Reply(intent="search", text=f"No article matches “{clip(words, 60)}”.")
    top = rows[0]
    return Reply(
        intent="search",
        text=clip(top.summary or top.title, 400),
        article=link_of(top),
        links=_related(rows[1:], top.url),
    )


def latest_news(kb: KnowledgeBase, name: str, now: datetime | None = None) -> Reply:
    """The newest news about a named artist or topic (the /news command)."""
    resolution = resolve(kb, name)
    if resolution.main is None:
        return _not_found(kb, resolution if resolution.unknown else Resolution((), name))
    return _latest(kb, resolution.main, Question(name, "latest"), now or utc_now())


def recent_announcements(
    kb: KnowledgeBase,
    artist: str | None = None,
    kind: str | None = None,
    days: int | None = None,
    now: datetime | None = None,
) -> Reply:
    """Announcements, newest first, optionally narrowed by artist, kind and the last N days."""
    now = now or utc_now()
    if artist:
        resolution = resolve(kb, artist)
        if resolution.main is None:
            return _not_found(kb, resolution if resolution.unknown else Resolution((), artist))
        question = Question(artist, "announcements", kind=kind, days=days)
        return _latest(kb, resolution.main, question, now, announcements_only=True)
    rows = kb.announcements(kind=kind, since=_since(now, days), limit=MAX_RELATED + 1)
    label = f"{kind} announcements" if kind else "announcements"
    window = f" in the last {days} days" if days else ""
    if not rows:
        latest = kb.latest_announcement(kind)
        text = f"Nothing announced{window}."
        if latest is None:
            return Reply(intent="announcements", text=f"{text} I have no {label} yet.")
        text += f" The latest {label.removesuffix('s')} is from {latest.date}: {latest.title}"
        return Reply(intent="announcements", text=text, article=link_of(latest))
    lines = "\n".join(f"• {link_of(r).line}" for r in rows)
    return Reply(
        intent="announcements",
        text=f"{label.capitalize()}{window}, newest first:\n{lines}",
        article=link_of(rows[0]),
        links=_related(rows[1:], rows[0].url),
    )


def more_like(kb: KnowledgeBase, url: str) -> Reply:
    """Articles like the one at `url`: about the same subject first, then similar words."""
    row = kb.by_url(url)
    if row is None:
        return Reply(intent="more", text="That article is no longer in my news.", private=True)
    resolution = resolve(kb, row.title)
    rows: list[ArticleRow] = []
    if resolution.main is not None:
        rows = about(kb, resolution.main, kind=None)
    rows = [r for r in rows if r.url != url] or [
        r for r in keyword_hits(kb, row.title) if r.url != url
    ]
    if not rows:
        return Reply(intent="more", text=f"Nothing else like “{row.title}” yet.", private=True)
    top = rows[0]
    return Reply(
        intent="more",
        text=clip(top.summary or top.title, 400),
        article=link_of(top),
        links=_related(rows[1:], top.url),
        entity=resolution.main.name if resolution.main else None,
    )


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
