"""A name typed one letter off a known act's, with where its act is from or what music it
plays: the known act, or another one the knowledge base lacks (`bot.core.origins`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import NOW, city_news, invented_kb

from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.store import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return invented_kb(
        tmp_path,
        ("Quillmoor Announce Tour", "The emerging Harbourton rock act Quillmoor will tour."),
        ("Quillmoor Share New Single", "Quillmoor shared a single."),
        ("Velvet Moth Share New Single", "Velvet Moth shared a single, their third."),
        ("Glass Harbour Share New Single", "Leeds art-rock duo Glass Harbour shared a single."),
        city_news("Leeds"),
        (
            "Copper Gull Share New Single",
            "The loud Harbourtonian rock duo Copper Gull shared a single.",
        ),
        city_news("Harbourton"),
    )


@pytest.mark.parametrize(
    "question",
    [
        "any news on Quillmoors? the swedish surf-rock band",
        "Quillmoors, that Leeds blues trio, did they announce an album?",
        "quillmoors (the aussie skate punks) touring??",
        "any news on Quillmoors? the old hardcore band",
    ],
)
def test_a_mistyped_name_of_an_act_from_elsewhere_is_declined(
    kb: KnowledgeBase, question: str
) -> None:
    reply = answer(Message(question), kb, now=NOW)
    assert reply.intent == "unknown", reply.text
    assert "quillmoors" in reply.text.lower() and "Did you mean Quillmoor?" in reply.text


def test_a_place_opening_the_news_is_told_where_the_articles_write_it_as_one(
    kb: KnowledgeBase,
) -> None:
    """At a sentence's start a capitalised word may be any word; the articles tell a place."""
    reply = answer(Message("Glass Harbours, the swedish duo, any news?"), kb, now=NOW)
    assert reply.intent == "unknown", reply.text


@pytest.mark.parametrize(
    "question",
    [
        "any news on Quillmoor? the swedish surf-rock band",
        "any news on Quillmoors? the Harbourton rock band",
        "any news on Quillmoors? the rock band",
        "anything new from Velvet Moths, the swedish band?",
        "north american tour from Quillmoors?",
        "any news on Quillmoors? the indie rock band",
        "anything new from Velvet Moths, the hardcore band?",
        "any news on Quillmoor? the old hardcore band",
        # The news names the place's people ("<Town>ian"), not the place.
        "any news on Coper Gull, the Harbourton rock duo?",
    ],
)
def test_a_name_spelled_or_placed_as_its_news_does_is_the_known_act(
    kb: KnowledgeBase, question: str
) -> None:
    """Spelled as the news spells it, placed where the news places it, described with no
    place, or of an act whose news tells no place: the known act."""
    assert answer(Message(question), kb, now=NOW).intent != "unknown"
