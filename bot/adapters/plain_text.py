"""Plain-text rendering of a Reply: the console's output and the platforms' fallback text.

Like the chat renderers, it shows only web URLs: anything else would not open in a browser.
"""

from __future__ import annotations

from bot.adapters.links import web_url
from bot.core.messages import Reply


def render_plain(reply: Reply) -> str:
    """The reply as a few lines of text: answer, then source line and link, then related."""
    lines = [f"{reply.heading}" if reply.heading else "", reply.text]
    if reply.article is not None:
        lines.append(f"  {reply.article.title} · {reply.freshness}")
        lines.append(f"  {web_url(reply.article.url) or ''}".rstrip())
    for other in reply.sources:
        where = web_url(other.url)
        lines.append(f"  also reported by {other.source}" + (f": {where}" if where else ""))
    if reply.links:
        lines.append("  Related:")
        for link in reply.links:
            where = web_url(link.url)
            lines.append(f"  - {link.line}" + (f"\n    {where}" if where else ""))
    return "\n".join(line for line in lines if line)
