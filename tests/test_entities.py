"""Names found in articles: headline subjects, names that start with a number, list headlines
that are no names, the spellings fans type, names that only article bodies spell, and names
whose words are no facts ("Dead Lanterns" states no death)."""

from __future__ import annotations

import re

import pytest

from knowledge.entities import (
    _whole_words,
    capitalised_runs,
    festival_names,
    headline_names,
    initials,
    kind_of,
    known_names,
    name_starts,
    named_works,
    names_in_article,
    nicknames,
    number_words,
    plausible,
    recurring_names,
    role_named,
    styled_names,
    surnames,
    title_subjects,
    unstyled,
    variants,
)
from knowledge.facts import fact_kinds
from knowledge.text import norm, within


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ('40 Lanterns: "Night Bus"', "40 Lanterns"),
        ("7 Velvet Wolves Announce Fall Tour", "7 Velvet Wolves"),
        ("Quill Fathom Share New Single", "Quill Fathom"),
        ('Quill Fathom Share "Salt Lamp"', "Quill Fathom"),
        # "of a" joins a name as "of" does.
        ("Garden of a Lantern to Kick Off Fall Tour", "Garden of a Lantern"),
        ("Watch Garden of a Lantern Play a Show", "Garden of a Lantern"),
    ],
)
def test_headline_subjects_may_start_with_a_number(title: str, subject: str) -> None:
    assert title_subjects(title) == [subject]


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        # An apostrophe inside a word is no quotation mark.
        ("Q’Varro Dead at 51", "Q’Varro"),
        ("Mara O’Quist Announces Tour", "Mara O’Quist"),
        # A word with a verb run into it ends the name, curly apostrophe or straight.
        ("Lena Vale Doesn’t Want a Reunion", "Lena Vale"),
        ("Lena Vale Can't Stop Touring", "Lena Vale"),
        ("Quill Fathom Won’t Play the Festival", "Quill Fathom"),
        # A possessive ends the name, the plural's too, whose apostrophe no word token keeps.
        ("Quill-Mags' Ana Vidal Talks After Show", "Quill-Mags"),
        ("Velvet Wolves’ Singer Quits", "Velvet Wolves"),
        ("Harbour Dead’s Singer Quits", "Harbour Dead"),
        # One after a letter that ends no plural shortens a word of the name, where no
        # quotation opens before it.
        ("Lil’ Quist Fathom Has His Own Street Now", "Lil’ Quist Fathom"),
        ("Quill N’ Fathom Announce Tour", "Quill N’ Fathom"),
        # "Let's" is "let us", never whose: the possessive after it ends the name.
        ("Let’s Fathom Quill’s Ana Vidal Announces Solo Album", "Let’s Fathom Quill"),
    ],
)
def test_apostrophes_inside_a_headlines_name(title: str, subject: str) -> None:
    assert title_subjects(title) == [subject]


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        # A bar inside a name joins its words; one with a space beside it separates.
        ('QUILL|FATHOM: "Tide"', ["QUILL|FATHOM"]),
        ("QUILL|FATHOM Announce New Album", ["QUILL|FATHOM"]),
        ("Ana Vidal | Harbour Awards 2025", ["Ana Vidal"]),
        ("Ana Vidal| Harbour Awards 2025", ["Ana Vidal"]),
        # A column's title before the separator is no name (it ends in the kind of piece the
        # column runs); the name owning what comes after it is.
        ("The Harbour Interview: Velvet Wolves' Ana Vidal", ["Velvet Wolves"]),
        ('Velvet Wolves: "Tide"', ["Velvet Wolves"]),
        ("Velvet Wolves: Night Fathom", ["Velvet Wolves"]),
        # Before the separator, a sentence of news: the name is what opens it. A name may end
        # with a verb of news.
        ('Ana Vidal Announces New Album Night Fathom: Hear "Tide"', ["Ana Vidal"]),
        ("Velvet Wolves Share New Song Tide: Listen", ["Velvet Wolves"]),
        ('Velvet Drops: "Tide"', ["Velvet Drops"]),
        # After a column's title, words in sentence case open with the name they are about.
        ("Back Porch: Ana Vidal finally makes the record", ["Back Porch", "Ana Vidal"]),
        (
            "Back Porch: The Velvet Wolves, at long last, have an album",
            ["Back Porch", "The Velvet Wolves"],
        ),
        # Words in title case keep their small words lowercase, and one word may open a title.
        ("Back Porch: Velvet Wolves Is Up for an Award", ["Back Porch"]),
        ("Velvet Wolves: Marea el alba", ["Velvet Wolves"]),
    ],
)
def test_separators_and_what_comes_after_them(title: str, subjects: list[str]) -> None:
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Quillton Band Interview: Velvet Wolves", ["Velvet Wolves"]),
        ("The Quillton Band Interview: Garden Of A Lantern", ["Garden Of A Lantern"]),
        ("Album Review: The Harbour Lanterns' Ada Vance", ["The Harbour Lanterns"]),
        ("Quillton Band Interview: Velvet Wolves Talk Salt Lamp With Ana Vidal", ["Velvet Wolves"]),
        ("Ana Vidal teases 2026 plans with cryptic video: “See you next year”", ["Ana Vidal"]),
        ("In Memoriam: Ana Vidal, 1950-2025", ["Ana Vidal"]),
        ("Quillton Obituary: Ana Vidal Dies At 80", ["Ana Vidal"]),
    ],
)
def test_a_columns_title_heads_the_name_it_is_about(title: str, subjects: list[str]) -> None:
    """ "<Outlet> Band Interview: <Name>": a few capitalised words ending in the kind of piece
    a column runs are its title, and the name is what follows; a sentence that ends in such
    a word is no column's title."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("INDIE | Ana Vidal maps out 20-date 'Salt Lamp Tour'", ["Ana Vidal"]),
        ("K-POP | Velvet Wolves will hit the road", ["Velvet Wolves"]),
        ("FESTIVAL | Quill Waves 2026 called off as storm nears", ["Quill Waves"]),
        ("BIG|WOLVES Announce New Album", ["BIG|WOLVES"]),
    ],
)
def test_an_outlets_section_before_a_bar_is_no_name(title: str, subjects: list[str]) -> None:
    """ "INDIE | <Act> ...": the section an outlet files the headline under, in capitals
    before a bar, is the outlet's; a name written with a bar inside ("BIG|<WORD>") stays."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Gig Bulletin: Ana Vidal Announces 9-City 'Salt Lamp Tour'", ["Ana Vidal"]),
        ("Wolves At The Door Again: Velvet Wolves Announce Reunion Album", ["Velvet Wolves"]),
        ("Quill Fathom: Family Announces Memorial Concert", ["Quill Fathom"]),
        ("Velvet Wolves: Future Plans", ["Velvet Wolves"]),
        ("Seen & Said: Velvet Wolves Set 'Salt Lamp' for November", ["Velvet Wolves"]),
        ("HOUSE NEWS: The Salt Lamp Will Reopen in May", ["The Salt Lamp"]),
        ("AT THE LAMP: Ana Vidal to Leave the House Band", ["Ana Vidal"]),
    ],
)
def test_a_kicker_before_a_headline_of_its_own_is_no_name(title: str, subjects: list[str]) -> None:
    """ "<Label>: <Name> Announces ...", "<Label>: <Name> Will Reopen ...", "<Label>: <Name>
    to Leave ...": the words after the separator are news with their own subject, or a
    plan of its, so the words before are the outlet's label or a pun. Where that subject is
    everyday words ("Family"), the news is the name's before the separator."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("JUST ANNOUNCED: THE VELVET WOLVES — Salt Lamp Tour 2026", ["THE VELVET WOLVES"]),
        ("SOLD OUT: QUILL FATHOM at The Salt Lamp, Leeds", ["QUILL FATHOM"]),
        (
            "JUST ANNOUNCED: ANA VIDAL + QUILL FATHOM — Co-Headline Tour",
            ["ANA VIDAL", "QUILL FATHOM"],
        ),
        ("CANCELLED: Salt Lamp Weekender 2025 will not go ahead", ["Salt Lamp Weekender"]),
        ("REVIEW: Ana Vidal live at The Salt Lamp (3/5)", ["Ana Vidal"]),
        ("PRESALE CODE: ANA VIDAL — Lamp Tour 2025 (code LAMP25)", ["ANA VIDAL"]),
        ("FATHOM: Salt Lamp Hours", ["FATHOM"]),
        # A name and nothing more after a kicker of everyday words is the news's subject,
        # unless the kicker puts a record before it.
        ("JUST ANNOUNCED: Ana Vidal", ["Ana Vidal"]),
        ("SOLD OUT: Quill Fathom", ["Quill Fathom"]),
        ("NEW SINGLE: Salt Lamp Hours", []),
        ("NEW MUSIC: Salt Lamp Hours", []),
        # A release listed after the kicker: the act before the dash, however it is styled.
        ("NEW ALBUM: Quill Fathom – 'Salt Lamp Hours' [QF031] Out 3rd April", ["Quill Fathom"]),
        ("DISTRO NEWS: saltlamp – 'under the fathom' (Quill Records, QR019)", ["saltlamp"]),
        ("NEW EP + TOUR: 9 Lamp Fen – 'Drainage' [FEN016]", ["9 Lamp Fen"]),
        (
            "NEW SINGLE: Ana Vidal x DJ Fathom – 'Arches'",
            ["Ana Vidal x DJ Fathom", "Ana Vidal", "DJ Fathom"],
        ),
    ],
)
def test_a_listings_kicker_in_capitals_is_no_name(title: str, subjects: list[str]) -> None:
    """ "JUST ANNOUNCED:", "SOLD OUT:", "REVIEW:": a listing's kicker of everyday words in
    capitals is the outlet's, and the name after it (in capitals too, up to the first word
    that is not) is what the news is about. A band's own name in capitals before its
    record's title stays the subject. A label's listing ("<KICKER>: <Act> – '<Title>'") may
    style the act any way: the dash ends it."""
    assert title_subjects(title) == subjects


def test_a_collaboration_written_with_x_names_each_act() -> None:
    assert title_subjects('Ana Vidal x Quill Fathom Lamp: "Tide"')[1:] == [
        "Ana Vidal",
        "Quill Fathom Lamp",
    ]


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Tuam punks Velvet Wolves sign to Copper Records", ["Velvet Wolves"]),
        ("Salt Lamp indie rapper quillfathom announces debut album", ["quillfathom"]),
        ("Galway country singer Ana Vidal, 63, announces farewell tour", ["Ana Vidal"]),
        ("Gort band The Salt Lamps the subject of new documentary", ["The Salt Lamps"]),
        # A headline's own words between a name and an act: the name opens the news.
        ("Ana Vidal and music producer Quill Fathom are now married", ["Ana Vidal"]),
        ("Velvet Wolves split with singer Ana Vidal", ["Velvet Wolves"]),
    ],
)
def test_a_sentence_case_headline_names_an_act_after_describing_it(
    title: str, subjects: list[str]
) -> None:
    """ "<Place> punks <Name> sign ...": where the act is from and what it plays come first,
    and the name after them is what the news is about."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("saltlamp.wav returns with new EP 'tidepool'", ["saltlamp.wav"]),
        ("quill fathom announce first European tour", ["quill fathom"]),
        ("iLamp and VelvetCo team up to launch a label", []),
    ],
)
def test_a_name_styled_in_lowercase_opens_a_sentence_case_headline(
    title: str, subjects: list[str]
) -> None:
    """A headline opens in lowercase only with a name styled so; in sentence case its verb is
    lowercase too. A small word of the headline's before the verb makes it no name."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("As Velvet Wolves Audition Singers, Ana Vidal Will Front Quill Fathom", ["Ana Vidal"]),
        ("After Split, Velvet Wolves Announce Farewell Tour", ["Velvet Wolves"]),
        ("Amid Lawsuit, Ana Vidal Cancels Tour", ["Ana Vidal"]),
    ],
)
def test_a_clause_a_headline_opens_with_is_not_its_news(title: str, subjects: list[str]) -> None:
    """ "As <Act> <Verb> ..., <Name> Will ...": the clause before the comma sets the scene,
    and the news, with its subject, follows it."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "people"),
    [
        ("Velvet Wolves Part Ways With Guitarist Ana Vidal", ["Ana Vidal"]),
        ("Velvet Wolves Debut New Drummer Quill Fathom at Secret Show", ["Quill Fathom"]),
        ("Velvet Wolves Drummer Quill Fathom Dead at 77", []),
        ("Ana Vidal Guest Stars on New Single", []),
    ],
)
def test_a_person_named_after_their_role_in_a_headline_is_a_name(
    title: str, people: list[str]
) -> None:
    """ "... Part Ways With Guitarist <First> <Last>": a role names the person after it, whom
    fans ask about by that name, though the headline is the band's. A name the headline runs
    on into its verb is left to the reading of its subject."""
    assert [name.name for name in role_named(title)] == people


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Ana Vidal Leaves Velvet Wolves After Six Decades", ["Ana Vidal"]),
        ("Quill Fathom Quits Harbour Lanterns", ["Quill Fathom"]),
        ("Velvet Wolves Officially Part Ways", ["Velvet Wolves"]),
        ("Velvet Wolves Split After 20 Years", ["Velvet Wolves"]),
        ("Fans Choose Ana Vidal as Artist of the Month", []),
        ("Harbour Lanterns Become First Band to Play the Moon", ["Harbour Lanterns"]),
        ("Velvet Wolves Unleash “Tide” From Upcoming Album: Stream", ["Velvet Wolves"]),
        ("Ana Vidal Readies New Album Glass Tide", ["Ana Vidal"]),
        ("Velvet Wolves Introduce New Guitarist Quill Fathom", ["Velvet Wolves"]),
        ("Quill Fathom Apologizes for Cancelled Show", ["Quill Fathom"]),
    ],
)
def test_a_name_ends_before_a_headline_verb_of_leaving_or_becoming(
    title: str, subjects: list[str]
) -> None:
    """A short title-case run ends at a headline's verb: a member leaving, a band splitting,
    fans choosing, an act becoming or claiming something, readying, introducing or unleashing
    it, or apologising; not at the end of the run, which would make "<Name> Leaves <Band>" an
    act of its own."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Quill Fathom, Bassist of the Velvet Wolves, Dead at 61", ["Quill Fathom"]),
        ("Ana Vidal Voids Restraining Order Against Former Manager Over Royalties", ["Ana Vidal"]),
        ("Ana Vidal Granted Two Year Delay Of Hearing in Lawsuit", ["Ana Vidal"]),
        (
            "Quill Fathom (Velvet Wolves, Harbour Lanterns Members) Plot Live Album",
            ["Quill Fathom"],
        ),
        ("Ana Vidal Abruptly Ends Sold Out Hometown Concert Due to Sudden Illness", []),
        ("The Velvet Wolves Stuns Hometown Crowd During Three Hour Reunion Show", []),
        ("Quill, the Night Fathom, Ana Vidal And More Hit Harbour Lights Main Stage", []),
        ("Orra Orra, Band", ["Orra Orra"]),
    ],
)
def test_a_title_case_run_longer_than_a_name_ends_at_a_comma_or_verb(
    title: str, subjects: list[str]
) -> None:
    """A title-case headline can capitalise ten words before any listed boundary word: the
    name still ends at an appositive comma or before a verb-shaped word, unless the words
    before read as a phrase (an adverb, "The <plural>") rather than a name."""
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    "name",
    [
        "10 Best Albums of the Year",
        "50 Years of Punk",
        "5 Things We Learned",
        "The 6 Best Performances We Saw",
        "1999",
    ],
)
def test_list_headlines_and_bare_numbers_are_not_names(name: str) -> None:
    assert not plausible(name)


def test_a_verb_with_not_alone_is_no_name() -> None:
    """ "Don't" opens a sentence or a title ("Don't answer that", "Don't <Verb>"): alone it
    names no one, or a story saying it would be read as naming someone. A title opening with
    it is a name."""
    assert not plausible("Don't") and not plausible("Won’t")
    assert plausible("Don't Die") and plausible("Dont")


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        # "The" and a number is a band's name, unless it opens a list and counts its items.
        ("The 1642 Announce Fall Tour", ["The 1642"]),
        ("The 1642: New Album Out in May", ["The 1642"]),
        ("The 1642 share new single", ["The 1642"]),
        ("The 23 biggest label deals of 2025", []),
        ("The 50 best albums of the year", []),
        # "The" before a word that only asks, or before "the", is a band's name.
        ("The What Play Final Show of Farewell Tour", ["The What"]),
        ("The The Announce Fall Tour", ["The The"]),
        # A capitalised "Feat" without a dot is a name's word, not "featuring".
        ("Copper Feat Announce Farewell Tour", ["Copper Feat"]),
        ('Quill Fathom: "Salt Lamp" (Feat. Mara Quist)', ["Quill Fathom"]),
        # Small words alone name nothing.
        ("The Latest: Storms Close Festival", []),
        # A small word inside a title-case name, before the verb ending it.
        ("Copper New Lantern Announce First Show In A Decade", ["Copper New Lantern"]),
        ("Salt For Salt Announce Reunion Tour", ["Salt For Salt"]),
        ("Quill Fathom New Album Announced", ["Quill Fathom"]),
        ("Lineup For Quill Fathom Fest Revealed", []),
        # News of the courts and hospitals ends a name as other verbs do.
        ("Quill Fathom Arrested After Copper Hall Show", ["Quill Fathom"]),
        ("Mara Quist Sued by Former Manager", ["Mara Quist"]),
        # So do honours and reunions.
        ("The Velvet Moths Inducted Into Hall of Fame 2025: Watch", ["The Velvet Moths"]),
        ("Quill Fathom Reunited for One Night Only", ["Quill Fathom"]),
        ("Man Charged After Copper Hall Show", []),
        # A name styled in lowercase opens a title-case headline before its verb.
        ("quillward Announces New Album Salt Lamp", ["quillward"]),
        ("big velvet moth Share New Song: Stream", ["big velvet moth"]),
        ("tida. Returns With New Single", ["tida."]),
        ("quillward to Play Salt Lamp In Full On Tour", ["quillward"]),
        ("See the quills Play First Show in Years", []),
        # Small words joined by "&" are a name.
        ("Her & Them Announce Fall Tour", ["Her & Them"]),
        # A small word inside a name followed by a number ("<Word> From <Word> <Year>"), the
        # number read as the edition a headline may add.
        ("Quill From Below 1982 Announce Tour", ["Quill From Below"]),
        # So is a year a headline puts first.
        ("2026 Quill Fest Headlined by Velvet Moth", ["Quill Fest"]),
    ],
)
def test_names_made_of_small_words_or_numbers(title: str, subjects: list[str]) -> None:
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        # A sentence-case headline writes its verb in lowercase: a capitalised word that
        # would end a name ("Play", "Team") before it is the name's.
        ("Velvet Play bring out Mara Quist at Harbour Fest", ["Velvet Play"]),
        ("Copper Team cancel European dates", ["Copper Team"]),
        # A title-case headline's verb still ends the name.
        ("Copper Lantern Play Final Show", ["Copper Lantern"]),
        ("Copper Lantern Play new songs at Harbour Fest", ["Copper Lantern"]),
        # In title case, a verb of news straight after such a word ("Top", "Set") keeps it
        # in the name...
        ("Quillon Top Announces New Summer Tour Dates", ["Quillon Top"]),
        ("Velvet Set Shares Video for ‘Salt Lamp’", ["Velvet Set"]),
        # ...unless it is a verb's own shape, a kind of news, or how the news came.
        ("Quillward Tops Chart, Shares New Video", ["Quillward"]),
        ("Copper Lantern Tour Announces Dates", ["Copper Lantern"]),
        ("Ana Vidal Officially Announces Debut Album", ["Ana Vidal"]),
        ("Mara Quist Surprise Releases New Single", ["Mara Quist"]),
    ],
)
def test_a_word_that_would_end_a_name_is_the_names_when_the_verb_follows_it(
    title: str, subjects: list[str]
) -> None:
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        # A name may end in "-ly" ("Kelly", "Billy"); a headline's adverb has a longer stem.
        ("Tida Kelly Tips Off the Harbour Finals With an Anthem", ["Tida Kelly"]),
        (
            "Quillon Billy Graces Opening of Harbour Truck Stop: ‘I Could Not Leave It’",
            ["Quillon Billy"],
        ),
        ("Velvet Abruptly Walks Off Harbour Stage Mid-Set With Ana Vidal", []),
    ],
)
def test_a_name_ending_in_ly_is_no_adverb(title: str, subjects: list[str]) -> None:
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        # A band named before its member's role is the news's too, with what the headline
        # says of the member dropped; a word for where they are from or for their kind of
        # music is no band.
        ("Quillton Bassist Mara Quist Shares Song", ["Mara Quist", "Quillton"]),
        ("Ex-Quill Harbour Guitarist Mara Quist Arrested", ["Mara Quist", "Quill Harbour"]),
        ("Former Quillton Drummer Mara Quist Dies", ["Mara Quist", "Quillton"]),
        ("Neo Soul Singer Mara Quist Dies", ["Mara Quist"]),
        ("Canadian Singer Mara Quist Dies", ["Mara Quist"]),
        ("Legendary Drummer Mara Quist Dies", ["Mara Quist"]),
        ("Legendary Producer Ana Vidal Dies at 80", ["Ana Vidal"]),
        ("Influential Harbour Musician Ana Vidal Announces New Album", ["Ana Vidal"]),
        ("Resurgent Folk Icon Mara Quist Announces First Tour in Years", ["Mara Quist"]),
        # "DJ" is a word of the name.
        ("DJ Velvet Moth Announces Tour", ["DJ Velvet Moth"]),
        ("Supergroup Velvet Moth Announce First Tour", ["Velvet Moth"]),
        # A surprise release is news the name makes, not a word of it.
        ("Velvet Moth Surprise-Release New Album Tide", ["Velvet Moth"]),
        ("Velvet Moth Surprise Release Final Album Tide: Stream", ["Velvet Moth"]),
        ("Surprise Lantern Announce Tour", ["Surprise Lantern"]),
        # Where an act is from and what it is, before its name, describe it: the name is
        # what follows, one word or several; without what it is, the words are its name.
        ("Norwegian Hardcore Punks Quillmoss Announce New Album", ["Quillmoss"]),
        ("Canadian Metal Band The Copper Tides Share Video", ["The Copper Tides"]),
        ("Australian Metalcore Band Lantern Harbour Sign to Quill Records", ["Lantern Harbour"]),
        ("Japanese Metal Veterans Quillmoss Announce Tour", ["Quillmoss"]),
        ("Swedish Lantern Mafia Announce Tour", ["Swedish Lantern Mafia"]),
    ],
)
def test_the_person_a_headline_names_after_their_role(title: str, subjects: list[str]) -> None:
    assert title_subjects(title) == subjects


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Quillit to Lantern Announce Fall Tour", ["Quillit to Lantern"]),
        ("Velvet Cab for Moth Share New Song", ["Velvet Cab for Moth"]),
        ("Harbour in Lanterns Return With Album", ["Harbour in Lanterns"]),
        # Followed by anything but a verb of news, or after a verb or plural, the small word
        # is the headline's own.
        ("Mara Quist to Receive Star on Walk of Fame", ["Mara Quist"]),
        ("Quillton Singers in Exile Share Letter", ["Quillton Singers"]),
        ("Album for Quillton Shares Art", []),
    ],
)
def test_a_small_word_in_lowercase_inside_a_title_case_name(
    title: str, subjects: list[str]
) -> None:
    """Title case keeps "to", "for", "in" lowercase inside a name as around it: the name
    runs on through the small word when one more word and a verb of news follow."""
    assert title_subjects(title) == subjects


def test_a_verb_after_a_role_is_no_persons_name() -> None:
    assert "Quits Due" not in title_subjects("Quillton Bassist Quits Due to Illness")


def test_a_plus_joins_a_name_as_and_does() -> None:
    """ "<Name> + The <Word>" is how some outlets write "<Name> and the <Word>"."""
    assert capitalised_runs("a nod to Quill + The Lanterns onstage")[0] == [
        "quill",
        "and",
        "the",
        "lanterns",
    ]
    assert norm("Quill + The Lanterns") == norm("Quill and the Lanterns")


def test_a_word_in_capitals_inside_a_title_case_run_is_a_run_of_its_own() -> None:
    """A name styled in capitals partway through a title-case headline is looked up alone;
    a headline all in capitals styles no word."""
    assert capitalised_runs("Ana Vidal Is Team QUILLWARD Now") == [
        ["ana", "vidal", "is", "team", "quillward", "now"],
        ["quillward"],
    ]
    assert capitalised_runs("QUILLWARD ANNOUNCE TOUR") == [["quillward", "announce", "tour"]]


def test_a_name_owning_what_follows_it_inside_a_title_case_run_is_a_run_of_its_own() -> None:
    """ "<Act> and <Person> Honor Quillward’s <Member>" is news about Quillward too: the
    owner after the headline's verb is looked up alone, where one word may name it; the
    run's opening owner is looked up there already."""
    runs = capitalised_runs("Ana Vidal and Mara Quist Honor Quillward’s Tida Marsh With Song")
    assert runs[1:] == [["quillward"]]
    assert known_names(runs, {"quillward", "tida marsh"}.__contains__) == [
        "tida marsh",
        "quillward",
    ]
    assert capitalised_runs("Quillward’s New Album") == [["quillward", "new", "album"]]


def test_a_name_after_a_verb_that_names_someone_inside_a_title_case_run_is_a_run_of_its_own() -> (
    None
):
    """ "<Person> Says Quillward Reached Out" and "... to Feature Quillward, <Name>" name
    Quillward: the words after such a verb, up to the next verb, are looked up alone."""
    runs = capitalised_runs("Tida Marsh Says Quillward Reached Out During Tour")
    assert runs[1][:3] == ["quillward", "reached", "out"]
    assert known_names(runs, {"quillward", "tida marsh"}.__contains__) == [
        "tida marsh",
        "quillward",
    ]
    assert ["copper", "fields"] not in capitalised_runs("Tida Marsh Sets Copper Fields Ablaze")


def test_a_word_for_where_someone_is_from_is_no_name_alone() -> None:
    """ "Norwegian musician's show cancelled" is about no band called Norwegian, though the
    articles capitalise the word as they do names; a longer name may hold it."""
    assert not plausible("Norwegian") and not plausible("Swedish")
    assert plausible("Swedish Velvet Wolves")
    assert title_subjects("Norwegian musician’s show cancelled after the storm") == []


def test_a_labels_name_stands_on_one_line() -> None:
    """A body's line ending in capitalised words ("... <Word> Sides") and the next opening
    with a label ("<Label> Records ...") make no label of both lines' words."""
    body = "A box of the Complete Harbour Sides\nQuillmoss Records put it out in May."
    labels = [n.name for n in names_in_article("Box Set Alert", body, []) if n.kind == "label"]
    assert labels == ["Quillmoss Records"]


def test_numbers_in_names_are_also_spelled_out() -> None:
    assert "forty lanterns" in variants("40 Lanterns")
    assert "twenty one quills" in variants("21 Quills")
    assert number_words("100") == "100" and number_words("07") == "07"


def test_a_v_carved_for_a_u_in_capitals_is_also_typed_as_the_word() -> None:
    """ "<HARBOVR>" is typed "harbour"; a word in capitals whose V is a V stays as it is."""
    assert "harbour lights" in variants("HARBOVR Lights")
    assert variants("VELVET") == []


def test_a_duo_goes_by_its_surnames_and_and_is_typed_n() -> None:
    assert {"marsh and quist", "marsh n quist"} <= set(variants("Tida Marsh and Mara Quist"))
    assert "velvet n the wolves" in variants("Velvet and the Wolves")
    assert "lanterns n harbours" in variants("Lanterns in Harbours")
    assert "velvet and wolves" not in variants("Ana Velvet and the Wolves")
    assert "q and hall" not in variants("Copper Q And Lantern Hall")


def test_letters_with_marks_are_also_spelt_out_as_a_keyboard_without_them_does() -> None:
    """ "ä" typed "ae", "ø" typed "oe", "å" typed "aa": folding alone drops the marks."""
    assert "die glaesernen woelfe" in variants("Die Gläsernen Wölfe")
    assert "groen havn" in variants("Grøn Havn")
    assert "aalborg lanterns" in variants("Ålborg Lanterns")
    assert variants("Velvet Wolves") == []


def test_styled_letters_doctors_and_initials_run_in_are_typed_as_fans_type_them() -> None:
    """A dollar sign inside a name is its S ("Q$ill" typed "qsill"), "Dr." is "doc" too,
    and an initial run into a name by its stop is typed apart ("T.Marsh" as "t marsh")."""
    assert "asap lanterns" in variants("A$AP Lanterns")
    assert "doc quillmoss" in variants("Dr. Quillmoss")
    assert "t marsh" in variants("T.Marsh")
    assert variants("M.O.T.H.") == []


def test_a_generation_ending_a_long_name_is_typed_whole_after_its_initials() -> None:
    assert initials("Quill Ana Marsh Jr.") == ["qamj", "qam jr"]
    assert initials("Tida Marsh Jr.") == ["tmj"]


def test_a_number_styling_a_word_of_a_name_is_typed_as_the_word() -> None:
    """ "2<Word>" is said "two <word>", "8ight" is "eight", and "Gr3y" is "grey"."""
    assert "two quill harbour" in variants("2Quill Harbour")
    assert "eight lanterns" in variants("8ight Lanterns")
    assert "grey moth" in variants("Gr3y Moth")
    assert variants("Quill 41") == ["quill forty one"]


def test_roman_numerals_in_names_are_also_written_as_digits() -> None:
    assert "lads 2 harbour" in variants("Lads II Harbour")
    assert variants("Velvet X") == []


def test_number_words_in_names_are_also_written_as_digits() -> None:
    assert "harbour of 4" in variants("Harbour Of Four")
    assert "12 lanterns" in variants("Twelve Lanterns")
    assert "quill 30" in variants("Quill Thirty")
    # A name of two numbers is typed with either one in digits.
    assert {"1 harbour 0", "1 harbour zero", "one harbour 0"} <= set(variants("One Harbour Zero"))
    assert "21 moths" in variants("Twenty One Moths")
    assert "32 lanterns" in variants("Thirty Two Lanterns")


def test_a_name_with_of_a_is_one_run_of_capitalised_words() -> None:
    runs = capitalised_runs("We saw Garden of a Lantern play, and Tor of a kind.")
    assert ["garden", "of", "a", "lantern"] in runs and ["tor", "of"] in runs


def test_a_word_opening_with_a_joining_word_ends_a_run() -> None:
    """ "la" and "the" join a name only as words: "<Name> lashed out" is not "<Name> la"."""
    runs = capitalised_runs("bassist Mara Quist lashed out, then Ana Vidal thereby left")
    assert runs == [["mara", "quist"], ["ana", "vidal"]]


def test_a_headline_that_is_a_name_the_body_writes_in_prose_is_that_name() -> None:
    """An item titled with nothing but a name is about it when the body writes the name in
    a sentence; a title the body only quotes, or never writes, names nobody."""
    body = "Harbourton's Tida Marsh has amassed a catalogue of songs over the past decade."
    assert [n.name for n in names_in_article("Tida Marsh", body, [])] == ["Tida Marsh"]
    quoted = 'The band\'s song "Salt Lamp" opens the record.'
    assert names_in_article("Salt Lamp", quoted, []) == []
    assert names_in_article("Salt Lamp", "A record of the year.", []) == []


def test_the_member_after_a_bands_possessive_when_the_body_spells_the_name() -> None:
    """ "<Band>' <First> <Last> Talks ..." is news about the member too, when the body spells
    the member whole; "<Band>'s New Album" owns no name, nor does a possessive inside the
    name before a separator ("<Name>'s <Word>: <Title>")."""
    body = "The band's co-founder Mara Quist said little. Quist left in 2010."
    found = names_in_article("Quillhounds' Mara Quist Talks Tour Chaos", body, ["Quillhounds"])
    assert [n.name for n in found] == ["Quillhounds", "Mara Quist"]
    headline_only = names_in_article("Quillhounds' Mara Quist Talks Tour", "", ["Quillhounds"])
    assert [n.name for n in headline_only] == ["Quillhounds"]
    head = 'Ana\'s Lantern: "Tide"'
    assert "Lantern" not in [n.name for n in names_in_article(head, "Ana's Lantern plays.", [])]


def test_initials_keep_a_word_the_name_writes_in_capitals() -> None:
    assert initials("QV On The Lantern") == ["qotl", "qvotl"]
    assert initials("Electric Harbour Collective") == ["ehc"]
    assert initials("LOUD HARBOUR BAND") == ["lhb"]
    assert initials("Two Lanterns") == []


def test_initials_keep_a_number_that_ends_the_name_whole() -> None:
    assert initials("Wreck From Harbour 1979") == ["wfh 1979", "wfh1979"]


def test_a_suffix_after_a_comma_is_the_names_own() -> None:
    """ "<First> <Last>, Jr." is one person, not a list whose second name is "Jr."."""
    names = title_subjects("Quill Marsh, Jr. & Tida Vane Share Two New Songs")
    assert "Quill Marsh, Jr." in names and "Jr." not in names and "Tida Vane" in names


def test_for_and_to_are_also_written_as_digits() -> None:
    assert "lanterns 4 ana" in variants("Lanterns For Ana")
    assert "songs 2 the sea" in variants("Songs To The Sea")
    assert "2 4" not in variants("To For")


def test_abbreviations_in_names_are_also_spelled_out() -> None:
    assert "mister moth" in variants("Mr. Moth")
    assert "saint lantern" in variants("St. Lantern")
    assert variants("Mr") == []


def test_words_written_short_or_in_full_either_way() -> None:
    assert "quist bros" in variants("The Quist Brothers")
    assert "velvet image limited" in variants("Velvet Image Ltd.")
    assert "dr lantern moth" in variants("Doctor Lantern Moth")
    assert "st quill" in variants("Saint Quill")
    assert "lakelight fest cdmx" in variants("Lakelight Festival CDMX")
    assert "quillon festival" in variants("Quillon Fest")


def test_short_words_run_together_and_names_without_and() -> None:
    assert "qfm" in variants("Q F M")
    assert "salt pepper" in variants("Salt and Pepper")


def test_a_long_name_without_its_foreign_the() -> None:
    assert "velvet wolves" in variants("Les Velvet Wolves")
    assert "wolves" not in variants("Los Wolves")


def test_a_hyphenated_names_words_typed_together() -> None:
    assert "quillmags" in variants("Quill-Mags")
    assert "velvetwolf clan" in variants("Velvet-Wolf Clan")
    assert variants("Quill Mags") == []


def test_names_only_bodies_spell_twice_become_known() -> None:
    body = "The tour opens with Ana Vidal. Later, Ana Vidal joins the headliner. Then Once More."
    assert [n.name for n in recurring_names(body)] == ["Ana Vidal"]


@pytest.mark.parametrize(
    ("title", "names"),
    [
        # A sentence-case headline capitalises only names: those after its opening are some.
        (
            "Career-spanning anthology announced for late Copper Lantern legend Ana Vidal",
            ["Copper Lantern", "Ana Vidal"],
        ),
        (
            "Watch Velvet Moth join Tida Marsh & Quillon on stage at Harbour Fest",
            ["Tida Marsh & Quillon", "Harbour Fest"],
        ),
        # A possessive or punctuation ends a name; an initialism keeps its full stop.
        (
            "Fans praise Quillward’s Mara Quist after surprise set in Lark City",
            ["Mara Quist", "Lark City"],
        ),
        ("Tida Marsh joins Copper Lantern D.C. on stage, live", ["Copper Lantern D.C."]),
        # The headline's own opening run is its subject, read elsewhere; a quoted title is a
        # work; a run ending in where someone is from, or in a word no name ends with, says
        # what, not who.
        ("Tida Marsh shares ‘Salt Lamp Remix’ with new video", []),
        ("Quillward announce North American tour and new record", []),
        ("Quillward reach Number One with their second record", []),
        # A title-case headline capitalises every word: nothing is told.
        ("Velvet Moth Announce New Album With Ana Vidal", []),
    ],
)
def test_names_a_sentence_case_headline_writes_after_its_opening(
    title: str, names: list[str]
) -> None:
    assert [n.name for n in headline_names(title)] == names


@pytest.mark.parametrize(
    ("title", "names"),
    [
        # After a lowercase word, the name may hold a capitalised small word.
        (
            "Quillward, Tida Marsh and more lead wave of additions to Ferry To Ferry Festival 2026",
            ["Ferry To Ferry Festival"],
        ),
        # After an owner or a year, even an ordinary word opens it.
        (
            "Quillward Pull Out of Tida Marsh’s Out of the Harbour Festival",
            ["Out of the Harbour Festival"],
        ),
        ("Quillward and Tida Marsh Anchor 2026 Salt Lamp Fest", ["Salt Lamp Fest"]),
        # A title-case headline's verb or preposition is no part of it.
        ("Quillward Debut Ferry Songs At Lowlight Festival", ["Lowlight Festival"]),
        ("Quillward, Tida Marsh to Headline Harbour Lamp Festival", ["Harbour Lamp Festival"]),
        # Before a year and its bill, a name with no "Festival" in it.
        ("Quillward, Tida Marsh lead Copper Day 2026 line-up", ["Copper Day"]),
        # A place alone describes; a run from the headline's start with no verb it knows is
        # the subject's reading; a word after "Festival" makes it no festival's name.
        ("Quillward headline Lisbon Festival", []),
        ("Quillward Wows Lowlight Festival", []),
        ("Tida Marsh joins Quillward Festival Association", []),
    ],
)
def test_festivals_a_headline_names_further_on(title: str, names: list[str]) -> None:
    assert [n.name for n in festival_names(title)] == names
    assert all(n.kind == "festival" for n in festival_names(title))


def test_dates_and_spans_of_time_are_no_subjects() -> None:
    """A body that twice writes a date, or a headline that opens with a year, names no band
    "May 20" or "In 2021"; a band named with numbers and words ("21 Nights In 9", "Band 5")
    still is one."""
    body = "Doors open May 20. Tickets for May 20 and for After 20 Years go fast. Ana Vidal plays."
    assert [n.name for n in recurring_names(body + " Ana Vidal sings.")] == ["Ana Vidal"]
    headline = "Chart Rewind: In 2021, Ana Vidal’s ‘Tide’ Finished Its Run to No. 1"
    assert "In 2021" not in title_subjects(headline)
    assert title_subjects('21 Nights In 9: "Salt Lamp"') == ["21 Nights In 9"]
    assert title_subjects("Band 5 Announces New Album") == ["Band 5"]


@pytest.mark.parametrize(
    ("sentence", "death"),
    [
        ("Dead Lanterns has signed with Birchline Records.", False),
        ("Members of Death Lanterns said the tour is off.", False),
        ("Dead at 79, the singer leaves a legacy.", True),
        ("RIP Ola Brandt.", True),
        ("Their drummer died on Monday.", True),
        # A headline capitalises the word, and goes on in lowercase.
        ("Harbour Lanterns’ Ola Brandt Dies at 71", True),
        ("Ola Brandt, Bassist for the Velvet Wolves, Dead at 71", True),
        ("A tribute to the Grateful Lanterns Dead.", False),
    ],
)
def test_a_capitalised_death_word_in_a_name_states_no_death(sentence: str, death: bool) -> None:
    assert ("death" in fact_kinds(sentence)) is death


def test_a_surname_is_one_the_body_uses_alone_after_the_full_name() -> None:
    body = "Ana Vidal opened the night. Later, Vidal played the new songs."
    assert surnames(body, ["Ana Vidal"]) == [("Ana Vidal", "Vidal")]
    assert surnames("In Halifax today. Radio Halifax said so.", ["Radio Halifax"]) == []
    assert surnames("Paper Kites played. The kites flew.", ["Paper Kites"]) == []
    assert surnames("Copper Hall opened. Hall staff cheered.", ["Copper Hall"]) == []
    # The word closing another name is not the name's last word alone.
    body = "Paper Wolves signed on. They play [Harbour Pop Wolves] and post-Copper Wolves."
    assert surnames(body, ["Paper Wolves"]) == []
    assert surnames("Ana Vidal sang, as did her sister Ola Vidal.", ["Ana Vidal"]) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A quoted title is read whole: the cue words inside it say nothing more.
        ("Their single “Tour Diaries” is out.", {"title"}),
        ("The album is out via Sub Pop on May 7, 2024.", {"date", "label", "title", "year"}),
        # An age is an age whether or not the sentence tells of a death beside it.
        ("She died aged 79.", {"age", "death"}),
        ("The singer, aged 31, played.", {"age", "people"}),
        ("Ana Vidal, 31, played.", set()),
        # A number of what music news counts, or a price, states an amount; a year does not.
        ("They have 13 studio albums.", {"count", "title"}),
        ("Two sold-out nights, all for $45.", {"count"}),
        ("The 2019 album, and 2 of the songs.", {"title", "year"}),
        # An ordinal counts too, with up to two words between; a day before a label does not.
        ("It is their seventh No. 1 album.", {"chart", "count", "title"}),
        ("Paper Harbour is the third single from the record.", {"count"}),
        ("Look for it on June 3 through Birchline Records.", {"date", "label", "release"}),
        # Winning is an award, and so is an album of the year; the rest of the year is not.
        ("did velvet moth win a grammy", {"award"}),
        ("Velvet Moth Take Album of the Year", {"award", "title"}),
        ("They toured for the rest of the year.", {"tour"}),
        # Who made it, in the plural or behind the camera, is people too.
        ("The video was directed by Ana Vidal.", {"people"}),
        ("Their guests include two singers from Harbourton.", {"people"}),
        # How someone died is a kind of its own, which "how did X die" asks first.
        ("He succumbed to injuries from a car accident.", {"cause"}),
        # What a song is about, and an age or an illness however it is written.
        ("The song is about leaving Harbourton.", {"theme"}),
        # A name they went by before is where their name comes from too.
        ("Copper Tide are now known as Quill Fathom.", {"naming"}),
        # A show is a concert; a word that only begins with one, or the verb, is none.
        ("She shows off her new look at the showcase.", set()),
        ("They played two shows.", {"count", "tour"}),
        ("It tells the true tale of a flood.", {"theme"}),
        ("All four are 11-year-old boys.", {"age"}),
        ("She was diagnosed last spring.", {"cause"}),
        # A quotation opening in lowercase is someone's words, not a title.
        ("Ola Brandt Dead at 71 After ‘a sudden illness’", {"age", "cause", "death"}),
        # Capitals after a verb that puts a record out are its title; a day or month is not.
        ("Velvet Moth issued Paper Harbour in the summer.", {"title"}),
        ("You can now preview the ten-track Glass Orchard.", {"count", "title"}),
        ("Velvet Moth released Friday via Ditch Recordings.", {"label", "release"}),
        # Due or arriving on a day "from" a name: the label; a release "from" a city is not.
        ("Paper Harbour is due on June 9 from Copper Lantern.", {"date", "label", "release"}),
        ("It arrives that same day from Quill Fathom.", {"label", "release"}),
        ("The new release from Harbourton act Velvet Moth is out.", {"origin", "release"}),
        ("It dropped March 3.", {"date"}),
        ("Velvet Moth shared with Ana Vidal.", {"people"}),
        # "Passed" before a time says someone died; a band called "<Name> Passed" does not.
        ("Ana Vidal passed in 2017.", {"death", "year"}),
        ("Ana Vidal passed on July 16 at the age of 57.", {"age", "date", "death"}),
        ("They opened for Jo Passed earlier this year.", set()),
        ("She passed on the offer.", set()),
        # A chart position or a record set is a fact of its own, asked as it is stated.
        ("Paper Harbour debuted at No. 3 on the Billboard 200.", {"chart"}),
        ("No song has spent more weeks at number one.", {"chart"}),
        ("did velvet moth's single break a record", {"chart"}),
        ("what record did velvet moth break", {"chart"}),
        ("They are set to release a new record in May.", {"release", "title"}),
        ("Velvet Moth gave the song its live debut at Copper Hall.", {"tour"}),
        # Where someone is from, in lowercase or by a place before what they are; where a
        # name comes from; who is in a band, listed after "are".
        ("Lake Orrin-born, Harbourton-based Ana Vidal sings.", {"origin"}),
        ("We are from Lake Orrin, originally.", {"origin"}),
        ("Velvet Moth hail from the prairies.", {"origin"}),
        ("Harbourton art-punk trio Velvet Moth shared a song.", {"origin"}),
        ("Velvet Moth took their name from a short story.", {"naming"}),
        # How an act came together: where its members met, when it formed.
        ("Ana Vidal and Ola Brandt met while working at a record shop.", {"formed"}),
        ("The band formed in Harbourton after a house party.", {"formed", "people"}),
        ("The name of the album is Tide.", {"title"}),
        ("Velvet Moth are Ana Vidal and Ola Brandt.", {"people"}),
        # A guest credited with "Feat." or "ft.", whose dot no word boundary follows.
        ("Velvet Moth Share Tide Feat. Ana Vidal", {"people"}),
        ("Velvet Moth: Tide (ft. Ana Vidal)", {"people"}),
        ("Velvet Moth: Tide (ft Ana Vidal)", {"people"}),
        ("The tower is 60 ft tall.", {"age"}),
        # Who is in what role, a founder too; a release party is a show.
        ("The EP features vocalist Ana Vidal.", {"people", "title"}),
        ("Festival founder Ana Vidal booked them.", {"people", "tour"}),
        ("They scheduled a release party at Copper Hall.", {"tour"}),
        # A deal inked or signed is a signing, which tells the label too; signing on is not.
        ("Velvet Moth inks deal with Copper Records.", {"label", "people", "signing"}),
        ("Velvet Moth signed a publishing deal with Copper.", {"label", "signing"}),
        ("Copper Records have signed Velvet Moth.", {"label", "signing"}),
        ("Velvet Moth signed on for a second tour.", {"tour"}),
        # The name someone was born with, or goes by; where or when they were born is not.
        ("Lil Quill, real name Ana Vidal, grew up in Harbourton.", {"origin", "realname"}),
        ("Lil Quill, born Ana Vidal, is 26.", {"age", "origin", "realname"}),
        ("Born Ana Vidal-Brandt, she took the name Lil Quill.", {"naming", "origin", "realname"}),
        ("Lil Quill was born in Harbourton.", {"origin"}),
        ("Lil Quill was born March 3 in Harbourton.", {"date", "origin"}),
        # A month written out in lowercase dates too; "may" before a number is a verb.
        ("the record is out june 12, 2025.", {"date", "year"}),
        ("fans may 2x the price on resale.", set()),
    ],
)
def test_fact_kinds_read_each_place_once(sentence: str, kinds: set[str]) -> None:
    assert fact_kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Vidal", "Vidal, Vidals and Vidal_ met Vidal."),
        ("vidal", "Ana Vidal"),
        ("Lind", "Lind"),
        ("Lind", "Mara Lindqvist and Lind's band: Lind"),
    ],
)
def test_whole_words_are_found_where_a_word_boundary_pattern_finds_them(
    word: str, text: str
) -> None:
    expected = [m.start() for m in re.finditer(rf"\b{word}\b", text)]
    assert _whole_words(word, text) == expected


def test_known_names_are_the_same_with_the_first_word_lengths() -> None:
    known = {"sam", "sam smith", "mara lind", "mara lind trio", "lind"}
    runs = [["sam", "smith", "and", "mara", "lind", "trio"], ["lind"], ["old", "lind", "sam"]]
    expected = ["sam smith", "mara lind trio", "lind"]
    assert known_names(runs, known.__contains__) == expected
    assert known_names(runs, known.__contains__, name_starts(known)) == expected


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("Yesterday Ana Vidal (aka Moth Queen) played.", [("Ana Vidal", "Moth Queen")]),
        ("Oren Plaskett (aka their drummer Mr. Tin Fox) died.", [("Oren Plaskett", "Tin Fox")]),
        ("Halifax's Dee Morrow, aka the singer Quillfire, is back.", [("Dee Morrow", "Quillfire")]),
        ("Jo Brand, better known as Lamp Hour, sings.", [("Jo Brand", "Lamp Hour")]),
        ("Paper Kites and Sam Ray (a.k.a. Raygun) toured.", [("Sam Ray", "Raygun")]),
        ("The set (aka the usual) ran late.", []),
        ("Vidal, known as Moth Queen's drummer, left.", []),
        ("Ana Vidal (aka Ana Vidal) played.", []),
        # A nickname quoted between a first and a last name, possessive or not.
        (
            'Drummer Oren "Tinny" Plaskett joined.',
            [("Oren Plaskett", "Tinny Plaskett"), ("Oren Plaskett", "Tinny")],
        ),
        (
            "Dee ‘Quill Fire’ Morrow’s new band plays.",
            [("Dee Morrow", "Quill Fire Morrow"), ("Dee Morrow", "Quill Fire")],
        ),
        # A title quoted between words ends with its punctuation; a word of news is no name.
        ("Its closer, 'Hold On.' Vidal sang it.", []),
        ("Ana Vidal covered “Salt Lion” Tuesday and New 'Tide' Shows.", []),
    ],
)
def test_a_second_name_the_body_gives_a_name(body: str, found: list[tuple[str, str]]) -> None:
    assert nicknames(body) == found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Copper Ballroom", "venue"),
        ("Quill Lounge", "venue"),
        ("Marrow Opera House", "venue"),
        ("Harbour Amphitheatre", "venue"),
        ("Moth Harbour Fest", "festival"),
        ("Velvet Marrow", "artist"),
    ],
)
def test_a_names_last_words_may_say_its_kind(name: str, kind: str) -> None:
    assert kind_of(name) == kind


@pytest.mark.parametrize(
    ("title", "works"),
    [
        # Title-case headlines write an album's title bare after "New Album"; the song
        # heard with it is quoted, and is a song, not the album the headline announces.
        (
            "Quill Fathom Announce New Album Salt Lamp Harbour: Hear \u201cNight Bus\u201d",
            [("Night Bus", "single"), ("Salt Lamp Harbour", "album")],
        ),
        (
            "Quill Fathom Announce First New Album In 12 Years Tin Coast, "
            "Share \u201cOwl Hour\u201d",
            [("Owl Hour", "single"), ("Tin Coast", "album")],
        ),
        ("Quill Fathom Announces New EP Owl Harbour Feat. Ana Vidal", [("Owl Harbour", "album")]),
        ("Quill Fathom Announce New Album Called Salt Lamp", [("Salt Lamp", "album")]),
        # The album an anniversary or a reissue is of.
        ("Quill Fathom Announce 20th Anniversary Reissue of Salt Lamp", [("Salt Lamp", "album")]),
        (
            "Quill Fathom Tour Celebrating 15th Anniversary of Owls and Tin on Vinyl",
            [("Owls and Tin", "album")],
        ),
        ("Quill Fathom Mark 10th Anniversary of Debut Album", []),
        ("Quill Fathom Honour Singer on 10th Anniversary of His Death", []),
        (
            "Quill Fathom Unveil Trailer For New Documentary Salt Coast: Watch",
            [("Salt Coast", "film")],
        ),
        (
            "Quill Fathom announce new album \u2018Salt Lamp\u2019 "
            "with tender single \u2018Owl Hour\u2019",
            [("Salt Lamp", "album"), ("Owl Hour", "single")],
        ),
        # A quoted title with no word before it that says what it is takes the headline's
        # kind of news (None here).
        ('Quill Fathom: "Salt Lamp"', [("Salt Lamp", None)]),
        # Words after "New Album" that do not name it, and a sentence-case headline's
        # unquoted words, make no title.
        ("Quill Fathom Announce New Album Out Today", []),
        ("Quill Fathom Announce New Album With Ana Vidal", []),
        ("Quill Fathom announce new album of duets", []),
    ],
)
def test_works_a_headline_names_quoted_or_bare(
    title: str, works: list[tuple[str, str | None]]
) -> None:
    assert named_works(title) == works


def test_a_one_word_name_is_known_after_a_small_word_a_run_goes_on_across() -> None:
    """Inside a run, a known name of one word counts where it starts afresh after a small
    word ("<First> <Last> of <Band>"), not after another capitalised word ("<Word> <Band>")."""
    known = {"quillward", "ana vidal"}
    runs = [["ana", "vidal", "of", "quillward"], ["old", "quillward", "hall"]]
    assert known_names(runs, known.__contains__) == ["ana vidal", "quillward"]
    assert known_names(runs, known.__contains__, name_starts(known)) == ["ana vidal", "quillward"]


def test_a_sentence_too_long_to_store_is_cut_where_its_clauses_end() -> None:
    listed = "; ".join(f"Act {n} plays on May {n}" for n in range(1, 40))
    assert within(listed, 100) == [f"Act {n} plays on May {n}" for n in range(1, 40)]
    commas = ", ".join(f"the {n}th act of the night" for n in range(1, 40))
    pieces = within(commas, 100)
    assert max(map(len, pieces)) <= 100 and ", ".join(pieces) == commas
    assert within("A short one; kept whole.", 100) == ["A short one; kept whole."]


def test_a_festivals_edition_and_bill_are_no_part_of_its_name() -> None:
    """ "<Festival> 2024 Line-Up: ..." (or "Line-Up Out", "Lineup Announced"), "<Festival>
    Wrap: ..." and a body writing "<Festival> 2026" are news of the festival, which one entity
    holds whatever year it names."""
    assert title_subjects("Quillfield Fest 2024 line-up: Copper Tides to headline") == [
        "Quillfield Fest"
    ]
    assert title_subjects("Quillfield Fest Lineup: Copper Tides to headline") == ["Quillfield Fest"]
    for said in ("Quill Waves 2026 Line-Up Out", "Quill Waves 2026 Lineup Announced"):
        assert title_subjects(f"{said}: Copper Tides, Lark Moth And More") == ["Quill Waves"]
    wrap = "Quill Waves Wrap: Copper Tides Steal The Show"
    assert title_subjects(wrap) == ["Quill Waves"]
    title = "Quillfield Fest 2026: Copper Tides, Lark Moth"
    body = "Quillfield Fest 2026 is back in Harbourton in June, with Copper Tides on top."
    assert [n.name for n in names_in_article(title, body, title_subjects(title))] == [
        "Quillfield Fest"
    ]


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("Quill Fathom Members Unharmed After Tour Van Crash", ["Quill Fathom"]),
        ("Velvet Marrow Bandmates Remember Ana Vidal", ["Velvet Marrow"]),
        ("Two Velvet Marrow Members Quit Mid-Tour", ["Velvet Marrow"]),
        ("Former Quill Fathom Members Share Debut Single", ["Quill Fathom"]),
        ("Two Members Quit Velvet Marrow", []),
    ],
)
def test_a_bands_members_are_the_bands_news(title: str, subjects: list[str]) -> None:
    """ "<Band> Members ..." is news of the band, and "<Band> Members" is no act of its own."""
    assert title_subjects(title) == subjects


def test_small_words_styled_with_another_alphabets_letter_are_a_name() -> None:
    """ "NØ MORE Announce ...": small words in capitals with a letter no English word writes
    are styled as a band's name; "NO MORE" in capitals is still no name."""
    assert title_subjects("NØ MORE Announce New Album Harbour Lights") == ["NØ MORE"]
    assert title_subjects("NO MORE Announce New Album Harbour Lights") == []


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("quillb0ne just dropped 'paper halo' and the fyp is obsessed", ["quillb0ne"]),
        (
            "we talked to marsh_w0rm and lowtide_lucy about fl studio",
            ["marsh_w0rm", "lowtide_lucy"],
        ),
        ("Body Found in Car Registered to qu1ll, Police Say", ["qu1ll"]),
        # Three letters with a digit are shorthand, and a digit at a word's end a format.
        ("Quill Harbour b2b Velvet Marrow at the y2k party, mp3s out", []),
    ],
)
def test_a_name_styled_as_a_handle_is_a_name_without_a_capital(
    title: str, names: list[str]
) -> None:
    """A lowercase word with a digit or an underscore between its letters is written so by no
    everyday word: a headline in lowercase names it, and a known one is linked there."""
    assert [name.name for name in styled_names(title)] == names
    assert all(norm(name).split() in capitalised_runs(title) for name in names)


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Dre$kin announces debut album", "Dreskin"),
        ("$ilo Quill x Ca$hmoor link up on new single", "Cashmoor"),
    ],
)
def test_a_dollar_sign_inside_a_word_is_its_s(title: str, subject: str) -> None:
    """ "<Dre>$<kin>" is one name, typed "<dreskin>" by fans, not "<Dre>" and a word."""
    assert title_subjects(unstyled(title))[-1] == subject


@pytest.mark.parametrize(
    ("title", "subjects"),
    [
        ("The Quellhouse turns 20: anniversary week line-up", ["The Quellhouse"]),
        ("Velvet Moth Turns 10: A Look Back", ["Velvet Moth"]),
    ],
)
def test_an_age_turned_ends_the_name_before_a_separator(title: str, subjects: list[str]) -> None:
    """ "<Name> turns 20: ..." is news of the name's age, not a name holding "turns 20"."""
    assert title_subjects(title) == subjects
