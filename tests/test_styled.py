"""Text styled by font generators and leetspeak."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import act_news, answered_by, invented_kb

from bot.core.glue import everyday_words
from bot.core.styled import unstyled


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("ᴀɴʏᴛʜɪɴɢ ɴᴇᴡ ꜰʀᴏᴍ ᴛʜᴇᴍ?", "anything new from them?"),
        ("wh4t's th3 l4t3st?", "what's the latest?"),
        ("r3c0rd 4nn0unc3d? t1tl3?", "record announced? title?"),
        ("any N3WS", "any NEWS"),
        ("did QV!RE pull their music?", "did QVRE pull their music?"),
        # Styled between plain words, a run is a name's, as capitals would say.
        ("where was ǫᴜᴏʀʀᴀ ᴠᴇꜱᴋ last seen", "where was Quorra Vesk last seen"),
        ("what are q͟u͟o͟r͟r͟a͟ up to", "what are Quorra up to"),
    ],
)
def test_styled_words_are_read_as_plain_ones(typed: str, plain: str) -> None:
    assert unstyled(typed, everyday_words) == plain


@pytest.mark.parametrize(
    "typed",
    [
        "the 10th anniversary show at 4am",  # an ordinal and a time
        "their 50s covers, blink182 style",  # a decade, a name's number
        "qu4rtz3l tour",  # no word it spells
        "https://example.com/4b3c news",  # an address
        "P!nk and Q!VR news, WOW!",  # one letter before the mark: a word styled so
    ],
)
def test_words_and_numbers_of_their_own_stay(typed: str) -> None:
    assert unstyled(typed, everyday_words) == typed


@pytest.mark.parametrize(
    "question",
    [
        "ᴀɴʏᴛʜɪɴɢ ɴᴇᴡ ꜰʀᴏᴍ ǫᴜᴏʀʀᴀ ᴠᴇꜱᴋ?",
        "wh4t's n3w w1th qu0rr4 v3sk?",
    ],
)
def test_a_styled_question_names_the_act(tmp_path: Path, question: str) -> None:
    """A name in small capitals or with digits for letters is the act the knowledge base
    writes, not an unknown one."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(kb, question, 2)
