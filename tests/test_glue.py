"""Messages typed with their spaces left out or replaced by marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import act_news, answered_by, invented_kb

from bot.core.glue import spaced


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("quorra-vesk-tour-dates?", "quorra vesk tour dates?"),
        ("who_produced_the_new_album", "who produced the new album"),
        ("quorra.vesk.new.album.date", "quorra vesk new album date"),
        ("first+album+since+when", "first album since when"),
        ("AnyNewsOnQuorraVesk", "Any News On Quorra Vesk"),
        ("theNewestAlbum", "the Newest Album"),
        ("whatsnewwiththeband", "whats new with the band"),
        ("howmanytracks", "how many tracks"),
        ("mostrecentthingyouvegot", "most recent thing youve got"),
        ("#theNewestAlbum", "the Newest Album"),
        ("quorravesk2026tour?", "quorravesk 2026 tour?"),
        ("tour2026dates", "tour 2026 dates"),
    ],
)
def test_words_run_together_are_typed_apart(typed: str, words: str) -> None:
    assert spaced(typed) == words


@pytest.mark.parametrize(
    "typed",
    [
        "D.O.A. reissue",  # initials
        "Blink-182 news",  # a name's own hyphen
        "OutKast news",  # a name styled with a capital inside
        "glimmerquack tour?",  # a name of words, with no word of a sentence
        "hartorowland",  # a typo's syllables more than words ("hart or owl and")
        "blink182 covid19",  # numbers of names, no years
        "out 14.08.2026 or 2026-08-14?",  # dates
        "Quillon D.C. news",  # a name's initials
        "@who_produced_the_album",  # a handle
    ],
)
def test_names_and_marks_of_their_own_stay_as_typed(typed: str) -> None:
    assert spaced(typed) == typed


@pytest.mark.parametrize(
    "question",
    [
        "whatsnewwithdelphinearrowood",
        "tellmethenewestonDelphineArrowood",
        "delphine.arrowood.anything.fresh?",
        "delphine_arrowood_recent_headlines",
        "#delphinearrowoodNewSingle",
    ],
)
def test_a_glued_question_is_answered_as_typed_apart(tmp_path: Path, question: str) -> None:
    """A whole question typed as one run names the act its words spell, as the knowledge
    base writes them, instead of being declined as one long unknown name."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(kb, question, 4)


def test_an_unknown_name_glued_of_three_words_is_still_declined(tmp_path: Path) -> None:
    """ "<Glass><Owl>Band tour?" typed apart names no act the knowledge base has: declined,
    not answered with an article that shares one of its words."""
    kb = invented_kb(tmp_path, *act_news("Glass Pelican"), *act_news("Delphine Arrowood"))
    answered_by(kb, "GlassOwlBand tour?", None)


def test_words_joined_to_a_handle_are_not_lost_to_it(tmp_path: Path) -> None:
    """ "<act>_tour_dates_in_the_fall" is a question, not a handle whose first part names the
    act and whose other parts go: the tour is asked for, not the act's newest news."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(kb, "quorravesk_tour_dates_in_the_fall", 1)
