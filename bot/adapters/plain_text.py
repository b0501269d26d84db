"""Plain-text rendering of a Reply: the console's output and the platforms' fallback text."""

from __future__ import annotations

from bot.core.messages import Reply


def render_plain(reply: Reply) -> str:
    """The reply as a few lines of text: answer, then source line and link, then related."""
    lines = [f"{reply.heading}" if reply.heading else "", reply.text]
    if reply.article is not None:
        lines.append(f"  {reply.article.title} · {reply.freshness}")
        lines.append(f"  {reply.article.url}")
    for other in reply.sources:
        lines.append(f"  also reported by {other.source}: {other.url}")
    if reply.links:
        lines.append("  Related:")
        lines += [f"  - {link.line}\n    {link.url}" for link in reply.links]
    return "\n".join(line for line in lines if line)
