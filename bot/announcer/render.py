"""Pushes as core Replies: one story, a digest of several, or a notice to a channel.

Rendered at send time from the knowledge base, so a story that gained a source while queued
lists it; every adapter then renders the Reply as it renders answers. Only http(s) addresses are
written out as links: an article without one is named, not linked.
"""

from __future__ import annotations

from bot.core.messages import Link, Reply
from knowledge.ingest.assemble import web_link
from knowledge.store import KnowledgeBase

HEADINGS = {
    "album": "New album",
    "single": "New single",
    "tour": "Tour news",
    "film": "New film",
    "book": "New book",
    "festival": "Festival news",
    "signing": "Signing",
    "death": "In memoriam",
    "other": "Announcement",
}
DIGEST_LINES = 25


def _heading(kind: str) -> str:
    return HEADINGS.get(kind, "Announcement")


def _articles(kb: KnowledgeBase, story_id: int) -> tuple[str, list[tuple[Link, str]], str | None]:
    """The story's kind, its articles (first reported first) with summaries, and its artist."""
    story = kb.query(
        "SELECT s.kind, s.article_id, e.name FROM stories s "
        "LEFT JOIN entities e ON e.id = s.entity_id WHERE s.id = ?",
        [story_id],
    )
    if not story:
        raise LookupError(f"story {story_id} is gone")
    kind, first, artist = story[0]
    rows = kb.query(
        "SELECT a.id, a.url, a.title, a.date, a.source, a.summary FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
        "ORDER BY a.id = ? DESC, a.id",
        [story_id, first],
    )
    articles = [(Link(str(r[1]), str(r[2]), str(r[3]), str(r[4])), str(r[5] or "")) for r in rows]
    return str(kind), articles, artist


def story_reply(kb: KnowledgeBase, story_id: int) -> Reply:
    """`New album: <title>`, the summary sentence, the link, and the other outlets."""
    kind, articles, artist = _articles(kb, story_id)
    (main, summary), others = articles[0], articles[1:]
    return Reply(
        intent="push",
        text=summary if summary and summary != main.title else "",
        article=main,
        heading=f"{_heading(kind)}: {main.title}",
        sources=tuple(link for link, _ in others),
        entity=artist,
    )


def digest_reply(kb: KnowledgeBase, story_ids: list[int]) -> Reply:
    """One message for a burst: a heading with the count, one line per story."""
    lines = []
    for story_id in story_ids[:DIGEST_LINES]:
        kind, articles, _ = _articles(kb, story_id)
        main = articles[0][0]
        also = f" (+{len(articles) - 1} more outlets)" if len(articles) > 1 else ""
        link = web_link(main.url)
        lines.append(f"• {_heading(kind)}: {main.title} · {main.source}{also}")
        if link:
            lines.append(f"  {link}")
    if len(story_ids) > DIGEST_LINES:
        lines.append(f"… and {len(story_ids) - DIGEST_LINES} more")
    return Reply(
        intent="digest",
        text="\n".join(lines),
        heading=f"{len(story_ids)} new announcements",
    )


def notice_reply(text: str) -> Reply:
    return Reply(intent="notice", text=text, heading="Roadie feed notice")
