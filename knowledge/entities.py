"""Finding names in articles without a model: the subject of a title, labels, named works.

Music headlines follow a few shapes ("Artist: "Song"", "Artist Announces New Album",
"Watch Artist Join ..."), so the leading run of words up to the first verb or function word
names the subject; a leading "Watch"/"RIP" is skipped. Everything else is linked later by
looking known names up in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from knowledge.everyday import everyday
from knowledge.facts import ACT_NOUNS, GROUP_NOUNS, PLANNED, RECORDS, news_kind_of
from knowledge.places import place as known_place
from knowledge.text import POSSESSIVE, WORD_END_MARK, norm, straightened, text_words, words
from knowledge.vocabulary import (
    ARTICLES,
    CALENDAR_WORDS,
    DEMONYMS,
    FOREIGN_THE,
    FUNCTION_WORDS,
    LIST_WORDS,
    MUSIC_KINDS,
    NOT_NAMES,
    NUMBER_TENS,
    NUMBER_UNITS,
    TITLE_BOUNDARY,
    TITLE_PREFIXES,
)

MAX_NAME_WORDS = 6
BODY_NAME_CHARS = 6000
_LEAD_SEPARATOR = re.compile(r"\s*(?::\s|\s[-–—|]\s|\s[|]|[|]\s)")
# A comma before "Jr." or "Sr." is the name's own ("<First> <Last>, Jr."), no list; an "x"
# joins the acts of a collaboration ("<Act> x <Act>").
_LIST_SPLIT = re.compile(r"\s*(?:,(?!\s*(?:Jr|Sr)\b)|\s&\s|\sand\s|\s\+\s|\sx\s)\s*")
_QUOTED = re.compile(r"[‘“\"]([^‘’“”\"]{2,60})[’”\"]")
QUESTION_WORDS = frozenset(
    "is are was were did does do will can could should would has have how why what who when".split()
)
# The words that end a festival's name rather than the headline's subject, which headlines
# also write the one for the other or leave out.
FESTIVAL_WORDS = frozenset({"festival", "fest"})
_CONNECTORS = frozenset({"of", "the", "and", "de", "del", "la", "le", "van", "von", "x", "&"})
_FEATURING = frozenset({"feat", "ft"})
_INSIDE_NAME = frozenset({"new", "for", "with", "to", "in", "on", "at", "from", "by"})
_KIND_NOUNS = frozenset(
    """album albums single singles song songs track tracks video videos tour tours ep eps lp
    lps record records film documentary trailer festival lineup show shows dates""".split()
)
_QUOTE_CHARS = re.compile(r"[\"“”‘]|’(?:(?<!\w’)|(?!\w)|(?=s\w))")
# A label's name stands on one line: a line's break ends the words before it ("... <Word>
# Sides\n<Label> Records").
_LABEL_WORD = re.compile(r"[ \t](?:Records|Recordings|Music Group|Label)\b")
_LABEL = re.compile(
    r"((?:[A-Z][\w'&.-]*[ \t]){0,3}[A-Z][\w'&.-]*[ \t](?:Records|Recordings|Music Group|Label))$"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_PLACE_PREFIX = re.compile(r"^(?:[A-Z][\w.-]*\s)*?[A-Z][\w.-]*['’]s\s+")
# A year ends a festival's edition ("<Festival> 2024"), not a band named "The <Number>"; so
# does the word for its bill after it ("<Festival> 2024 Line-Up: ...", "... Lineup
# Announced: ..."), and the word for a look back at it ("<Festival> Wrap: ...").
_LINEUP = r"(?i:line-?\s?ups?)(?:\s+(?i:out|revealed|announced|confirmed|unveiled))?"
_EDITION = re.compile(
    rf"(?<!^[Tt]he)\s+(?:(?:19|20)\d\d(?:\s+{_LINEUP})?|{_LINEUP}"
    r"|(?:(?:19|20)\d\d\s+)?(?i:wrap|wrap-up|recap))$"
)
# The year a headline puts first ("2026 <Festival> Headlined by ...", "2012 <Name> ...").
_EDITION_FIRST = re.compile(r"^(?:19|20)\d\d\s+(?=[^\W\d])")
_VENUE = re.compile(
    r"\b(?:Hall|Theatre|Theater|Arena|Stadium|Club|Centre|Center|Bowl|Garden|Ballroom|Lounge"
    r"|Pavilion|Amphitheatre|Amphitheater|Auditorium|Coliseum|Palladium|Opera House)$"
)
_LABEL_END = re.compile(r"\b(?:Records|Recordings|Label|Music Group)$")
_FESTIVAL = re.compile(r"(?i)\b(?:fest|festival|festivals)$|fest$")
# A word with a verb run into it ("Can't", "She'll") ends the name before it.
_CONTRACTION = re.compile(r"n't$|'(?:re|ll|ve|m|d)$")
# A title-case word shaped like a verb ("Voids", "Granted", "Developing"), which ends the
# name before it when no listed boundary word does.
_VERB_SHAPED = re.compile(r"^[A-Z][a-z]+(?:[^s'’]s|ed|ing)$")
_CLAUSE_NAME_WORDS = 3
# What a name's run may end with that is no part of it: a list's dangling "and", an age
# ("<Name>, 63, ...").
_OPEN_JOIN = re.compile(r",?\s+(?:and|&)$|,\s+\d{1,3}$")
_ASIDE = re.compile(r"\s*\([^)]*(?:\)|$)")
_APPOSITION = re.compile(r",\s|\s\(")


@dataclass(frozen=True)
class Name:
    """A name found in an article, with its guessed kind."""

    name: str
    kind: str
    spelled: bool = False
    """Whether the body spells the name whole (`spelled_in_body`): no longer headline that
    a known name at its start would stand for."""
    verb_after: bool = False
    """Whether the headline's verb of news follows the name straight away ("<Name>
    Announce ..."): its run ended where the headline's sentence goes on."""


def kind_of(name: str) -> str:
    """Guess an entity's kind from how its name ends."""
    if _FESTIVAL.search(name):
        return "festival"
    if _VENUE.search(name):
        return "venue"
    if _LABEL_END.search(name):
        return "label"
    return "artist"


# A verb with "not" run on ("Don't", "Won't"), which opens a sentence or a title, alone.
_NEGATION = re.compile(r"[A-Za-z]+n['’]t")


def plausible(name: str) -> bool:
    """Whether a span can be a name: not a stop word, not a verb with "not" alone, not a
    number, not a word alone for where someone is from (`DEMONYMS`), not too long. A leading
    number is allowed ("40 Lanterns", "7 Velvet Wolves") unless an ordinary word follows it,
    as in a list headline ("10 Best ...", "The 50 Years of ..."). Small words alone make a
    name only after "the" or joined by "&"."""
    key = norm(name)
    if len(key) < 2 or key in NOT_NAMES or _NEGATION.fullmatch(name.strip()):
        return False
    tokens = key.split()
    if len(tokens) > MAX_NAME_WORDS or all(t.isdigit() for t in tokens) or key in DEMONYMS:
        return False
    counted = tokens[1:] if tokens[0] == "the" else tokens
    if counted[0].isdigit() and len(counted) > 1 and counted[1] in LIST_WORDS:
        return False
    # "The" before a word that only asks ("The Who"), or before "the", is a name's: no
    # sentence puts it there.
    asking = len(tokens) == 2 and tokens[0] == "the" and tokens[1] in QUESTION_WORDS | {"the"}
    # Small words joined by "&" are a name's ("<Pronoun> & <Pronoun>"): no sentence does so.
    joined = len(tokens) > 2 and "&" in name
    # Small words in capitals with a letter of another alphabet are styled so as a name is
    # ("NØ <WORD>"): no sentence writes "no" so.
    styled = name.isupper() and not name.isascii()
    return asking or joined or styled or not all(t in NOT_NAMES for t in tokens)


def plausible_subject(name: str) -> bool:
    """Whether a span can be what an article is about (`plausible`) and is no date or span of
    time ("May 20", "In 2021", "After 20 Years"): a month, a day or a function word, then
    only words that are no name's and numbers. A name may open with a number ("<Number>
    Nights In <Number>") or another word ("Band <Number>"), and a quoted work may be so named
    ("<Number> Many Days"), which is why only subjects and recurring names are held to this.
    "The" and a number alone is a band's name ("The <Number>"): a date or span never opens
    with "the" and stops at its number."""
    if not plausible(name):
        return False
    tokens = norm(name).split()
    if tokens[0] not in CALENDAR_WORDS and tokens[0] not in FUNCTION_WORDS:
        return True
    if len(tokens) == 2 and tokens[0] == "the" and tokens[1].isdigit():
        return True
    return not (
        any(t.isdigit() for t in tokens) and all(t.isdigit() or t in NOT_NAMES for t in tokens)
    )


def _lead_words(title: str) -> list[str]:
    """The leading run of name-like words, or [] when the whole title is that run."""
    head = _before_quote(title)
    # A name ends at its possessive, also one word tokens do not show ("<Name>s' <Member>").
    owner = next(
        (m for m in POSSESSIVE.finditer(head) if _capitalised_before(head, m.start())), None
    )
    if owner is not None:
        head = head[: owner.start()]
    tokens = words(head)
    written = len(tokens)
    prefixed = False
    while tokens and tokens[0].lower() in TITLE_PREFIXES | QUESTION_WORDS:
        tokens, prefixed = tokens[1:], True
        if tokens and tokens[0].lower() == "to":
            tokens = tokens[1:]
    before_comma = len(words(_APPOSITION.split(head, 1)[0])) - (written - len(tokens))
    lead: list[str] = []
    for place, token in enumerate(tokens, 1):
        bare = token.rstrip(".").lower()
        if lead and bare in FESTIVAL_WORDS and token[0].isupper():
            lead.append(token)
            break
        # "of a" joins a name as "of" does ("Garden of a Lantern").
        joined = bare in _CONNECTORS or (bare == "a" and lead and lead[-1] == "of")
        # The word before a possessive ends the name, whatever word it is ("<Word> Dead's").
        if owner is not None and place == len(tokens):
            lead.append(token)
            break
        own = lead and (
            _name_word(tokens, place - 1)
            or _small_word_inside(tokens, place - 1)
            or _before_verb(tokens, place - 1)
        )
        if lead and (
            (bare in TITLE_BOUNDARY and not own)
            or _CONTRACTION.search(bare)
            or (token.islower() and not joined and not own)
        ):
            break
        lead.append(token)
        if len(lead) > MAX_NAME_WORDS:
            return _clause_subject(tokens, before_comma)
    if len(lead) == len(tokens) and not prefixed and len(words(title)) == len(tokens):
        return _clause_subject(tokens, before_comma, whole_title=True)
    return lead


def _before_quote(title: str) -> str:
    """The title up to its first quotation mark. A closing mark that no opening one comes
    before, after a letter that ends no plural, shortens a word ("Lil’ <Name>", "<Word> N’
    <Word>"): no quotation."""
    for mark in _QUOTE_CHARS.finditer(title):
        at = mark.start()
        before = title[at - 1 : at]
        if title[at] != "’" or not before.isalpha() or before in "sS" or "‘" in title[:at]:
            return title[:at]
    return title


def _name_word(tokens: list[str], at: int) -> bool:
    """Whether a capitalised word that would end a name is the name's own. "Featuring" is
    shortened with a dot ("feat.") or in lowercase, so a "Feat" without one is a name's. A
    small word (`_INSIDE_NAME`) is the name's when more of the name and then a verb follow it
    ("<Word> New <Word> Announce"); not when a kind of news stands before or after it
    ("Lineup For <Name>", "<Name> New Album Announced"), nor before another small word
    ("<Name> To Be Honoured")."""
    token = tokens[at]
    bare = token.rstrip(".").lower()
    if not token[:1].isupper():
        return False
    if bare in _FEATURING:
        return not token.endswith(".")
    if bare not in _INSIDE_NAME or any(t.lower() in _KIND_NOUNS for t in tokens[:at]):
        return False
    for count, later in enumerate(tokens[at + 1 : at + MAX_NAME_WORDS]):
        word = later.lower()
        if not (later[:1].isupper() or later.isdigit()) or word in _INSIDE_NAME:
            return False
        if word in FUNCTION_WORDS - {"the"}:
            return False
        if word in TITLE_BOUNDARY:
            return count > 0 and word not in FUNCTION_WORDS and word not in _KIND_NOUNS
        if word in _KIND_NOUNS:
            return False
    return False


# Verbs of news an act's name is followed by in a headline ("<Name> Announce ...").
_NEWS_VERBS = frozenset(
    """announce announces share shares release releases reveal reveals unveil unveils drop drops
    return returns debut debuts detail details confirm confirms tease teases cancel cancels
    postpone postpones add adds sign signs launch launches reunite reunites expand expands
    extend extends premiere premieres join joins set sets cut cuts turn turns""".split()
)


def _small_word_inside(tokens: list[str], at: int) -> bool:
    """Whether a small word a title-case headline writes in lowercase ("to", "for", "in") is
    a name's own ("<Word> to <Word> Announce Tour"): it stands between a word that is no verb
    or kind of thing and one capitalised word that is no verb either, and a verb of news
    (`_NEWS_VERBS`) follows straight away. Elsewhere ("<Name> to Receive Star ...", "<Role>
    for <Band>, Dead at 70", "<Name> Apologizes to <Name>, Tells ...") it is the headline's
    word."""
    if not 0 < at < len(tokens) - 2 or tokens[at] not in _INSIDE_NAME:
        return False
    before, word, verb = tokens[at - 1], tokens[at + 1], tokens[at + 2]
    if _VERB_SHAPED.match(before) or before.lower() in _KIND_NOUNS:
        return False
    plain = word[:1].isupper() and word.lower() not in TITLE_BOUNDARY | FUNCTION_WORDS
    return plain and verb[:1].isupper() and verb.lower() in _NEWS_VERBS


# Words that end a name as a headline's verb (`TITLE_BOUNDARY`), less the small words and
# kinds of news a title-case headline also writes in lowercase ("for", "new", "album").
_LOWERCASE_VERBS = TITLE_BOUNDARY - FUNCTION_WORDS - _INSIDE_NAME - _KIND_NOUNS


# The verbs of news that take one act as their subject ("<Name> Announces ...").
_SINGULAR_NEWS_VERBS = frozenset(v for v in _NEWS_VERBS if v.endswith("s"))
# The same verbs as a band takes them, in the plural ("<Band> Announce ...").
PLURAL_NEWS_VERBS = _NEWS_VERBS - _SINGULAR_NEWS_VERBS


def _before_verb(tokens: list[str], at: int) -> bool:
    """Whether a capitalised word that would end a name as a headline's verb ("Play",
    "Top", "Set") is the name's last word, as the headline's verb follows it straight away:
    a headline puts no verb before its verb. In sentence case the verb is written in
    lowercase ("<Word> Play bring out ..."), which only names are not; in title case it must
    be a verb of news ("<First> Top Announces ..."), and the word no verb's own shape
    ("<Name> Tops ..."), no kind of news ("<Name> Tour ...") and nothing saying how the news
    came ("Officially", "Surprise")."""
    if at + 1 >= len(tokens) or not tokens[at][:1].isupper():
        return False
    word, after = tokens[at], tokens[at + 1]
    if after.isalpha() and after.islower():
        return after in _LOWERCASE_VERBS
    return (
        after[:1].isupper()
        and after.lower() in _SINGULAR_NEWS_VERBS
        and word.lower() not in _KIND_NOUNS | FUNCTION_WORDS
        and not _VERB_SHAPED.match(word)
        and not adverb_shaped(word)
        and not word.lower().startswith("surprise")
    )


def _capitalised_before(text: str, place: int) -> bool:
    """Whether the word that ends at `place` is capitalised."""
    start = place
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start : start + 1].isupper()


def _clause_subject(tokens: list[str], before_comma: int, whole_title: bool = False) -> list[str]:
    """The name that opens a title-case headline whose run of capitals outlasts any name, or
    is the whole title: the words before an appositive comma ("<First> <Last>, <Band>
    Bassist, Dead at 50", an interview's "<Name>, Musician") or, in a longer run, the two
    before a verb-shaped word ("<First> <Last> Voids ...", "... Granted ..."). Without a
    verb list, only a short run of name words counts: none an ordinary word, an adverb
    ("Abruptly") or itself verb-shaped; a name that must be guessed so stays unknown rather
    than a phrase of the headline."""
    if 0 < before_comma <= _CLAUSE_NAME_WORDS and before_comma < len(tokens):
        head = tokens[:before_comma]
        if len(head) == 1 and tokens[before_comma].lower() in ARTICLES:
            return []
    elif whole_title:
        return []
    elif len(tokens) > 2 and _VERB_SHAPED.match(tokens[2]) and tokens[0].lower() not in ARTICLES:
        head = tokens[:2]
    else:
        return []
    body = head[1:] if head[0].lower() in ARTICLES else head
    if not body or any(_VERB_SHAPED.match(t) for t in body[1:]):
        return []
    if any(not t[:1].isupper() or t.lower() in NOT_NAMES or adverb_shaped(t) for t in body):
        return []
    return head


def verb_shaped(word: str) -> bool:
    """Whether a word, however it is cased, is shaped as a headline's verb ("Offers",
    "joined", "Inviting")."""
    return _VERB_SHAPED.match(word[:1].upper() + word[1:].lower()) is not None


def adverb_shaped(word: str) -> bool:
    """Whether a word is shaped as an adverb ("Abruptly", "Officially"): "-ly" after a stem
    of four letters or more, which the names that end so ("Kelly", "Billy", "Emily") have
    not."""
    return len(word) > 5 and word.lower().endswith("ly")


def separated_head(title: str) -> str | None:
    """The words before a headline's separator ("<Name>: ...", "<Name> – ..."), if any."""
    parts = _separated(title)
    return parts[0] if parts else None


def _separated(title: str) -> tuple[str, str] | None:
    """The words before a headline's separator and the rest, or None without one."""
    parts = _LEAD_SEPARATOR.split(title.strip(), maxsplit=1)
    return (parts[0].strip(" \"'“”‘’"), parts[1]) if len(parts) > 1 else None


def _edition_dropped(name: str) -> str:
    """A name without the year and the word for its line-up that a headline writes around it
    ("<Year> <Festival Of Five Words> Lineup")."""
    return _EDITION_FIRST.sub("", _EDITION.sub("", name.strip()))


# A band's members named after it ("<Band> Members Arrested", "Former <Band> Bandmates Sue"):
# their news is the band's, and "<Band> Members" is no act of its own.
_MEMBERS = re.compile(r"\s+(?:Members|Bandmates)(?=\s+(?![Oo]f\b)|$)")
# How many of them, or which, before the band ("Two <Band> Members", "Remaining Four ...").
_COUNTED = re.compile(r"^(?:(?:Two|Three|Four|Five|Six|Both|All|Remaining|Surviving)\s+)+")


# The section an outlet files a headline under, in capitals before a bar ("INDIE | <Act>
# announce ...", "K-POP | ..."): the outlet's, not a name the news is about.
_SECTION = re.compile(r"^[A-Z][A-Z0-9&+/-]*(?: [A-Z][A-Z0-9&+/-]*)? +\| +(?=\S)")


# A dollar sign styling a name's S ("$<word> <Name>", "<Word> $<ign>", "<Dre>$<kin>").
_STYLED_S = re.compile(r"(?<![\d_$])\$(?=[a-z])")


def unstyled(text: str) -> str:
    """Text with a dollar sign that styles a name's S read as the S: names are read by their
    capitals, and fans type the S. Inside a word it is a lowercase S, and the word one name
    ("<Ca>$<hmoor>" is typed "<cashmoor>")."""
    return _STYLED_S.sub(
        lambda sign: "s" if sign.start() and text[sign.start() - 1].isalpha() else "S", text
    )


def unsectioned(title: str) -> str:
    """A headline without the section label an outlet puts before it (`_SECTION`)."""
    return _SECTION.sub("", title)


# A clause a headline opens with before its own news ("As <Act> Audition Singers, <Name>
# Will ...", "After <Thing>, <Name> Announce ..."): what the news is about comes after it.
_OPENING_CLAUSE = re.compile(
    r"^(?:As|While|Amid|After|Following|Despite|Ahead of)\s+[^,:;|]{3,120}?,\s+(?=[A-Z])"
)


def _clause_dropped(title: str) -> str:
    """A headline without a clause it opens with before its own news (`_OPENING_CLAUSE`)."""
    return _OPENING_CLAUSE.sub("", title, count=1)


def news_lead(title: str) -> str:
    """A headline from where its own news opens: after an outlet's section label and after a
    kicker or column title before a name's news ("<Kicker>: <Name> Announces ...", "SOLD
    OUT: <NAME> at <Venue>"), so a headline opening with a name that way is about it as one
    opening with the name is."""
    title = _clause_dropped(unsectioned(title))
    parts = _separated(title)
    if parts is not None and (
        _column(parts[0]) or _kicked_name(parts[1]) is not None or _after_kicker(*parts)
    ):
        return parts[1].strip()
    return title


# A name in capitals opening a headline's words after a kicker ("<NAME> at <Venue>", "<THE
# NAME> — <Tour>", "<NAME> + <NAME> — ..."): its words, up to the first word that is not.
_CAPITALS_RUN = re.compile(r"^[A-Z0-9][A-Z0-9&'’.!$-]*(?:\s+[A-Z0-9&+][A-Z0-9&'’.!$-]*)*(?=\s|$)")
_JOINED_NAMES = re.compile(r"\s+[+&]\s+|,\s+")


def _after_kicker(head: str, tail: str) -> list[str]:
    """The names a headline's words are about after an outlet's kicker in capitals ("JUST
    ANNOUNCED:", "SOLD OUT:", "NEW DATES:", "REVIEW:"): a few everyday words, none of them a
    name, before words not all in capitals. A name in capitals opening those words is what
    the news is about ("SOLD OUT: <NAME> at <Venue>"), or the name that leads them
    ("CANCELLED: <Festival> <Year> will not go ahead"). None where the words after are a
    quote or a title and nothing more ("<WORD>: <Record Title>", a band's own headline), or
    the head is no kicker. A release a label lists after any kicker in capitals ("NEW
    ALBUM: <act> – '<Title>'") names its act before the dash (`_listed_release`)."""
    if kicker(head) and (listed := _listed_release(tail)):
        return [listed]
    if not (
        kicker(head)
        and all(_kicker_word(w.lower()) for w in _KICKER_SPLIT.split(head) if w)
        and tail[:1].isupper()
        and not tail.isupper()
    ):
        return []
    run = _CAPITALS_RUN.match(tail)
    if run is not None and any(c.isalpha() for c in run[0]) and len(run[0]) > 1:
        lead = run[0]
        if lead.split()[-1].isdigit():
            lead = lead.rsplit(None, 1)[0]
        return [n for n in _JOINED_NAMES.split(lead) if n]
    name = _lead_name(tail) or (tail.strip() if _named_alone(head, tail) else None)
    return [name] if name else []


# Words of a kicker that put a record or a piece before the words after it ("NEW MUSIC:
# <Title>", "LISTEN: <Title>"), which may then be its title alone.
_TITLE_KICKERS = frozenset("music listen watch hear stream premiere review".split())


def _named_alone(head: str, tail: str) -> bool:
    """Whether the words after a kicker are a name and nothing more ("JUST ANNOUNCED:
    <First> <Last>", "SOLD OUT: <Name>"): a few words, all capitalised, after a kicker of
    everyday words (`_everyday_kicker`) that puts no record or piece before them."""
    words = tail.split()
    kicked = {w.lower() for w in _KICKER_SPLIT.split(head) if w}
    return (
        _everyday_kicker(head)
        and 0 < len(words) <= MAX_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and _TITLE_KICKERS.isdisjoint(kicked)
        and news_kind_of(head) not in RECORDS
    )


def _everyday_kicker(head: str) -> bool:
    """Whether the words before a headline's separator are a kicker of two everyday words or
    more ("SOLD OUT", "JUST ANNOUNCED"): an outlet's label, never a name (one such word may
    be a band's: "<WORD>: <Record>")."""
    words = [w for w in _KICKER_SPLIT.split(head) if w]
    return kicker(head) and len(words) > 1 and all(_kicker_word(w.lower()) for w in words)


# The most words of an outlet's kicker (`_after_kicker`), and what joins them.
KICKER_WORDS = 3
_KICKER_SPLIT = re.compile(r"[\s&/+-]+")


def kicker(head: str) -> bool:
    """Whether the words before a headline's separator are shaped as an outlet's kicker: a
    few words, all in capitals ("NEW ALBUM + TOUR:", "DISTRO NEWS:")."""
    words = [w for w in _KICKER_SPLIT.split(head) if w]
    return (
        0 < len(words) <= KICKER_WORDS and head.upper() == head and all(w.isalpha() for w in words)
    )


# A release as a label or shop lists it: the act, a dash, the record's title in quotes
# ("<Act> – '<Title>' [CAT001]").
_RELEASE_LISTED = re.compile(r"(?P<act>[^–—:|'‘’\"“”]{1,60}?)\s[–—-]\s+[‘'\"“]")


def _listed_release(tail: str) -> str | None:
    """The act of a release listed after a kicker (`_RELEASE_LISTED`), however it styles its
    name: the listing's shape, not the capitals, says where the name ends."""
    listed = _RELEASE_LISTED.match(tail.strip())
    act = listed["act"].strip() if listed else ""
    return act if 0 < len(act.split()) <= MAX_NAME_WORDS else None


def _kicker_word(word: str) -> bool:
    """Whether a word (lowercase) may be a kicker's: an everyday word, or one made of one
    again or before ("REOPENING", "PRESALE")."""
    return everyday(word) or any(
        word.startswith(prefix) and everyday(word[len(prefix) :]) for prefix in ("re", "pre")
    )


def title_subjects(title: str) -> list[str]:
    """The names a title is about: its lead before a separator, or before the first verb.
    After a separator, a name that owns what follows too: a column's name may come first
    ("<Column Name>: <Band>' <Member>"). A lead that reads as a column's title (`_column`)
    is none, and the name is what follows it. A clause the title opens with ("As <Act>
    <Verb> ..., <Name> ...") is none of its own news."""
    title = _clause_dropped(unsectioned(title))
    parts = _separated(title)
    if parts is not None and (kicked := _after_kicker(*parts)):
        candidates: list[str | None] = list(kicked)
    elif parts is not None and _column(parts[0]):
        tail = parts[1].strip()
        words = tail.split()
        whole = (
            len(words) <= MAX_NAME_WORDS
            and not POSSESSIVE.search(tail)
            and all(w[:1].isupper() or w in _CONNECTORS for w in words)
        )
        candidates = [tail if whole else _lead_name(tail)]
    elif parts is not None and (news := _kicked_name(parts[1])) is not None:
        candidates = [news]
    elif (
        parts is not None
        and 0 < len(_edition_dropped(parts[0]).split()) <= MAX_NAME_WORDS
        and not _everyday_kicker(parts[0])
    ):
        head = _lead_name(parts[0]) if _tells_news(parts[0]) else parts[0]
        candidates = [head, _owner(parts[1]) or _sentence_led(parts[1])]
    else:
        candidates = [_described_lead(title) or _lead_name(title)]
    names: list[str] = []
    for found in filter(None, candidates):
        candidate = _edition_dropped(found.strip(" ,;:-–\"'“”‘’"))
        if candidate.upper().startswith("RIP "):
            candidate = candidate[4:]
        members = _MEMBERS.search(candidate)
        if members and "," not in candidate:
            band = _COUNTED.sub("", candidate[: members.start()])
            candidate = _BEFORE_BAND.sub("", band).strip()
        if _counts_a_list(title, candidate):
            continue
        spans = [candidate]
        if len(candidate.split()) >= 3:
            spans += [p for p in _LIST_SPLIT.split(candidate) if p != candidate]
        people = [_person_named(_act_introduced(span)) for span in spans]
        names += [n for n in people if plausible_subject(n)]
        bands = [_band_of_member(span, p) for span, p in zip(spans, people, strict=True)]
        names += [b for b in bands if b and plausible_subject(b)]
    return names


# What headlines call a band's members, by the part each plays (`_MEMBER_AFTER_BAND`,
# `_ROLE_THEN_NAME`).
_BAND_ROLES = "Singer|Frontman|Frontwoman|Vocalist|Drummer|Guitarist|Bassist|Keyboardist"
# What a headline calls a band's member after the band ("<Band> Singer <First> <Last>",
# "Ex-<Band> Drummer ..."), and what it may say of the member before the band.
_MEMBER_AFTER_BAND = re.compile(
    r"^(?P<band>.+?)\s+(?:(?:Lead|Founding|Original|Touring|Longtime|Former)\s+)?"
    rf"(?:{_BAND_ROLES})"
    r"\s+(?=[A-Z])"
)
_BEFORE_BAND = re.compile(
    r"^(?:(?:Former|Late|Ex|Original|Founding|Classic|Legendary|Revered|Renowned|Iconic"
    r"|Beloved|Veteran)(?:\s+|$)|Ex-)+"
)


def _band_of_member(span: str, person: str) -> str | None:
    """The band a subject names its member by ("<Band> Singer <First> <Last>", the `person`
    `_person_named` read in it): news of the member is the band's too, and a band named
    only so is known by no other headline. Not a word for where the member is from
    ("<Demonym> Singer") or for their kind of music ("Neo Soul Singer"); a word that says
    what they are rather than whose ("Viral") the articles write in lowercase, and the
    plain-word pruning drops it."""
    match = _MEMBER_AFTER_BAND.match(span)
    if match is None or person == span:
        return None
    band = _BEFORE_BAND.sub("", match.group("band")).strip()
    words = band.split()
    if not words or any(not (w[:1].isupper() or w[:1].isdigit()) for w in words):
        return None
    if words[0].lower() in NOT_NAMES or words[-1].lower() in DEMONYMS | NOT_NAMES | MUSIC_KINDS:
        return None
    return None if POSSESSIVE.search(band) else band


def _lowercase_lead(title: str) -> str | None:
    """A name styled in lowercase that opens a headline ("<name> Announces New Album",
    "<word> <word> Share New Song", "<name> returns with ..."): the words before the
    headline's verb, none of them capitalised in title case, and no small word of the
    headline's among them in sentence case."""
    tokens = title.split()
    for at in range(1, min(len(tokens), MAX_NAME_WORDS + 1)):
        word = tokens[at]
        # In sentence case the verb is lowercase too ("<name> returns with ...").
        if word in _NEWS_VERBS and not FUNCTION_WORDS.intersection(tokens[:at]):
            return " ".join(tokens[:at]) if tokens[0][:1].islower() else None
        if word[:1].isupper():
            head = tokens[:at]
            # "<name> to Play ...": the small word is the headline's.
            while head and head[-1] in FUNCTION_WORDS:
                head.pop()
            styled = bool(head) and head[0][:1].isalpha() and not head[0][:1].isupper()
            return " ".join(head) if styled and word.lower() in _LOWERCASE_VERBS else None
    return None


def _kicked_name(tail: str) -> str | None:
    """The name opening a headline's words after its separator, when they are news of its
    own ("<Kicker>: <Name> Announces ...", "<Kicker>: <Name> Will Reopen ..."): what comes
    before is then the outlet's label or a pun ("<Gig Bulletin>:", "<Play On Words>:"), not
    what the news is about. One everyday word ("<Name>: Family Announces ...") is no name,
    and the news is the head's."""
    tail = tail.strip()
    name = _lead_name(tail)
    if name is None:
        return None
    rest = tail[len(name) :].split()
    if not rest or (rest[0].lower() not in _NEWS_VERBS and not PLANNED.match(tail, len(name) + 1)):
        return None
    if len(name.split()) == 1 and everyday(norm(name)):
        return None
    return name


def _tells_news(head: str) -> bool:
    """Whether the words before a headline's separator are a sentence of news, not a name
    ("<Name> Announces New Album <Title>: Hear ..."): a verb of news follows the first word
    and more words follow it. A name may end with such a word ("<Word> Drops: ...")."""
    tokens = head.lower().split()
    return any(word in _NEWS_VERBS for word in tokens[1:-1])


# Words that end a column's title: the kind of piece it runs.
_COLUMN_ENDS = frozenset({"interview", "review", "premiere", "memoriam", "obituary"})
_COLUMN_WORDS = 4


def _column(head: str) -> bool:
    """Whether the words before a headline's separator are a column's title: a few words,
    all capitalised, ending in the kind of piece it runs ("<Outlet> Band Interview", "Album
    Review"), as a name does not; not a sentence that ends in one ("<Name> teases plans with
    cryptic video")."""
    words = head.split()
    return (
        1 < len(words) <= _COLUMN_WORDS
        and words[-1].lower() in _COLUMN_ENDS
        and all(w[:1].isupper() for w in words)
    )


def _person_named(span: str) -> str:
    """The person a span names after what the headline calls them (`_ROLE_BEFORE_NAME`),
    when two words or more follow and the first is no verb ("<Band> Bassist Quits"); the
    span otherwise."""
    role = _ROLE_BEFORE_NAME.match(span)
    rest = (span[role.end() :] if role else "").split()
    if len(rest) < 2 or not _name_opens(rest):
        return span
    return " ".join(rest)


def _name_opens(words: list[str]) -> bool:
    """Whether words may open a name: no headline's verb ("Quits") nor a word no name is."""
    return not _VERB_SHAPED.match(words[0]) and words[0].lower() not in NOT_NAMES


# What a headline calls an act after saying where it is from ("<Demonym> <Genre> Band
# <Name>"), beside the nouns for an act: a word of praise or of age.
_ACT_TITLES = ACT_NOUNS | frozenset({"legend", "veterans", "icon", "star"})
# The most words of kind of music between where an act is from and what it is called.
_GENRE_WORDS = 2


def _act_introduced(span: str) -> str:
    """The name a span gives after saying where the act is from and what it is ("<Demonym>
    Hardcore Punks <Name>", "<Demonym> Rapper <Name>"): a headline opening so describes
    the act before naming it, whatever the words of the name; the span otherwise."""
    words = span.split()
    if len(words) < 3 or words[0].lower() not in DEMONYMS:
        return span
    for at in range(1, min(len(words) - 1, _GENRE_WORDS + 2)):
        if words[at].lower() in _ACT_TITLES:
            rest = words[at + 1 :]
            named = rest[1:] if rest[0] == "The" and len(rest) > 1 else rest
            return " ".join(rest) if rest[0][:1].isupper() and _name_opens(named) else span
    return span


# Where an act is from or whom it plays with, then what it is, in a sentence-case headline
# ("<Place> punks <Name> sign ...", "<Band> singer <Name> dies ...", "<Place> indie rapper
# <name> announces ..."): the words before the name.
_DESCRIBED = re.compile(
    r"^(?:[A-Z][\w'’.&-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(sorted(_ACT_TITLES))
    + r")\s+(?=\S)"
)


def _described_lead(title: str) -> str | None:
    """The name a sentence-case headline gives after describing the act (`_DESCRIBED`): the
    place or band before it is not what the news is about."""
    described = _DESCRIBED.match(title)
    if described is None:
        return None
    # Words of the headline's own between the name it opens with and the act ("<Name> and
    # music producer <Name>", "<Band> split with singer <Name>") make it no description.
    between = {w for w in described[0].split() if w.islower()}
    if between & (TITLE_BOUNDARY | FUNCTION_WORDS):
        return None
    name = _lead_name(title[described.end() :])
    # A sentence-case headline goes on in lowercase ("<Name> the subject of ...").
    return re.sub(r"\s+(?:the|of)$", "", name) if name else None


# What a headline calls the person it names ("<Band> Singer <Name>", "Legendary Producer
# <Name>"). "DJ", "Star" and "Band" are words of names too.
_ROLE_BEFORE_NAME = re.compile(
    r"^.*\b(?:Rappers?|Singers?|Singer-Songwriter|Songwriter|Producer|Drummer|Guitarist|Bassist"
    r"|Keyboardist|Saxophonist|Pianist|Frontman|Frontwoman|Vocalist|Rockers|Supergroup"
    r"|Musician|Icon|Comedian|Comic|Actor|Actress)"
    r"\s+(?=[A-Z0-9])"
)


def _counts_a_list(title: str, candidate: str) -> bool:
    """Whether "The <Number>" opens a list rather than names a band: a list word follows it
    ("The 23 biggest deals")."""
    if not norm(candidate).startswith("the "):
        return False
    after = title.partition(candidate)[2].split()[:1]
    return bool(after) and after[0].lower() in LIST_WORDS


def _sentence_led(text: str) -> str | None:
    """The name a headline's words after a column's or a section's title open with, where
    they run in sentence case ("<Column>: <First> <Last> finally makes the record", "<Column>:
    The <Word> <Words>, at long last, have an album"): two or more capitalised words, then a
    comma or a lowercase word that is no small word, and more lowercase words after. Words in
    title case after a colon keep their small words lowercase ("<Name> Is Up for ..."), and a
    one-word lead may be a song's first word ("<Band>: <Word> el <word>")."""
    words = re.split(r"\s+", text.strip())
    name: list[str] = []
    for word in words:
        bare = word.rstrip(",")
        if not (bare[:1].isupper() or (name and bare in _CONNECTORS)):
            break
        name.append(bare)
        if bare != word:
            break
    while name and name[-1] in _CONNECTORS:
        name.pop()
    rest = [w for w in words[len(name) :] if w not in _CONNECTORS and not w[:1].isdigit()]
    after_comma = bool(name) and words[len(name) - 1].endswith(",")
    opening = rest[:1] and rest[0][:1].islower() and rest[0].lower() not in FUNCTION_WORDS
    named = [w for w in name if w != "The"]
    if len(named) < 2 or len(name) > MAX_NAME_WORDS or not (after_comma or opening):
        return None
    return " ".join(name) if sum(w[:1].islower() for w in rest[:3]) >= 2 else None


def _owner(text: str) -> str | None:
    """The name a text opens with when a possessive ends it ("<Band>'s <Member> ..."), not
    a contraction ("Sorry, It's ...")."""
    name = _lead_name(text)
    if name is None or not text.startswith(name) or name.split()[-1].lower() in FUNCTION_WORDS:
        return None
    return name if POSSESSIVE.match(text, len(name)) else None


def _lead_name(title: str) -> str | None:
    """The leading run of name-like words as the title writes it, or None when the title
    opens with no name or is all one run. A title opening in lowercase may open with a name
    styled so (`_lowercase_lead`)."""
    lead = _lead_words(title)
    if not lead or not (lead[0][:1].isupper() or lead[0][:1].isdigit()):
        return _lowercase_lead(title)
    # The words are read with plain apostrophes ("Q’Varro" as "Q'Varro"), so they are found
    # in the title written so.
    plain = straightened(title)
    start = plain.find(lead[0])
    # The last word's own place, past the words before it ("Talk Talk" is not "Talk").
    after = start + sum(map(len, lead[:-1]))
    end = plain.find(lead[-1], after) + len(lead[-1])
    candidate = title[start:end] if start >= 0 and end > start else " ".join(lead)
    # A name's aside ("<Name> (FKA <Old Name>)") and a list's dangling "and" are no part.
    return _OPEN_JOIN.sub("", _ASIDE.sub("", candidate))


def _member(title: str) -> str | None:
    """The name a headline gives after its subject's possessive ("<Band>'s <First> <Last>
    Talks ..."): the member the news is about, or whatever the band owns ("<Band>'s New
    Album"), which only the body can tell apart (`names_in_article`). A possessive before a
    headline's separator is part of the name there ("<Name>'s <Word>: <Title>")."""
    owner = _owner(title)
    if owner is None or separated_head(title) is not None:
        return None
    possessive = POSSESSIVE.match(title, len(owner))
    rest = title[possessive.end() :].lstrip() if possessive else ""
    member = _lead_name(rest) if rest[:1].isupper() else None
    return member if member and plausible_subject(member) else None


def owned_act(title: str) -> tuple[str, str] | None:
    """(owner, act) where a headline calls an act someone's ("<First> <Last>'s Band <Act>
    Returns"): how the news tells which band is a person's when a question names the person
    for it. The word for the act ("Band", "Duo") is no part of its name."""
    owner, member = _owner(title), _member(title)
    if owner is None or member is None:
        return None
    words = member.split()
    while len(words) > 1 and words[0].lower() in GROUP_NOUNS:
        words = words[1:]
    return owner, " ".join(words)


def names_in_article(title: str, body: str, subjects: list[str]) -> list[Name]:
    """Every new name an article introduces: the title's subjects (`title_subjects`, which the
    caller has for other uses too), as long as the body spells them (`spelled_in_body`),
    the name after a subject's possessive when the body spells that whole (`_member`), a
    title that is a name the body writes in prose, labels, quoted works in the title."""
    found = []
    for subject in subjects:
        spelled = spelled_in_body(title, subject, body)
        # The body may spell the edition, as a headline does ("<Festival> 2026").
        spelled = spelled if spelled is None else _EDITION.sub("", spelled)
        if spelled is None or (spelled != subject and spelled in subjects):
            found.append(Name(subject, kind_of(subject), verb_after=_news_after(title, subject)))
        else:
            found.append(Name(spelled, kind_of(spelled), spelled=True))
    member = _member(title)
    if member is not None and spelled_in_body(title, member, body) == member:
        found.append(Name(member, kind_of(member), spelled=True))
    # A headline that is nothing but a name ("<First> <Last>", an item of a festival guide)
    # has no subject to read; the body writing it in prose says it is one.
    if not subjects and spelled_in_body(title, title, body, repeated=False) == title:
        found.append(Name(title, kind_of(title), spelled=True))
    text = f"{title}\n{body[:4000]}"
    for word in _LABEL_WORD.finditer(text):
        match = _LABEL.search(text[max(0, word.start() - 80) : word.end()])
        if match is None:
            continue
        label = _PLACE_PREFIX.sub("", match.group(1).strip())
        if _SENTENCE_BREAK.search(label):
            continue
        if plausible(label) and label.split()[0].lower() not in NOT_NAMES:
            found.append(Name(label, "label"))
    return found


def _news_after(title: str, subject: str) -> bool:
    at = title.find(subject)
    after = title[at + len(subject) :].split(None, 1) if at >= 0 else []
    return bool(after) and after[0].lower() in _NEWS_VERBS


# What follows a name that running prose spells whole: a lowercase word, or a comma or full
# stop and more of the sentence; not a line's end, where a body repeats its headline.
_PROSE_AFTER = re.compile(r"\s+[a-z]|[,.;]\s+\S")


def spelled_in_body(title: str, subject: str, body: str, repeated: bool = True) -> str | None:
    """The name a headline's subject opens, as the body spells it: the longest run of
    capitalised words in the body's prose that the headline writes from the subject on, if
    the subject is all or the start of it. Prose writes a verb in lowercase, so the body tells
    a name with a word like a verb in it ("<Word> <Word> Say <Word>", cut short before "Say")
    from a known name with the headline's words after it ("<Known> On The <Word>", not
    "<Known>"). A longer spelling adds no possessive and ends on a word a name may end on.
    The headline repeated in the body is no prose, unless the headline is asked about as the
    name (`repeated` False): then only prose after it counts."""
    if not body:
        return None
    opening = title.find(subject)
    written = CAPITALISED_RUN.match(title, opening) if opening >= 0 else None
    if written is None:
        return None
    headline = written.group(0).split()[:MAX_NAME_WORDS]
    text = body[:BODY_NAME_CHARS]
    if repeated:
        text = text.replace(title, "\n")
    longest: list[str] = []
    place = text.find(subject)
    while place >= 0:
        run = CAPITALISED_RUN.match(text, place)
        spelled = run.group(0).split() if run and (place == 0 or text[place - 1].isspace()) else []
        if (
            len(longest) < len(spelled) <= len(headline)
            and spelled == headline[: len(spelled)]
            and _PROSE_AFTER.match(text, run.end() if run else 0)
        ):
            longest = spelled
        place = text.find(subject, place + 1)
    name = " ".join(longest)
    if not name.startswith(subject):
        return None
    added = norm(name[len(subject) :]).split()
    if added and (POSSESSIVE.search(name, len(subject) - 1) or added[-1] in NOT_NAMES):
        return None
    return name if plausible_subject(name) else None


# What a headline calls someone after their name ("<Name> CEO"), which ends the name.
_ROLE_AFTER_NAME = frozenset({"ceo", "president", "chair", "chairman", "founder", "md"})
# Punctuation a headline's word may carry; one that follows a word ends a name there.
_WORD_MARKS = ',.;:!?()[]"“”‘’–—'
# A title in double quotation marks, however long, or one left open to the headline's end.
_DOUBLE_QUOTED = re.compile(r"“[^”]*(?:”|$)")


def headline_names(title: str) -> list[Name]:
    """The names a headline in sentence case writes after its opening: such a headline
    capitalises only names, so a run of two to four capitalised words further on is one
    ("Career-spanning anthology for late <Band> legend <First> <Last>"), which the reading
    of its subject (`title_subjects`) does not reach. A possessive, punctuation or quoted
    title ends a run; the run the headline opens with is its subject's, and one ending in
    a word for where someone is from describes ("<Act> announce North American tour"), as
    one ending in a word no name ends with does ("Number One"); a title-case headline,
    which capitalises every word, tells nothing."""
    tokens = _QUOTED.sub(" ‖ ", _DOUBLE_QUOTED.sub(" ‖ ", title)).split()
    lowercase = [t for t in tokens[1:] if t.isalpha() and t.islower() and len(t) > 2]
    if len([t for t in lowercase if t not in FUNCTION_WORDS]) < 2:
        return []
    found: list[Name] = []
    run: list[str] = []

    def close(opening: bool) -> None:
        while run and (run[-1] == "&" or run[-1].lower() in _ROLE_AFTER_NAME):
            run.pop()
        name = " ".join(run)
        if (
            not opening
            and 2 <= len(run) <= MAX_NAME_WORDS
            and run[-1].lower() not in FUNCTION_WORDS
            and norm(run[0]) not in NOT_NAMES
            and norm(run[-1]) not in NOT_NAMES | DEMONYMS
            and plausible_subject(name)
        ):
            found.append(Name(name, kind_of(name)))
        run.clear()

    opening = True
    for token in tokens:
        owner = POSSESSIVE.search(token)
        word = _unowned(token)
        # The full stop of an initialism is its own ("<Name> D.C."), not the sentence's.
        if token.endswith(".") and "." in word:
            word += "."
        if (word[:1].isupper() and all(p[:1].isupper() for p in word.split("-"))) or (
            word == "&" and run
        ):
            run.append(word)
            if not owner and token[-1] not in _WORD_MARKS:
                continue
        close(opening)
        opening = False
    close(opening)
    return found


# Words that may join a festival's name in lowercase ("<Word> the <Word> Festival").
_FESTIVAL_JOINS = frozenset({"of", "the", "and", "&", "in", "on", "de", "la", "du", "y"})
# Prepositions a title-case headline capitalises ("Added To", "Covers At"). "Of", "In" and
# "On" are left out, being inside names as often ("Isle Of <Word>").
_TITLE_CASE_LINKS = frozenset("at to for from into with by".split())
# Verbs a headline puts before a festival's name ("Lead", "Headline", "Announce").
_BILL_VERBS = _NEWS_VERBS | frozenset(
    "headline headlines lead leads play plays open opens top tops miss anchor anchors".split()
)
_ED_OR_ING = re.compile(r"^[A-Z][a-z]+(?:ed|ing)$")
_LINEUP_WORDS = frozenset({"lineup", "line-up"})
_A_YEAR = re.compile(r"^(?:19|20)\d\d$")


# A role a headline names someone by, just before their name ("... Part Ways With Guitarist
# <First> <Last>", "... Debut New Drummer <First> <Last> at ...").
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:{_BAND_ROLES}|Producer|Saxophonist|Pianist)"
    r"\s+([A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*)(?=$|[,:;(]|\s+[^A-Z\s])"
)


def role_named(title: str) -> list[Name]:
    """The people a headline names after their role, two capitalised words and then none:
    whoever the headline is about, a member who joins, leaves or stands in is named so, and
    fans ask about them by that name. A name of three words or one the headline runs on into
    its verb ("<First> <Last> Fills In") is left to the other readings."""
    return [
        Name(name, kind_of(name))
        for match in _ROLE_THEN_NAME.finditer(title)
        if plausible_subject(name := _unowned(match.group(1)))
        and norm(name).split()[-1] not in TITLE_BOUNDARY | NOT_NAMES | DEMONYMS
    ]


def festival_names(title: str) -> list[Name]:
    """Festivals a headline names further on, where its subject (`title_subjects`) and the
    runs of a sentence-case headline (`headline_names`) do not reach: a run of capitalised
    words ending in "Festival" or "Fest" ("additions to <Word> To <Word> Festival 2026",
    "Pulls Out of <Word> the <Word> Festival"), or ending before a year and the word for its
    bill ("lead <Word> <Word> 2026 line-up"). Where the name starts is `_festival_run`'s."""
    tokens = _DOUBLE_QUOTED.sub(" ‖ ", title).split()
    found: list[Name] = []
    for at, token in enumerate(tokens):
        word = _unowned(token)
        following = _unowned(tokens[at + 1]) if at + 1 < len(tokens) else ""
        if word.lower() in FESTIVAL_WORDS and word[:1].isupper():
            last, least = at, 2
            ends_name = not following[:1].isupper() or following.lower() in _LINEUP_WORDS
        elif _A_YEAR.match(word) and following.lower() in _LINEUP_WORDS and at > 0:
            last, least = at - 1, 2
            ends_name = tokens[last] == _unowned(tokens[last])
        else:
            continue
        name = _festival_run(tokens, last, least) if ends_name else None
        if name is not None:
            found.append(Name(name, "festival"))
    return found


def _unowned(token: str) -> str:
    """A headline's word without its punctuation and possessive."""
    word = token.strip(_WORD_MARKS)
    owner = POSSESSIVE.search(word)
    return word[: owner.start()] if owner else word


def _festival_run(tokens: list[str], last: int, least: int) -> str | None:
    """The longest run of capitalised words (and small words that join names) ending at
    `last` that starts where the sentence shows a name may. A lowercase word, a possessive
    ("<Act>'s <Word> Festival"), a year or a colon before it show so surely: the name may
    then open with an ordinary word and hold a capitalised preposition ("<Word> To <Word>").
    A joining word, a capitalised verb or preposition of a title-case headline show so less
    surely, and a run from the headline's start not at all: it may hold the subject and its
    verb ("<Act> Lead <Word> Festival"), which is the subject's reading to make. A place
    alone before the word ("<Town> Festival") describes."""
    starts: list[tuple[int, bool]] = []
    at = last
    while at > 0:
        before = tokens[at - 1]
        word = _unowned(before)
        if before[-1] in _WORD_MARKS or word != before.strip(_WORD_MARKS) or _A_YEAR.match(word):
            if before[-1] != ",":
                starts.append((at, True))
            break
        lowered = word.lower()
        if not word[:1].isupper():
            starts.append((at, lowered not in _FESTIVAL_JOINS and not word[:1].isdigit()))
            if lowered not in _FESTIVAL_JOINS:
                break
        elif lowered in _BILL_VERBS | _TITLE_CASE_LINKS or _ED_OR_ING.match(word):
            starts.append((at, False))
        at -= 1
    for start, sure in reversed(starts):
        words = [_unowned(t) for t in tokens[start : last + 1]]
        inside = {w.lower() for w in words}
        described = " ".join(words[:-1]).lower()
        if (
            least <= len(words) <= MAX_NAME_WORDS
            and words[0][:1].isupper()
            and words[-2][:1].isupper()
            and (sure or words[0].lower() not in NOT_NAMES)
            and not inside & (_BILL_VERBS if sure else _BILL_VERBS | _TITLE_CASE_LINKS)
            and not words[0].endswith("ed")
            and not any(_ED_OR_ING.match(w) for w in words[1:])
            and not (described in DEMONYMS or known_place(described))
            and plausible_subject(" ".join(words))
        ):
            return " ".join(words)
    return None


def recurring_names(body: str) -> list[Name]:
    """Names an article body spells at least twice as a run of two to four capitalised words:
    artists named only in bodies ("the band played with Ana Vidal ... Ana Vidal said") become
    known too, while a capitalised pair seen once (a sentence start, a title) does not."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for match in CAPITALISED_RUN.finditer(body[:BODY_NAME_CHARS]):
        for part in _RUN_BREAK.split(WORD_END_MARK.sub("", match.group(0))):
            tokens = part.split()
            while tokens and tokens[0].lower() in FUNCTION_WORDS:
                tokens = tokens[1:]
            while tokens and tokens[-1].lower() in _CONNECTORS:
                tokens = tokens[:-1]
            if not 2 <= len(tokens) <= 4 or all(t.lower() in NOT_NAMES for t in tokens):
                continue
            name = " ".join(tokens)
            if plausible_subject(name):
                key = norm(name)
                counts[key] = counts.get(key, 0) + 1
                spelled.setdefault(key, name)
    return [Name(spelled[k], kind_of(spelled[k])) for k, n in counts.items() if n >= 2]


def surnames(body: str, names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, surname) for each two-word name that the body introduces in full and then calls
    by its last word alone, never writing that word in lowercase: news calls a person by
    surname after the first mention ("Ana Vidal ... Vidal said"), and so do fans; a band's
    last word alone ("The Glass Wolves ... Wolves") is rarely written, and a place named first
    on its own ("Moncton ... Radio Moncton") is no surname, so the data says which
    names it is."""
    found: list[tuple[str, str]] = []
    for name in dict.fromkeys(names):
        tokens = name.split()
        if len(tokens) != 2 or not all(t.isalpha() and t[:1].isupper() for t in tokens):
            continue
        if kind_of(name) != "artist":
            continue
        last = tokens[1]
        if len(last) < 4 or {t.lower() for t in tokens} & NOT_NAMES:
            continue
        uses = _whole_words(last, body)
        first = body.find(name)
        # Introduced in full first, then called by the last word alone, never a plain word;
        # the word closing a name, this or another ("Copper Pop Explosion"), is not alone.
        alone = sum(not _closes_a_name(body, place) for place in uses)
        introduced = first >= 0 and uses[0] == first + len(tokens[0]) + 1
        if alone > 0 and introduced and not _whole_words(last.lower(), body):
            found.append((name, last))
    return found


# "<Name> (aka <Nickname>)", "<Name>, aka <Nickname>,", "<Name>, better known as <Nickname>":
# the second name runs to a closing bracket, a comma or a sentence end, not to the dot of "Mr.".
_AKA = re.compile(
    r"(?:\s\(|,\s)(?:aka|a\.k\.a\.?|also known as|better known as|known as)\s+"
    r"([^()\n,;]{1,60}?)(?:\)|,|;|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.(?=\s|$)|$)"
)
_AKA_CUES = ("aka", "a.k.a", "known as")
_OWNER = re.compile(r"^.*(?:['’]s|s['’])\s+", re.DOTALL)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+")
_BEFORE_AKA = 80


def nicknames(body: str) -> list[tuple[str, str]]:
    """(name, other name) for each name the body gives a second name for, as news does for
    a stage name or a nickname ("Ana Vidal (aka Moth Queen)"): fans ask by either. The name
    is the run of two or more capitalised words just before (after any owner, "Halifax's");
    the other name is the run of capitalised words that ends the second name ("the band's
    drummer Mr. Moth" gives "Moth")."""
    found = _quoted_nicknames(body)
    if not any(cue in body for cue in _AKA_CUES):
        return found
    for match in _AKA.finditer(body):
        start = max(0, match.start() - _BEFORE_AKA)
        before = list(CAPITALISED_RUN.finditer(body[start : match.start()]))
        phrase = match.group(1).strip()
        inside = list(CAPITALISED_RUN.finditer(phrase))
        if not before or not inside or before[-1].end() != match.start() - start:
            continue
        if inside[-1].end() != len(phrase):
            continue
        tokens = _OWNER.sub("", _RUN_BREAK.split(before[-1].group(0))[-1]).split()
        while tokens and tokens[0].lower() in NOT_NAMES:
            tokens = tokens[1:]
        # A sentence's first word is capitalised whatever it is: one the body also writes in
        # lowercase ("Later") is no part of the name.
        if len(tokens) > 2 and _whole_words(tokens[0].lower(), body):
            tokens = tokens[1:]
        name = " ".join(tokens[-MAX_NAME_WORDS:])
        other = _HONORIFIC.sub("", _OWNER.sub("", inside[-1].group(0)))
        # A name of one word is a surname or a band already named: whose, the text says earlier.
        if len(tokens) < 2 or not (plausible(name) and plausible(other)):
            continue
        if norm(name) != norm(other):
            found.append((name, other))
    return found


# A nickname quoted between a first and a last name: "<First> “<Nick>” <Last>".
# A given name is one capitalised word in lowercase after its capital ("Jean-Luc"), and a
# title quoted between words ends with its punctuation inside the marks ("Hold On."), which
# a nickname does not.
_QUOTED_NICKNAME = re.compile(
    r"(?<![\w'’.])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ ]+[\"“‘']([A-Z][^\"“”‘’'\n]{0,24}?[\w.])"
    r"(?<![.,!?])[\"”’'][ ]+([A-Z][\w-]*(?:['’][A-Z][\w-]*)?)(?:['’]s?)?(?!\w)"
)


def _quoted_nicknames(body: str) -> list[tuple[str, str]]:
    """(name, nickname) for each person the body names with a nickname quoted between their
    first and last names ("<First> “<Nick>” <Last>"), which fans call them by, alone or
    with the last name ("<Nick> <Last>"). A headline quotes a word between capitalised ones
    for other reasons, so only bodies are read."""
    found: list[tuple[str, str]] = []
    if not any(mark in body for mark in "\"“‘'"):
        return found
    for match in _QUOTED_NICKNAME.finditer(body):
        first, nick, last = match.groups()
        name = f"{first} {last}"
        if first.lower() in NOT_NAMES or last.lower() in NOT_NAMES or len(nick.split()) > 3:
            continue
        if plausible(name) and plausible(nick) and norm(nick) != norm(name):
            # "<Nick> <Last>" first: where fans know the person so, it is the known name
            # that the others join.
            found += [(name, f"{nick} {last}"), (name, nick)]
    return found


_LAST_WORD = re.compile(r"(\w+)[ \t]+$")


def _closes_a_name(text: str, place: int) -> bool:
    """Whether the word at `place` follows a capitalised word with no punctuation between."""
    before = _LAST_WORD.search(text, max(0, place - 40), place)
    return before is not None and before.group(1)[:1].isupper()


def _whole_words(word: str, text: str) -> list[int]:
    """Where `word` stands in `text` between word boundaries, as `\\bword\\b` finds it: without
    compiling a pattern for each name, which cost ingest more than the search itself."""
    places: list[int] = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if _boundary(text, start) and _boundary(text, end):
            places.append(start)
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)
    return places


def _boundary(text: str, place: int) -> bool:
    """Whether a word starts or ends at `place` (regular expressions' `\\b`)."""
    before = place > 0 and _is_word_char(text[place - 1])
    return before != (place < len(text) and _is_word_char(text[place]))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def variants(name: str) -> list[str]:
    """Other spellings fans type: short words run together ("a b c" as "abc"), a name
    with "and" without it, a name of three words or more without a foreign "the" ("Les
    <Word> <Word>", typed "the <word> <word>"), "and" or "in" inside a name as "n", numbers
    and abbreviations spelled out ("40 Lanterns" as "forty lanterns", "Dr. Moth" as "doctor
    moth") and number words and Roman numerals as digits ("<Word> Of Four" as "<word> of
    4", "<Word> II <Word>" as "<word> 2 <word>"), words written
    short or in full the other way ("<Word> Brothers" as "<word> bros", "Doctor <Word>" as
    "dr <word>"), "for" or "to" as a digit in a name of three words or more ("Songs For Ana"
    as "songs 4 ana"), a hyphenated name's words run together, a duo of two people by
    their surnames, letters with marks spelt out ("ä" as "ae"), "doc" for "Dr.", and an
    initial run into a name typed apart ("J.<Name>" as "j <name>")."""
    tokens = norm(name).split()
    found: list[str] = []
    if len(tokens) >= 2 and all(len(t) <= 3 for t in tokens):
        found.append("".join(tokens))
    if "and" in tokens[1:-1]:
        found.append(" ".join(t for t in tokens if t != "and"))
        # Chat writes "and" as "n" ("<word> n <word>"); a duo of two people goes by their
        # surnames ("<First> <Last> and <First> <Last>" as "<last> and <last>").
        found.append(" ".join("n" if t == "and" else t for t in tokens))
        duo = len(tokens) == 5 and tokens[2] == "and" and tokens[3] not in ARTICLES
        if duo and all(len(t) > 2 and t.isalpha() for t in (tokens[1], tokens[4])):
            found += [f"{tokens[1]} and {tokens[4]}", f"{tokens[1]} n {tokens[4]}"]
    if "in" in tokens[1:-1]:
        # Chat writes "in" inside a name as "n" too ("<word> n <words>").
        found.append(" ".join("n" if t == "in" else t for t in tokens))
    if len(tokens) > 2 and tokens[0] in FOREIGN_THE:
        found.append(" ".join(tokens[1:]))
    # Fans type a hyphenated name's words together ("<Word>-<Word>" as "<word><word>").
    if "-" in name and (together := norm(name.replace("-", ""))) not in (" ".join(tokens), ""):
        found.append(together)
    spelled = [number_words(t) if t.isdigit() else _SPELLED_OUT.get(t, t) for t in tokens]
    if len(tokens) > 1 and spelled != tokens:
        found.append(" ".join(spelled))
    joined = " ".join(tokens)
    in_digits = _NUMBER_WORDS.sub(_as_digits, joined)
    if len(tokens) > 1 and in_digits != joined:
        found.append(in_digits)
        # A name of two numbers is typed with either one in digits ("<One> <Word> <Zero>" as
        # "1 <word> zero").
        numbers = list(_NUMBER_WORDS.finditer(joined))
        if len(numbers) > 1:
            found += [f"{joined[: n.start()]}{_as_digits(n)}{joined[n.end() :]}" for n in numbers]
    shortened = [_SHORT_FORMS.get(t, t) for t in tokens]
    if len(tokens) > 1 and shortened != tokens:
        found.append(" ".join(shortened))
    # A number styling a word is typed as the word: glued before it ("2<Word>" as "two
    # <word>", "8ight" as "eight"), or a digit for the letter it looks like ("Gr3y" as "grey").
    styled = [_unstyled_number(t) for t in tokens]
    if styled != tokens:
        found.append(" ".join(styled))
    # Fans call a doctor "doc" ("Dr. <Name>" typed "doc <name>").
    if len(tokens) > 1 and "dr" in shortened:
        found.append(" ".join("doc" if t == "dr" else t for t in shortened))
    # An initial run into a name by its full stop ("<J>.<Name>") is typed apart.
    apart = norm(_INITIAL_RUN_IN.sub(r"\1 ", name))
    if apart != " ".join(tokens):
        found.append(apart)
    # A Roman numeral inside a name is typed as its digits ("<word> 2 <word>").
    arabic = [_ROMAN_DIGITS.get(t, t) for t in tokens]
    if len(tokens) > 1 and arabic != tokens:
        found.append(" ".join(arabic))
    # Chat writes a small word as the digit that sounds like it ("<word> 4 <word>").
    sounded = [_SOUNDED_DIGITS.get(t, t) for t in tokens]
    if len(tokens) > 2 and sounded != tokens:
        found.append(" ".join(sounded))
    # A keyboard without "ä", "ö", "ø" or "å" writes them as two letters ("<Spaet>" for
    # "<Spät>", "<Groen>" for "<Grøn>"), where folding drops their marks; a dollar sign
    # styling an S is typed as the S ("$<word>" as "s<word>").
    spelt_out = norm(name.translate(_LETTERS_SPELT_OUT))
    if spelt_out != " ".join(tokens):
        found.append(spelt_out)
    # A "V" styling a "U" in capitals, as carved in stone ("FRVITS"), is typed as the word
    # it spells ("fruits").
    carved = [_uncarved(word) for word in name.split()]
    if carved != name.split():
        found.append(norm(" ".join(carved)))
    return found


def _uncarved(word: str) -> str:
    """A word in capitals with "V" for "U" as the everyday word it spells, else the word."""
    if not (word.isupper() and "V" in word):
        return word
    spelled = word.replace("V", "U").lower()
    return spelled if everyday(spelled) else word


def shortened_by_fans(name: str) -> list[str]:
    """What fans leave out of a name when they ask: a singer's epithet ("Big <First> <Last>",
    "Sister <First> <Last>", "MC <Name>", "Lil <Name>"), or the band a leader fronts
    ("<First> <Last> & the <Words>"). Only questions are read for these, since an article
    writing the shorter name may mean someone else (the leader alone); an everyday word left
    alone ("Big <Thief>") goes with the plain words (`knowledge.ingest.tidy`)."""
    tokens = norm(name).split()
    found: list[str] = []
    left = tokens[1:]
    if tokens[0] in _EPITHETS and (
        len(left) > 1 or (len(left) == 1 and len(left[0]) >= MIN_EPITHET_REST)
    ):
        found.append(" ".join(left))
    fronted = tokens.index("and") if "and" in tokens else 0
    if fronted >= 2 and tokens[fronted + 1 : fronted + 2] == ["the"] and len(tokens) > fronted + 2:
        found.append(" ".join(tokens[:fronted]))
    return found


_EPITHETS = frozenset("big little lil blind sister brother lady uncle papa mama mc dj".split())
# The fewest letters of the one word an epithet leaves ("Lil <Word>"): shorter ones are
# initials and syllables more than names ("Lil B", "MC Ren").
MIN_EPITHET_REST = 4
_LETTERS_SPELT_OUT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ø": "oe",
        "å": "aa",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "Ø": "Oe",
        "Å": "Aa",
        "$": "s",
    }
)


_SOUNDED_DIGITS = {"for": "4", "to": "2", "too": "2"}
# A name's Roman numerals as fans type them, in digits ("<Word> II <Word>" as "<word> 2
# <word>"); "i", "v" and "x" alone are letters as often.
ROMAN_NUMERALS = {"2": "ii", "3": "iii", "4": "iv", "6": "vi", "7": "vii", "8": "viii", "9": "ix"}
_ROMAN_DIGITS = {roman: digit for digit, roman in ROMAN_NUMERALS.items()}
_INITIAL_RUN_IN = re.compile(r"(?<![\w.])([A-Za-z])\.(?=[A-Za-z]{3,})")
# Words of names that fans and outlets also write short, either way round ("Doctor <Name>"
# typed "dr <name>", "Dr. <Name>" typed "doctor <name>").
_SHORT_FORMS = {
    "brothers": "bros",
    "limited": "ltd",
    "mister": "mr",
    "doctor": "dr",
    "saint": "st",
    "mount": "mt",
    "junior": "jr",
    "festival": "fest",
}
_SPELLED_OUT = {short: word for word, short in _SHORT_FORMS.items()}
# A name's number in words, as digits ("<Word> Of Four" typed "<word> of 4", "Thirty Two
# <Word>s" typed "32 <word>s").
_NUMBER_WORDS = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(NUMBER_TENS)})(?: (?P<units>{'|'.join(NUMBER_UNITS[1:10])}))?"
    rf"|(?P<alone>{'|'.join(NUMBER_UNITS)}))\b"
)


def _as_digits(number: re.Match[str]) -> str:
    return str(number_value(number[0]))


def number_value(words: str) -> int:
    """The value of a number under 100 said in words ("nine", "forty two", "forty-two")."""
    return sum(
        NUMBER_UNITS.index(word) if word in NUMBER_UNITS else 20 + 10 * NUMBER_TENS.index(word)
        for word in re.split(r"[ -]", words.lower())
    )


_GLUED_NUMBER = re.compile(r"^(\d{1,2})([a-z]{2,})$")
_LOOKALIKE_DIGIT = re.compile(r"(?<=[a-z])[01345](?=[a-z])")
_LOOKALIKE_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s"}


def _unstyled_number(token: str) -> str:
    """A word of a name styled with a number, as fans type it (`variants`)."""
    glued = _GLUED_NUMBER.match(token)
    if glued is not None:
        said = number_words(glued[1])
        return said if said.endswith(glued[2]) else f"{said} {glued[2]}"
    return _LOOKALIKE_DIGIT.sub(lambda digit: _LOOKALIKE_LETTERS[digit[0]], token)


def number_words(digits: str) -> str:
    """A number under 100 in words as a name would be said ("30" gives "thirty", "21" gives
    "twenty one"); other numbers are left as they are."""
    value = int(digits)
    if digits != str(value) or value >= 100:
        return digits
    if value < 20:
        return NUMBER_UNITS[value]
    tens, units = divmod(value, 10)
    return NUMBER_TENS[tens - 2] + (f" {NUMBER_UNITS[units]}" if units else "")


# A record's or film's title written bare after the words that announce it, as title-case
# headlines write it ("<Artist> Announce New Album <Title>: Hear ...", "Unveil Trailer for New
# Documentary <Title>"): it runs to the first separator, a guest credit or the end.
_WORK_NOUNS = "Album|EP|LP|Mixtape|Documentary|Film"
_BARE_WORK = re.compile(
    r"\b(?:(?:New|Debut|Next|Sophomore|Surprise|Solo|Final|Comeback|Archival|Double|First|Second"
    r"|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+){1,2}"
    rf"(?P<noun>{_WORK_NOUNS})"
    r"(?:\s+In\s+\d+\s+Years)?(?:\s+(?:Called|Titled|Entitled|Named))?"
    r"\s+(?P<title>[A-Z0-9][^:,;(–—|\"“”‘]*?)"
    r"(?=\s*(?:[:,;(–—|\"“‘]|\s-\s|$)|\s+(?:Feat\.?|Featuring|Ft\.?|ft\.?|f/)\s)"
)
# What `_BARE_WORK` needs in a headline, found far faster than the whole pattern.
_WORK_NOUN = re.compile(rf"(?:{_WORK_NOUNS}) ")
# An album a headline names by the anniversary it celebrates or the reissue it gets
# ("20th Anniversary Reissue of <Title>", "Tour Celebrating 30th Anniversary of <Title>"), up
# to a separator or a word that goes on about something else.
_CELEBRATED_WORK = re.compile(
    r"\b(?:Anniversary(?:\s+(?:Reissues?|Editions?))?|(?:Expanded|Deluxe|Vinyl|Remastered)"
    r"\s+(?:Reissues?|Editions?))\s+of\s+(?P<title>[A-Z0-9][^:,;(–—|\"“”‘?]*?)"
    r"(?=\s*(?:[:,;(–—|\"“‘?]|\s-\s|$)|\s+(?:with|With|on|in|at|for|Featuring|featuring|Feat)\s)"
)
# Words of what `_CELEBRATED_WORK` finds that name no album ("Anniversary of Debut Album",
# "of His Death").
_NOT_CELEBRATED = re.compile(r"(?i)['’]|\b(?:album|debut|self-titled|ep|death|birth)\b")
# Words that follow "New Album" without naming it ("New Album Out Today", "New Album With").
_NOT_TITLES = frozenset(
    "with and out due today tomorrow this next on in of via for from at to coming produced "
    "featuring feat title".split()
)
# Words for a record, which a title follows ("new album <Title>") or ends on.
RECORD_NOUNS = frozenset(("album", "albums", "lp", "ep", "record", "mixtape"))
# The word nearest before a quoted title that says what it is: "new album ‘<Title>’", "single
# ‘<Title>’", "Hear “<Title>”" or "Share “<Title>”" (a song of the album the headline announces).
_WORK_CUES = {
    **dict.fromkeys(RECORD_NOUNS, "album"),
    **dict.fromkeys(
        "single song track hear stream video listen share shares unveil unveils".split(), "single"
    ),
    **dict.fromkeys(("film", "documentary", "movie", "trailer"), "film"),
}
WORK_CUE_WORDS = 3


def named_works(title: str) -> list[tuple[str, str | None]]:
    """Titles of albums, songs or films a headline names, quoted, written bare after "New
    Album" (`_BARE_WORK`) or as the album an anniversary or reissue is of
    (`_CELEBRATED_WORK`), each with its kind when the words before it say it, else None (the
    headline's kind of news stands for it)."""
    found: list[tuple[str, str | None]] = []
    for match in _QUOTED.finditer(title):
        work = match.group(1).strip()
        if plausible(work):
            before = words(title[: match.start()])[-WORK_CUE_WORDS:]
            cues = [_WORK_CUES[w.lower()] for w in before if w.lower() in _WORK_CUES]
            found.append((work, cues[-1] if cues else None))
    bare = _BARE_WORK.finditer(title) if _WORK_NOUN.search(title) else ()
    for match in bare:
        work = match.group("title").strip()
        if plausible(work) and work.split()[0].lower() not in _NOT_TITLES:
            found.append((work, _WORK_CUES[match.group("noun").lower()]))
    celebrated = _CELEBRATED_WORK.search(title) if " of " in title else None
    if celebrated is not None:
        work = celebrated.group("title").strip()
        if plausible(work) and not _NOT_CELEBRATED.search(work):
            found.append((work, "album"))
    return found


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def initials(name: str) -> list[str]:
    """The abbreviations fans use for long names: "Electric Harbour Collective" gives "ehc",
    and a word the name writes in capitals is kept whole, as fans keep it: "QV On The Lantern"
    gives "qotl" and "qvotl"; so is a number or a generation ("Jr.") that ends a name of
    three words and more."""
    tokens = norm(name).split()
    if len(tokens) < 3:
        return []
    short = "".join(t[0] for t in tokens)
    letters, last = short[:-1], tokens[-1]
    if last.isdigit() and len(tokens) > 3:
        # A number ending the name is kept whole: "<Word> <Word> <Word> 1979" as "www 1979".
        return [f"{letters} {last}", f"{letters}{last}"]
    if last in _GENERATIONS and len(tokens) > 3:
        # A generation ending the name is typed whole too: "<A> <B> <C> Jr." as "abc jr".
        return [short, f"{letters} {last}"]
    capitals = [w for w in name.split() if w.isalpha() and w.isupper()]
    if len(capitals) == len(tokens):
        return [short]
    written = {w.lower() for w in capitals if len(w) > 1}
    kept = "".join(t if t in written else t[0] for t in tokens)
    return [short] if kept == short else [short, kept]


# The lowercase words a run of capitalised words goes on across ("of a" too, before a
# capital): a name after one starts afresh ("<First> <Last> of <Band>").
RUN_JOINERS = frozenset("of the and de del la le van von x".split())
CAPITALISED_RUN = re.compile(
    r"(?:[A-Z0-9][\w'’.&!-]*)"
    rf"(?:\s+(?:[A-Z0-9][\w'’.&!-]*|(?:of\s+a(?=\s+[A-Z])|{'|'.join(sorted(RUN_JOINERS))})\b"
    r"|&|\+))*"
)
# Where a run of capitalised words holds two names: a list ("A and B", "A & B") or a
# sentence end ("... Seals. Last ..."); a lone initial ("T.") does not end a sentence.
_RUN_BREAK = re.compile(r"\s+(?:and|&)\s+|(?<=\w\w)\.\s+")


# A word written in capitals alone, which a headline in title case styles as a name.
_SHOUTED = re.compile(r"[A-Z]{3,}")
# A word in lowercase right after a run, where a title-case headline goes on capitalised after
# it: a name styled so goes on with it ("<Name> again.. & <Other>", "<NAME> twigs Announces").
_LOWERCASE_AFTER = re.compile(
    r"\s+[a-z][\w'’]*(?=[.'’]*(?:\s+(?:[A-Z0-9&]|and\s+[A-Z0-9])|[:,;!?)–—-]|$))"
)


# Verbs after which a headline names someone ("<Act> Says <Name> ...", "... to Feature <Name>,
# <Name> and <Name>"): the capitalised words after one are a name, however few.
_NAMING_VERBS = frozenset(
    """says said tells told thanks praises slams blasts calls joins joined honors honours honor
    remembers recalls mourns salutes defends meets feature features featuring feat. ft.
    with""".split()
)


def _run_words(words: list[str]) -> list[str]:
    return text_words(WORD_END_MARK.sub("", " ".join(words))).split()


# What a run holds where it may hold a name `known_names` would not link: a possessive or a
# verb that names someone. Most runs hold neither and are not read word by word.
_INSIDE = re.compile(rf"['’]|(?:^|\s)(?:{'|'.join(map(re.escape, sorted(_NAMING_VERBS)))})\s", re.I)


def _inner_names(run: str) -> list[list[str]]:
    """The names inside a title-case run that `known_names` would not link there alone, as
    runs of their own, where one word may be a name as at a run's start: after a verb that
    names someone ("... Says <Name> ..."), up to the headline's next verb; and the owner of
    what follows ("... Honor <Band>’s <Member>"), from the word after the verb before it."""
    if " " not in run or not _INSIDE.search(run):
        return []
    words = run.split()
    lowered = [word.lower() for word in words]
    owning = [
        ("'" in word or "’" in word) and POSSESSIVE.search(word) is not None for word in words
    ]
    inner: list[list[str]] = []
    for at in range(1, len(words)):
        if lowered[at - 1] in _NAMING_VERBS:
            end = at
            while end < len(words) and lowered[end] not in TITLE_BOUNDARY:
                end += 1
                if owning[end - 1]:
                    break
            if end > at:
                inner.append(_run_words(words[at:end]))
        if owning[at]:
            start = at
            while start and lowered[start - 1] not in TITLE_BOUNDARY:
                start -= 1
            owner = _run_words(words[start : at + 1]) if start else []
            if owner and owner not in inner:
                inner.append(owner)
    return inner


# A word styled as a handle in lowercase, a digit or an underscore between its letters ("d4vd",
# "<word>b0ne", "<word>_<word>"): a name wherever it stands, as no everyday word is written so.
# Shorter ones ("b2b", "y2k") are shorthand, and so is a plural ("mp3s").
STYLED_NAME = re.compile(
    r"(?<![\w$'’])(?=\w{4})[a-z]+(?:\d+(?!s(?![\w$]))|_)[a-z][a-z\d_]*(?![\w$])"
)


def styled_names(title: str) -> list[Name]:
    """The names a headline writes styled as handles (`STYLED_NAME`), which no capital marks:
    what a headline in lowercase names, or one in title case that keeps a name's style."""
    return [Name(match[0], kind_of(match[0])) for match in STYLED_NAME.finditer(title)]


def capitalised_runs(text: str) -> list[list[str]]:
    """Each run of capitalised words in `text`, as normalised tokens: where known names are
    looked for. A word of a run written all in capitals, where the run's other words are
    not, is also a run of its own: a name styled so ("Cardi B Is Team <NAME>"), which
    `known_names` would not link alone inside a title-case run; and a name styled as a
    handle in lowercase (`STYLED_NAME`). Needs nothing but the text, so ingest works it out
    ahead, in parallel."""
    runs = [text_words(match[0]).split() for match in STYLED_NAME.finditer(text)]
    for match in CAPITALISED_RUN.finditer(text):
        run = WORD_END_MARK.sub("", match.group(0))
        runs.append(text_words(run).split())
        styled = _LOWERCASE_AFTER.match(text, match.end())
        if styled is not None:
            runs.append(_run_words(f"{match.group(0)}{styled.group(0)}".split()))
        runs.extend(_inner_names(match.group(0)))
        words = run.split()
        shouted = [_SHOUTED.fullmatch(w) is not None for w in words]
        if not all(shouted):
            runs.extend(
                text_words(w).split() for w, s in zip(words[1:], shouted[1:], strict=True) if s
            )
    return runs


def known_names(
    runs: list[list[str]],
    known: Callable[[str], bool],
    longest: Mapping[str, int] | None = None,
) -> list[str]:
    """Known names in runs of capitalised words (`capitalised_runs`), longest first at each
    place in each run.

    Taking the longest known span means "Sam Smith" links to Sam Smith and not to a "Sam";
    a single-word name links only where it stands alone or leads a run (title-case headlines).
    `longest`, the most words of a known name by its first word (`name_starts`), lets most
    places be skipped at once and the others try only spans that some name is as long as.
    """
    found: list[str] = []
    for tokens in runs:
        start = 0
        count = len(tokens)
        while start < count:
            most = MAX_NAME_WORDS if longest is None else longest.get(tokens[start], 0)
            if not most:
                start += 1
                continue
            fewest = 1 if start == 0 or count == 1 or tokens[start - 1] in RUN_JOINERS else 2
            for size in range(min(count - start, most, MAX_NAME_WORDS), fewest - 1, -1):
                gram = " ".join(tokens[start : start + size])
                if known(gram):
                    found.append(gram)
                    start += size
                    break
            else:
                start += 1
    return found


def name_starts(names: Iterable[str]) -> dict[str, int]:
    """For `known_names`: the most words of any of `names` (normalised) by its first word."""
    longest: dict[str, int] = {}
    for name in names:
        add_name_start(longest, name)
    return longest


def add_name_start(longest: dict[str, int], name: str) -> None:
    """Count one more normalised name in `longest` (see `name_starts`)."""
    tokens = name.split()
    if tokens and longest.get(tokens[0], 0) < len(tokens):
        longest[tokens[0]] = len(tokens)
