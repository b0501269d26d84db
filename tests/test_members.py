"""Which act the news places a person in (`bot.core.members`), with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import invented_kb

from bot.core.members import act_of, said_of

ACT = ("Velvet Moth: New Single", "Velvet Moth shared a new single.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Velvet Moth's Tida Marsh spoke to us.",
        "Velvet Moth frontwoman Tida Marsh spoke to us.",
        "Tida Marsh's band Velvet Moth played.",
        "Tida Marsh, the singer of Velvet Moth, spoke to us.",
        "Tida Marsh of Velvet Moth spoke to us.",
        "Tida Marsh (Velvet Moth) spoke to us.",
        "Velvet Moth, Tida Marsh's side project, played.",
    ],
)
def test_the_ways_the_news_says_who_plays_where(tmp_path: Path, sentence: str) -> None:
    kb = invented_kb(tmp_path, ACT, ("Harbourton Weekend", f"A long weekend. {sentence}"))
    assert act_of(kb, "Tida Marsh", {"tida marsh"}, said_of(kb, ["Tida Marsh"])) == "Velvet Moth"


def test_a_name_beside_the_person_otherwise_is_no_band_of_theirs(tmp_path: Path) -> None:
    """A guest spot, a credit or a possessive on anything else places nobody in a band."""
    kb = invented_kb(
        tmp_path,
        ACT,
        (
            "Harbourton Weekend",
            "Velvet Moth played with Tida Marsh. Tida Marsh's Velvet Moth cover.",
        ),
    )
    assert act_of(kb, "Tida Marsh", {"tida marsh"}, said_of(kb, ["Tida Marsh"])) is None


def test_acts_the_message_rules_out_are_left_out(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ACT,
        ("Quill Fathom: Tour", "Quill Fathom will tour."),
        ("Harbourton Weekend", "Velvet Moth singer Tida Marsh and Quill Fathom singer Tida Marsh."),
    )
    assert (
        act_of(kb, "Tida Marsh", {"tida marsh", "velvet moth"}, said_of(kb, ["Tida Marsh"]))
        == "Quill Fathom"
    )
