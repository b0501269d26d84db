"""Chat text made safe to parse: platform markup, mentions and control characters removed."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 300
_MARKUP = re.compile(r"<[@#!][^>]{0,64}>|@(?:everyone|here|channel)\b")
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"}


def clean_question(text: str) -> str:
    """The words of a message: no mentions, no control or combining marks, bounded length.

    Combining marks are dropped after NFKC so zalgo text reads as its base letters; a 100 KB
    paste is cut before any parsing so no regex runs over it whole.
    """
    text = unicodedata.normalize("NFKC", text[: MAX_QUESTION_CHARS * 4])
    text = _MARKUP.sub(" ", text)
    text = "".join(
        " " if unicodedata.category(c) in _INVISIBLE and not c.isspace() else c for c in text
    )
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_QUESTION_CHARS].strip()
