"""answer(message, kb) -> Reply: the whole platform-free core.  (Interface stub; core in progress.)"""

from __future__ import annotations

from datetime import datetime

from bot.messages import Message, Reply
from knowledge.store import KnowledgeBase


def answer(message: Message, kb: KnowledgeBase, now: datetime | None = None) -> Reply:
    raise NotImplementedError


def latest_news(kb: KnowledgeBase, name: str, now: datetime | None = None) -> Reply:
    raise NotImplementedError


def recent_announcements(
    kb: KnowledgeBase,
    artist: str | None = None,
    kind: str | None = None,
    days: int | None = None,
    now: datetime | None = None,
) -> Reply:
    raise NotImplementedError


def more_like(kb: KnowledgeBase, url: str) -> Reply:
    raise NotImplementedError


def help_reply(kb: KnowledgeBase) -> Reply:
    raise NotImplementedError
