"""Subscription rules: targets, aliases, matching and who may change a channel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from announce_helpers import NOW, settings

from bot.announcer.commands import Asker, list_reply, subscribe_reply, unsubscribe_reply
from bot.announcer.subscriptions import (
    Matcher,
    SubscriptionError,
    parse_channel,
    parse_target,
    subscriptions_of,
)
from knowledge.ingest.loader import add_aliases, add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase

ADMIN = Asker("discord", "C1", "U1", is_admin=True)
MEMBER = Asker("discord", "C1", "U2", is_admin=False)


@pytest.fixture
def kb() -> Iterator[KnowledgeBase]:
    base = KnowledgeBase.in_memory()
    add_articles(
        base,
        [
            ArticleRecord(
                "https://a.com/1", "Wilco Announce New Album Cousin", "2025-08-06", "a.com"
            )
        ],
    )
    add_aliases(base, [("Tweedy's band", "Wilco")])
    yield base
    base.close()


def test_targets_parse_and_artists_resolve_through_aliases(kb: KnowledgeBase) -> None:
    wilco = parse_target(kb, "artist:wilco")
    assert (wilco.kind, wilco.label) == ("artist", "Wilco")
    assert parse_target(kb, "artist:Tweedy's band") == wilco
    assert parse_target(kb, "artist:Wilcoo") == wilco
    assert parse_target(kb, "kind:Tour").text == "kind:tour"
    assert parse_target(kb, "topic:Vinyl Reissue").value == "vinyl reissue"
    assert parse_target(kb, "all").text == "all"
    for bad, hint in [("kind:podcast", "album"), ("artist:Nobody Known", "topic:"), ("x", "all")]:
        with pytest.raises(SubscriptionError, match=hint):
            parse_target(kb, bad)
    assert parse_channel("slack:C0123") == ("slack", "C0123")
    with pytest.raises(SubscriptionError, match="PLATFORM:CHANNEL_ID"):
        parse_channel("irc:#music")


def test_matching_by_artist_topic_kind_and_all(kb: KnowledgeBase) -> None:
    subscribe_reply(kb, settings(), ADMIN, "artist:Wilco", NOW)
    subscribe_reply(kb, settings(), Asker("slack", "S1", "U", True), "topic:vinyl", NOW)
    subscribe_reply(kb, settings(), Asker("slack", "S2", "U", True), "kind:tour", NOW)
    subscribe_reply(kb, settings(), Asker("slack", "S3", "U", True), "all", NOW)
    matcher = Matcher(subscriptions_of(kb))
    wilco = int(parse_target(kb, "artist:Wilco").value)
    later = "2025-08-07T00:00:00+00:00"
    assert matcher.channels("album", {wilco}, "Wilco album", later) == {
        ("discord", "C1"),
        ("slack", "S3"),
    }
    assert ("slack", "S1") in matcher.channels("album", set(), "On VINYL at last", later)
    assert ("slack", "S2") in matcher.channels("tour", set(), "dates", later)
    assert matcher.channels("tour", set(), "dates", "2025-08-01T00:00:00+00:00") == set()


def test_only_admins_change_subscriptions_but_anyone_lists(kb: KnowledgeBase) -> None:
    refused = subscribe_reply(kb, settings(), MEMBER, "artist:Wilco", NOW)
    assert refused.private and "Manage Channels" in refused.text
    assert subscriptions_of(kb) == []
    allowed = subscribe_reply(kb, settings(ROADIE_ADMIN_USERS="U2"), MEMBER, "artist:Wilco", NOW)
    assert "now follows artist:Wilco" in allowed.text
    assert "already follows" in subscribe_reply(kb, settings(), ADMIN, "artist:wilco", NOW).text
    assert "artist:Wilco" in list_reply(kb, MEMBER.scope).text
    assert "Manage Channels" in unsubscribe_reply(kb, settings(), MEMBER, "artist:Wilco").text
    assert "no longer" in unsubscribe_reply(kb, settings(), ADMIN, "artist:Wilco").text
    assert "follows nothing" in list_reply(kb, MEMBER.scope).text


def test_an_artist_another_process_stores_can_be_followed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    writer = KnowledgeBase.open(path)
    add_articles(writer, [ArticleRecord("https://a.com/1", "Wilco Tour", "2025-08-06", "a.com")])
    bot = KnowledgeBase.open(path)
    assert parse_target(bot, "artist:wilco").label == "Wilco"
    add_articles(writer, [ArticleRecord("https://a.com/2", "Oak Vale Tour", "2025-08-07", "a.com")])
    assert parse_target(bot, "artist:oak vale").label == "Oak Vale"
