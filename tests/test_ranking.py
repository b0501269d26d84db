"""Ranking features and the decline evidence on a real knowledge base of invented articles."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from support import NOW, answered_by, everyday, invented_article, invented_kb, statements_run

from bot.core.answer import answer, understand
from bot.core.candidates import (
    NEWS_TITLE_HITS,
    TITLE_HITS,
    Candidate,
    _focused_sentences,
    _fts_terms,
    _phrases,
    asks_news,
)
from bot.core.declining import decline_evidence
from bot.core.features import FEATURES, _widened
from bot.core.intents import parse
from bot.core.links import SURE_LINK, Linking
from bot.core.messages import Message
from bot.core.names import link
from bot.core.passages import PASSAGE_FEATURES
from bot.core.ranking import rank
from bot.core.spelling import WRITTEN_ARTICLES
from bot.core.weights import DECLINE, PASSAGE, WEIGHTS
from bot.core.words import read_words, stem
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase


def ranked(kb: KnowledgeBase, text: str) -> list[Candidate]:
    return rank(kb, parse(text), link(kb, text), NOW)


def best(kb: KnowledgeBase, text: str) -> Candidate:
    """The top candidate for a message, read as the answer path reads it."""
    question, linking = understand(kb, text)
    return rank(kb, question, linking, NOW)[0]


def lacked(kb: KnowledgeBase, text: str) -> str | None:
    """The name a certain decline of the message would name, or None when none is certain."""
    question, linking = understand(kb, text)
    found = decline_evidence(kb, linking, rank(kb, question, linking, NOW))
    return found.named if found.certain else None


def fact_matches(kb: KnowledgeBase, text: str) -> dict[str, float]:
    """Each candidate's headline and how well it tells the kind of fact the question asks."""
    question, linking = understand(kb, text)
    return {c.row.title: c.features["fact_match"] for c in rank(kb, question, linking, NOW)}


def filler_bands(body: str) -> list[tuple[str, str]]:
    """As many articles as make the articles' everyday words tell (`WRITTEN_ARTICLES`), each
    about a filler band, with the same body."""
    return everyday(body, WRITTEN_ARTICLES, "Filler Band {} Plays Hall")


def test_every_weight_names_a_feature_and_every_feature_has_one() -> None:
    assert set(WEIGHTS) == set(FEATURES)
    assert set(PASSAGE) == set(PASSAGE_FEATURES)
    assert "bias" in DECLINE


def test_features_are_in_the_unit_interval(invented: KnowledgeBase) -> None:
    for candidate in ranked(invented, "which label did velvet marrow sign with?"):
        assert set(candidate.features) == set(FEATURES)
        assert all(-1e-9 <= v <= 1 + 1e-9 for v in candidate.features.values())


def test_the_newest_article_about_the_name_is_marked_newest(invented: KnowledgeBase) -> None:
    candidates = ranked(invented, "what's new with velvet marrow")
    newest = max(
        (c for c in candidates if c.features["name_lead"] == 1.0), key=lambda c: c.row.date
    )
    assert newest.features["newest_news"] == 1.0
    assert all(c.features["newest_fact"] == 0.0 for c in candidates)


def test_the_newest_news_of_a_sure_name_beside_a_weak_link_is_marked_newest(
    tmp_path: Path,
) -> None:
    """A title spelled by everyday words ("remember when") linked weakly beside the act
    says nothing of whose news is asked: the act's newest is still its news."""
    kb = invented_kb(
        tmp_path,
        ('Velvet Moth: "Harbour Lights"', "Velvet Moth were dropping something every month."),
        ('Velvet Moth: "Copper Rain"', "Velvet Moth share a new single."),
        ('Quill Fathom: "Remember When"', "Quill Fathom share a single."),
    )
    text = "remember when velvet moth were dropping something every month? latest single?"
    assert [f.weight < SURE_LINK for f in understand(kb, text)[1].links] == [True, False]
    newest = {c.row.title: c.features["newest_news"] for c in ranked(kb, text)}
    assert newest['Velvet Moth: "Copper Rain"'] == 1.0


def test_a_fact_question_asking_for_something_new_ranks_by_news_recency(
    invented: KnowledgeBase,
) -> None:
    for question in ("what is velvet marrow's new album called", "velvet marrow album out yet?"):
        fresh = ranked(invented, question)
        assert max(c.features["newest_news"] for c in fresh) == 1.0
        assert all(c.features["newest_fact"] == 0.0 for c in fresh)
    plain = ranked(invented, "what is velvet marrow's album called")
    assert all(c.features["newest_news"] == 0.0 for c in plain)


def test_a_mistyped_name_is_searched_as_the_name_is_spelled(invented: KnowledgeBase) -> None:
    top = ranked(invented, "which label did velvet marow sign with")[0]
    assert top.row.url.endswith("velvet-marrow-sign")
    assert top.features["focused_sentence"] > 0


@pytest.mark.parametrize(
    "text", ["velvet marrow", "velvet marrow newest thing", "any new stuff from velvet marrow"]
)
def test_a_name_only_question_gives_lexical_features_no_say(
    invented: KnowledgeBase, text: str
) -> None:
    """Asking for a name's "newest thing" or "new stuff" asks for its news: an article that
    happens to write "things" says nothing more about it."""
    for candidate in ranked(invented, text):
        assert candidate.features["bm25_title"] == candidate.features["bm25_sentence"] == 0.0


def test_a_name_only_question_searches_headlines_but_not_bodies(invented: KnowledgeBase) -> None:
    statements = statements_run(invented)
    ranked(invented, "what's new with velvet marrow")
    assert any("articles_fts" in sql for sql in statements)
    assert not any("facts_fts" in sql for sql in statements)
    statements.clear()
    ranked(invented, "velvet marrow fall tour")
    assert any("facts_fts" in sql for sql in statements)


def test_when_new_news_of_a_kind_is_out_searches_headlines_but_not_bodies(
    invented: KnowledgeBase,
) -> None:
    """ "When is X's new album out" asks a date of X's newest album news: which article that is,
    the kind and recency tell; a body repeating "album" does not. Another word asked beside
    it ("who produced X's new album") still searches the bodies."""
    statements = statements_run(invented)
    for question in ("when is velvet marrow's new album out?", "velvet marrow new single when"):
        statements.clear()
        ranked(invented, question)
        assert not any("facts_fts" in sql for sql in statements), question
    statements.clear()
    ranked(invented, "who produced velvet marrow's new album")
    assert any("facts_fts" in sql for sql in statements)


def test_a_request_for_news_reads_few_headlines_beyond_the_names_newest(tmp_path: Path) -> None:
    """Headlines that spell a name are ranked by how often they spell it, not by date: for
    "what's new with X" more of them only add older headlines, which words that happen to
    match ("going") could lift over the newest. A question with words to search for reads
    more of them, since those words then tell them apart."""
    titles = [(f"Velvet Marrow: 'Going Under {n}'", "") for n in range(40)]
    kb = invented_kb(tmp_path, *titles)
    news = [c for c in ranked(kb, "what's new with velvet marrow?") if c.title_rank is not None]
    searched = [c for c in ranked(kb, "velvet marrow going under") if c.title_rank is not None]
    assert len(news) == NEWS_TITLE_HITS < len(searched) == TITLE_HITS


def test_leftover_words_pick_the_article_among_one_artists(invented: KnowledgeBase) -> None:
    top = ranked(invented, "velvet marrow fall tour")[0]
    assert top.row.url.endswith("velvet-marrow-fall-tour")
    assert top.features["words_title"] == 1.0


def test_an_article_missing_the_surely_named_artist_is_marked_and_ranks_below(
    invented: KnowledgeBase,
) -> None:
    candidates = ranked(invented, "velvet marrow reunite for one show")
    reunion = next(c for c in candidates if c.row.url.endswith("ehc-reunite"))
    assert reunion.features["sure_missing"] == 1.0
    assert candidates[0].features["sure_missing"] == 0.0
    assert "Velvet Marrow" in candidates[0].row.title


def test_a_headline_opening_with_the_name_is_told_from_one_naming_it_later(
    invented: KnowledgeBase,
) -> None:
    by_url = {c.row.url.rsplit("/", 1)[1]: c for c in ranked(invented, "what did mossgrave do")}
    assert by_url["mossgrave-cancel"].features["name_opens"] == 1.0
    film = by_url["orchard-mossgrave-film"].features
    assert film["name_title"] == 1.0 and film["name_opens"] == 0.0


def test_a_headline_opening_with_the_name_after_a_kicker_or_section_opens_with_it(
    tmp_path: Path,
) -> None:
    """ "<Kicker>: <Name> Announces ..." and "SECTION | <Name> ...": the outlet's label
    before the name's own news is no subject, so the headline opens with the name, and its
    newest announcement is the one asked for."""
    kb = invented_kb(
        tmp_path,
        ("Ana Vidal Announces New Album Salt Lamp, Out May 4", "Ana Vidal has a new album."),
        ("Gig Bulletin: Ana Vidal Announces 9-City Harbour Tour", "Ana Vidal will tour."),
        ("POP | Ana Vidal Shares Video For Glass Tide", "Ana Vidal shared a video."),
        ("Big Night: Quill Fathom Plays With Ana Vidal", "Quill Fathom played with her."),
    )
    opens = {c.row.title: c.features["name_opens"] for c in ranked(kb, "did ana vidal announce")}
    assert opens["Gig Bulletin: Ana Vidal Announces 9-City Harbour Tour"] == 1.0
    assert opens["POP | Ana Vidal Shares Video For Glass Tide"] == 1.0
    assert opens["Big Night: Quill Fathom Plays With Ana Vidal"] == 0.0
    question = "i saw ana vidal made an announcement, what was it about"
    assert best(kb, question).row.title.startswith("Gig Bulletin")


def test_a_festival_is_named_with_fest_or_without_the_word(tmp_path: Path) -> None:
    """Headlines write "<Name> Festival" as "<Name> Fest" or leave the word out ("<Name>
    Soared ..."): each names the festival; a name left of one everyday word does not."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Lamps Festival 2026 Lineup: Velvet Moth, Quillmoss", "The lineup is out."),
        ("Harbour Lamps Soared With Velvet Moth: Review", "The festival was loud."),
        ("Harbour Lamps Fest Adds Wrenholt", "Wrenholt joins the bill."),
        ("Copper Festival 2026 Lineup: Velvet Moth", "The lineup is out."),
        ("Copper Wolves Tribute Album Announced", "A tribute."),
    )
    named = {
        c.row.title: c.features["name_title"] for c in ranked(kb, "harbour lamps festival news")
    }
    assert named["Harbour Lamps Soared With Velvet Moth: Review"] == 1.0
    assert named["Harbour Lamps Fest Adds Wrenholt"] == 1.0
    copper = {c.row.title: c.features["name_title"] for c in ranked(kb, "copper festival news")}
    assert copper.get("Copper Wolves Tribute Album Announced", 0.0) == 0.0


def test_decline_evidence_for_a_name_nobody_wrote_about(invented: KnowledgeBase) -> None:
    text = "quartz lantern new album"
    linking = link(invented, text)
    found = decline_evidence(invented, linking, rank(invented, parse(text), linking, NOW))
    assert found.named == "quartz lantern" and found.certain
    assert found.features["unknown_word"] == 1.0 and found.features["sure"] == 0.0

    known = "velvet marrow fundraiser"
    linking = link(invented, known)
    found = decline_evidence(invented, linking, rank(invented, parse(known), linking, NOW))
    assert found.features["sure"] == 1.0

    mistyped = "velvet marow fundraiser"
    linking = link(invented, mistyped)
    found = decline_evidence(invented, linking, rank(invented, parse(mistyped), linking, NOW))
    assert found.features["subject_linked"] == 0.0 and found.features["subject_guessed"] > 0.8


def test_a_festival_or_a_place_played_is_where_not_what_a_question_asks_about(
    invented: KnowledgeBase,
) -> None:
    def subject_linked(text: str) -> float:
        linking = link(invented, text)
        ranking = rank(invented, parse(text), linking, NOW)
        return decline_evidence(invented, linking, ranking).features["subject_linked"]

    assert subject_linked("quartz lantern's moth harbour set") == 0.0
    assert subject_linked("velvet marrow's moth harbour set") == 1.0
    # After "at" or "play" any name is where: a place need not be called a hall.
    assert subject_linked("quartz lantern at velvet marrow") == 0.0
    assert subject_linked("did quartz lantern play velvet marrow") == 0.0


def test_a_name_is_held_by_a_lead_only_as_it_is_spelled(invented: KnowledgeBase) -> None:
    """ "harbours" shares a stem with "Harbour" in a headline but is not the word."""
    shares = {}
    for text in ("quartz harbours tour", "quartz harbour tour"):
        linking = link(invented, text)
        ranked = rank(invented, parse(text), linking, NOW)
        assert ranked[0].row.title.startswith("Glass Harbour")
        shares[text] = decline_evidence(invented, linking, ranked).features["lead_share"]
    assert shares["quartz harbours tour"] == 0.0 < shares["quartz harbour tour"]


def test_a_name_and_words_of_a_kind_of_news_ask_for_its_news(invented: KnowledgeBase) -> None:
    def asks_for_news(text: str) -> bool:
        return asks_news(parse(text), link(invented, text))

    assert asks_for_news("velvet marrow tour dates")
    assert asks_for_news("velvet marrow tour?")
    assert asks_for_news("velvet marrow biopic?") and asks_for_news("velvet marrow movies")
    assert not asks_for_news("velvet marrow tour dates halifax ferry")
    assert not asks_for_news("velvet marrow tin meridian tour dates")
    assert not asks_for_news("when does velvet marrow tour")


def test_a_known_name_extended_by_a_name_no_article_writes_with_it_is_declined(
    tmp_path: Path,
) -> None:
    """ "<first name> <band>", "<band> <word>", "<band> of <place>", "<word> <band>" for "The
    <Band>": an artist the knowledge base lacks whose name holds a known one. A word the
    band's articles do write with it, or a common word, only says what about the band is
    asked. Rare and common are shares of the articles, so 400 ordinary ones come first."""
    ordinary = [
        (f"Hall Diary {n}", "The fundraiser sold out on an ordinary day.") for n in range(400)
    ]
    kb = invented_kb(
        tmp_path,
        *ordinary,
        ("Wrenfield Announce Tour", "Wrenfield will tour with Tamsin Quell in May."),
        ("Copper Hall Reopens", "Orla Gilmarsh ran the bar. Orla Gilmarsh left. A kettle boiled."),
        ("Tamsin Quell Shares New Song", "Tamsin Quell shared a song."),
        ("The Orrery Announce Tour", "The Orrery will tour."),
        ("Tamo Announces Tour", "Tamo will tour."),
        ("Harrowgate Gala Ends With a Raffle", "The gala ended with a raffle."),
    )
    statements = statements_run(kb)

    evidence = partial(lacked, kb)
    assert evidence("gilmarsh wrenfield tour dates") == "gilmarsh wrenfield"
    assert evidence("wrenfield gilmarsh new album") == "wrenfield gilmarsh"
    assert evidence("wrenfield of brackenmoor tour") == "wrenfield of brackenmoor"
    assert evidence("wrenfield quell tour") is None
    assert evidence("wrenfield fundraiser") is None
    # After a name, a rare word is name enough; before it, only beside a name mistyped.
    assert evidence("wrenfeld kettle tour") == "wrenfeld kettle"
    assert evidence("wrenfield kettle tour") == "wrenfield kettle"
    assert evidence("kettle wrenfeld tour") == "kettle wrenfeld"
    assert evidence("kettle wrenfield tour") is None
    # Unless the name is only a guess that the best article, which holds the word, never
    # names: "<word> <typo>" is then more likely a typo of an ordinary word than a name.
    assert evidence("harrowgate gala raffle tamu") is None
    # So is a rare word where the "The" of "The <Word>" would stand; a common one is not, and
    # is not searched for beside the name.
    searched_beside = "JOIN mentions m ON m.article_id"
    statements.clear()
    assert evidence("kettle orrery tour dates") == "kettle orrery"
    assert any(searched_beside in sql for sql in statements)
    statements.clear()
    assert evidence("fundraiser orrery tour dates") is None
    assert not any(searched_beside in sql for sql in statements)


def test_two_names_a_headline_holds_together_are_its_story_not_a_longer_name(
    tmp_path: Path,
) -> None:
    """ "<word> anything x <band> <rare word>": the band's name with the rare word would be a
    longer name, but the best article's headline names both the question's names, however
    unsure the link of the one that ends in a function word: the word says what about
    their story is asked. Without the other name, the longer name is still declined."""
    ordinary = [(f"Hall Diary {n}", "The fundraiser sold out.") for n in range(400)]
    kb = invented_kb(
        tmp_path,
        *ordinary,
        ("Copper Anything & Wrenfield Announce New Album", ""),
        ("Copper Anything Share Song", ""),
        ("Copper Hall Reopens", "A kettle boiled."),
    )

    evidence = partial(lacked, kb)
    assert link(kb, "copper anything x wrenfield").links[0].weight < SURE_LINK
    assert evidence("copper anything x wrenfield kettle album name") is None
    assert evidence("wrenfield kettle album name") == "wrenfield kettle"


def test_a_guest_credited_after_feat_is_spelled_but_not_reported_on() -> None:
    """A headline that only lists a name as a guest announces nothing of it."""
    for title in ("Orchard Announces Album Feat. Mossgrave", "Orchard ft. Mossgrave: Live"):
        words = read_words(title)
        assert words.spells((" mossgrave ",)) and not words.hosts((" mossgrave ",))
        assert words.hosts((" orchard ",))
    assert read_words("Mossgrave Share Featured Single").hosts((" mossgrave ",))


@pytest.mark.parametrize(
    "text",
    [
        "Velvet Marrow announce shows across the U.K. and the U.S.",
        "The classes, the class, a bus and buses: Abcds abcdss abcd's",
        "Mossgrave's announcement: 12 songs, 3 EPs",
        "",
    ],
)
def test_the_stems_a_text_holds_are_found_without_stemming_it_all(text: str) -> None:
    """`held` looks a question's few stems up in the joined words; it must agree with
    stemming every word, at the edges of `stem` too (a final "s" dropped before cutting, a
    five-letter stem that ends in "s", letters written apart)."""
    words = read_words(text)
    asked = [
        *words.joined.split(),
        *words.initials.split(),
        *"abcds abcd abcdss clas class bus buse uk us annou songs eps s mossgrave x".split(),
    ]
    stems = frozenset(map(stem, asked))
    assert words.held(stems) == words.stems & stems
    for one in stems:
        assert words.held(frozenset({one})) == words.stems & {one}, one


def test_letters_written_apart_match_the_word_typed_together() -> None:
    """ "U.K." and "L.A." are "uk" and "la" in chat: a headline's initials count as that word."""
    for title, word in (("Velvet Wolves Set 2026 U.K. Tour", "uk"), ("Live in L.A.", "la")):
        assert stem(word) in read_words(title).stems
    assert stem("uk") not in read_words("You Know").stems


def test_the_fact_asked_first_counts_fully_another_asked_beside_it_half(tmp_path: Path) -> None:
    """ "How old was X at their death" asks the age; a sentence saying only that he died answers
    the question's other half."""
    kb = invented_kb(
        tmp_path,
        ("Ola Vance Dies", "Singer Ola Vance has died, aged 64, after a short illness."),
        ("Ola Vance Remembered", "Fans remembered Ola Vance, who died last week, in song."),
    )
    for text in ("how old was ola vance when she passed away", "what age did ola vance die at"):
        assert fact_matches(kb, text) == {"Ola Vance Dies": 1.0, "Ola Vance Remembered": 0.5}


def test_whom_an_act_signed_with_is_told_by_the_signing_before_any_label(
    tmp_path: Path,
) -> None:
    """ "Who did X sign with" is answered by the signing; a later item that only names the
    label answers half of it, and "what label is X on" takes either as a full answer."""
    kb = invented_kb(
        tmp_path,
        ("Weekly Digest", "Quillward has signed with Copper Lantern for a debut due next year."),
        ('Quillward: "Night Drive"', 'Quillward shares "Night Drive", out via Copper Lantern.'),
        ('Quillward: "Low Tide"', 'Quillward shares "Low Tide", a song about the sea.'),
    )
    for text in ("who did quillward sign with?", "quillward signed to which label"):
        assert fact_matches(kb, text) == {
            "Weekly Digest": 1.0,
            'Quillward: "Night Drive"': 0.5,
            'Quillward: "Low Tide"': 0.0,
        }
    on_label = fact_matches(kb, "what label is quillward on?")
    assert on_label["Weekly Digest"] == on_label['Quillward: "Night Drive"'] == 1.0


def test_a_death_is_news_when_first_told_not_when_looked_back_on(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("Ola Vance: 1961-2025", "Singer Ola Vance died on May 2, aged 64."),
        ("Fans Remember Ola Vance", "Fans remember Ola Vance, who died on May 2, aged 64."),
    )
    for text in ("when did ola vance die", "ola vance date of death", "how old was ola vance"):
        assert best(kb, text).row.title == "Ola Vance: 1961-2025"


def test_a_name_with_an_ampersand_is_in_a_headline_that_writes_and(tmp_path: Path) -> None:
    """Headlines write "<A> & <B>" and "<A> And <B>" for one band; either way it is what the
    headline is about, also when the question mistypes it and only the name's own words
    tell."""
    kb = invented_kb(
        tmp_path,
        ("Harbour & Lanterns Share Single", "Harbour & Lanterns shared a song."),
        ("Harbour And Lanterns Debut Football Anthem", "The anthem is called Salt Lion."),
    )
    for question in ("what's new with harbour & lantrens", "harbour and lantrens news"):
        candidates = ranked(kb, question)
        assert len(candidates) == 2
        assert all(c.features["name_title"] == 1.0 for c in candidates), question


def test_news_of_an_unlinked_name_is_declined_unless_the_answer_spells_it(
    tmp_path: Path,
) -> None:
    """Asked for news with no name linked ("any updates on <run>"), the best article must
    spell the run, or two of its words side by side, or a known name the run mistypes; the
    linking is built by hand, as when a typo of ordinary words links nothing."""
    kb = invented_kb(
        tmp_path,
        ("Minnie Jo Shares New Single", "Minnie Jo and Tor Melby share a mini album, Glass Tigers"),
    )

    def certain(run: str) -> bool:
        words = tuple(run.split())
        linking = Linking(("any", "updates", "on", *words), (), (run,), ("updates", *words))
        question = parse(f"any updates on {run}")
        found = decline_evidence(kb, linking, rank(kb, question, linking, NOW), (), True)
        return found.certain and found.named == run

    assert not certain("minnie jo") and not certain("glass tigers")
    assert not certain("mini jo")
    assert certain("paper tigers") and certain("tiger")


def test_a_name_typed_apart_is_searched_as_the_articles_write_it(tmp_path: Path) -> None:
    """ "quill moss" links "Quillmoss" exactly, and a headline search for "quill" and "moss"
    finds nothing of it: the name's own word is searched for too. A name of initials is
    searched as typed, not letter by letter."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Announce New Album Lanternfall", ""),
        ("T.K. Varn Shares New Song", "T.K. Varn shared a song."),
    )
    assert '"quillmoss"' in _fts_terms(kb, link(kb, "quill moss, when did they announce it?"))
    assert '"t"' not in _fts_terms(kb, link(kb, "what's T.K. Varn's real name?"))


def test_chat_around_a_capitalised_name_is_not_searched_as_a_name(
    invented: KnowledgeBase,
) -> None:
    """Word pairs are searched as phrases for a name known only from bodies; beside a name
    written capitalised, pairs written in lowercase are the chat, and reading their postings
    would only slow a long message down."""
    chatty = _phrases(link(invented, "sorry for the long post, is Velvet Marrow touring"))
    assert '"velvet marrow"' in chatty and '"long post"' not in chatty
    lowercase = _phrases(link(invented, "sorry for the long post, is velvet marrow touring"))
    assert '"long post"' in lowercase


def test_the_rarest_words_of_a_long_question_focus_the_sentence_search(tmp_path: Path) -> None:
    """A long message has more words than the focused sentence search reads: the rarest say
    most about which sentence is meant, wherever the message puts them."""
    chat = ["friend", "cousin", "neighbour", "roommate", "barista", "plumber"]
    filler = [(f"Filler Band {n} Plays Hall", "It was fine.") for n in range(120)]
    filler += [(f"Band {n} Plays {w.title()} Night", f"Bring a {w}.") for w in chat for n in (1, 2)]
    kb = invented_kb(
        tmp_path,
        *filler,
        ("Ola Vance Records Album", "Ola Vance played every song on an old accordion."),
        ("Ola Vance Tours", "Ola Vance will tour in the spring."),
    )
    text = f"ola vance {' '.join(chat)} accordion"
    question, linking = understand(kb, text)
    sentences = [s.text for s in _focused_sentences(kb, question, linking)]
    assert sentences == ["Ola Vance played every song on an old accordion."]


def test_a_run_written_capitalised_as_the_linked_names_are_is_a_name(
    invented: KnowledgeBase,
) -> None:
    """A writer who capitalises the name they link and writes other words in lowercase marks
    names so: a capitalised run no article spells is a name the knowledge base lacks, even
    beside a name it knows. Written in lowercase, or in Title Case, the run tells nothing."""

    asked = partial(lacked, invented)
    assert asked("Did Birchline Records put anything out by Copper Orbit?") == "copper orbit"
    assert asked("did birchline records put anything out by copper orbit?") is None
    assert asked("Did Birchline Records Put Anything Out By Copper Orbit?") is None
    # Small words between capitalised ones are the name's, as in "<Word> of the <Word>".
    assert asked("What's the latest from Orbit of the Copper Moths?") == "orbit of the copper moths"


def test_an_unwritten_pair_with_a_name_that_is_also_a_word_speaks_for_declining(
    tmp_path: Path,
) -> None:
    """A one-word name the articles also write as an ordinary word links unsurely; with the
    word typed beside it, which no article writes beside it, it may be a longer name the
    knowledge base lacks ("<word> <name>"), as the question's unlinked word pairs may be, and
    a decline names the pair."""
    kb = invented_kb(
        tmp_path,
        ("Lantern Announce Fall Tour", "Lantern will tour in the fall."),
        ("Lantern: Salt Lamp", "Lantern share a song. A lantern hangs by the door."),
        ("A Lantern Festival", "The lantern parade is on Sunday; bring a lantern."),
        ("Quill Harbour Play Tonight", "Bring a lantern, a lantern, a lantern to the show."),
    )

    def evidence(text: str) -> tuple[float, str | None]:
        question, linking = understand(kb, text)
        assert [f.weight < SURE_LINK for f in linking.links] == [True], linking.links
        found = decline_evidence(kb, linking, rank(kb, question, linking, NOW))
        return found.features["unseen_pair"], found.named

    assert evidence("did copper lantern split up") == (1.0, "copper lantern")
    assert evidence("did lantern split up")[0] == 0.0


def test_a_name_no_article_writes_beside_a_known_one_is_declined(tmp_path: Path) -> None:
    """A run with a word no article writes, in any case, names something the knowledge base
    lacks even beside a name it surely knows: that name's articles answer another question.
    A word the articles write with an ending added is chat, a word that mistypes one of the
    best article's headline ("<typo> tour" of its "Autumnal Tour") is a typo, and a handful
    of articles leave everyday words unwritten, so none of these tells."""
    filler = filler_bands("Fans had beef stew and the crowd sang along.")
    tour = ("Velvet Marrow Announce Autumnal Tour", "Velvet Marrow will tour in the fall.")

    def evidence(kb: KnowledgeBase, text: str) -> tuple[bool, str | None]:
        question, linking = understand(kb, text)
        found = decline_evidence(kb, linking, rank(kb, question, linking, NOW))
        assert found.features["sure"] == 1.0
        return found.certain, found.named

    kb = invented_kb(tmp_path, *filler, tour)
    unknown = "is zembrolt vask on tour with velvet marrow"
    assert evidence(kb, unknown) == (True, "zembrolt vask")
    # One such word alone, which the best article lacks, names what is lacked too.
    assert evidence(kb, "is zembroltvask on tour with velvet marrow") == (True, "zembroltvask")
    assert not evidence(kb, "are fans stewing over velvet marrow on tour")[0]
    assert not evidence(kb, "is velvet marrow playing the autmnal tour")[0]
    (tmp_path / "few").mkdir()
    assert not evidence(invented_kb(tmp_path / "few", *filler[:20], tour), unknown)[0]


def test_the_news_of_a_name_partly_known_is_the_news_that_spells_all_of_it(
    tmp_path: Path,
) -> None:
    """ "<Unknown> <Known>": the newest news of the known name is another act's; the newest
    that writes the whole name is the news asked for, where the known name is also a word. A
    common word beside the name only describes it."""
    lit = [(f"Filler Band {n} Plays Hall", "They lit a lantern on stage.") for n in range(3)]
    kb = invented_kb(
        tmp_path,
        *lit,
        ("Lantern Plays Harbour Hall", ""),
        ("Ola Vance Hosts Show With Quorra Lantern", ""),
        ("Ola Vance Debuts Song With Quorra Lantern On Radio", ""),
        ("Ola Vance Buys A Stage Lantern", ""),
        ("Lantern Share New Single", ""),
    )

    def newest(text: str) -> str:
        return best(kb, text).row.title

    for text in ("quorra lantern what's new", "QUORRA LANTERN ANY NEWS"):
        assert newest(text) == "Ola Vance Debuts Song With Quorra Lantern On Radio", text
    assert _widened(kb, link(kb, "stage lantern what's new")) == []


def test_a_headline_telling_two_kinds_of_news_is_news_of_either(tmp_path: Path) -> None:
    """ "<Band> Signs to <Label>, Announces Tour" is stored as tour news, and it is the
    signing a question about the band's label asks for, over the band's newer song."""
    kb = invented_kb(
        tmp_path,
        ("Ola Vance Shares Debut Single", ""),
        ("Ola Vance Signs to Copper Lantern, Announces First Tour", ""),
        ("Ola Vance – “Salt Lion”", ""),
    )
    assert kb.query("SELECT kind FROM articles WHERE title LIKE '%Signs to%'")[0][0] == "tour"
    for text in ("ola vance label", "what label is ola vance on"):
        top = best(kb, text)
        assert top.row.title.startswith("Ola Vance Signs to"), text
        assert top.features["kind_match"] == 1.0


def test_whom_someone_is_engaged_or_married_to_is_told_by_the_engagement(
    tmp_path: Path,
) -> None:
    kb = invented_kb(
        tmp_path,
        ("Ola Vance Is Engaged to Tam Reyes", ""),
        ("Ola Vance Postpones Stadium Tour", ""),
    )
    for text in ("who's ola vance's fiancée?", "who is ola vance married to", "ola vance wife"):
        assert parse(text).facts[0] == "partner", text
        assert fact_matches(kb, text) == {
            "Ola Vance Is Engaged to Tam Reyes": 1.0,
            "Ola Vance Postpones Stadium Tour": 0.0,
        }


def test_one_word_no_article_writes_beside_a_label_another_act_signed_to_is_declined(
    tmp_path: Path,
) -> None:
    """ "did <word> sign to <label>": a word no article uses is an act the knowledge base
    lacks, and the label's news is another act's signing. An act it has is answered."""
    filler = filler_bands("Fans had beef stew and the crowd sang along.")
    kb = invented_kb(
        tmp_path,
        *filler,
        ("Copper Lantern Turns 20, Plans Anniversary Box Set", ""),
        ("Velvet Marrow Sign to Copper Lantern", ""),
        ("Tin Harbour Sign to Copper Lantern", ""),
    )
    question, linking = understand(kb, "did zembroltvask sign to copper lantern")
    found = decline_evidence(kb, linking, rank(kb, question, linking, NOW))
    assert (found.features["sure"], found.certain, found.named) == (1.0, True, "zembroltvask")
    assert answer(Message("did zembroltvask sign to copper lantern"), kb, now=NOW).url is None
    # Acts style themselves in lowercase: beside a label written capitalised, the word is
    # still no chat, which is made of words the articles write.
    assert answer(Message("Did zembroltvask sign to Copper Lantern?"), kb, now=NOW).url is None
    known = answer(Message("did velvet marrow sign to copper lantern"), kb, now=NOW)
    assert known.url == f"https://news.invented.example/{WRITTEN_ARTICLES + 2}"
    known = answer(Message("Did Velvet Marrow sign to Copper Lantern?"), kb, now=NOW)
    assert known.url == f"https://news.invented.example/{WRITTEN_ARTICLES + 2}"
    # A contraction typed without its apostrophe is chat, however few articles write it,
    # and a pasted link, bare or as Slack sends it, is no part of the question.
    for text in (
        "velvet marrow, what're they up to",
        "velvet marrow whatre they up to",
        "https://youtu.be/9xQ2mPrwn4k velvet marrow, what're they up to",
        "<https://youtu.be/9xQ2mPrwn4k|the crowd> velvet marrow, what're they up to",
    ):
        known = answer(Message(text), kb, now=NOW)
        assert known.url == f"https://news.invented.example/{WRITTEN_ARTICLES + 2}", text


def test_one_word_act_typed_one_letter_from_a_word_is_declined_on_a_known_lineup(
    tmp_path: Path,
) -> None:
    """ "is <act> on the <festival> lineup": an act no article spells as typed is the act the
    knowledge base lacks, though a word the articles use is one letter from it; the
    festival's lineup is other acts'."""
    filler = filler_bands("The walls were painted red and the crowd sang along.")
    kb = invented_kb(
        tmp_path,
        *filler,
        ("Harbour Fest Unveils 2026 Lineup", "Harbour Fest unveiled its lineup: Velvet Marrow."),
    )
    assert answer(Message("is paintd on the harbour fest lineup?"), kb, now=NOW).url is None
    # Anywhere else the word is the everyday one mistyped, as the question asks it.
    known = answer(Message("harbour fest lineup who's paintd"), kb, now=NOW)
    assert known.url == f"https://news.invented.example/{WRITTEN_ARTICLES + 1}"
    known = answer(Message("is velvet marrow on the harbour fest lineup?"), kb, now=NOW)
    assert known.url == f"https://news.invented.example/{WRITTEN_ARTICLES + 1}"


def test_an_announcement_asked_of_a_name_is_one_its_headline_opens_with(tmp_path: Path) -> None:
    """An act whose name is also a word announced a tour; newer tour news uses the word for
    something else ("... after visa <word>"). The act's own announcement is the answer."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce Fall Tour", ""),
        ("Ola Vance Cancels Tour Dates After Visa Quillward", ""),
    )
    for text in ("did quillward announce a tour", "quillward tour dates announced?"):
        assert understand(kb, text)[0].intent == "announcements", text
        assert best(kb, text).row.title == "Quillward Announce Fall Tour"


def test_a_name_after_anothers_verb_is_not_who_announces(tmp_path: Path) -> None:
    """A newer headline's lead runs on past a verb it does not know ("<Other> Offers <Name> a
    Spot ... After Tour Cancellation"): the name is what the verb acts on, and the act's own
    tour announcement is what "did <act> announce a tour" asks."""
    kb = invented_kb(
        tmp_path,
        ("Ana Vidal Announces Harbourton Residency", ""),
        ("Velvet Moth Announces Spring 2026 North American Tour", ""),
        ("Ana Vidal Offers Velvet Moth a Spot at Her Residency Following Tour Cancellation", ""),
    )
    for text in ("did velvet moth announce a tour", "Has Velvet Moth announced a tour?"):
        assert best(kb, text).row.title.startswith("Velvet Moth Announces"), text


def test_an_album_announced_by_another_act_with_the_name_as_guest_is_not_its_own(
    tmp_path: Path,
) -> None:
    """A newer headline announces another act's album and names the act asked about as its
    guest: the act's own, older announcement is what "did <act> announce an album" asks."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce New Album Night Fathom", ""),
        ("Ana Vidal Previews New Album ‘Night Bus’ With Quillward Collaboration ‘Harbour’", ""),
        ("Ana Vidal Reunites with Quillward for Collaboration on Her New Solo Album", ""),
    )
    for text in ("did quillward announce a new album", "Has Quillward announced an album?"):
        assert best(kb, text).row.title == "Quillward Announce New Album Night Fathom", text


def test_without_an_announcement_of_the_kind_the_acts_own_news_is_before_a_mention(
    tmp_path: Path,
) -> None:
    """No headline announces the act's album; its own single's news says one is on the
    way, and a newer item about another act only mentions it: the act's own news answers."""
    kb = invented_kb(
        tmp_path,
        (
            'Quillward: "Harbour Lights"',
            "Quillward have a new album on the way, and this single is the first taste of it.",
        ),
        (
            'Tida Marsh: "Salt Lamp"',
            "Quillward's singer Ana Vidal plays bass in Tida Marsh, whose new single is out now.",
        ),
    )
    for text in ("did quillward announce a new album", "has quillward announced an album"):
        assert best(kb, text).row.title == 'Quillward: "Harbour Lights"', text


def test_a_name_in_capitals_inside_a_title_case_headline_is_its_news(tmp_path: Path) -> None:
    """A headline in title case names an act styled in capitals partway through ("<Name> Is
    Team <NAME>, ..."): that is news of the act, its newest."""
    kb = invented_kb(
        tmp_path,
        *[(f"QUILLWARD Share Copper Video Part {n}", "") for n in range(40)],
        ("Ana Vidal Is Team QUILLWARD, Clapping Back at Critics", ""),
    )
    assert best(kb, "quillward news?").row.title.startswith("Ana Vidal Is Team")


def test_what_a_question_calls_the_news_picks_none_of_it(tmp_path: Path) -> None:
    """ "The newest item", "for a piece I'm writing": what the writer calls news, not words
    to find in it. An older article that happens to write them is not the newest news."""
    kb = invented_kb(
        tmp_path,
        ('Quillward: "Harbour"', "The piece was written for the newest item on Quillward."),
        ('Quillward: "Copper"', "Quillward share a new single from their debut album."),
    )
    text = "Checking in on Quillward for a piece: what's the newest item you have on them?"
    assert best(kb, text).row.title == 'Quillward: "Copper"'


def test_more_dates_asked_for_are_a_tour_extended(tmp_path: Path) -> None:
    """Asked for more dates, a newer headline extending the tour announced is the answer:
    it adds to the announcement, as "<Act> Add <City> Dates" would."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce Copper Tour", ""),
        ("Quillward Extend ‘Copper’ Tour for Stadium Leg", ""),
    )
    for text in ("has quillward announced more tour dates?", "quillward announced extra dates?"):
        assert best(kb, text).row.title.startswith("Quillward Extend"), text


def test_a_lineup_asked_for_is_the_headline_that_unveils_it(tmp_path: Path) -> None:
    """A festival whose name ends in a word headlines use as a verb ("<Word> Lands") unveiled
    its lineup; its newest news of the kind, the one stored as its announcement, is a
    livestream schedule. Asked who it announced for its "line-up" (typed with a hyphen, which
    the question's words are read again without), the headline that unveils it answers."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Lands Unveils 2026 Lineup: Velvet Moth, Quillward and Tida Marsh", ""),
        ("Harbour Lands 2026: Livestream Schedule & Details", ""),
    )
    for text in (
        "Who did Harbour Lands announce for their 2026 line-up?",
        "who did harbour lands announce for the line up",
    ):
        assert understand(kb, text)[0].kind == "festival", text
        assert best(kb, text).row.title.startswith("Harbour Lands Unveils"), text


def test_what_an_act_announced_is_its_own_announcement_not_anothers_naming_it(
    tmp_path: Path,
) -> None:
    """Asked what an act announced, of no kind the news is sorted by (a new member), a newer
    headline in which another act announces shows with it is the other act's announcement:
    the act's own is what is asked."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce New Drummer Ana Vidal", ""),
        ("Velvet Moth Announce Harbourton Shows With Quillward and Tida Marsh", ""),
    )
    for text in ("did quillward announce a new drummer?", "has quillward announced anything"):
        assert best(kb, text).row.title.startswith("Quillward Announce"), text


def test_an_album_announced_under_the_name_asked_is_its_announcement(tmp_path: Path) -> None:
    """A member announces a debut album as the act asked about: that is the act's album
    announcement, newer than its single."""
    kb = invented_kb(
        tmp_path,
        ('Velvet Moth – "Salt Lamp"', "Velvet Moth share a new song."),
        ("Ana Vidal of Quillward Announces Debut Album ‘Tide’ as Velvet Moth", ""),
    )
    for text in ("did velvet moth announce an album", "has velvet moth announced a debut album"):
        assert best(kb, text).row.title.startswith("Ana Vidal"), text


def test_a_the_name_typed_without_it_is_the_subject_a_headline_opens_with(
    tmp_path: Path,
) -> None:
    """A "The <Word>" act typed without "the": its newest news is a headline that opens with
    the word as its subject, not a newer one that only quotes the word as a song."""
    kb = invented_kb(
        tmp_path,
        ("The Quillward Announce Fall Tour", ""),
        ("Quillward: Night Fathom", "Quillward are back with a new single."),
        ("Ana Vidal – “Quillward”", ""),
    )
    for text in ("any news from quillward?", "quillward latest"):
        assert best(kb, text).row.title == "Quillward: Night Fathom", text


def test_one_unwritten_word_beside_a_linked_label_is_the_act_asked_about(
    tmp_path: Path,
) -> None:
    """ "<word> on <label> or what": a word no article writes, alone beside the label, is an
    act the knowledge base lacks, though it is one letter from an everyday word the articles
    write ("camp"); the label's own act is still answered."""
    filler = filler_bands("The summer camp was full and the camp sang along.")
    label = ("Ola Vance Signs to Copper Lantern Records", "Ola Vance joins the label.")
    kb = invented_kb(tmp_path, *filler, label)
    reply = answer(Message("cammp on copper lantern records or what"), kb, now=NOW)
    assert reply.url is None and "cammp" in reply.text
    assert answer(Message("ola vance on copper lantern records?"), kb, now=NOW).url is not None


def test_a_short_name_written_capitalised_that_no_article_spells_is_declined_beside_a_known_one(
    tmp_path: Path,
) -> None:
    """A writer who capitalises the festival they name capitalises the act they ask about
    too: a word of four letters that no article spells is that act, not a typo of a word
    the articles use ("tide")."""
    kb = invented_kb(
        tmp_path,
        *[
            (f"Harbour Fest Reveals {2020 + n} Lineup", "Ana Vidal plays. Out with the tide.")
            for n in range(4)
        ],
    )
    assert lacked(kb, "Is Tida playing Harbour Fest?") == "tida"
    assert lacked(kb, "Is Ana Vidal?") is None


def test_a_word_no_article_writes_is_not_held_by_a_shorter_word_sharing_its_stem(
    tmp_path: Path,
) -> None:
    """ "<Word>ator" begins like a word of the best article but is no form of it: an act the
    knowledge base lacks. The same word with an ending, or mistyped, is the article's."""
    kb = invented_kb(
        tmp_path,
        ("Copper Hall Books Fall Shows", "Copper Hall adds a second stage this fall."),
        ("Copper Hall Reopens", "The copper roof is back."),
    )
    assert lacked(kb, "what label is copperator on") == "copperator"
    assert lacked(kb, "copper hall reopenings") is None


def test_an_ordinary_word_band_beside_a_word_no_article_writes_with_it_is_declined(
    tmp_path: Path,
) -> None:
    """ "<word> <band> tour dates", where the band's name is an everyday word (one that also
    names a festival, so the question may mean either): the best article holds the other
    word and not the band, and no article writes the two together, so the question is about
    a longer name the knowledge base lacks."""
    filler = [
        (
            f"Filler Band {n} Plays Hall",
            "The lantern festival lit up." if n < 4 else "A velvet curtain hung in the hall.",
        )
        for n in range(WRITTEN_ARTICLES)
    ]
    kb = invented_kb(
        tmp_path,
        *filler,
        ("Lantern Share New Single", "Lantern are back with a song."),
        ("Lantern Share Video", "Lantern made a video."),
        ("Lantern Sign to Copper Records", "Lantern joined the label."),
        ("Velvet Ana Announces 90-Date 2026 Tour", "Velvet Ana is touring."),
    )
    question, linking = understand(kb, "velvet lantern tour dates")
    assert [(f.entity.name, f.weight < SURE_LINK) for f in linking.links] == [("Lantern", True)]
    found = decline_evidence(kb, linking, rank(kb, question, linking, NOW))
    assert (found.certain, found.named) == (True, "velvet lantern")
    reply = answer(Message("velvet lantern tour dates"), kb, now=NOW)
    assert reply.url is None and "velvet lantern" in reply.text, reply.text


def test_a_festivals_lineup_is_its_announcement_whoever_its_headline_opens_with(
    tmp_path: Path,
) -> None:
    """ "<Act> to Headline <Festival>" is the festival's lineup news, though the act opens
    the headline; an act's album another act talks about is still the first act's."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Fest Returns in 2025", ""),
        ("Quillward to Headline Harbour Fest 2025", ""),
        ("Ana Vidal Releases New Album Night Bus", ""),
        ("Tida Marsh on Working on Ana Vidal’s New Album", ""),
    )
    assert best(kb, "has harbour fest announced its lineup").row.title == (
        "Quillward to Headline Harbour Fest 2025"
    )
    assert best(kb, "did ana vidal announce a new album").row.title == (
        "Tida Marsh on Working on Ana Vidal’s New Album"
    )


def test_an_unknown_name_s_news_is_the_news_that_spells_all_of_it(tmp_path: Path) -> None:
    """No entity holds the name asked (its only headline opens with a song), and newer
    headlines hold one of its words: the latest news is the headline holding all."""
    kb = invented_kb(
        tmp_path,
        ("‘Salt Lamp’ to No. 1: Quillon Tarrow Rules Adult Airplay Chart", ""),
        *((f"Quillon Ferry Sails Again After {n} Years", "") for n in range(2, 20)),
    )
    for text in ("quillon tarrow latest", "whats new with quillon tarrow"):
        assert best(kb, text).row.title.startswith("‘Salt Lamp’"), text


def test_the_news_of_a_name_only_a_body_writes_is_that_article(tmp_path: Path) -> None:
    """A name written once, in the body of a weekly round-up, no headline spelling it, and
    newer headlines holding one of its words: its news is the round-up, not the newest
    headline that shares a word with it."""
    week = "Velvet Moth played Copper Hall, and the crowd sang along all night. " * 12
    kb = invented_kb(
        tmp_path,
        ("Week in Rock: Harbour Edition", f"{week}Tida Quillon played a surprise set."),
        *((f"Stream Ana Quillon's Album {n}", "") for n in range(2, 8)),
    )
    for text in ("tida quillon — what's the latest?", "any news on tida quillon"):
        assert best(kb, text).row.title == "Week in Rock: Harbour Edition", text


def test_a_known_name_with_a_capitalised_word_beside_it_is_a_longer_name(tmp_path: Path) -> None:
    """ "Tida" is an act of its own; "Tida Quillon", written capitalised, is someone else,
    named once deep in a round-up: the round-up is the news asked for, not Tida's."""
    week = "Velvet Moth played Copper Hall, and the crowd sang along all night. " * 12
    kb = invented_kb(
        tmp_path,
        ("Week in Rock: Harbour Edition", f"{week}Tida Quillon left the band this week."),
        *((f"Tida Announces Tour Date {n}", "") for n in range(2, 6)),
    )
    text = "What's the most recent news about Tida Quillon?"
    assert best(kb, text).row.title == "Week in Rock: Harbour Edition"


def test_the_news_of_a_name_no_entity_holds_is_its_newest_headline(tmp_path: Path) -> None:
    """No entity holds the name asked (its headlines open with a song title); the headlines
    spelling it best (short, old) are not its news: the newest headline that spells it is."""
    old = [(f"‘Lamp {n}’ to No. 1: Quillon Tarrow Rules Chart", "") for n in range(30)]
    newest = ("‘Salt’ to No. 1: Quillon Tarrow Rules the Adult Airplay Chart for a Long Summer", "")
    kb = invented_kb(tmp_path, *old, newest)
    assert not kb.query("SELECT 1 FROM entities WHERE name LIKE '%Tarrow%'")
    assert best(kb, "quillon tarrow latest").row.title == newest[0]


def test_a_year_long_past_asks_for_that_years_article_not_the_newest(tmp_path: Path) -> None:
    """An act named far into the body of a 2014 report of an event, and in newer headlines
    of its own: asked what it played at that event in 2014, the 2014 report answers, not the
    act's newest news. A recent year ("their 2026 album") may be told by earlier news, so it
    does not narrow the news."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    opening = "Velvet Moth opened the night with a long set, and the crowd sang along. " * 6
    report = ArticleRecord(
        url="https://news.invented.example/report",
        title="Photos: Velvet Moth Joined By Friends At The Lantern Awards",
        date="2014-04-11",
        source="invented.example",
        body=opening + "The set list: Tida Marsh: “Salt Lamp”. Quillward closed the night.",
    )
    newer = [
        invented_article(n, f"Tida Marsh Performs New Song ‘Lamp {n}’ at Harbour Night", "")
        for n in range(1, 4)
    ]
    add_articles(kb, [report, *newer])
    asked = "which song did tida marsh perform at the 2014 lantern ceremony"
    assert best(kb, asked).row.url == report.url
    recent = "which song did tida marsh perform at the 2025 lantern ceremony"
    assert best(kb, recent).row.url != report.url


def test_a_name_in_brackets_is_a_credit_not_the_news(tmp_path: Path) -> None:
    """A newer item about another act, whose lead names the act asked about in brackets
    among a producer's bands, is not that act's news: the act's own item is."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            invented_article(
                40,
                'Velvet Moth: "Salt Hour"',
                "Velvet Moth share Salt Hour, a song for the long drive home.",
            ),
            invented_article(
                90,
                'Tida Marsh: "Lantern"',
                "The anthemic track finds the trio recording with Ada Brenner (Velvet Moth, "
                "Quillward).",
            ),
        ],
    )
    reply = answer(Message("velvet moth new album when"), kb, now=NOW)
    assert reply.url == "https://news.invented.example/40"


def test_an_article_is_read_as_a_question_is_typed_without_its_possessives() -> None:
    """A question's "Quillward's Daughter" is the pair "quillward daughter"; a headline's
    "Quillward’s Daughter" must hold that pair too, or a name with a possessive in it reads
    as one no article spells."""
    words = read_words("Punks Quillward’s Daughter Release the Lanterns' Album")
    assert " quillward daughter " in words.joined and " lanterns album " in words.joined


def test_what_follows_in_beside_a_surely_linked_name_is_no_evidence_of_another(
    tmp_path: Path,
) -> None:
    """ "<act> had a residency in <city nickname>?": the words after "in" say where, beside
    a name the best article is about; they do not speak for declining as a name no article
    writes would."""
    kb = invented_kb(
        tmp_path,
        ("Quill Nine Launch Residency", "Quill Nine will host a residency in Harbourton."),
        ("Quill Nine: Tide", "Quill Nine return with Tide."),
    )
    question, linking = understand(kb, "quill 9 had some residency in quillburg?")
    ranked = rank(kb, question, linking, NOW)
    evidence = decline_evidence(kb, linking, ranked, question.asks[:1], question.for_news)
    assert evidence.features["sure"] == 1.0
    assert evidence.features["unknown_word"] == evidence.features["unspelt"] == 0.0


def test_a_place_after_in_beside_a_festival_the_best_article_is_about_is_where_it_is(
    tmp_path: Path,
) -> None:
    """ "who's playing <festival>, that festival in <Town>?": the town is where the festival
    is, as it is beside an act; a festival is no subject, but the best article is about it."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoor Fest Announces 2026 Lineup", "Quillmoor Fest returns with Velvet Moth."),
        ("Velvet Moth Share New Single", "Velvet Moth shared a single."),
    )
    answered_by(kb, "who's playing Quillmoor Fest this year, that festival in Harbourton Bay?", 1)


def test_a_mistyped_name_with_a_possessive_is_held_where_text_writes_it(tmp_path: Path) -> None:
    """A typo links "<Frist> <Surname>'s <Word>" to the entity, whose own words, read as text
    is read, drop the possessive's "s": its own headline holds them so, and ranks above a
    newer story that names it only in passing."""
    passing = "Velvet Moth played a long set. " * 30 + "Orla Penhallow's Drydock opened."
    kb = invented_kb(
        tmp_path,
        ('Orla Penhallow\'s Drydock: "Tide Song"', "Orla Penhallow's Drydock return."),
        ("Velvet Moth: Tide", passing),
    )
    answered_by(kb, "what's new with Orla Penhalow's Drydock?", 1)


def test_an_unknown_act_placed_on_a_known_lineup_or_label_is_declined(tmp_path: Path) -> None:
    """ "is <act> on the <festival> lineup?", "<act> signed to <label>?": where no article
    spells the act, the festival's or label's own news answers another question."""
    kb = invented_kb(
        tmp_path,
        ("Harvest Fields Announce 2026 Lineup", "Velvet Moth and Quill headline Harvest Fields."),
        ("Harvest Fields Cancels 2027 Festival", "The copper gates close; the owls fly."),
        ("Lantern Records Signs Quill", "Lantern Records signed Quill."),
    )
    for text in (
        "is copper owls on the harvest fields lineup?",
        "copper owls signed to lantern records?",
    ):
        assert answer(Message(text), kb, now=NOW).intent == "unknown", text
    assert answer(Message("is quill on the harvest fields lineup?"), kb, now=NOW).url


def test_a_description_right_after_the_name_picks_no_older_article(tmp_path: Path) -> None:
    """ "<name> <city> band anything new": the words after the name say who it is, "the"
    left out, and do not pick the older article that happened to describe it so."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth: Demos", "Velvet Moth are a new band emerging in Harbourton."),
        ("Velvet Moth: Eternal Song", "Velvet Moth share a song from their coming record."),
    )
    reply = answer(Message("velvet moth harbourton band anything new"), kb, now=NOW)
    assert reply.url == "https://news.invented.example/2", reply.text


def test_a_sentence_holding_the_record_asked_counts_though_it_calls_the_act_the_group(
    tmp_path: Path,
) -> None:
    """The sentence that names the act need not be the one that holds the record asked about
    ("The group's new LP, <Record>, arrives ..."): the article holding it ranks first."""
    kb = invented_kb(
        tmp_path,
        (
            "Quillward: Lantern Days",
            "Hailing from Harbourton, Quillward issued their debut in 2021. "
            + "The songs were loud and fast and the shows were louder still. " * 6
            + "The group's new LP, Expiry, arrives on October 4.",
        ),
        (
            "Quillward: Harbour Song",
            "Neon Records has an LP lined up from punk group Quillward, out in May.",
        ),
    )
    question, linking = understand(kb, "when does Quillward's Expiry LP come out?")
    assert linking is not None
    assert rank(kb, question, linking, NOW)[0].row.title == "Quillward: Lantern Days"


def test_a_record_a_headline_names_is_no_name_only_bodies_write(tmp_path: Path) -> None:
    """A record's title the question writes as a name ("since they announced <Title>") is
    one the news is about, in its headline: it does not put its article first, as a name only
    bodies write would."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Quay Announce New Album What They Keep in the Harbour", "It is out in May."),
        (
            'Velvet Quay Share "Lamplight"',
            "Since announcing their album, the band shared a new single, Lamplight.",
        ),
    )
    text = "velvet quay - anything newer since they announced What They Keep in the Harbour?"
    answered_by(kb, text, 2)


def test_a_headline_calling_a_tour_new_announces_it(tmp_path: Path) -> None:
    """ "<Act> Are Back With New 30-City Tour" announces a tour without the word: asked
    whether a tour is announced, it is newer news than the shows announced before it."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Two Harbour Hall Shows", "Velvet Moth will play two shows."),
        ("Velvet Moth Are Back With New 30-City Tour", "Velvet Moth will tour."),
    )
    answered_by(kb, "is velvet moth touring again, anything announced?", 2)


def test_a_headline_rescheduling_dates_announces_them(tmp_path: Path) -> None:
    """ "<Act> Reschedules Cancelled Dates": asked for new tour dates, the rescheduled ones
    are newer news than the dates announced before."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce 20 Dates Across the Coast", "Velvet Moth will tour."),
        ("Velvet Moth Cancel Dates After Injury", "Velvet Moth cancelled their dates."),
        ("Velvet Moth Reschedule Cancelled Dates", "Velvet Moth will play the dates in May."),
    )
    answered_by(kb, "has velvet moth announced any new tour dates?", 3)


def test_the_last_thing_written_about_an_act_is_its_newest_news(tmp_path: Path) -> None:
    """ "the last thing written about <act>" asks for the newest news: "thing" and "written"
    say how the news is asked for, not words an older headline's title holds."""
    kb = invented_kb(
        tmp_path,
        ('Velvet Moth: "Burning Things Written in Sand"', "Velvet Moth shared a song."),
        ('Velvet Moth: "Harbour Lights"', "Velvet Moth shared another song."),
    )
    answered_by(kb, "last thing written about velvet moth?", 2)
