"""Plain-text replies (console and command line): only web URLs are printed as links."""

from __future__ import annotations

from bot.adapters.plain_text import render_plain
from bot.core.messages import Link, Reply


def test_an_article_without_a_web_url_is_shown_without_a_link() -> None:
    linkless = Link(
        "roadie:article/velvet-harbour", "Velvet Harbour: Tidewater", "2024-05-02", "x.ca"
    )
    other = Link("https://x.ca/b", "Other", "2024-05-01", "x.ca")
    reply = Reply(
        intent="news",
        text="Out now.",
        article=linkless,
        links=(linkless, other),
        sources=(linkless,),
    )
    shown = render_plain(reply)
    assert "roadie:" not in shown
    assert "Velvet Harbour: Tidewater · as of 2024-05-02, x.ca" in shown
    assert "also reported by x.ca" in shown
    assert "    https://x.ca/b" in shown
    assert all(line.strip() for line in shown.splitlines()), "no empty line where a link was"
