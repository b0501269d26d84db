"""Names a headline credits as featured: known as names, and found by fans who ask about them."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import NOW, invented_kb

from bot.core.answer import answer
from bot.core.messages import Message
from knowledge.credits import credited_names


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Quill Fathom – “Salt Lamp” (Feat. Marisol Quenby)", ["Marisol Quenby"]),
        (
            "Quill Fathom – “Salt Lamp” (ft. Orvanto, Tessaly Brun & Kerrow)",
            ["Orvanto", "Tessaly Brun", "Kerrow"],
        ),
        ("Quill Fathom Shares “Salt Lamp” Featuring Marisol Quenby: Stream", ["Marisol Quenby"]),
        # "& The <Name>" goes on the name; a band's member is credited, not the band.
        (
            "Orvanto – “Tide” (Feat. Nessa Vale & The Harbour Lights)",
            ["Nessa Vale & The Harbour Lights"],
        ),
        ("Orvanto – “Tide” (Feat. Velvet Marrow’s Ana Quist)", ["Ana Quist"]),
        # A title-case word after the name ends it.
        ("Orvanto Shares “Tide” Feat. Ana Quist On Drums", ["Ana Quist"]),
        # What a video or a collection "features" is no name.
        ("Orvanto Launch Stream Featuring Unseen Archival Footage, Live Performances", []),
        ("Orvanto Announce Album Featuring Members of Velvet Marrow", []),
        ("Orvanto Announce Album Featuring 35 Handpicked Musicians", []),
        # The owner's work ("<Name>'s <Word>") and an everyday word alone credit no one.
        ("Orvanto – “Tide” (Feat. Ana Quist & Nessa’s Interlude)", ["Ana Quist"]),
        ("Orvanto – “Tide” (Feat. Strings)", []),
        ("Orvanto Announce Fall Tour", []),
    ],
)
def test_the_names_a_headline_credits(title: str, names: list[str]) -> None:
    assert [n.name for n in credited_names(title)] == names


def test_a_featured_singer_is_found_through_a_typo(tmp_path: Path) -> None:
    """A singer the articles only credit as featured is a known name: asked with a typo,
    Roadie answers with the song that features her rather than knowing nothing of her."""
    kb = invented_kb(
        tmp_path,
        ("Quill Fathom – “Salt Lamp” (Feat. Marisol Quenby)", ""),
        ("Velvet Marrow Announce Fall Tour", ""),
    )
    reply = answer(Message("anything new from marisol quenbie?"), kb, now=NOW)
    assert reply.article is not None
    assert reply.article.title == "Quill Fathom – “Salt Lamp” (Feat. Marisol Quenby)"
