"""Text styled by font generators and leetspeak.

Discord users paste messages from "fancy text" generators: bold, script or fullwidth letters,
which Unicode's compatibility forms (NFKC) read as plain ones, and small capitals ("ɴᴇᴡ"),
which it does not, being letters of phonetic alphabets. Others type digits for the letters
they look like ("wh4t's n3w w1th"). Read as typed, either is words no article writes, and the
question is declined or searched for nothing.
"""

from __future__ import annotations

import re

from bot.core.glue import Known
from knowledge.names import LEET

# Small capitals as generators write them, each the letter it styles (Unicode's phonetic
# letters and Latin Extended-D; "ǫ" stands for a small Q, and a plain "x" for the small X,
# both of which Unicode lacks).
_SMALL = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
SMALL_CAPITALS = str.maketrans(_SMALL, "abcdefghijklmnopqrstuvwyz")
# Small capitals between plain letters mark a name, as capitals would ("where was <ꜱᴍᴀʟʟ
# ᴄᴀᴘꜱ> held"), each word of the run; a message all in them marks nothing.
_SMALL_CAPITAL_RUN = re.compile(
    rf"[{_SMALL}][{_SMALL}\u00c0-\u024f]*(?:[\s'’.&-]+[{_SMALL}][{_SMALL}\u00c0-\u024f]*)*"
)
_PLAIN_LETTER = re.compile(r"[A-Za-z]")
# Letters underlined by combining marks ("a͟l͟b͟u͟m͟"): a word styled so is a name's.
_UNDERLINE = re.compile("[\u0332\u0333\u035f]")
_UNDERLINED = re.compile(rf"(?:[^\W\d_]{_UNDERLINE.pattern}+)+")
# A mark between capitals inside an initialism ("<AB>!<CD>"), as fans write a band that
# styles its initials so: the initials are the name's (a name of one letter before the mark,
# "<P>!<nk>", is a word and stays).
_MARKED_INITIALS = re.compile(r"\b([A-Z]{2,})!(?=[A-Z]{2,}\b)")
# "1" stands for an L as often as for an I ("wor1d", "t1tle").
_LEET_L = str.maketrans("1", "l")
# A word of letters and the digits that look like letters, two letters at least, outside
# an address or a handle; ordinals and times ("10th", "4am") are what they say.
_LEETSPEAK = re.compile(
    r"(?<![\w@#/.:=&?-])(?=(?:[013457]*[A-Za-z]){2})(?=[A-Za-z]*[013457])[A-Za-z013457]{3,}"
    r"(?![\w/-])"
)
_ORDINAL_OR_TIME = re.compile(r"\d+(?:st|nd|rd|th|am|pm)", re.IGNORECASE)
# How many such words of one message are read: a message of them is a few words long.
MAX_LEET_WORDS = 16


def unstyled(text: str, known: Known) -> str:
    """`text` in plain letters: small capitals as the letters they style, and each word with
    digits for letters as the word `known` tells it spells, where it spells one and is none
    as typed ("l4t3st" for "latest", "10th" as it is)."""
    text = _MARKED_INITIALS.sub(r"\1", text)
    text = _UNDERLINED.sub(lambda word: _UNDERLINE.sub("", word[0]).capitalize(), text)
    if _PLAIN_LETTER.search(_SMALL_CAPITAL_RUN.sub("", text)):
        text = _SMALL_CAPITAL_RUN.sub(lambda run: _titled(run[0].translate(SMALL_CAPITALS)), text)
    text = text.translate(SMALL_CAPITALS)
    typed = [
        w for w in dict.fromkeys(_LEETSPEAK.findall(text)) if not _ORDINAL_OR_TIME.fullmatch(w)
    ][:MAX_LEET_WORDS]
    if not typed:
        return text
    readings = {
        w: [_cased(w, w.translate(LEET)), _cased(w, w.translate(_LEET_L).translate(LEET))]
        for w in typed
    }
    lowered = {w.lower() for w in typed} | {r.lower() for rs in readings.values() for r in rs}
    written = known(sorted(lowered))
    plain = {
        w: next((r for r in readings[w] if r.lower() in written), w)
        for w in typed
        if w.lower() not in written
    }
    if not plain:
        return text
    return _LEETSPEAK.sub(lambda word: plain.get(word[0], word[0]), text)


def _cased(typed: str, read: str) -> str:
    """A reading in capitals where the word was typed so ("N3WS")."""
    return read.upper() if typed.isupper() else read


def _titled(run: str) -> str:
    """Each word of a run with its first letter a capital."""
    return re.sub(r"[^\W\d_]+", lambda word: word[0][0].upper() + word[0][1:], run)
