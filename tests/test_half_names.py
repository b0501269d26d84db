"""Names typed half, "something" standing for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import act_news, answered_by, invented_kb

from bot.core.half_names import named_in_full
from knowledge.store import KnowledgeBase


def _two_alike(path: Path) -> KnowledgeBase:
    """Two acts whose names begin alike, each described by its articles, and a third act."""
    return invented_kb(
        path,
        (
            "Velmora Grist Announce Tour",
            "The Hobart trio, fronted by twin sisters, will tour the Maritimes.",
        ),
        ("Velmora Grist Share New Single", "The Hobart twins shared a droning single."),
        ("Velcourt Announce Tour", "The Denver synth duo will tour the Rockies."),
        ("Velcourt Share New Single", "The Denver duo shared a synth single."),
        *act_news("Quorra Vesk"),
    )


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("that Hobart band with the twin sisters, Vel-something — what's the newest?", 2),
        ("the Denver synth duo, Vel-something... anything new?", 4),
        ("Quor-something, the one I told you about: latest news?", 6),
    ],
)
def test_a_half_typed_name_is_read_as_the_name_it_begins(
    tmp_path: Path, question: str, number: int
) -> None:
    """Where several names begin as typed, the one whose articles say what the message says
    of the act is meant; one name alone is meant as it is."""
    answered_by(_two_alike(tmp_path), question, number)


def test_a_half_typed_name_no_article_begins_is_declined(tmp_path: Path) -> None:
    answered_by(_two_alike(tmp_path), "the Oslo jazz trio, Zephyrine-something — any news?", None)


def test_a_beginning_the_words_do_not_describe_is_no_name(tmp_path: Path) -> None:
    """Of several names a beginning may be, none is guessed when the message says nothing
    their articles say: declined, not answered with the most mentioned."""
    kb = _two_alike(tmp_path)
    assert named_in_full(kb, "the Lisbon fado singer, Vel-something?") == (
        "the Lisbon fado singer, Vel-something?"
    )


@pytest.mark.parametrize(
    "message",
    [
        "Tell me something about Quorra Vesk",
        "did Quorra Vesk put out something new?",
        "is there something from Quorra Vesk this week?",
    ],
)
def test_something_as_an_everyday_word_stays(tmp_path: Path, message: str) -> None:
    assert named_in_full(_two_alike(tmp_path), message) == message


def test_a_half_typed_name_is_whom_a_request_for_news_asks_about(tmp_path: Path) -> None:
    """The words that describe the act name someone else ("<person>'s band, <Wor>-something");
    the name half remembered is whose newest news is asked for, not that person's."""
    kb = invented_kb(
        tmp_path,
        ("Velmora Grist Announce Tour", "The trio, fronted by Marnie Coil, will tour."),
        ("Velmora Grist Share New Single", "Marnie Coil's band shared a droning single."),
        ("Velcourt Announce Tour", "The Denver synth duo will tour the Rockies."),
        ("Marnie Coil Shares Solo Single", "Marnie Coil shared a solo single."),
    )
    answered_by(kb, "Marnie Coil's band, Vel-something — what's the newest from them?", 2)
