"""Names a headline credits as featured ("<Act> – "<Song>" (Feat. <Name>)"): a credit is
written only of an act or a person, so its names are known without being any article's news,
and fans ask about a featured singer by name as they ask about the act whose record it is."""

from __future__ import annotations

import re

from knowledge.entities import MAX_NAME_WORDS, Name, kind_of, plausible_subject
from knowledge.everyday import everyday
from knowledge.text import POSSESSIVE, norm
from knowledge.vocabulary import FUNCTION_WORDS, NOT_NAMES

# "Feat." or "ft." is a credit's own word; "featuring" also shows what a video or a
# collection holds ("featuring unseen footage"), so what it credits must look like a name.
_CREDIT = re.compile(r"(?:\(|\b)(feat\.?|featuring|ft\.)\s+([^()\"“”‘:–—|]+)", re.IGNORECASE)
_CLOSING_MORE = re.compile(r",?\s+(?:&|and)\s+(?:more|others)\b.*$", re.IGNORECASE)
# Names of a credit are listed with commas, "&", "and" or "+"; "& The <Name>" goes on a name.
_CREDIT_SPLIT = re.compile(r"\s*(?:,\s*|\s&\s(?!The\b)|\sand\s(?!The\b)|\s\+\s)\s*")
# Words a title-case headline capitalises that end a credited name ("Feat. <Name> On Drums").
_AFTER_NAME = frozenset(
    {"on", "from", "at", "in", "for", "to", "with", "by", "as", "into", "via", "off", "over"}
)
# Small words inside a name, which no name ends with.
_INSIDE = frozenset({"of", "the", "de", "van", "von", "la", "le", "&"})


def credited_names(title: str) -> list[Name]:
    """The names a headline credits as featured, each with its guessed kind."""
    found: list[Name] = []
    for match in _CREDIT.finditer(title):
        spelled_out = match.group(1).lower() == "featuring"
        parts = _CREDIT_SPLIT.split(_CLOSING_MORE.sub("", match.group(2)))
        names = [_credited(part, whole=spelled_out) for part in parts]
        if spelled_out and not all(name and not _plain_start(name) for name in names):
            # "Featuring" what a video holds ("... Unseen Footage, Live Performances").
            continue
        found += [Name(name, kind_of(name)) for name in names if name]
    return found


def _credited(part: str, whole: bool) -> str | None:
    """The name that one credited part opens: its capitalised words after any owner
    ("<Band>'s <Name>" credits the member), up to a word that ends a name. `whole`: the
    part must be the name and nothing after it."""
    owners = list(POSSESSIVE.finditer(part))
    tokens = part[owners[-1].end() :].split() if owners else part.split()
    if owners and len(tokens) < 2:
        # "<Name>'s <Word>" credits the owner's work, not a member.
        return None
    words: list[str] = []
    for token in tokens:
        word = token.strip(".,;!?")
        capitalised = word[:1].isupper() or word[:1].isdigit() or word.lower() in _INSIDE
        if not capitalised or (words and word.lower() in _AFTER_NAME):
            break
        words.append(word)
    if whole and len(words) < len(tokens):
        return None
    while words and words[-1].lower() in _INSIDE:
        words.pop()
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    name = " ".join(words)
    if norm(words[0]) in NOT_NAMES or norm(words[-1]) in NOT_NAMES:
        return None
    if len(words) == 1 and (len(name) < 3 or everyday(name.lower())):
        return None
    return name if plausible_subject(name) and name.lower() not in FUNCTION_WORDS else None


def _plain_start(name: str) -> bool:
    """Whether a name opens with an everyday word or a number, as what a video or a
    collection "features" does ("Members of <Band>", "35 Handpicked Musicians")."""
    first = name.split()[0].lower()
    return first[:1].isdigit() or everyday(first)
