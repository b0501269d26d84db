"""What speaks for declining: a question about a name the knowledge base lacks, or that the
best article does not answer.

Another act's news is a worse reply than none. The question's unlinked runs and word pairs are
weighed against the best article and against all the articles, as features for the fitted
decision in `bot.core.answer`, and some of them make declining certain whatever the fit says
(`Evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from rapidfuzz.distance import OSA

from bot.core.candidates import MAX_PHRASES, Candidate, article_text, headline_other, idf
from bot.core.context import ORDINARY_SHARE, says_where
from bot.core.cues import (
    BAND_FROM_ABROAD,
    COMPANY_WORDS,
    FAN_NEWS,
    NAMING,
    QUESTION_OPENERS,
    STOPWORDS,
)
from bot.core.features import beside
from bot.core.links import SURE_LINK, Link, Linking
from bot.core.spelling import never_spelled, never_written, unknown_word
from bot.core.tokens import THE, written_after, written_at
from bot.core.words import (
    Words,
    ampersands,
    inflected,
    kinds_of,
    read_words,
    spelling,
    spellings,
    stem,
    words_of,
)
from knowledge.entities import RECORD_NOUNS, adverb_shaped, verb_shaped
from knowledge.facts import ACT_NOUNS, GROUP_NOUNS
from knowledge.names import typos_allowed
from knowledge.store import KnowledgeBase
from knowledge.text import name_words
from knowledge.vocabulary import DEMONYMS, NEWS_WORDS, TALLIED

SUBJECT_KINDS = frozenset({"artist", "album", "single", "work", "film"})


# Words before a name that make it a place: "<act> touring in <Country> and <Country>".
WHERE = frozenset({"in", "across", "around", "throughout"})


def where(linking: Linking, run: str) -> bool:
    """Whether the question writes a run after a word that makes it a place (`WHERE`), with
    or without "the" between ("in the <Region> region"), or after "from" that follows what
    it calls a band ("a psych duo from <Town>", also as other languages say it: "le groupe
    de <Town>"): where the band is from, not another band, as a person "from <Band>" would
    be."""
    return written_after(
        linking.tokens, run, (WHERE,), (WHERE, THE), (GROUP_NOUNS, _FROM), BAND_FROM_ABROAD
    )


_FROM = frozenset({"from"})


def titled_by(linking: Linking, run: str) -> bool:
    """Whether the question writes a run right before "by" and a name it surely links
    ("<Song> by <act> came on the radio"): a title of that act's, not another act."""
    tokens = linking.tokens
    ends = {at + len(run.split()) for at in written_at(tokens, run)}
    return any(
        f.weight >= SURE_LINK and f.start - 1 in ends and tokens[f.start - 1 : f.start] == ("by",)
        for f in linking.links
    )


def _said_of_name(linking: Linking, run: str, sure: bool, about: bool) -> bool:
    """Whether a run says where or what of a name the question links, rather than naming
    another: a place after "in" beside a name the best article is about (`about`, `where`),
    whatever it names ("<festival> in <town>"), or a title before "by <name>" (`titled_by`),
    or, beside an artist or work that article is about (`sure`), when: a record or a song
    after "since" ("a fan since <Song>"), or which record: one the question calls the act's
    after it ("<act>'s debut LP <Title>", "<act> announced an album called <Title>"), whose
    title a fan may misremember by a word, which no article then spells."""
    return (
        (about and where(linking, run))
        or (
            sure
            and (
                written_after(linking.tokens, run, (_WHEN,), (_WHEN, THE))
                or _record_of(linking, run)
            )
        )
        or titled_by(linking, run)
        or (sure and _claimed_of(linking, run))
    )


# What a writer says before a claim about an act they want confirmed ("I read <act> ...",
# "pretty sure the <act> ...").
_CLAIM_OPENINGS = STOPWORDS | frozenset("read heard think thought pretty sure saw".split())
# Words after an act that state something of it ("<act> are touring", "<act> finally ...").
_STATING = frozenset("is are was were has have had will just finally also already".split())


def _claimed_of(linking: Linking, run: str) -> bool:
    """Whether a run comes in what a message states of an artist it surely links and opens
    with, as a fan does who wants the claim confirmed ("<act> announced a <Title> reissue,
    right?", "<act>'s <Title> is an album, isn't it?"): a title or act the claim gets wrong
    is no name the question asks about, and the act's news tells what is right. The act's
    verb must follow it straight away: a message that asks ("did <act> ...", "is <run>
    ..."), joins another act to the first ("<act> and <run>") or names what is the act's
    ("<label>'s sister label <run>") states nothing of it."""
    tokens = linking.tokens
    first = next((f for f in linking.links if f.weight >= SURE_LINK), None)
    if first is None or first.entity.kind != "artist" or (tokens and tokens[0] in QUESTION_OPENERS):
        return False
    before, after = tokens[: first.start], tokens[first.end : first.end + 1]
    stating = bool(after) and (
        after[0] in _STATING or verb_shaped(after[0]) or adverb_shaped(after[0])
    )
    if not stating or not all(t in _CLAIM_OPENINGS for t in before):
        return False
    return any(at > first.end for at in written_at(tokens, run))


_WHEN = frozenset({"since"})
# Words right before a record's title: what it is, or that it is called so.
_TITLE_BEFORE = RECORD_NOUNS | NAMING | {"single", "song", "track"}
# Words that end a title as what it is a title of ("the <Title> Tour").
_TITLE_AFTER = RECORD_NOUNS | {"tour", "residency"}


def _record_of(linking: Linking, run: str) -> bool:
    """Whether a run is a title the question writes after a record word (`_TITLE_BEFORE`) or
    ending on what it is the title of (`_TITLE_AFTER`), later than an act it surely links,
    or right after that act's possessive ("<act>'s <Title> anniversary run"): the act's
    own. What a band is called ("a band called <Name>") is an act's name, not a title."""
    tokens = linking.tokens
    acts = [f.end for f in linking.links if f.weight >= SURE_LINK and f.entity.kind == "artist"]
    named = run.split()[-1] in _TITLE_AFTER

    def titled(at: int) -> bool:
        called = at > 1 and tokens[at - 1] in NAMING and tokens[at - 2] in ACT_NOUNS
        return at > 0 and tokens[at - 1] in _TITLE_BEFORE and not called

    return any(
        (at in acts and at - 1 in linking.owning)
        or ((named or titled(at)) and any(end < at for end in acts))
        for at in written_at(tokens, run)
    )


# Words before a name that make it where something happens: "<artist> at <venue>", "did
# <artist> play <venue>".
PLACED = frozenset({"at", "play", "plays", "played", "playing"})


def _subject(kb: KnowledgeBase, linking: Linking, found: Link) -> bool:
    """Whether a linked name may be what a question asks about, rather than where: an artist
    or a work, unless the question puts it after "at" or "play" (`PLACED`), with or without a
    "the" between ("playing the <Venue>"), or the articles call it a festival ("<name>
    festival", "festival <name>"), which a name alone does not always show ("Moth
    Harbour")."""
    if found.entity.kind not in SUBJECT_KINDS:
        return False
    at = found.start - 1
    if at > 0 and linking.tokens[at] == "the":
        at -= 1
    if at >= 0 and linking.tokens[at] in PLACED:
        return False
    name = " ".join(name_words(found.entity.name))
    return not kb.mentions(f'"{name} festival" OR "festival {name}"')


# How sure a link beside an extended name must be for an article about both to be what the
# question asks: a typo's link will do ("<typo> <venue> <word>" of a headline naming both).
GUESSED_BESIDE = 0.8


def _names_subject(
    linking: Linking, subjects: list[Link], top: Candidate, sure: float = SURE_LINK
) -> bool:
    """Whether a sure link to an artist or a work is what the best article is about: then the
    other words only say what about it is asked."""
    for found in subjects:
        if found.weight >= sure:
            ways = spellings(linking, found)
            if words_of(top.row.title).spells(ways) or words_of(top.row.summary).spells(ways):
                return True
    return False


def _headline_names_all(linking: Linking, top: Candidate) -> bool:
    """Whether the best article's headline names every one of the question's two or more
    linked names, however unsure each link ("<words> x <name> collab" of "<Words> & <Name>
    Announce ..."): the names together are that story's, not a longer name's."""
    title = words_of(top.row.title)
    links = linking.links
    return len(links) > 1 and all(title.spells(spellings(linking, f)) for f in links)


def _holds(stems: frozenset[str], linking: Linking, found: Link) -> bool:
    """Whether a text's stems hold a linked name's words, as the entity spells them or as
    the question typed them (a surname alone: "<surname>" for "<First> <Surname>")."""
    named = {stem(w) for w in name_words(found.entity.name) if w != "the"}
    typed = {stem(w) for w in linking.tokens[found.start : found.end] if w != "the"}
    return named <= stems or typed <= stems


def _with_unlinked_beside(linking: Linking, found: Link) -> str | None:
    """The linked words with the unlinked name-like words right before them as typed
    ("<word> <name>s"), else right after them; None when no such word stands beside."""
    free = {w for run in linking.named_runs for w in run.split()} - STOPWORDS
    start, end = beside(linking, found, free, both_sides=False)
    if (start, end) == (found.start, found.end):
        return None
    return " ".join(linking.tokens[start:end])


# Most content words a run may have and still be read as one name that some article must
# spell: a longer run is the question's words typed together ("<band> drummer quit after
# flood"), which no article spells whether or not it knows the band.
NAME_WORDS = 3


@dataclass(frozen=True)
class Evidence:
    """What speaks for declining: `features` in [0, 1] for the fitted decision in
    `bot.core.answer`, the words a decline would name, and whether declining is certain
    whatever the fit says: a word no article has ever used with no sure link to what the best
    article is about, a name the question extends past a known one (`_extended`), or an
    unspelt name beside a headline about another one. `fitted` says whether the fitted
    decision still learns from the question when the decline is certain: the last rule came
    after the shipped fit, which learnt from such questions, and leaving them out of a refit
    would change what it learns about all the others."""

    features: dict[str, float]
    named: str | None
    certain: bool
    fitted: bool = False


def _unheard_of(kb: KnowledgeBase, linking: Linking, word: str) -> bool:
    """A word no article writes (`never_written`); or, however short, one the writer
    capitalises as they do the names they link, which no article spells: a name as typed,
    not an everyday word mistyped ("Is <Word> playing <Festival>?"). The full-text index
    matches stems ("<word>er" finds "<word>ed"), so a word long enough to be counted is
    looked up as spelled (`never_spelled`)."""
    capitalised = linking.capitalised or frozenset()
    return never_written(kb, word) or (
        word in capitalised and (not kb.mentions(f'"{word}"') or never_spelled(kb, word))
    )


# Words before a run that make it an everyday thing ("some admin mix-up", "their new
# drummer"), which names are not written after.
_COMMON_BEFORE = frozenset({"some", "their", "his", "her", "its"})


def guessed_in_name(linking: Linking, found: Link) -> bool:
    """Whether a link is initials guessed unsurely inside a run written as a name, each of
    whose words is such a guess ("<Qom> <Vela>"): a name typed in full, whose words only
    happen to spell some names' initials."""
    if not found.entity.abbreviation or found.weight >= SURE_LINK:
        return False
    guessed = {
        at
        for f in linking.links
        if f.entity.abbreviation and f.weight < SURE_LINK
        for at in range(f.start, f.end)
    }
    return any(
        found.start >= at
        and found.end <= at + len(run.split())
        and guessed.issuperset(range(at, at + len(run.split())))
        for run in linking.written
        for at in written_at(linking.tokens, run)
    )


def decline_evidence(
    kb: KnowledgeBase,
    linking: Linking,
    ranked: list[Candidate],
    asked: tuple[str, ...] = (),
    news: bool = False,
) -> Evidence:
    """What speaks for declining (`Evidence`).

    The question's unlinked runs are the evidence: a word no article uses, missing from the
    best article; word pairs of a run that the best article never spells; a run of a name's
    length (`NAME_WORDS`) that no article spells at all; how much of a run the best
    article's headline and lead hold; and a pair of unlinked content words that neither the
    best article holds nor any article spells side by side, which is how a name made of
    ordinary words ("<colour> <animal>") shows itself. A sure link to an artist or work,
    above all one the best article is about, speaks against declining. `news`: the question
    asks for news (latest or announcements), which `_news_of_unlinked` holds to the name.
    """
    top = ranked[0]
    text = read_words(article_text(kb, top))
    stems = text.stems
    # A name is held as it is spelled: "marrows" is not "Marrow".
    lead = f"{words_of(top.row.title).joined}{words_of(top.row.summary).joined}"
    holds = partial(_held_or_mistyped, text, frozenset(lead.split()))
    unknown = absent = unspelt = 0.0
    share = 1.0
    named: str | None = None
    elsewhere: str | None = None
    certain = False
    lacked: str | None = None
    subjects = [found for found in linking.links if _subject(kb, linking, found)]
    # Where a name the best article is about is asked, a run after "in" is where it is.
    sure = _names_subject(linking, subjects, top)
    # A label happens nowhere: "plays in <Band>" beside one is in a band.
    about = _names_subject(linking, [f for f in linking.links if f.entity.kind != "label"], top)
    owners = {linking.tokens[at] for at in linking.owning}
    for typed in linking.subjects:
        if _said_of_name(linking, typed, sure, about):
            continue
        # "some <words>", "their <words>": what a writer calls a thing, not a name.
        if written_after(linking.tokens, typed, (_COMMON_BEFORE,)):
            continue
        may_name = typed in linking.named_runs
        if not may_name and linking.capitalised is not None:
            # The writer's own words, typed in lowercase by one who capitalises names, say
            # nothing of whether the knowledge base lacks what they ask about.
            continue
        tokens = name_part(typed.split(), asked)
        if about:
            # Beside a name the best article is about, what follows "in" is where it
            # happens ("<act> had a residency in <city nickname>?"), not another name.
            tokens = tokens[: next((i for i, t in enumerate(tokens) if i and t in WHERE), None)]
        run = " ".join(tokens)
        words = sorted({w for w in tokens if w not in STOPWORDS})
        if not words or any(spelling(way) in text.joined for way in ampersands(tokens)):
            continue
        weights = {w: idf(kb, w) for w in words}
        held = sum(v for w, v in weights.items() if f" {w} " in lead) / sum(weights.values())
        pairs = [p for p in pairwise(tokens) if p[0] not in STOPWORDS or p[1] not in STOPWORDS]
        # A possessive ends what owns ("<act>' <record>"): each spelled somewhere, the run is
        # no unknown name, though no article writes the two side by side.
        parts = _owned_apart(tokens, owners)
        missing = [p for p in pairs if spelling(p) not in text.joined]
        # One word alone beside a name the question links ("<word> on <label> or what") is
        # the act asked about, even one letter from an everyday word it would otherwise be
        # taken to mistype: a question about the label is not about that word.
        alone = len(tokens) == 1 and bool(linking.links)
        said = set(filter(linking.chat_abroad, words))
        new = any(unknown_word(kb, w) and not holds(w) and w not in said for w in words) or (
            alone and never_written(kb, run, typo=False) and not holds(run)
        )
        # As typed, a word one letter from an everyday one may be an act's name no article
        # writes: named where the question places it on a known name (`_placed_on_known`).
        typed_new = (
            alone and not holds(run) and never_written(kb, linking.as_typed(run), typo=False)
        )
        spelt = (
            len(tokens) < 2
            or len(words) > NAME_WORDS
            or any(kb.mentions(f'"{" ".join(way)}"') for way in ampersands(tokens))
            or (len(parts) > 1 and all(kb.mentions(f'"{" ".join(part)}"') for part in parts))
        )
        if may_name and (new or (pairs and len(missing) == len(pairs)) or not spelt):
            named = named or run
        unheld = may_name and not any(stem(w) in stems for w in words)
        unheard = (
            may_name
            and (not spelt or unheld)
            and any(_unheard_of(kb, linking, w) and not holds(w) and w not in said for w in words)
        )
        # Signed to a known name ("<run> signed to <label>?"), a run no article spells is
        # the act asked about, whatever words of it the best article holds.
        placed = may_name and not spelt and _placed_on_known(linking, run, signed=True)
        if (unheld and (not spelt or new or typed_new)) or placed:
            elsewhere = elsewhere or run
        certain = certain or (may_name and new)
        # A run written as a name that mistypes the best headline's words is that headline's
        # name ("their <Word> Sesions"), as for `linking.written` below.
        if (
            not spelt
            and linking.written_as_name(words)
            and not _mistypes_within(tokens, lead.split())
        ) or unheard:
            lacked = lacked or run
        unknown = max(unknown, float(new))
        absent = max(absent, len(missing) / len(pairs) if pairs else 0.0)
        unspelt = max(unspelt, float(not spelt))
        share = min(share, held)
    second = ranked[1].score if len(ranked) > 1 else 0.0
    weak = _weak_pairs(linking)
    paired = [p for p in [*linking.pairs, *weak] if not set(p) & NEWS_WORDS][:MAX_PHRASES]
    unseen = [
        (a, b)
        for a, b in paired
        if not (stem(a) in stems and stem(b) in stems) and not kb.mentions(f'"{a} {b}"')
    ]
    features = {
        "bias": 1.0,
        "sure": float(sure),
        "unknown_word": unknown,
        "pairs_absent": absent,
        "unspelt": unspelt,
        "lead_share": share,
        "top_score": min(max(top.score, 0.0) / 10.0, 1.0),
        "margin": min(max(top.score - second, 0.0) / 5.0, 1.0),
        "linked": max((f.weight for f in linking.links if f.exact), default=0.0),
        "subject_linked": max((f.weight for f in subjects if f.exact), default=0.0),
        "subject_guessed": max((f.weight for f in subjects if not f.exact), default=0.0),
        "unseen_pair": float(bool(unseen)),
    }
    # A name written capitalised that no article spells, in a question that links nothing,
    # is one the knowledge base lacks, however ordinary its words ("<Colour> <Days>").
    for run in linking.written:
        written_ways = ampersands(run.split())
        if _said_of_name(linking, run, sure, about) or any(
            _mistypes_within(way, lead.split()) for way in written_ways
        ):
            continue
        if _linked_beside_spelled(kb, linking, run, text):
            continue
        ways = [" ".join(way) for way in written_ways]
        *company, last = run.split()
        if last in COMPANY_WORDS and any(
            list(linking.tokens[f.start : f.end]) == company for f in linking.links
        ):
            # A linked name with a company's word ("<Name> Media") is that company.
            continue
        if not any(f" {way} " in text.joined or kb.mentions(f'"{way}"') for way in ways):
            return Evidence(features, run, True, fitted=True)
    unlinked = _news_of_unlinked(kb, linking, text.joined) if news else None
    if unlinked is not None:
        return Evidence(features, unlinked, True, fitted=True)
    # A run written as a name, or with a word no article writes, that no article spells
    # names what the knowledge base lacks, whatever known name stands beside it ("is <new
    # band> on the <festival> lineup"): the known name's articles would answer another
    # question.
    if lacked is not None:
        return Evidence(features, lacked, True, fitted=True)
    extension = _extended(kb, linking)
    extended, beside = None, False
    if extension is not None:
        extended, extends, word = extension
        # An extended name beside another name the best article is surely about is more
        # likely what that name did ("<artist> suing <company>") than an artist of its own;
        # so is a word whose stem the best article about the name itself holds ("<band>
        # anniv" for its "anniversary shows"): the articles spell it out in full. And a name
        # only guessed from a typo, which the best article never names though it holds the
        # word, was more likely an ordinary word mistyped ("raffle tamu").
        guessed = not extends.exact and not text.spells(spellings(linking, extends))
        others = [f for f in subjects if f is not extends]
        # Written capitalised with the name, it is the name the writer means, whatever else
        # the article is about.
        beside = not _capitalised_beside(kb, linking, word) and (
            _names_subject(linking, others, top, GUESSED_BESIDE)
            or (stem(word) in stems and (guessed or _names_subject(linking, [extends], top)))
            or _headline_names_all(linking, top)
        )
    # A name no article spells, none of whose words the best article holds, beside a name
    # the question does link, is not what that article's headline is about: "<unknown band>
    # touring <country>" gets "<another band> to tour <country>".
    # So is one named before a known name it is placed on or signed to ("is <unknown act> on
    # the <festival> lineup", "<unknown act> signed to <label>?"): that name's articles are
    # about it, not the act asked about.
    if elsewhere is not None and (
        _placed_on_known(linking, elsewhere)
        or (
            headline_other(linking, top)
            and not (features["sure"] and _said_after(linking, subjects, elsewhere))
        )
    ):
        return Evidence(features, elsewhere, True, fitted=True)
    # A name surely linked whose words the best article never holds, beside words that link
    # nothing: the article answers those words, not the name ("<word> <name>s tour dates"
    # gets another band's tour), and the name with them is more likely one the knowledge
    # base lacks. So is a name guessed from a typo with a name's length of words beside
    # ("<word> <word> <typo>"), where the article holds no name the question links; beside
    # one it holds, or after more words, the guess is more likely an ordinary word mistyped.
    # And so is a name that is also an everyday word, linked unsurely, where the article
    # holds no name the question links and no article writes it with the word beside it
    # ("<word> <everyday-word band> tour dates" gets the tour of another "<word> ...").
    if not features["sure"]:
        holding = [f for f in linking.links if _holds(stems, linking, f)]
        for found in linking.links:
            unsure = found.exact and found.weight < SURE_LINK
            if found in holding or (unsure and holding) or not (unsure or found in subjects):
                continue
            unwritten = _with_unlinked_beside(linking, found)
            if unsure and (unwritten is None or kb.mentions(f'"{unwritten}"')):
                continue
            guess = not holding and unwritten is not None and len(unwritten.split()) <= NAME_WORDS
            if unwritten is not None and (found.exact or guess):
                return Evidence(features, unwritten, True, fitted=True)
    return Evidence(
        features,
        extended
        or named
        or next((weak[pair] for pair in unseen if pair in weak), None)
        or next(iter(linking.named_runs), None),
        (extended is not None and not beside) or (certain and features["sure"] == 0),
    )


# The fewest words beside a linked name that an article must spell for the two to be two
# names: one word an article spells may be the rest of a name the knowledge base lacks
# ("<Act> <Word>"), which `_extended` weighs.
SPELT_BESIDE = 2


def _linked_beside_spelled(kb: KnowledgeBase, linking: Linking, run: str, text: Words) -> bool:
    """Whether a run written as a name opens or ends with a name the question links and is,
    for the rest, words an article spells ("<Act typed short> <Festival>"): two names side
    by side, not one the knowledge base lacks."""
    covered = {at for found in linking.links for at in range(found.start, found.end)}
    words = run.split()
    for start in written_at(linking.tokens, run):
        linked = [at in covered for at in range(start, start + len(words))]
        cut = linked.index(not linked[0]) if (not linked[0]) in linked else len(words)
        if cut == len(words) or linked[cut:] != [not linked[0]] * (len(words) - cut):
            continue
        rest = words[cut:] if linked[0] else words[:cut]
        spelt = " ".join(rest)
        if len(rest) < SPELT_BESIDE:
            continue
        if f" {spelt} " in text.joined or kb.mentions(f'"{spelt}"'):
            return True
    return False


def _held_or_mistyped(text: Words, lead: frozenset[str], word: str) -> bool:
    """Whether the best article holds a word the articles never write: a word of it with the
    same stem that the word shortens ("prog" of "progressive"), is give or take an ending
    ("<word>s"), or mistypes; or a word of its headline or lead that the word mistypes
    (within `typos_allowed`, first letter right): a typo of what the article says, not a name
    it lacks ("<typo> closing concert" of "<Word> Closing Concert"). "<Word>ator" shares a
    stem with the shorter "<Word>" but is no form of it."""
    allowed = typos_allowed(len(word))
    key = stem(word)
    if key in text.stems and any(
        len(w) >= len(word) or inflected(word, w) or OSA.distance(word, w) <= allowed
        for w in text.words
        if w.startswith(key)
    ):
        return True
    return any(w[:1] == word[:1] and OSA.distance(word, w) <= allowed for w in lead)


def _mistypes_within(run: list[str], words: list[str]) -> bool:
    """Whether a run of words is, word for word, words standing together in `words`, each
    as written or mistyped (first letter right, within `typos_allowed`), or those words in
    another order: "<Tidal> <Sesions>" of a headline's "<Tidal> <Session>", or "<Word>
    <Word3> <Word2>" of its "<Word> <Word2> <Word3>", is that name mistyped or misremembered,
    not an unknown one."""
    size = len(run)
    reordered = sorted(run)
    return any(
        all(
            w[:1] == t[:1] and OSA.distance(w, t) <= typos_allowed(len(w))
            for w, t in zip(run, words[i : i + size], strict=True)
        )
        or reordered == sorted(words[i : i + size])
        for i in range(len(words) - size + 1)
    )


def _weak_pairs(linking: Linking) -> dict[tuple[str, str], str]:
    """A name linked but not surely (an ordinary word the articles also write as one) with
    an unlinked word beside it, as word pairs, each with the longer name it would make:
    "<word> <name>" may be a name that shares an ordinary word with a known one, as the
    question's other word pairs may be."""
    tokens, free = linking.tokens, set(linking.leftover)
    pairs: dict[tuple[str, str], str] = {}
    for found in linking.links:
        if found.weight >= SURE_LINK:
            continue
        name = " ".join(tokens[found.start : found.end])
        if found.start > 0 and tokens[found.start - 1] in free:
            before = tokens[found.start - 1]
            pairs[(before, tokens[found.start])] = f"{before} {name}"
        if found.end < len(tokens) and tokens[found.end] in free:
            after = tokens[found.end]
            pairs[(tokens[found.end - 1], after)] = f"{name} {after}"
    return pairs


def _news_of_unlinked(kb: KnowledgeBase, linking: Linking, joined: str) -> str | None:
    """The name a request for news is about when it links no known name and the best
    article (its words `joined`) does not spell it; else None. The name is the request's
    only run, of a name's length (`NAME_WORDS`), with nothing but news words beside it
    ("<word> <word> new album?"). The article must spell the name, or two of its words side
    by side: one word alone is as likely another name's news ("<Word>" in "<Other> <Word>"),
    and ranking matches stems, so "<word>s" finds "<word>". Words with others between them
    ("happened with the <band>") are no name of several words: any one of them will do. Nor
    is the name missing where it is a known name mistyped (within `typos_allowed`) that the
    article spells."""
    if linking.links or len(linking.subjects) != 1 or linking.named_runs != linking.subjects:
        return None
    run = linking.subjects[0].split()
    content = [w for w in run if w not in STOPWORDS]
    if len(content) > NAME_WORDS or set(linking.leftover) - set(run) - NEWS_WORDS:
        return None
    pairs = [p for p in pairwise(run) if p[0] not in STOPWORDS and p[1] not in STOPWORDS]
    parts: list[tuple[str, ...]] = [*pairs] or [(word,) for word in content]
    if any(spelling(part) in joined for part in parts):
        return None
    typed = linking.subjects[0]
    allowed = typos_allowed(len(typed))
    meant = kb.names.typo(typed, allowed, allowed)
    if meant is not None and spelling(name_words(meant[0].name)) in joined:
        return None
    return typed


def _owned_apart(tokens: list[str], owners: set[str]) -> list[list[str]]:
    """A run's words split after each word written as a possessive."""
    parts: list[list[str]] = [[]]
    for token in tokens:
        parts[-1].append(token)
        if token in owners:
            parts.append([])
    return [part for part in parts if part]


def name_part(tokens: list[str], asked: tuple[str, ...]) -> list[str]:
    """A run without the words at its ends that ask for a kind of fact the question asks
    ("who is producing the new <name>"): the question's words, not the name's."""

    def asking(token: str) -> bool:
        return token in STOPWORDS or not kinds_of(token).isdisjoint(asked)

    start, end = 0, len(tokens)
    while start < end and asking(tokens[start]):
        start += 1
    while end > start and asking(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def _said_after(linking: Linking, subjects: list[Link], run: str) -> bool:
    """Whether a run of the question comes after an act it surely links: what is asked of
    the act ("when are <act> putting out their second album"), where an unknown act beside a
    known name is more often named first ("did <unknown act> sign to <label>")."""
    words = run.split()
    starts = [
        i
        for i in range(len(linking.tokens) - len(words) + 1)
        if list(linking.tokens[i : i + len(words)]) == words
    ]
    ends = [f.end for f in subjects if f.weight >= SURE_LINK]
    return bool(starts and ends) and min(ends) <= starts[0]


# Words that place an act on a known name or tie it to one: a lineup, a bill, a label.
_PLACED_ON = frozenset({"on", "at", "to", "with", "via", "through"})
# An act opening for another is on its bill ("<run> opening for <act>"); chat may run the
# verb into the name's words.
_OPENING_FOR = ("opening", "for")


def _placed_on_known(linking: Linking, run: str, signed: bool = False) -> bool:
    """Whether a question opens with a run (question words allowed before it) right before a
    word that places it on a name the question surely links, "the" allowed between ("is
    <run> on the <festival> lineup", "<run> signed to <label>?", a verb before the word
    allowed too, "<run> opening for <act>"): the run, a name's words with no small word
    between, is what the question asks about. `signed`: only "<run> signed to ..." counts."""
    words = tuple(run.split())
    if words[-1:] == _OPENING_FOR[:1] and len(words) > 1:
        words = words[:-1]
    if any(w in STOPWORDS for w in words):
        # "my mom is obsessed with <act>" is a clause, not a name.
        return False
    tokens = linking.tokens
    sure = {f.start for f in linking.links if f.weight >= SURE_LINK}
    for i in range(len(tokens) - len(words) + 1):
        if tokens[i : i + len(words)] != words:
            continue
        if not all(t in STOPWORDS for t in tokens[:i]):
            return False
        at = i + len(words)
        if signed and tokens[at : at + 1] != ("signed",):
            return False
        if tokens[at : at + 2] == _OPENING_FOR:
            at += len(_OPENING_FOR)
        else:
            at += tokens[at : at + 1] in {("signed",), ("playing",), ("joining",)}
            if not (tokens[at : at + 1] and tokens[at] in _PLACED_ON):
                return False
            at += 1
        at += tokens[at : at + 1] == ("the",)
        return at in sure
    return False


# A word the articles write in lowercase in a smaller share of articles than this may be
# part of a name (5 times in 20,000 articles); one under `ORDINARY_SHARE` is rare (50 times).
NAME_SHARE = 1 / 4000


def _name_word(kb: KnowledgeBase, word: str) -> bool:
    """Whether `word` reads as part of a name: one no article uses (`unknown_word`), or one
    they write capitalised (counted from `TALLIED` letters) and rarely in lowercase."""
    return unknown_word(kb, word) or (
        len(word) >= TALLIED
        and kb.lowercase_uses(word) < NAME_SHARE * kb.article_total()
        and bool(kb.words_used([word], 1, capitalised=True))
    )


def _capitalised_beside(kb: KnowledgeBase, linking: Linking, word: str) -> bool:
    """Whether a message that capitalises names writes an everyday word capitalised beside
    a name it links ("Did <Word> <Name> sign ..."): its writer marks it as part of the
    name. Not a word for where ("Toronto's <Name>")."""
    capitalised = linking.capitalised or frozenset()
    return word in capitalised and word not in DEMONYMS and not says_where(kb, word)


def _rare(kb: KnowledgeBase, word: str) -> bool:
    """A word the articles use, but rarely (under `ORDINARY_SHARE`)."""
    return 0 < kb.lowercase_uses(word) < ORDINARY_SHARE * kb.article_total()


def _extended(kb: KnowledgeBase, linking: Linking) -> tuple[str, Link, str] | None:
    """A name linked from one word that the question extends with another ("<word> <name>",
    "<name> <word>", "<name> of <word>") which no article writes beside the name, nor anywhere
    in an article about it: a longer name, of an artist the knowledge base lacks, that shares
    a word with one it has. The other word must read as part of a name (`_name_word`), or be
    a rare word after the name ("<band> belt"), or before a name the question only mistyped
    or where the "The" of "The <Word>" would stand. Common words ("great <Word>", "<band>
    fall tour") are neither, nor are the words fans use for what an act is doing
    (`FAN_NEWS`: "<band> comeback") unless written capitalised with the name; nor are they
    searched for, which would read their long postings. The longer name's words, the link it
    extends and the other word, or None."""
    named = {w for run in linking.named_runs for w in run.split()}
    tokens = linking.tokens
    for found in linking.links:
        # Initials stand for a whole name: a word beside them is the writer's own.
        if found.end - found.start > 1 or found.entity.abbreviation:
            continue
        span = tokens[found.start]
        before = tokens[found.start - 1] if found.start > 0 else ""
        # "<name> of <word>" reads past its "of".
        reach = 2 if tokens[found.end : found.end + 1] == ("of",) else 1
        after = tokens[found.end : found.end + reach]
        rare_before = not found.exact or found.entity.opens_with_the
        # A possessive before the name owns it ("<Title>'s <Name>"): no more of the name.
        owned = found.start - 1 in linking.owning
        # Nor does a name run on across a clause break ("<Name>: <Word> metal question").
        beside = (
            []
            if owned or found.start in linking.breaks
            else [(before, f"{before} {span}", rare_before)]
        )
        # An adverb after the name says how it acted ("<name> formally announced"), no more
        # of its name, and a company's word what it is ("<name> Media"); after a possessive
        # ("<name>'s <Title>") the name has ended.
        if (
            after
            and not adverb_shaped(after[-1])
            and after[-1] not in COMPANY_WORDS
            and found.start not in linking.owning
            and found.end not in linking.breaks
        ):
            beside.append((after[-1], " ".join((span, *after)), True))
        for word, phrase, rare_will_do in beside:
            marked = _capitalised_beside(kb, linking, word)
            if (
                word in named
                and (marked or word not in FAN_NEWS)
                and len(word) >= (3 if marked else 4)
                and not word.isdigit()
                and (marked or _name_word(kb, word) or (rare_will_do and _rare(kb, word)))
                and not kb.mentions(f'"{phrase}"')
                and not kb.written_with(found.entity.id, word)
            ):
                return phrase, found, word
    return None
