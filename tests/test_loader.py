"""Storing records: idempotent re-ingest, edits, the same story under two URLs, entities."""

from __future__ import annotations

import pytest
from support import invented_article

from knowledge.facts import announcement_kind
from knowledge.ingest.extraction import extract
from knowledge.ingest.loader import add_aliases, add_articles
from knowledge.records import ArticleRecord, Problem
from knowledge.store import KnowledgeBase

SIGNING = ArticleRecord(
    url="https://example.invalid/a",
    title='Block Parent: "SUBAR"',
    date="2021-04-11",
    source="someparty.ca",
    body="Look for the set on May 7, both as a cassette on Brampton's Glue Gun Records.",
)


def test_reingest_is_idempotent_and_edits_update_the_row() -> None:
    kb = KnowledgeBase.in_memory()
    first = add_articles(kb, [SIGNING])
    assert (first.added, first.updated) == (1, 0)
    again = add_articles(kb, [SIGNING])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    edited = ArticleRecord(**{**SIGNING.__dict__, "title": 'Block Parent: "SUBAR" (video)'})
    changed = add_articles(kb, [edited])
    assert (changed.added, changed.updated) == (0, 1)
    assert kb.article_count() == 1
    assert kb.query("SELECT title FROM articles")[0][0].endswith("(video)")
    assert kb.query("SELECT count(*) FROM facts")[0][0] == 1


def test_same_text_under_another_url_is_one_story() -> None:
    kb = KnowledgeBase.in_memory()
    twin = ArticleRecord(**{**SIGNING.__dict__, "url": "https://mirror.invalid/a"})
    report = add_articles(kb, [SIGNING, twin])
    assert (report.added, report.duplicates) == (1, 1)


def test_an_edit_in_the_same_batch_replaces_the_pending_row() -> None:
    kb = KnowledgeBase.in_memory()
    edited = ArticleRecord(**{**SIGNING.__dict__, "date": "2021-04-12"})
    report = add_articles(kb, [SIGNING, edited])
    assert (report.added, report.updated) == (1, 1)
    assert kb.query("SELECT date FROM articles") == [("2021-04-12",)]
    assert kb.query("SELECT count(*) FROM facts")[0][0] == 1


def test_problems_are_reported_and_the_rest_stored() -> None:
    kb = KnowledgeBase.in_memory()
    report = add_articles(kb, [Problem("feed.xml#3", "no title"), SIGNING])
    assert report.added == 1 and [str(p) for p in report.problems] == ["feed.xml#3: no title"]


def test_entities_aliases_and_announcements_come_from_the_articles() -> None:
    kb = KnowledgeBase.in_memory()
    headline = ArticleRecord(
        url="https://example.invalid/q",
        title="Rivers of the Copper Moon Announce New Album",
        date="2026-08-15",
        source="example.invalid",
    )
    add_articles(kb, [SIGNING, headline])
    assert kb.names.exact("rotcm") is not None
    assert kb.names.exact("block parent") is not None
    assert kb.names.exact("glue gun records") is not None
    kinds = dict(
        kb.query(
            "SELECT a.title, an.kind FROM announcements an JOIN articles a ON a.id = an.article_id"
        )
    )
    assert kinds["Rivers of the Copper Moon Announce New Album"] == "album"
    add_aliases(kb, [("rotcm!", "Rivers of the Copper Moon")])
    assert kb.names.exact("ROTCM!") == kb.names.exact("rotcm")


PLAIN_USES = invented_article(3, "Notes", "We run and run. " * 8)


def test_a_word_the_articles_write_in_lowercase_is_no_name_but_its_initialism_is() -> None:
    """A headline capitalises "Run"; the articles use the word, so it is pruned. An act that
    spells those letters with full stops is a name, also when the plain word was met first."""
    plain = invented_article(
        1, 'Run: "Night Drive"', "Run away with this one, the run of the year."
    )
    dotted = invented_article(
        2, 'R.U.N.: "Second Wind"', "Toronto hardcore act R.U.N. returns this week."
    )
    alone = KnowledgeBase.in_memory()
    add_articles(alone, [plain, PLAIN_USES])
    assert alone.query("SELECT count(*) FROM entities WHERE norm = 'run'") == [(0,)]
    kb = KnowledgeBase.in_memory()
    add_articles(kb, [plain, dotted, PLAIN_USES])
    assert kb.query("SELECT name FROM entities WHERE norm = 'run'") == [("R.U.N.",)]


def test_a_plain_word_that_takes_a_bands_verb_is_a_bands_name() -> None:
    """ "Run Announce New Album": a word in the singular with a verb in the plural is a
    band's name, however often the articles write the word in lowercase; "Run Announces
    ..." would be any subject's, and the word is pruned as before."""
    band = invented_article(1, "Run Announce New Album Night Drive", "A new album.")
    kb = KnowledgeBase.in_memory()
    add_articles(kb, [band, PLAIN_USES])
    assert kb.query("SELECT name FROM entities WHERE norm = 'run'") == [("Run",)]
    other = invented_article(1, "Run Announces New Album Night Drive", "A new album.")
    kb = KnowledgeBase.in_memory()
    add_articles(kb, [other, PLAIN_USES])
    assert kb.query("SELECT count(*) FROM entities WHERE norm = 'run'") == [(0,)]


def test_a_name_styled_in_lowercase_is_kept_however_often_the_articles_write_it_so() -> None:
    """ "Harbourton rapper quillkid announces ...": a word no dictionary holds, read as a name
    in lowercase, is the act's styled name, though its articles write it in lowercase far
    more often than headlines name it. An everyday word read so ("run") is pruned, as
    above (a guard)."""
    styled = invented_article(
        1,
        "Harbourton rapper quillkid announces debut album 'Tide'",
        "quillkid grew up in Harbourton. " * 6 + "quillkid says the album is done.",
    )
    kb = KnowledgeBase.in_memory()
    add_articles(kb, [styled, invented_article(3, "Notes", "we saw quillkid play. " * 8)])
    assert kb.query("SELECT name FROM entities WHERE norm = 'quillkid'") == [("quillkid",)]
    plain = invented_article(2, "run announces debut album 'Tide'", "We run. " * 8)
    kb = KnowledgeBase.in_memory()
    add_articles(kb, [plain, PLAIN_USES])
    assert kb.query("SELECT count(*) FROM entities WHERE norm = 'run'") == [(0,)]


def test_a_subject_that_another_names_initials_spell_is_a_name_of_its_own() -> None:
    """ "Hal", spelled so in its item's body, is a band, not "Harbour Attic Lanterns" by its
    initials; a question typing the word means the band, though the other is news more often."""
    kb = KnowledgeBase.in_memory()
    add_articles(
        kb,
        [
            invented_article(
                1, "Harbour Attic Lanterns Announce New Album", "Harbour Attic Lanterns return."
            ),
            invented_article(2, "Harbour Attic Lanterns Add Tour Dates", "They head west in May."),
            invented_article(
                3, 'Hal: "Night Drive"', "Toronto duo Hal shares a new song this week."
            ),
        ],
    )
    names = {name for (name,) in kb.query("SELECT name FROM entities")}
    assert {"Harbour Attic Lanterns", "Hal"} <= names
    found = kb.names.exact("hal")
    assert found is not None and found.name == "Hal"


def test_a_singers_epithet_and_a_leaders_band_are_left_out_by_questions_only(
    kb: KnowledgeBase,
) -> None:
    """ "Big <First> <Last>" is asked for as "<first> <last>", and "<First> <Last> & the
    <Words>" by the leader's name; a headline writing the leader alone is the leader's own."""
    titles = [
        "Big Ola Vance Announces Farewell Tour",
        "Tamsin Orle & the Harbour Lamps Announce New Album",
        "Tamsin Orle Shares Solo Song",
    ]
    add_articles(kb, [invented_article(n, t, "News.") for n, t in enumerate(titles, 1)])
    names = {name for (name,) in kb.query("SELECT name FROM entities")}
    assert {"Big Ola Vance", "Tamsin Orle & the Harbour Lamps", "Tamsin Orle"} <= names
    found = kb.names.exact("ola vance")
    assert found is not None and found.name == "Big Ola Vance"


def test_an_mc_or_a_lil_is_asked_for_by_the_name_after_it(kb: KnowledgeBase) -> None:
    """ "MC <Name>" and "Lil <Name>" are asked for as "<name>" alone, though no article
    writes it so; a word as short as initials is left to the whole name."""
    titles = ["MC Quorbury Announces Debut Mixtape", "Lil Vantoz Shares New Single"]
    add_articles(kb, [invented_article(n, t, "News.") for n, t in enumerate(titles, 1)])
    for typed, name in (("quorbury", "MC Quorbury"), ("vantoz", "Lil Vantoz")):
        found = kb.names.exact(typed)
        assert found is not None and found.name == name


def test_a_songs_title_opening_a_bands_name_is_no_subject_of_its_own(kb: KnowledgeBase) -> None:
    """ "<Song> and the <Words>": a headline joins two acts with "and", not a record and an
    act, so the band is the whole name even where the song is known first."""
    titles = [
        "Velvet Wolves Share New Song “The Salt Lamp”",
        "Watch Velvet Wolves Play “The Salt Lamp” On TV",
        "Quill Fathom Covers “The Salt Lamp”",
        "Salt Lamp and the Harbour Boys Reveal Second Album",
    ]
    add_articles(kb, [invented_article(n, t, "News.") for n, t in enumerate(titles, 1)])
    names = dict(kb.query("SELECT name, kind FROM entities"))
    assert names["The Salt Lamp"] == "single"
    assert names["Salt Lamp and the Harbour Boys"] == "artist"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Quillon Marsh Dead at 59", "death"),
        ("Quillon Marsh Dies at 59", "death"),
        ("Quillon Marsh Killed in Helicopter Crash", "death"),
        ("Quillon Marsh Cause of Death Revealed", "death"),
        # A chart position names a record without announcing one.
        ("Quillon Marsh Set Chart Record With New Album", None),
        ("Quillon Marsh Announce Tour as Album Tops the Charts", "tour"),
        ("Quillon Marsh Confirm Touring Plans for May", "tour"),
        ("Quillon Marsh Dead Lanterns Review", None),
        ("Quillon Marsh Share First Record in a Decade", "album"),
        ("Quillon Marsh Announce LP12 Copper Lanterns: Hear “Salt”", "album"),
        ("Quillon Marsh Announce EP2: Hear “Salt”", "album"),
        ("Quillon Marsh Set a Guinness World Record at Copper Hall", None),
        ("Quillon Marsh Album Makes Top 10 Debut", None),
        ("Quillon Marsh Breaks Streaming Record With New Single", None),
        ("Quillon Marsh Set the Record Straight on New Single", "single"),
        ("Quillon Marsh Release Single on Their Own Record Label", "single"),
        # News style announces with other verbs too, and in the future tense.
        ("Quillon Marsh Lines Up North American Tour", "tour"),
        ("Quillon Marsh Sets Fall Tour", "tour"),
        ("Quillon Marsh Maps Out World Tour", "tour"),
        ("Quillon Marsh Readies Third Album", "album"),
        ("Quillon Marsh to Headline Copper Hall Festival", "festival"),
        ("Quillon Marsh to Kick Off Winter Tour", "tour"),
        # A record set is no album news either.
        ("Quillon Marsh Sets Streaming Record for an Album", None),
        # A deal inked is a signing.
        ("Quillon Marsh Inks Deal With Copper Records", "signing"),
        ("Quillon Marsh inks global deal with Copper Records", "signing"),
        # A headline that asks is speculation or comment, not an announcement.
        ("Are Quillon Marsh about to announce a UK stadium tour?", None),
        ("What Do Quillon Marsh's New Albums Tell Us About Them?", None),
        ("Did Quillon Marsh Announce a New Album?", None),
        # A recap of a show or a lineup is no announcement either.
        ("Quillon Marsh Open Copper Tour in Harbourton: 5 Best Moments", None),
        ("Copper Fest: 5 Takeaways From the 2026 Lineup", None),
        ("Copper Fest 2026: Five Highlights From Weekend One", None),
        ("Quillon Marsh Kick Off 2026 Tour in Harbourton: Video + Setlist", None),
        ("Quillon Marsh Kick Off Copper Tour in Harbourton: Best Photos From Night 1", None),
        ("Quillon Marsh Light Up Copper Fest 2026: Photos + Video", None),
        # A band whose name opens with a question word still announces.
        ("How Copper It Is Announce New Album", "album"),
        # A song shared under a title with a kind's word in it is a song; a quoted name
        # elsewhere may say the kind.
        ("Quillon Marsh – “Ana’s Album”", "single"),
        ("Quillon Marsh – “At The Movies”", "single"),
        ("Quillon Marsh Announce 2026 “Copper Hearts Tour”", "tour"),
        ("Quillon Marsh Announce New Album “Tide”", "album"),
        # Embarking on a tour announces it; showing off or showing support is no show.
        ("Quillon Marsh to Embark on the Copper Tour", "tour"),
        ("Quillon Marsh Shows Support for Velvet Wolves: Watch", None),
        ("Quillon Marsh Shows Off New Look: Watch", None),
        ("Quillon Marsh Add Shows", "tour"),
        # One show is a concert where the headline says which or where; a TV show is not.
        ("Quillon Marsh Announce One-Off Show at Copper Hall", "tour"),
        ("Quillon Marsh announce reunion show for summer 2026", "tour"),
        ("Quillon Marsh Announce Late Show Appearance", "other"),
        # Extending a tour announces more of it, whatever the verb's number.
        ("Quillon Marsh Extend ‘The Long Copper’ Tour for Stadium Leg", "tour"),
        ("Quillon Marsh Extends Copper Tour", "tour"),
        # A guide to getting tickets announces only what the rest of its headline does.
        ("Quillon Marsh’s 2026 Copper Tour: How to Get Tickets", None),
        ("Harbour Fest 2026: Here’s How to Score Festival Tickets", None),
        ("Quillon Marsh Announce Copper Tour: How to Get Tickets", "tour"),
        ("Harbour Fest Reveals 2026 Lineup With Quillward: How to Get Tickets", "festival"),
        ("Quillon Marsh Know How to Get Attention With New Song “Ana”", "single"),
        # A record talked through is comment on it, announced before.
        ("Quillon Marsh Digs Into New Album Tide Track by Track: Exclusive", None),
        ("Quillon Marsh Breaks Down 5 Essential Tracks From New Album ‘Tide’", None),
        ("Quillon Marsh Break Down New Album Tide Track-By-Track", None),
        ("Quillon Marsh Break Up, Cancel Copper Tour", "tour"),
        ("Quillon Marsh Breaks Down in Tears, Cancels Copper Tour", "tour"),
        ("Quillon Marsh Breaks Down on Stage, Postpones Copper Tour", "tour"),
        # A festival's edition opening a headline is its line-up, an award show's is not;
        # acts to headline are a festival's bill; a reunion announces what it is for.
        ("Copper Fields 2026: Quillon Marsh, Reunited", "festival"),
        ("Copper Fields 2026: Quillon Marsh and Velvet Wolves to Headline", "festival"),
        ("Copper Music Awards 2026: Quillon Marsh Among Winners", None),
        ("Quillon Marsh Announce 2026 Headlining Tour", "tour"),
        ("Quillon Marsh reunite for 24-date Copper tour", "tour"),
        ("Quillon Marsh to Hit the Road on U.S. Tour", "tour"),
        # A memoir or a book is news of its own kind, not any other announcement.
        ("Quillon Marsh Announce Memoir Copper Years", "book"),
        # A full-length is an album, a full-length film a film.
        ("Quillon Marsh Announce Debut Full-Length Copper Years", "album"),
        ("Quillon Marsh Share Full-Length Film Copper Years", "film"),
        ("Quillon Marsh Drummer Details New Book on the Band's Early Days", "book"),
        # Quoted words are a song's title where they follow a word putting it out or the act
        # alone; what is said, or scare-quoted, is no song.
        ("Quillon Marsh: “Copper Fields”", "single"),
        ("Quillon Marsh – “Copper Fields” (Feat. Velvet Wolves)", "single"),
        ("Quillon Marsh Shares ‘I Don’t Mind’", "single"),
        ("Quillon Marsh Cancels Copper Show Over ‘Health Issue’", None),
        ("Quillon Marsh Opens Up About ‘Horrible’ Year: ‘I Don’t Regret It’", None),
        ("Quillon Marsh Announce Hiatus: ‘We Need a Break’", "other"),
        # Headlines in other languages announce in their own word.
        ("Quillon Marsh anuncian una pausa", "other"),
        ("Quillon Marsh kündigen Pause an", "other"),
        ("Muere Quillon Marsh, pionero del rock, a los 90 años", "death"),
        ("Quillon Marsh stirbt mit 80 Jahren", "death"),
        ("Quillon Marsh kondigt pauze aan", "other"),
        ("Quillon Marsh overleden op 80-jarige leeftijd", "death"),
        # And name the kind of news in their own words: a "disco" is a record only where a
        # word makes it one, being a genre too.
        ("Quillon Marsh anuncian la gira «Copper»", "tour"),
        ("Quillon Marsh kondigt tournee 'Copper' aan", "tour"),
        ("Quillon Marsh anuncia disco: así será «Copper»", "album"),
        ("Quillon Marsh anuncia «Copper», su próximo álbum", "album"),
        ("Quillon Marsh Announce Disco Night at Copper Hall", "other"),
        ("Quillon Marsh anuncian película: «Copper»", "film"),
        ("Quillon Marsh firma con Copper Discos", "signing"),
        ("Quillon Marsh ogłasza trasę „Copper”", "tour"),
        ("Quillon Marsh zapowiada drugą płytę „Copper”", "album"),
        ("Quillon Marsh zapowiada przerwę", "other"),
        ("Nie żyje Quillon Marsh. Miał 81 lat", "death"),
        ("Quillon Marsh podpisuje kontrakt z Copper Records", "signing"),
        ("Quillon Marsh wraca z singlem „Copper”", "single"),
        # A plan told is announced, of whatever kind; "Will" opening a headline is a name.
        ("Quillon Marsh to Leave the Copper Hall Choir", "other"),
        ("The Copper Hall Will Reopen in May", "other"),
        ("Quillon Marsh to Play Two Nights in Copperton", "other"),
        ("Will Marsh Talks Fame", None),
        ("Quillon Marsh and Will Copper Talk Fame", None),
        # A roundup of acts, and a recap of a show, comment on news.
        ("Quillon Marsh, Velvet Wolves, and More: This Week’s New Songs", None),
        ("Here’s What Quillon Marsh Played as They Launched Their Spring Tour", None),
        ("Road to Copperton", None),
        ("Quillon Marsh odwołują koncert w Gdańsku", "tour"),
        # A listing's kicker that sells or puts on sale what was announced before announces
        # nothing; the sold-out and moved shows, and a kicker that does announce, guard it.
        ("SOLD OUT: QUILLON MARSH at Copper Hall", None),
        ("PRESALE CODE: QUILLON MARSH — Copper Tour 2026 (code COPPER26)", None),
        ("ON SALE FRIDAY: QUILLON MARSH — Copper Tour 2026", None),
        ("MOVED: QUILLON MARSH Leeds show to Copper Hall", None),
        ("JUST ANNOUNCED: QUILLON MARSH — Copper Tour 2026", "tour"),
        # An album put out again is album news.
        ("Quillon Marsh Announce 20th Anniversary Edition of Copper Tide", "album"),
        ("Velvet Wolves Announce Expanded Edition of Tide", "album"),
    ],
)
def test_the_kind_of_news_a_headline_announces(title: str, kind: str | None) -> None:
    assert announcement_kind(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # A band named for a record shares a song, not an album or a single.
        ('Album: "Tide"', "single"),
        ('Single Wolves: "Tide"', "single"),
        ("Single Wolves Announce New Album", "album"),
        # A festival's name says what its news is about.
        ("Copper Fest 2026 Lineup: Quillon Marsh, Velvet Wolves", "festival"),
        # So does an outlet's kicker, also before a release it lists.
        ("NEW ALBUM: Quillon Marsh – 'Copper Tide' [QM012]", "album"),
        ("NEW SINGLE: Velvet Wolves – 'Tide'", "single"),
    ],
)
def test_a_headlines_kind_is_not_read_from_the_name_it_is_about(
    title: str, kind: str | None
) -> None:
    record = ArticleRecord(
        url="https://example.invalid/k", title=title, date="2025-05-01", source="x", body=""
    )
    assert extract(record).kind == kind


def _monthly(*articles: tuple[str, str]) -> list[ArticleRecord]:
    """Articles (title, body) of an example outlet, one a month from January 2026."""
    return [
        ArticleRecord(f"https://example.invalid/{n}", title, f"2026-0{n}-01", "example", body)
        for n, (title, body) in enumerate(articles, 1)
    ]


def _announced(kb: KnowledgeBase) -> dict[str, str]:
    rows = kb.query(
        "SELECT a.title, e.name FROM announcements an JOIN articles a ON a.id = an.article_id "
        "JOIN entities e ON e.id = an.entity_id"
    )
    return {str(title): str(name) for title, name in rows}


def test_a_headline_is_the_known_names_news_whatever_opens_or_follows_it() -> None:
    kb = KnowledgeBase.in_memory()
    known = "Quillon Marsh Announce Spring Tour"
    opened = "New Quillon Marsh Song Out Now"
    listed = "New Quillon Marsh & Tin Quarry Song Out Now"
    unknown_verb = "Quillon Marsh Lets Her Loudest Self Bloom on New Album Lowlight: Stream It"
    add_articles(
        kb,
        _monthly(*((title, "") for title in [known, opened, listed, unknown_verb])),
    )
    announced = _announced(kb)
    assert announced[opened] == announced[listed] == "Quillon Marsh"
    assert announced[unknown_verb] == "Quillon Marsh"
    assert kb.names.exact("new quillon marsh") is None


def test_a_known_word_then_in_or_of_before_a_verb_of_news_is_a_longer_name() -> None:
    """A headline never joins two acts with "in" or "of": "<Word> In The <Words> Announce"
    is one act, though "<Word>" alone is known; "<Word> and <Other> Announce" stays two."""
    kb = KnowledgeBase.in_memory()
    titles = [
        "Lanterns Announce Spring Tour",
        "Lanterns In The Orchard Announce New Album Windfall",
        "Lanterns Of A Distant Pier Share New Song",
        "Lanterns and Tin Quarry Announce Split Single",
    ]
    add_articles(kb, _monthly(*((title, "") for title in titles)))
    announced = _announced(kb)
    assert announced[titles[1]] == "Lanterns In The Orchard"
    assert announced[titles[2]] == "Lanterns Of A Distant Pier"
    assert announced[titles[3]] == "Lanterns"
    assert kb.names.exact("lanterns in the orchard") is not None


def test_a_known_name_and_one_word_more_is_the_known_name_unless_the_word_ends_a_name() -> None:
    """ "<Name> Recover ..." whose verb the lead does not know is still the known name's news;
    "<Name> Jr.", "<Name> Five" and "<Name> 41" are names of their own."""
    kb = KnowledgeBase.in_memory()
    titles = [
        "Quillon Marsh Announce Spring Tour",
        "Watch Quillon Marsh Recover in Style From a Fall on Stage",
        'Quillon Marsh Jr.: "Tide"',
        'Quillon Marsh Five: "Lantern"',
        'Quillon Marsh 41: "Harbour"',
    ]
    add_articles(
        kb,
        _monthly(*((title, "") for title in titles)),
    )
    assert kb.names.exact("quillon marsh recover") is None
    assert kb.names.exact("quillon marsh jr") is not None
    assert kb.names.exact("quillon marsh five") is not None
    assert kb.names.exact("quillon marsh 41") is not None
    recovered = kb.query(
        "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = 2"
    )
    assert [r[0] for r in recovered] == ["Quillon Marsh"]


def test_a_name_the_body_spells_whole_is_not_cut_at_a_known_name_or_a_verb_like_word() -> None:
    """Prose writes verbs in lowercase: a body that spells "<Known> On The <Word>" or
    "<Words> Say <Word>" as one run of capitals makes the headline's subject that whole name,
    which the headline alone cuts at the known name or the word like a verb."""
    kb = KnowledgeBase.in_memory()
    articles = [
        ("QV Announce Spring Tour", ""),
        ("QV On The Lantern Return With New Album, Single, Tour", "QV On The Lantern return."),
        ("Moss Hollow Say Hello Tells Us About Their First LP", "Moss Hollow Say Hello met us."),
        ("Tin Quarry Play The Harbour", ""),
        ('Tin Quarry Head: "Lowlight"', "Tin Quarry Head shared a song."),
        ("Pell Marsh Announce Spring Tour", ""),
        ("Watch Pell Marsh Recover in Style", "Watch Pell Marsh Recover in Style\nThey did."),
    ]
    add_articles(
        kb,
        _monthly(*articles),
    )
    announced = _announced(kb)
    assert announced["QV On The Lantern Return With New Album, Single, Tour"] == "QV On The Lantern"
    assert kb.names.exact("qvotl") is not None
    assert kb.names.exact("moss hollow say hello") is not None
    assert kb.names.exact("moss hollow") is None
    assert kb.names.exact("tin quarry head") is not None
    recovered = kb.query(
        "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "JOIN articles a ON a.id = m.article_id WHERE a.title LIKE 'Watch%'"
    )
    assert [r[0] for r in recovered] == ["Pell Marsh"]


def test_a_name_styled_with_a_lowercase_word_is_linked_as_styled() -> None:
    """An act that styles a word of its name in lowercase ("<Name> xcx") is written so
    inside a title-case headline, which then goes on capitalised: the headline is its news,
    not only the news of its first word."""
    kb = KnowledgeBase.in_memory()
    titles = [
        "Quill XCX Announces Spring Tour",
        "Quill XCX Shares New Single",
        "Quill xcx & Tin Quarry Share Video",
        "Watch Quill xcx Play a Harbour Show",
    ]
    add_articles(
        kb,
        _monthly(*((title, "") for title in titles)),
    )
    styled = kb.query(
        "SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE e.norm = 'quill xcx' ORDER BY m.article_id"
    )
    assert [r[0] for r in styled] == [1, 2, 3, 4]


def test_a_verb_read_into_a_name_is_the_acts_news_once_the_act_is_known() -> None:
    """ "<Act> Gives Surprise ..." met before the act's other headlines makes "<Act> Gives";
    once the ingest shows the act and "gives" written in lowercase, its article is the act's.
    A name before a colon keeps its plain last word ("<Word> Brothers: ...")."""
    kb = KnowledgeBase.in_memory()
    titles = [
        ("Quillon Gives Surprise Performance at Harbour Benefit", ""),
        ("Quillon Announce Spring Tour", ""),
        ('Quillon: "Lantern"', ""),
        ('Tin Brothers: "Harbour"', ""),
        ('Tin: "Lowlight"', ""),
        ('Tin: "Tide"', ""),
        ("Notes", "She gives and gives, and brothers and brothers sing. " * 6),
    ]
    add_articles(
        kb,
        _monthly(*titles),
    )
    assert kb.names.exact("quillon gives") is None
    surprise = kb.query(
        "SELECT e.name, e.articles FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = 1"
    )
    assert surprise == [("Quillon", 3)]
    assert kb.names.exact("tin brothers") is not None


def test_a_verb_read_into_a_name_before_more_words_is_the_acts_news() -> None:
    """ "<Act> Receives Support From ...": a verb whose other forms the articles write
    ("received"), read into the name with a word after it, is the act's news once the act is
    known. A surname shaped as a verb, none of whose forms the articles write, stays a name
    ("<First> Matthewes")."""
    kb = KnowledgeBase.in_memory()
    titles = [
        ("Quillon Receives Support From Harbour Fans", ""),
        ("Quillon Announce Spring Tour", ""),
        ('Quillon: "Lantern"', ""),
        ("Tida Matthewes Joins Harbour Choir", ""),
        ('Tida: "Tide"', ""),
        ('Tida: "Lowlight"', ""),
        ("Notes", "She received it and was receiving more, and the crowd sang. " * 12),
    ]
    add_articles(kb, _monthly(*titles))
    assert kb.names.exact("quillon receives support") is None
    assert kb.names.exact("tida matthewes") is not None


def test_a_subject_whose_opening_word_is_joined_to_the_rest_keeps_it() -> None:
    """ "Man/Quillon-Marsh" normalises to three words that the raw name does not split at, and
    "Man" opens names ("New <Name> Song"): the name is not cut at the small word, whether or
    not a known name ("Quillon") follows it."""
    kb = KnowledgeBase.in_memory()
    titles = ["Quillon Announce Spring Tour", "Man/Quillon-Marsh – “Lantern”"]
    report = add_articles(
        kb,
        _monthly(*((title, "") for title in titles)),
    )
    assert report.added == 2
    assert _announced(kb)["Man/Quillon-Marsh – “Lantern”"] == "Man/Quillon-Marsh"


def test_a_name_met_in_passing_is_known_and_becomes_a_name_in_full_once_it_is_news() -> None:
    """A sentence-case headline names an act in passing: it is known and mentioned in that
    headline, without initials, and its words are no evidence for typo correction; once a
    headline is its news, it is a name in full, with its initials."""
    passing = invented_article(
        1, "Career-spanning anthology announced for late legend Rivers Of Copper Moon", ""
    )
    news = invented_article(2, "Rivers Of Copper Moon Announce Farewell Tour", "")
    kb = KnowledgeBase.in_memory()
    add_articles(kb, [passing])
    found = kb.names.exact("rivers of copper moon")
    assert found is not None
    assert kb.query("SELECT count(*) FROM mentions WHERE entity_id = ?", [found.id]) == [(1,)]
    assert kb.names.exact("rocm") is None and "rivers" not in kb.names.words
    add_articles(kb, [news])
    initials = kb.names.exact("rocm")
    assert initials is not None and initials.id == found.id
    assert "rivers" in kb.names.words
