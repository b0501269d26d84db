"""Discord rendering without a client: limits, cuts, buttons, settings checks."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord_helpers import COMMANDS
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.discord.buttons import CUSTOM_ID, article_ref, resolve_ref, view_for
from bot.adapters.discord.client import ShardedRoadieClient, build_discord
from bot.adapters.discord.push import DiscordPushSender
from bot.adapters.discord.render import (
    DESCRIPTION,
    ELLIPSIS,
    FIELD_VALUE,
    TITLE,
    TOTAL,
    content_for,
    cut,
    embed_for,
    units,
)
from bot.core.messages import Link, Reply, SendError
from bot.settings import Settings, SettingsError
from knowledge.store import KnowledgeBase

pytestmark = pytest.mark.usefixtures("endpoints")
"""Building an adapter redirects discord.py's endpoints; each test puts them back."""

LINKS = st.sampled_from(
    [
        "https://example.com/a-long/path?q=1",
        "[the story](https://example.com/x)",
        "<https://e.com/y>",
    ]
)
WORDS = st.one_of(st.text(alphabet="abcdé🎸", min_size=1, max_size=12), LINKS)
TEXTS = st.lists(WORDS, max_size=60).map(" ".join)


@given(TEXTS, st.integers(min_value=2, max_value=300))
def test_cut_fits_and_keeps_whole_words_and_links(text: str, limit: int) -> None:
    result = cut(text, limit)
    assert units(result) <= limit
    if units(text) <= limit:
        assert result == text
        return
    assert result.endswith(ELLIPSIS)
    assert result.count("[") == result.count("](")
    kept = result.removesuffix(ELLIPSIS).split()
    whole = text.split()
    if kept and units(whole[0]) + units(ELLIPSIS) <= limit:
        assert kept == whole[: len(kept)]


def test_cut_never_breaks_a_link() -> None:
    text = "read it here https://example.com/" + "x" * 50
    assert cut(text, 40) == "read it here" + ELLIPSIS


def test_cut_breaks_a_single_overlong_word_only_when_it_must() -> None:
    assert cut("a" * 20, 10) == "a" * 9 + ELLIPSIS


def test_cut_counts_astral_characters_as_discord_does() -> None:
    assert units("🎸") == 2
    assert units(cut("🎸 " * 10, 7)) <= 7


def link(n: int, url_length: int = 30) -> Link:
    return Link(f"https://e.com/{n}/" + "u" * url_length, "T" * 300, "2024-01-02", "e.com")


def test_a_huge_reply_fits_every_embed_limit() -> None:
    reply = Reply(
        intent="news",
        text="word " * 3000,
        article=link(0),
        links=(link(1), link(2), link(3), link(4)),
        sources=tuple(link(n) for n in range(40)),
    )
    embed = embed_for(reply)
    assert len(embed) <= TOTAL
    assert embed.title is not None and len(embed.title) <= TITLE
    assert embed.description is not None and len(embed.description) <= DESCRIPTION
    assert all(len(str(f.value)) <= FIELD_VALUE for f in embed.fields)
    assert len(embed.fields) <= 4
    assert embed.url == link(0).url


def test_a_related_link_too_long_for_a_field_is_shown_without_its_url() -> None:
    reply = Reply(intent="news", text="t", article=link(0), links=(link(1, 2000),))
    (field,) = embed_for(reply).fields
    assert field.value == "2024-01-02 · e.com"


def test_the_embed_carries_footer_and_related_links() -> None:
    article = Link("https://e.com/a", "Block Parent: SUBAR", "2021-04-11", "someparty.ca")
    related = Link("https://e.com/b", "Older [news]", "2020-01-01", "nme.com")
    embed = embed_for(Reply(intent="news", text="Out May 7.", article=article, links=(related,)))
    assert (embed.title, embed.url, embed.description) == (article.title, article.url, "Out May 7.")
    assert embed.footer.text == "someparty.ca · 2021-04-11"
    assert embed.fields[0].name == "Older [news]"
    assert embed.fields[0].value == "[2020-01-01 · nme.com](https://e.com/b)"


def test_only_pushes_have_message_content() -> None:
    assert content_for(Reply(intent="news", text="x")) is None
    assert content_for(Reply(intent="push", text="x", heading="New album")) == "New album"


async def test_buttons_fit_custom_id_limits_and_resolve_long_urls() -> None:
    long_url = "https://example.com/" + "x" * 200
    article = Link(long_url, "T", "2024-01-01", "e.com")
    view = view_for(Reply(intent="news", text="t", article=article, entity="Block Parent"))
    assert view is not None
    ids = [str(item.to_component_dict()["custom_id"]) for item in view.children]
    assert all(len(i) <= CUSTOM_ID for i in ids)
    assert ids[1] == "roadie:follow:Block Parent"
    ref = article_ref(long_url)
    assert ids[0] == "roadie:more:" + ref
    assert re.fullmatch(r"#[0-9a-f]{24}", ref)
    message = _message_with_embed(long_url)
    assert resolve_ref(ref, message) == long_url
    assert resolve_ref("#" + "0" * 24, message) is None
    assert resolve_ref("https://short", None) == "https://short"


async def test_suggestions_become_ask_again_buttons_and_help_has_none() -> None:
    view = view_for(Reply(intent="news", text="nothing", suggestions=("Block Parent",)))
    assert view is not None
    assert [item.to_component_dict()["custom_id"] for item in view.children] == [
        "roadie:ask:Block Parent"
    ]
    assert view_for(Reply(intent="help", text="help", private=True)) is None


def _message_with_embed(url: str) -> discord.Message:
    """Only `.embeds` is read, so a stand-in saves building a whole gateway message."""
    holder = SimpleNamespace(embeds=[discord.Embed(url=url)])
    return holder  # type: ignore[return-value]


def settings(**env: str) -> Settings:
    return Settings.from_env({"DISCORD_TOKEN": "t", **env})


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase.open(tmp_path / "kb.db")


async def test_sharding_settings_pick_the_sharded_client(kb: KnowledgeBase) -> None:
    adapter = build_discord(settings(DISCORD_SHARD_COUNT="4", DISCORD_SHARD_IDS="2,3"), kb)
    assert isinstance(adapter.client, ShardedRoadieClient)
    assert (adapter.client.shard_count, adapter.client.shard_ids) == (4, [2, 3])
    assert adapter.client.allowed_mentions is not None
    assert dict(adapter.client.allowed_mentions.to_dict()) == {"parse": []}


async def test_message_content_is_asked_for_only_with_answer_channels(kb: KnowledgeBase) -> None:
    assert not build_discord(settings(), kb).client.intents.message_content
    chatty = build_discord(settings(DISCORD_ANSWER_CHANNELS="900000000000000008"), kb)
    assert chatty.client.intents.message_content


async def test_extra_commands_plug_into_the_tree_before_sync(kb: KnowledgeBase) -> None:
    def register(tree: app_commands.CommandTree[Any], got: KnowledgeBase) -> None:
        assert got is kb

        @tree.command(name="setlist", description="An extra command")
        async def setlist(interaction: discord.Interaction[Any], artist: str) -> None:
            raise NotImplementedError

    adapter = build_discord(settings(), kb, extra_commands=[register])
    names = {command.name for command in adapter.tree.get_commands()}
    assert names == {*COMMANDS, "setlist"}


async def test_bad_settings_fail_fast_with_the_setting_named(kb: KnowledgeBase) -> None:
    with pytest.raises(SettingsError, match="DISCORD_TOKEN"):
        build_discord(Settings.from_env({}), kb)
    with pytest.raises(SettingsError, match="DISCORD_SHARD_COUNT"):
        build_discord(settings(DISCORD_SHARD_IDS="1"), kb)
    with pytest.raises(SettingsError, match="DISCORD_SHARD_IDS"):
        build_discord(settings(DISCORD_SHARD_COUNT="2", DISCORD_SHARD_IDS="2"), kb)
    with pytest.raises(SettingsError, match="DISCORD_ANSWER_CHANNELS must be channel ids"):
        build_discord(settings(DISCORD_ANSWER_CHANNELS="555"), kb)
    with pytest.raises(SettingsError, match="DISCORD_GUILD_IDS must be server ids"):
        build_discord(settings(DISCORD_GUILD_IDS="12"), kb)


async def test_endpoints_come_from_settings(kb: KnowledgeBase) -> None:
    build_discord(
        settings(DISCORD_API_BASE_URL="http://h/api/", DISCORD_GATEWAY_URL="ws://h/gw"), kb
    )
    assert discord.http.Route.BASE == "http://h/api"
    assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://h/gw"


async def test_sending_before_login_is_a_clear_send_error(kb: KnowledgeBase) -> None:
    sender: DiscordPushSender = build_discord(settings(), kb).sender
    with pytest.raises(SendError, match="not logged in"):
        await sender.send("1", Reply(intent="push", text="x"))


LINKLESS = Link(
    "roadie:article/velvet-harbour-tidewater",
    'Velvet Harbour: "Tidewater"',
    "2024-05-02",
    "someparty.ca",
)
"""An article known only by its local identity: no web URL to link to."""


def test_an_article_without_a_web_url_is_shown_without_a_link() -> None:
    reply = Reply(
        intent="news",
        text="Velvet Harbour shared Tidewater.",
        article=LINKLESS,
        links=(LINKLESS,),
        sources=(LINKLESS, link(1)),
        entity="Velvet Harbour",
    )
    embed = embed_for(reply)
    assert embed.url is None
    assert embed.title == 'Velvet Harbour: "Tidewater"'
    related, also = embed.fields
    assert related.value == "2024-05-02 · someparty.ca"
    assert also.value == f"someparty.ca · [e.com]({link(1).url})"
    assert "roadie:" not in str(embed.to_dict())


def test_more_like_this_is_offered_only_when_a_click_can_find_the_article_again() -> None:
    def more(url: str) -> list[str]:
        article = Link(url, "T", "2024-01-01", "e.com")
        view = view_for(Reply(intent="news", text="t", article=article))
        ids = [str(i.to_component_dict()["custom_id"]) for i in view.children] if view else []
        return [i for i in ids if i.startswith("roadie:more:")]

    assert more(LINKLESS.url) == [f"roadie:more:{LINKLESS.url}"]
    assert more("roadie:article/" + "x" * 100) == [], "too long to fit, and no embed URL to hash"
    assert more("https://example.com/" + "x" * 100) != []
    assert more("") == []
