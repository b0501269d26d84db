"""What `/roadie …` and Roadie's buttons mean, kept apart from Bolt so it reads as a table.

`SUBCOMMANDS` maps the first word after `/roadie` to a handler; anything else is a question.
The subscription subcommands and the Follow button (`subscriptions.py`) are added per adapter,
through `SlackAdapter.subcommands`. Handlers are plain functions from a `Request` to a core
`Reply`, so they are tested without Slack; the adapter runs them in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.core.answer import answer, help_reply, latest_news, more_like, recent_announcements
from bot.core.intents import KINDS, news_kind
from bot.core.messages import Message, Reply
from knowledge.store import KnowledgeBase

HELP_COMMANDS = (
    "`/roadie <question>`, `/roadie news <artist>`, `/roadie announcements [artist] [kind] "
    "[days]`, `/roadie subscribe|unsubscribe|subscriptions|feeds`, `/roadie help`"
)


@dataclass(frozen=True)
class Request:
    """One thing asked of Roadie in Slack: who asked where, and the words after the subcommand.

    `is_admin` is looked up only for handlers that change subscriptions; False for the rest.
    """

    kb: KnowledgeBase
    message: Message
    args: str
    is_admin: bool = False


Handler = Callable[[Request], Reply]


def usage(text: str) -> Reply:
    """A private hint, so a mistyped command does not clutter the channel."""
    return Reply(intent="usage", text=text, private=True)


def ask(request: Request) -> Reply:
    return answer(replace(request.message, text=request.args), request.kb, commands=HELP_COMMANDS)


def news(request: Request) -> Reply:
    if not request.args:
        return usage("Which artist? Try `/roadie news <artist>`.")
    return latest_news(request.kb, request.args)


def parse_announcements(args: str) -> tuple[str | None, str | None, int | None]:
    """Split `[artist] [kind] [days]`: kind and days are recognised from the end, the rest is
    the artist, so multi-word names need no quoting."""
    words = args.split()
    days: int | None = None
    kind: str | None = None
    if words and words[-1].lower().rstrip("d").isdigit():
        days = int(words.pop().lower().rstrip("d"))
    elif len(words) >= 2 and words[-1].lower() in ("day", "days") and words[-2].isdigit():
        days = int(words[-2])
        del words[-2:]
    if words:
        last = words[-1].lower()
        singular = last.removesuffix("s")
        kind = last if last in KINDS else singular if singular in KINDS else news_kind(last)
        if kind is not None:
            words.pop()
    return (" ".join(words) or None), kind, days


def announcements(request: Request) -> Reply:
    artist, kind, days = parse_announcements(request.args)
    return recent_announcements(request.kb, artist=artist, kind=kind, days=days)


def help_(request: Request) -> Reply:
    return help_reply(request.kb, HELP_COMMANDS)


def suggestion(request: Request) -> Reply:
    """A "Did you mean X?" button asks again about the suggested name."""
    return latest_news(request.kb, request.args)


def more_like_this(request: Request) -> Reply:
    return more_like(request.kb, request.args)


QUESTIONS = frozenset({ask, news, announcements, suggestion, more_like_this})
"""The handlers that ask the answering core, which the cooldown limits."""

SUBCOMMANDS: dict[str, Handler] = {
    "news": news,
    "announcements": announcements,
    "help": help_,
}


def route(text: str, subcommands: dict[str, Handler]) -> tuple[Handler, str]:
    """The handler for `/roadie <text>` and the words it should see."""
    first, _, rest = text.strip().partition(" ")
    handler = subcommands.get(first.lower())
    if handler is not None:
        return handler, rest.strip()
    if not first:
        return help_, ""
    return ask, text.strip()
