"""Render a core `Reply` as Slack Block Kit, with every piece of article text made inert.

Article titles and bodies come from the open web; Slack reads `<!channel>`, `<!here>` and
`<@U…>` in mrkdwn *and* in the notification `text`, so everything we did not write ourselves
goes through `escape()` before it reaches Slack. Only web (http or https) URLs become links
or link buttons; an article without one is shown by its title alone.
"""

from __future__ import annotations

from typing import Any

from bot.adapters.links import web_url
from bot.core.messages import Reply

Block = dict[str, Any]

ACTION_OPEN = "roadie_open_article"
ACTION_MORE_LIKE = "roadie_more_like"
ACTION_FOLLOW = "roadie_follow"
ACTION_SUGGEST_PREFIX = "roadie_suggest_"

# Slack's own limits; going over them makes chat.postMessage fail with invalid_blocks.
SECTION_LIMIT = 3000
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
BUTTON_URL_LIMIT = 3000
FALLBACK_LIMIT = 300


def escape(text: str) -> str:
    """Make text literal for Slack: the three characters its markup is built from, and no more.

    `&` goes first so the entities we add are not escaped twice.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's escaping of what a user typed, so the core sees the words they wrote."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _link(url: str, label: str) -> str:
    """A mrkdwn link whose URL cannot close the `<…|…>` early nor smuggle in a second link;
    the label alone when the URL is not a web URL."""
    if not web_url(url):
        return escape(label)
    return f"<{escape(url.replace('|', '%7C'))}|{escape(label)}>"


def _text(text: str) -> Block:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _section(text: str) -> Block:
    return {"type": "section", "text": _text(_clip(text, SECTION_LIMIT))}


def _button(text: str, action_id: str, value: str | None = None, url: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": _clip(text, BUTTON_TEXT_LIMIT), "emoji": False},
        "action_id": action_id,
    }
    if value is not None:
        button["value"] = value[:BUTTON_VALUE_LIMIT]
    if url is not None:
        button["url"] = url
    return button


def fallback_text(reply: Reply) -> str:
    """The one plain line shown in notifications and by clients that cannot draw blocks."""
    lead = reply.heading or reply.text
    line = lead.strip().splitlines()[0] if lead.strip() else "Roadie"
    return escape(_clip(line, FALLBACK_LIMIT))


def render(reply: Reply) -> list[Block]:
    """Blocks for `reply`: summary, source line, buttons, related links, "did you mean"."""
    blocks: list[Block] = []
    if reply.heading:
        blocks.append(_section(f"*{escape(reply.heading)}*"))
    if reply.text:
        blocks.append(_section(escape(reply.text)))
    article = reply.article
    if article is not None:
        where = f"{escape(article.source)} · {escape(article.date)}"
        context = f"{_link(article.url, article.title)} · {where}"
        blocks.append({"type": "context", "elements": [_text(context)]})
    buttons = _buttons(reply)
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    if reply.links:
        lines = [
            f"• {_link(link.url, link.title)} · {escape(link.source)} · {escape(link.date)}"
            for link in reply.links[:3]
        ]
        blocks.append(_section("\n".join(lines)))
    if reply.sources:
        others = ", ".join(_link(s.url, s.source) for s in reply.sources)
        blocks.append({"type": "context", "elements": [_text(f"Also reported by: {others}")]})
    if reply.suggestions:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    _button(f"Did you mean {name}?", f"{ACTION_SUGGEST_PREFIX}{i}", value=name)
                    for i, name in enumerate(reply.suggestions[:5])
                ],
            }
        )
    return blocks


def _buttons(reply: Reply) -> list[Block]:
    buttons: list[Block] = []
    if reply.article is not None:
        url = reply.article.url
        if web_url(url) and len(url) <= BUTTON_URL_LIMIT:
            buttons.append(_button("Read the article", ACTION_OPEN, url=url))
        if url and len(url) <= BUTTON_VALUE_LIMIT:
            buttons.append(_button("More like this", ACTION_MORE_LIKE, value=url))
    if reply.entity:
        buttons.append(_button(f"Follow {reply.entity}", ACTION_FOLLOW, value=reply.entity))
    return buttons
