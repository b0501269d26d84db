"""Slack rendering, escaping and command parsing: pure functions, no Slack."""

from __future__ import annotations

import json

import pytest

from bot.adapters.slack.blocks import (
    ACTION_FOLLOW,
    ACTION_MORE_LIKE,
    ACTION_OPEN,
    escape,
    fallback_text,
    render,
    unescape,
)
from bot.adapters.slack.commands import (
    SUBCOMMANDS,
    announcements,
    ask,
    help_,
    news,
    parse_announcements,
    route,
)
from bot.core.messages import Link, Reply

HOSTILE = "<!channel> <!here> <@U024BE7LH> <https://evil.example|click> & co"


def test_escape_makes_every_control_sequence_inert() -> None:
    escaped = escape(HOSTILE)
    assert "<" not in escaped and ">" not in escaped
    assert escaped.startswith("&lt;!channel&gt; &lt;!here&gt; &lt;@U024BE7LH&gt;")
    assert escaped.endswith("&amp; co")


def test_escape_does_not_double_escape_and_unescape_reverses_it() -> None:
    assert escape("a &lt; b") == "a &amp;lt; b"
    assert unescape(escape(HOSTILE)) == HOSTILE


def _hostile_reply() -> Reply:
    link = Link(
        url="https://x.example/a?b=1&c=<2>|3", title=HOSTILE, date="2021-04-11", source=HOSTILE
    )
    return Reply(
        intent="latest",
        text=HOSTILE,
        article=link,
        links=(link, link, link, link),
        suggestions=(HOSTILE,),
        entity="Block Parent",
        heading=HOSTILE,
        sources=(link,),
    )


def _mrkdwn_texts(blocks: list[dict[str, object]]) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(str(node["text"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return found


def test_no_article_text_can_notify_anyone() -> None:
    reply = _hostile_reply()
    blocks = render(reply)
    texts = [*_mrkdwn_texts(blocks), fallback_text(reply)]
    assert texts
    for text in texts:
        for danger in ("<!channel>", "<!here>", "<@U024BE7LH>", "<https://evil"):
            assert danger not in text
    # The only raw links are the ones we built, and their URL cannot end the link early.
    assert "<https://x.example/a?b=1&amp;c=&lt;2&gt;%7C3|" in json.dumps(blocks)


def test_render_has_summary_context_buttons_and_at_most_three_links() -> None:
    blocks = render(_hostile_reply())
    kinds = [block["type"] for block in blocks]
    assert kinds[:3] == ["section", "section", "context"]
    actions = [e["action_id"] for e in blocks[3]["elements"]]
    assert actions == [ACTION_OPEN, ACTION_MORE_LIKE, ACTION_FOLLOW]
    assert blocks[3]["elements"][0]["url"] == "https://x.example/a?b=1&c=<2>|3"
    related = blocks[4]["text"]["text"]
    assert related.count("•") == 3
    assert blocks[-1]["elements"][0]["value"] == HOSTILE


def test_a_reply_without_article_has_no_article_buttons() -> None:
    blocks = render(Reply(intent="unknown", text="I found nothing about Zed."))
    assert [block["type"] for block in blocks] == ["section"]
    assert fallback_text(Reply(intent="x", text="")) == "Roadie"


def test_long_text_is_clipped_to_slack_limits() -> None:
    blocks = render(Reply(intent="x", text="a" * 5000, entity="b" * 200, article=None))
    assert len(blocks[0]["text"]["text"]) == 3000
    assert len(blocks[1]["elements"][0]["text"]["text"]) == 75


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("", (None, None, None)),
        ("block parent", ("block parent", None, None)),
        ("block parent tour", ("block parent", "tour", None)),
        ("block parent tours 30", ("block parent", "tour", 30)),
        ("album 7d", (None, "album", 7)),
        ("karloff 14 days", ("karloff", None, 14)),
        ("7", (None, None, 7)),
    ],
)
def test_parse_announcements(
    args: str, expected: tuple[str | None, str | None, int | None]
) -> None:
    assert parse_announcements(args) == expected


def test_route_picks_subcommands_and_treats_the_rest_as_a_question() -> None:
    assert route("news Block Parent", SUBCOMMANDS) == (news, "Block Parent")
    assert route("ANNOUNCEMENTS tour 7", SUBCOMMANDS) == (announcements, "tour 7")
    assert route("  ", SUBCOMMANDS) == (help_, "")
    assert route("help", SUBCOMMANDS) == (help_, "")
    assert route("when is the new album out?", SUBCOMMANDS) == (ask, "when is the new album out?")
    extended = {**SUBCOMMANDS, "subscribe": help_}
    assert route("subscribe karloff", extended) == (help_, "karloff")


def test_an_article_without_a_web_url_is_shown_without_a_link() -> None:
    linkless = Link(
        "roadie:article/velvet-harbour", "Velvet Harbour: Tidewater", "2024-05-02", "x.ca"
    )
    other = Link("https://x.ca/b", "Other", "2024-05-01", "x.ca")
    reply = Reply(
        intent="news", text="t", article=linkless, links=(linkless, other), sources=(linkless,)
    )
    blocks = render(reply)
    sent = json.dumps(blocks, ensure_ascii=False)
    assert "<roadie:" not in sent and '"url": "roadie:' not in sent
    assert "Velvet Harbour: Tidewater · x.ca · 2024-05-02" in sent
    assert "<https://x.ca/b|Other>" in sent
    actions = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert ACTION_OPEN not in actions
    assert ACTION_MORE_LIKE in actions
