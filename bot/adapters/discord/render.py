"""A Reply as a Discord embed, cut to Discord's size limits.

Discord rejects a whole message when one embed part is too long, or when a URL is not
http(s), so every part is cut here, before sending, and cut where a reader would not notice:
between words, never inside a link. An article without a web URL is shown without a link.
"""

from __future__ import annotations

import re

import discord

from bot.adapters.links import web_url
from bot.core.messages import Link, Reply

TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
FIELDS = 25
TOTAL = 6000
CONTENT = 2000
MAX_LINKS = 3
ELLIPSIS = "…"
COLOUR = discord.Colour(0xE8743B)

# A markdown link (its label may hold spaces), an <angle-bracketed> link, or any other word:
# each is one unit that a cut keeps whole or leaves out.
_ATOM = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)|<https?://[^>\s]+>|\S+")
_LINK = re.compile(r"^(?:\[|<?https?://)")


def units(text: str) -> int:
    """Length as Discord counts it (UTF-16 code units), never less than Python's len()."""
    return len(text.encode("utf-16-le")) // 2


def cut(text: str, limit: int) -> str:
    """`text` if it fits in `limit`, else its longest whole-word prefix that fits, plus "…".

    A link that does not fit is dropped rather than broken, so what is left always works.
    Only a single word longer than the limit is cut inside, since there is no other place.
    """
    if units(text) <= limit:
        return text
    room = limit - units(ELLIPSIS)
    end = 0
    used = 0
    for atom in _ATOM.finditer(text):
        used += units(text[end : atom.end()])
        if used > room:
            break
        end = atom.end()
    if end:
        return text[:end].rstrip() + ELLIPSIS
    first = _ATOM.search(text)
    if first is None or _LINK.match(first.group()):
        return ELLIPSIS
    return _cut_word(first.group(), room) + ELLIPSIS


def _cut_word(word: str, room: int) -> str:
    kept = ""
    for char in word:
        if units(kept + char) > room:
            break
        kept += char
    return kept


def _label(text: str) -> str:
    """Text safe inside a markdown link label, whose "]" would end the label early."""
    return text.replace("[", "(").replace("]", ")")


def _linked(text: str, url: str) -> str:
    """`[text](url)` for a web URL, else the text alone."""
    return f"[{_label(text)}]({url})" if web_url(url) else text


def link_value(link: Link) -> str:
    """`[date · source](url)`, or the plain line when there is no web URL or it would
    overflow a field."""
    plain = f"{link.date} · {link.source}"
    linked = _linked(plain, link.url)
    return linked if units(linked) <= FIELD_VALUE else cut(plain, FIELD_VALUE)


def _fields(reply: Reply) -> list[tuple[str, str]]:
    fields = [(cut(link.title, FIELD_NAME), link_value(link)) for link in reply.links[:MAX_LINKS]]
    if reply.sources:
        outlets = " · ".join(_linked(s.source, s.url) for s in reply.sources)
        fields.append(("Also reported by", cut(outlets, FIELD_VALUE)))
    return fields[:FIELDS]


def embed_for(reply: Reply) -> discord.Embed:
    """The embed: title linking to the article, the answer, source and date, related links.

    The description gets whatever the 6000-character total leaves once the other parts are
    in, so a long summary shrinks before any related link is dropped.
    """
    article = reply.article
    title = cut(article.title, TITLE) if article else ""
    footer = cut(f"{article.source} · {article.date}", FOOTER) if article else ""
    fields = _fields(reply)
    fixed = units(title) + units(footer) + sum(units(n) + units(v) for n, v in fields)
    while fields and fixed + min(units(reply.text), DESCRIPTION // 4) > TOTAL:
        name, value = fields.pop()
        fixed -= units(name) + units(value)
    description = cut(reply.text, min(DESCRIPTION, TOTAL - fixed)) if reply.text else None
    embed = discord.Embed(
        title=title or None,
        url=web_url(article.url) if article else None,
        description=description,
        colour=COLOUR,
    )
    if footer:
        embed.set_footer(text=footer)
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=False)
    return embed


def content_for(reply: Reply) -> str | None:
    """The plain message line: a push's heading, which is what notifications show."""
    return cut(reply.heading, CONTENT) if reply.heading else None
