"""The answering core on a real knowledge base of invented articles: latest news, facts,
several names, typos, initials, declining, announcements, help. Each behaviour is asked in
more than one wording, because an answer that holds for one phrasing only is no answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import (
    NOW,
    SITE,
    act_news,
    answered_by,
    ask,
    city_news,
    everyday,
    invented_article,
    invented_kb,
)

from bot.adapters.discord.commands import HELP_COMMANDS as DISCORD_COMMANDS
from bot.adapters.slack.commands import HELP_COMMANDS as SLACK_COMMANDS
from bot.core.answer import (
    answer,
    help_reply,
    latest_news,
    more_like,
    recent_announcements,
    respond,
    understand,
)
from bot.core.intents import parse
from bot.core.messages import Message
from bot.core.names import link
from bot.core.ranking import rank
from bot.core.spelling import WRITTEN_ARTICLES
from knowledge import store
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase


def declined(kb: KnowledgeBase, text: str) -> str:
    """The text of the reply to a question that must be declined."""
    reply = ask(kb, text)
    assert reply.intent == "unknown", reply.text
    return reply.text


def fact_quotes(path: Path, article: tuple[str, str], *questions: str) -> list[str]:
    """What each question's fact reply quotes from one invented article (title, body) alone;
    every one must be a fact reply."""
    kb = invented_kb(path, article)
    replies = [ask(kb, question) for question in questions]
    assert all(reply.intent == "fact" for reply in replies)
    return [reply.text for reply in replies]


@pytest.mark.parametrize(
    "question",
    [
        "what's new with velvet marrow?",
        "any news on Velvet Marrow",
        "velvet marrow latest",
        "velvet marow latest",
        "VELVET MARROW updates?",
        # A pasted link is no part of what is asked.
        "www.example.com/tour-9xQ2 velvet marrow latest",
    ],
)
def test_latest_is_the_newest_article_about_the_artist(
    invented: KnowledgeBase, question: str
) -> None:
    reply = ask(invented, question)
    assert reply.intent == "latest" and reply.entity == "Velvet Marrow"
    assert reply.url == SITE + "lakelight-2026"
    assert reply.freshness and reply.freshness.startswith("as of 2026-02-01")


@pytest.mark.parametrize(
    "question",
    [
        "which label did velvet marrow sign with?",
        "who's releasing velvet marrow's record?",
        "who is putting out velvet marrow's record?",
        "velvet marrow label?",
        # Asked in French.
        "velvet marrow, ils sont sur quel label maintenant?",
        "quelle maison de disques sort le prochain album de Velvet Marrow?",
    ],
)
def test_fact_answers_quote_the_sentence_that_states_it(
    invented: KnowledgeBase, question: str
) -> None:
    reply = ask(invented, question)
    assert reply.intent == "fact" and reply.url == SITE + "velvet-marrow-sign"
    assert "Lantern Hill Records" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "c'est quoi les dernieres nouvelles de Velvet Marrow?",
        "quoi de neuf avec velvet marrow ces temps-ci?",
        "yo des news de Velvet Marrow récemment?",
        "¿Qué hay de nuevo con Velvet Marrow?",
        "¿Qué está haciendo Velvet Marrow ahora?",
        "lo mas reciente de velvet marrow",
        "lo ultimo de velvet marrow",
        "E aí, alguma novidade da Velvet Marrow?",
        "Qual é a novidade mais recente da Velvet Marrow?",
        "Was gibt's Neues von Velvet Marrow?",
        "Gibt es Neuigkeiten von Velvet Marrow?",
        "Ci sono notizie recenti su Velvet Marrow?",
        "Wat is er nieuw met Velvet Marrow?",
        # German capitalises its nouns: a capital marks no name there.
        "Was gibt es Aktuelles von Velvet Marrow?",
        "Irgendwelche News zu Velvet Marrow?",
        "velvet marrow was ist da los aktuell",
        "co słychać u Velvet Marrow?",
        "Velvet Marow — coś nowego?",
        "ano ang pinakabagong balita tungkol sa Velvet Marrow?",
        "Velvet Marrow — ano latest nila?",
        "neuestes von velvet marrow?",
        "hat velvet marrow zuletzt was gemacht, was ist der letzte stand",
        "O que a Velvet Marrow anda fazendo?",
        "Wat is het nieuwste van Velvet Marrow?",
        "Hoe staat het met Velvet Marrow?",
        "wat doet velvet marrow tegenwoordig",
        "wat is het recentste nieuws over velvet marrow",
        # Where the band is from, as the language says it, is no second name.
        "Velvet Marrow, le groupe de Portvale, il y a du nouveau chez eux ?",
    ],
)
def test_a_question_in_another_language_gets_the_latest_not_a_decline_of_its_words(
    invented: KnowledgeBase, question: str
) -> None:
    reply = ask(invented, question)
    assert reply.intent == "latest" and reply.url == SITE + "lakelight-2026"


@pytest.mark.parametrize(
    "question",
    ["Gibt es Gerüchte über Velvet Marrow?", "Was sagt die Pressemitteilung über Velvet Marrow?"],
)
def test_a_german_noun_is_capitalised_as_every_noun_not_as_a_name(
    invented: KnowledgeBase, question: str
) -> None:
    reply = ask(invented, question)
    assert reply.url is not None and reply.url.startswith(SITE)


@pytest.mark.parametrize(
    "question",
    [
        "¿Quill Harbour anunciaron gira de otoño?",
        "Quill Harbour touren im Herbst?",
        "Quill Harbour fanno un tour in autunno?",
        "Quill Harbour vão fazer turnê no outono?",
    ],
)
def test_a_season_in_another_language_is_searched_as_the_english_word(
    tmp_path: Path, question: str
) -> None:
    """Words no English article writes, such as a season's name in another language, are
    read as the English word by the search too, not only as a cue: the fall tour, though a
    spring one is newer."""
    kb = invented_kb(
        tmp_path,
        ("Quill Harbour Announce Fall Tour", "Quill Harbour will tour this fall."),
        ("Quill Harbour Announce Spring Tour", "Quill Harbour will tour this spring."),
    )
    answered_by(kb, question, 1)


def test_recent_in_another_language_asks_for_the_newest(tmp_path: Path) -> None:
    """ "Récentes" is "recent": a word for news, not one to search articles for (it would
    find an older item's "recently")."""
    kb = invented_kb(
        tmp_path,
        ("Quill Harbour: Quill Harbour!", "A label recently released Quill Harbour's debut."),
        ('Quill Harbour: "Tide Line"', "Quill Harbour unveiled their new LP this week."),
        ('Quill Harbour: "Salt"', "Quill Harbour shared Salt."),
    )
    answered_by(kb, "Des nouvelles récentes de Quill Harbour ?", 3)


def test_a_languages_own_small_words_are_no_part_of_a_name(invented: KnowledgeBase) -> None:
    """Italian's plural "i" before a band ("I <Name> tornano?"), German's "wonach" opening
    a question."""
    assert ask(invented, "I Lantern Hill tornano con un album nuovo?").url is not None
    assert link(invented, "Wonach ist die EP der Quillmoss benannt?").named_runs == ("quillmoss",)


@pytest.mark.parametrize(
    "question",
    [
        "wat is er nieuw met quill van marsh",
        "quill van marsh laatste nieuws",
        "wat is er nieuw met bram de quillen",
    ],
)
def test_a_languages_own_word_inside_a_known_name_stays_the_names(
    tmp_path: Path, question: str
) -> None:
    """Dutch "van" and "de" end a name elsewhere ("<Title> van <Band>"), but inside one the
    knowledge base knows they are its words: without them the rest is no name."""
    kb = invented_kb(tmp_path, *act_news("Quill van Marsh"), *act_news("Bram de Quillen"))
    answered_by(kb, question, 2 if "marsh" in question else 4)


@pytest.mark.parametrize(
    "question",
    [
        "Eish, what's the latest with Quill Harbour? Lekker.",
        "Abeg, wetin be the newest gist about Quill Harbour?",
        "Oya, wetin dey happen with Quill Harbour lately? Latest update abeg.",
        "Wah gwaan wid Quill Harbour dese days?",
        "wagwan with quill harbour lately, he dropping anything?",
        "Howzit, what's new with Quill Harbour, ja?",
        "Wee question: what's the most recent thing yous have on Quill Harbour?",
        "Quill Harbour got any news or not lah?",
    ],
)
def test_the_chat_words_of_other_englishes_name_nothing(tmp_path: Path, question: str) -> None:
    """West African, Caribbean, South African, Singaporean and Scottish English words
    ("abeg", "wah gwaan", "eish", "lah", "yous") are chat, and "wetin" and "gist" are "what"
    and news: not a name the knowledge base lacks."""
    kb = invented_kb(tmp_path, *act_news("Quill Harbour"))
    answered_by(kb, question, 2)


def test_a_caribbean_what_asks_a_title(tmp_path: Path) -> None:
    """ "Wha it name?" asks what the announced tour is called: "wha" is "what", no name."""
    kb = invented_kb(tmp_path, *act_news("Quill Harbour"))
    answered_by(kb, "Quill Harbour announce new tour? Wha it name?", 1)


def test_an_outlet_writing_in_lowercase_names_acts_styled_as_handles(tmp_path: Path) -> None:
    """Headlines all in lowercase capitalise no name, but a handle's digit or underscore
    marks one ("<word>b0ne", "<word>_<word>"): its newest news, not a decline, however
    the asker types it ("<word>bone", "<word> <word>")."""
    kb = invented_kb(
        tmp_path,
        ("quillb0ne announces debut album 'paper halo'", "the album is out in may."),
        ("tour szn: quillb0ne is hitting the road", "the tour starts in june."),
        ("marsh_lucy just dropped 'static' and the fyp is obsessed", "it is a song."),
    )
    answered_by(kb, "whats new with quillb0ne", 2)
    answered_by(kb, "any quillbone news", 2)
    answered_by(kb, "anything new from marsh lucy", 3)


@pytest.mark.parametrize(
    "question",
    [
        "whats new with marsh penn from quill harbour",
        "any news on Marsh Penn of Quill Harbour?",
        "whats new with marsh from quill harbour",
        "any news on Marsh of Quill Harbour?",
    ],
)
def test_a_person_said_with_their_band_is_that_person(tmp_path: Path, question: str) -> None:
    """ "<Person> from <Band>" says who the person is, and "<First> from <Band>" is the
    member of that band the news names so, not a better known namesake: their newest news,
    which need not name the band, not an older item naming both."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quill Harbour"),
        ("Quill Harbour Singer Marsh Penn Sues Label", "Marsh Penn of Quill Harbour sued."),
        ("Marsh Penn Shares First Solo Single", "Marsh Penn shared a song."),
        ("Marsh Tiller Announces Tour", "Marsh Tiller will tour."),
        ("Marsh Tiller Shares Single", "Marsh Tiller shared a song."),
        ("Marsh Tiller Wins Award", "Marsh Tiller won."),
    )
    answered_by(kb, question, 4)


@pytest.mark.parametrize(
    "question",
    [
        "What's the latest from Tiller, the Quill Harbour guy?",
        "whats new with marsh, the quill harbour singer",
    ],
)
def test_a_member_told_apart_by_their_band_after_a_comma_is_that_member(
    tmp_path: Path, question: str
) -> None:
    """ "<Surname>, the <Band> guy" names the member, as "<First> from <Band>" does: the band
    after the comma says who is meant, so the member's newest news answers, not the band's."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quill Harbour"),
        ("Quill Harbour Singer Marsh Tiller Sues Label", "Marsh Tiller of Quill Harbour sued."),
        ("Marsh Tiller Shares First Solo Single", "Marsh Tiller shared a song."),
        ("Quill Harbour Play a Secret Show", "Quill Harbour played."),
    )
    answered_by(kb, question, 4)


def test_a_first_name_from_a_band_of_an_everyday_word_is_the_member(tmp_path: Path) -> None:
    """ "<first> from <word>": the band's name is an everyday word, linked unsurely, and the
    member a middle name too ("<First> <Middle> <Last>"); the news placing them in that band
    says who is meant, and their newest news answers. Before a band linked so, an everyday
    word ("most of <word>") is more likely chat, and no first name is read in it."""
    kb = invented_kb(
        tmp_path,
        *act_news("Lantern"),
        ("Lantern Singer Quillon James Tiller Sues Label", "Quillon James Tiller of Lantern sued."),
        ("Quillon James Tiller Opens a Bakery", "Quillon James Tiller opened a bakery."),
        ("Lantern Play a Secret Show", "Lantern played."),
        *everyday("I carried a lantern home.", 3),
    )
    answered_by(kb, "what's quillon from lantern up to lately", 4)


@pytest.mark.parametrize(
    "question",
    [
        "What's the ex-Quill Harbour bassist Marsh Tiller been up to lately?",
        "Marsh Tiller (the Quill Harbour bassist) - anything recent?",
        "Marsh Tillr (the Quill Harbour bassist) - anything recent?",
        "did Quill Harbour bassist Marsh Tiller announce anything",
    ],
)
def test_a_band_that_says_who_a_person_is_asks_for_the_persons_news(
    tmp_path: Path, question: str
) -> None:
    """A band named with a role beside a person ("<Band> bassist <Person>") says who the
    person is: their newest news answers, not an older item that names both. The aside, the
    typo and the announcement were answered so before in this small knowledge base too:
    guards of the same reading."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quill Harbour"),
        ("Quill Harbour Bassist Marsh Tiller Announces Solo Tour", "Marsh Tiller will tour."),
        ("Marsh Tiller Opens a Bakery", "Marsh Tiller opened a bakery."),
        ("Quill Harbour Play a Secret Show", "Quill Harbour played."),
    )
    answered_by(kb, question, 3 if "announce" in question else 4)


def test_text_speak_asks_for_the_kind_of_news_it_spells(tmp_path: Path) -> None:
    """ "annc'd" asks for an announcement and "l8st" for the newest news, not about what a
    name spelled so would be."""
    kb = invented_kb(tmp_path, *act_news("Quill Harbour"))
    answered_by(kb, "quill harbour annc'd a new albm??", 1)
    answered_by(kb, "quill harbour l8st? sum1 said smth abt them b4", 2)
    answered_by(kb, "wat's quill harbour sayin l8ly", 2)


def test_initials_two_names_share_equally_are_the_longer_names(tmp_path: Path) -> None:
    """Fans shorten a band of three words to its initials more than a person's two
    ("<First> <Last>-<Word>"): as often in the news, the band is meant."""
    kb = invented_kb(
        tmp_path,
        ("Tarn Bright-Sands Joins Cast of New Film", "Tarn Bright-Sands will act."),
        ("Tarn Bright-Sands Talks Fame", "Tarn Bright-Sands spoke."),
        ("Tin Bell Saints Share New Single", "Tin Bell Saints shared a song."),
        ("Tin Bell Saints Announce Reissue of Debut", "Tin Bell Saints will reissue it."),
    )
    answered_by(kb, "What's TBS announcing?", 4)


def test_a_songs_initials_name_nothing(tmp_path: Path) -> None:
    """Fans shorten an act's name to its initials, not a song's: "<ABC> tour dates?" asks
    of an act the knowledge base lacks, not of the song whose words begin so."""
    kb = invented_kb(
        tmp_path,
        ("Quill Harbour – “Telephone From Saturn”", "Quill Harbour shared a new song."),
        ("Quill Harbour – “Paper Halo”", "Quill Harbour shared another song."),
    )
    answered_by(kb, "TFS playing any shows?", None)


@pytest.mark.parametrize(
    "question",
    [
        "Ahoy matey! What be the latest treasure from Quill Harbour?",
        "Prithee, what newest tidings hast thou of Quill Harbour?",
        "Hark! Hath Quill Harbour shared a new single unto the realm?",
    ],
)
def test_a_put_on_voices_words_name_nothing(tmp_path: Path, question: str) -> None:
    """A pirate's or a stage Elizabethan's words ("ahoy matey", "prithee", "hast thou") are
    chat, and "tidings" is news."""
    kb = invented_kb(tmp_path, *act_news("Quill Harbour"))
    answered_by(kb, question, 2)


@pytest.mark.parametrize(
    "question",
    [
        "wat kondigde quill harbour aan",
        "quill harbour kondigt iets aan toch, wat",
        "wat maakte quill harbour bekend",
        "wat is de laatste aankondiging van quill harbour",
    ],
)
def test_dutch_asks_for_an_announcement_in_its_own_verbs(tmp_path: Path, question: str) -> None:
    """ "Kondigt ... aan" and "maakt ... bekend" say announced, with what between: the tour
    announced, not the newer review."""
    kb = invented_kb(
        tmp_path,
        ("Quill Harbour kondigt tournee aan", "Quill Harbour gaat op tournee."),
        ("Recensie | Quill Harbour – 'Salt' ★★★☆☆", "Quill Harbour klinkt goed."),
    )
    answered_by(kb, question, 1)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("jakies newsy o quill harbour ostatnio", 3),
        ("co robi teraz quill harbour", 3),
        ("co sie dzieje ze quill harbour", 3),
        ("quill harbour zapowiedziala trase czy nie", 1),
    ],
)
def test_polish_asks_in_its_own_words(tmp_path: Path, question: str, number: int) -> None:
    """Polish as fans type it, its letters' marks dropped: "jakies newsy", "co robi teraz"
    and "co sie dzieje ze" ask for news and name nothing; "zapowiedziala trase" asks for
    the tour a Polish headline announces ("ogłasza trasę")."""
    kb = invented_kb(
        tmp_path,
        ("Quill Harbour ogłasza trasę „Sól”", "Quill Harbour zagra 12 koncertów."),
        ("Quill Harbour – debiut „Pierwszy”", "Debiut wyprodukował Tarn Wella."),
        ("Quill Harbour – nowy singiel „Mewy”", "Quill Harbour wydała nowy singiel."),
    )
    answered_by(kb, question, number)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("co slychac u iwony sarneckiej", 2),
        ("co nowego u cichego lata", 4),
        ("jakies newsy o tomaszu wierzbku", 6),
        ("co robi teraz iwona sarnecka", 2),
    ],
)
def test_polish_names_a_name_in_its_cases(tmp_path: Path, question: str, number: int) -> None:
    """Polish declines names ("u Iwony Sarneckiej", "Cichego Lata", "o Tomaszu Wierzbku"):
    read back to the base form the articles write, they name the act, not an unknown one.
    A word read back alone is no name: "robi" ("does") is not the one-word act "Rob"."""
    kb = invented_kb(
        tmp_path,
        *act_news("Iwona Sarnecka"),
        *act_news("Ciche Lato"),
        *act_news("Tomasz Wierzbek"),
        ("Rob Shares New Single", "Rob shared a single."),
    )
    answered_by(kb, question, number)


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("Touren Velvet Marrow im Herbst durch Nordamerika?", "velvet-marrow-fall-tour"),
        ("Gaan Velvet Marrow deze herfst op tournee?", "velvet-marrow-fall-tour"),
        ("¿Velvet Marrow va de gira este otoño?", "velvet-marrow-fall-tour"),
        ("New Tallow fanno un tour quest'estate? In autunno no?", "new-tallow-tour"),
        ("Touren New Tallow im Sommer?", "new-tallow-tour"),
    ],
)
def test_a_season_asked_in_another_language_is_that_season(
    invented: KnowledgeBase, question: str, article: str
) -> None:
    """Its everyday words are no English typos ("durch" is not "dutch") nor unknown names."""
    assert ask(invented, question).url == SITE + article


def test_a_name_typed_with_a_typo_is_as_sure_as_its_link_beside_a_word_no_article_uses(
    invented: KnowledgeBase,
) -> None:
    reply = ask(invented, "did velvet marow plan a glorptastic tour")
    assert reply.url == SITE + "velvet-marrow-fall-tour"


def test_a_date_is_found_in_the_sentence_after_the_name(invented: KnowledgeBase) -> None:
    reply = ask(invented, "when does velvet marrow's second lp come out")
    assert "June 14" in reply.text


def test_a_fact_sentence_beats_one_that_only_repeats_the_question_word(
    invented: KnowledgeBase,
) -> None:
    reply = ask(invented, "which label put out deep water by glass anchor")
    assert "Birchline Records" in reply.text


@pytest.mark.parametrize(
    "question",
    ["when did ola brandt passd away", "ola brandt passed away when?", "when did ola brandt die"],
)
def test_a_mistyped_question_word_is_read_as_meant(invented: KnowledgeBase, question: str) -> None:
    reply = ask(invented, question)
    assert reply.url == SITE + "juniper-static-brandt" and "January 18" in reply.text


def test_a_name_no_headline_links_does_not_choose_the_sentence_by_being_named(
    tmp_path: Path,
) -> None:
    """The words of the headline chose the article; a sentence repeating them is no likelier
    to hold the amount asked than one that only says "they"."""
    body = (
        "Canadian band Quarrowvex have a long history behind them. They've got 9 albums and "
        "a loyal following. Quarrowvex formed in a basement 30 years ago. Quarrowvex still "
        "rehearse there for two hours every week."
    )
    kb = invented_kb(tmp_path, ("Quarrowvex, Band", body))
    for question in ("how many albums does quarrowvex have", "quarrowvex how many albums"):
        assert "9 albums" in ask(kb, question).text


def test_a_fact_comes_with_the_sentence_that_says_whose_it_is(invented: KnowledgeBase) -> None:
    reply = ask(invented, "how old was ola brandt")
    assert "He was 41." in reply.text and reply.text.startswith("Ola Brandt")


@pytest.mark.parametrize(
    "question",
    ["new tallow latest single", "new tallow new single?", "any new singles from new tallow"],
)
def test_the_latest_of_the_kind_asked(invented: KnowledgeBase, question: str) -> None:
    reply = ask(invented, question)
    assert reply.url == SITE + "new-tallow-brine" and reply.entity == "New Tallow"


@pytest.fixture
def one_artist(tmp_path: Path) -> KnowledgeBase:
    """An artist whose newest news is of no kind asked below, and whose signing, tour and
    album news are older."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    titles = [
        "Quillon Marsh Sign to Birchline Records",
        "Quillon Marsh Announce Spring Tour",
        "Quillon Marsh Announce New Album Lowlight",
        'Quillon Marsh Share New Single "Brine"',
        "Quillon Marsh Talk Ferries and Fishing in New Interview",
        "Quillon Marsh Win Regional Arts Grant",
    ]
    # The newest also speaks of tour dates, without being tour news.
    grant = "Quillon Marsh will spend the grant on tour dates: tour dates in small towns."
    bodies = ["", "", "", "", "", grant]
    add_articles(
        kb,
        [
            invented_article(n, title, body)
            for n, (title, body) in enumerate(zip(titles, bodies, strict=True), 1)
        ],
    )
    return kb


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("is quillon marsh touring", 2),
        ("will quillon marsh tour this year", 2),
        ("has quillon marsh got a tour coming up", 2),
        ("quillon marsh tour dates", 2),
        ("quillon marsh tour?", 2),
        ("quillon marsh new album release date", 3),
        ("quillon marsh album out yet?", 3),
        ("quillon marsh next album", 3),
        ("is quillon marsh putting out an album", 3),
        ("what label is quillon marsh on", 1),
    ],
)
def test_a_question_about_a_kind_of_news_gets_the_newest_of_that_kind(
    one_artist: KnowledgeBase, question: str, number: int
) -> None:
    assert ask(one_artist, question).url == f"https://news.invented.example/{number}"


@pytest.mark.parametrize(
    "question", ["did quillon marsh announce a book?", "quillon marsh memoir announced?"]
)
def test_a_book_asked_for_is_the_book_news_not_the_newest(tmp_path: Path, question: str) -> None:
    """A memoir is news of its own kind: asked for, it is the answer, not the newer tour."""
    kb = invented_kb(
        tmp_path,
        ("Quillon Marsh Announce Memoir Salt Years", "The memoir is out in May."),
        ("Quillon Marsh Announce Spring Tour", "Quillon Marsh will tour."),
        ("Quillon Marsh Share New Single", "Quillon Marsh shared a single."),
    )
    assert ask(kb, question).url == "https://news.invented.example/1"


def test_a_names_own_words_ask_nothing(invented: KnowledgeBase) -> None:
    assert "tour" in parse("who runs copper hall?").facts
    question, _ = understand(invented, "who runs copper hall?")
    assert "tour" not in question.facts and question.text == "who runs copper hall?"


def test_a_question_without_a_question_word_still_gets_the_fact(invented: KnowledgeBase) -> None:
    reply = ask(invented, "velvet marrow second lp release date")
    assert "June 14" in reply.text


def test_a_title_of_small_words_picks_the_sentence_that_quotes_it(tmp_path: Path) -> None:
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    body = (
        "Quillon Marsh return with their second full-length this spring. "
        "Over And Out lands April 28 through Birchline Records. "
        "The video was shot on a ferry. "
        "Quillon Marsh play Copper Hall in Halifax on May 26."
    )
    add_articles(kb, [invented_article(1, "Quillon Marsh: Over And Out", body)])
    reply = ask(kb, "quillon marsh over and out out when")
    assert "April 28" in reply.text and "May 26" not in reply.text


def test_an_interviewers_question_is_quoted_only_with_its_answer(tmp_path: Path) -> None:
    body = (
        "Quillon Marsh talked to us before the show. "
        "When did you start playing music, Quillon Marsh? "
        "I grew up in Harbourton and started on my uncle's guitar in 2009."
    )
    quoted = fact_quotes(
        tmp_path,
        ("Quillon Marsh, Musician", body),
        "when did quillon marsh start playing music",
        "what year did quillon marsh start playing music",
    )
    assert all(text.endswith("guitar in 2009.") for text in quoted)


def test_an_embedded_posts_credit_line_is_never_the_passage(tmp_path: Path) -> None:
    """ "— <Name> (@<handle>) <date>" under an embedded post names the artist and a date, and
    states nothing."""
    body = (
        "Quillon Marsh posted about the record. "
        "The new album is out now, go get it pic.twitter.com/abc123\n"
        "— Quillon Marsh (@quillonmarsh) May 1, 2024"
    )
    (quoted,) = fact_quotes(
        tmp_path,
        ("Quillon Marsh Posts About Album", body),
        "when did quillon marsh post about the album",
    )
    assert "(@quillonmarsh)" not in quoted and quoted


def test_an_interview_answers_where_from_and_whose_name_with_the_sentence_that_tells_it(
    tmp_path: Path,
) -> None:
    body = (
        "Quillon Marsh play Copper Hall tonight, so come out to the show. "
        "Where are you from? "
        "We are from Lake Orrin, though we met in Harbourton. "
        "We should play there more, I think. "
        "Why that name? "
        "The name comes from a ferry our grandfather ran. "
        "Quillon Marsh are Ana Vidal and Tor Melby, and they are loud."
    )
    where, named, who = fact_quotes(
        tmp_path,
        ("Quillon Marsh, Band", body),
        "where are quillon marsh from",
        "where did quillon marsh get their name",
        "who is in quillon marsh",
    )
    assert where.startswith("We are from Lake Orrin")
    assert named.startswith("The name comes from a ferry")
    assert who.startswith("Quillon Marsh are Ana Vidal and Tor Melby")


def test_who_produced_it_and_what_it_is_about_are_told_by_the_sentence_that_says_so(
    tmp_path: Path,
) -> None:
    """A word asking for a kind of person ("produced") tells which person sentence answers;
    a sentence naming the members is a person sentence too, but not the one asked for."""
    body = (
        "Quillon Marsh features bassist Tor Melby, guitarist Ola Brandt and drummer Bo Lind. "
        "Their cover of Tide, a 1989 hit, came out on Friday. "
        "It was recorded with producers Ana Vidal and Cy Moss at Copper Hall. "
        "The singer says Tide is about the night the ferry sank."
    )
    produced, about = fact_quotes(
        tmp_path,
        ("Quillon Marsh: Tide", body),
        "who produced quillon marsh's version of tide",
        "what is quillon marsh's tide cover about",
    )
    assert "producers Ana Vidal" in produced and "bassist" not in produced
    assert "Tide is about the night the ferry sank" in about


def test_a_role_asked_is_told_by_a_word_for_that_role_not_by_one_that_looks_like_it(
    tmp_path: Path,
) -> None:
    """A singer is also a vocalist or a frontman, and a founder is named as one; a "product"
    or a "single" names no producer or singer."""
    body = (
        "Quillon Marsh is a pandemic product made in a basement, their first single says. "
        "The EP features vocalist Ana Vidal and drummer Bo Lind. "
        "Cy Moss served as producer and mixed the sessions. "
        "Festival founder and bandleader Oren Plaskett booked them."
    )
    singer, producer, founder = fact_quotes(
        tmp_path,
        ("Quillon Marsh: Tide", body),
        "saw quillon marsh last night, who's their singer?",
        "who produced quillon marsh's tide",
        "who founded the festival quillon marsh played",
    )
    assert "vocalist Ana Vidal" in singer
    assert "Cy Moss served as producer" in producer
    assert "founder and bandleader Oren Plaskett" in founder


@pytest.mark.parametrize(
    ("title", "body", "question", "stated"),
    [
        (
            "Quillon Marsh Live",
            "Quillon Marsh performed 29 pieces over three hours at Copper Hall. "
            "The band wore white. The crowd sang along. "
            "It is important that most of the set came from Tide (6 songs) and Lantern "
            "(5 songs).",
            "how many songs did quillon marsh perform at copper hall",
            "29 pieces",
        ),
        (
            "Quillon Marsh: Lowlight",
            "Quillon Marsh played 40 shows across two continents last year. "
            "Their new album Lowlight arrives in May. "
            "It's the band's fifth LP, following 2021's Tide.",
            "how many albums has quillon marsh made",
            "fifth LP",
        ),
    ],
)
def test_things_counted_are_found_under_other_names(
    tmp_path: Path, title: str, body: str, question: str, stated: str
) -> None:
    """ "How many songs" is answered by "29 pieces", "how many albums" by a "fifth LP", not
    by a count of something else."""
    (count,) = fact_quotes(tmp_path, (title, body), question)
    assert stated in count


def test_a_work_with_a_word_for_its_maker_asks_for_the_makers_news(tmp_path: Path) -> None:
    """ "<album> band latest single" asks for the band's newest single, which the album's
    announcement is not; the album asked alone is still the album's news."""
    kb = invented_kb(
        tmp_path,
        ('Quill Fathom Announce New Album "Lowlight Harbour"', ""),
        ("Quill Fathom Play Copper Hall", ""),
        ('Quill Fathom Share New Single "Brine"', ""),
    )
    assert ask(kb, "lowlight harbour band latest single").url == f"{SITE}3"
    assert ask(kb, "lowlight harbour latest").url == f"{SITE}1"


def test_a_release_party_is_where_and_when_not_a_label(tmp_path: Path) -> None:
    body = (
        "Quillon Marsh's Tide came out through Copper Hall Records last year. "
        "The band scheduled a release party for Friday at Harbourton's Lantern Room."
    )
    (where,) = fact_quotes(
        tmp_path,
        ("Quillon Marsh: Tide", body),
        "where's the quillon marsh release party for tide",
    )
    assert "Lantern Room" in where


def test_what_song_or_album_asks_its_title_even_beside_when_and_put_out() -> None:
    assert parse("what song did quillon marsh rush out before the deadline").facts[:1] == ("title",)
    assert parse("when they toured, what album had they just put out?").facts[:1] == ("title",)
    assert parse("their single broke what record").facts[:1] != ("title",)


def test_a_photo_caption_or_a_lead_in_to_a_quote_is_never_the_fact(tmp_path: Path) -> None:
    body = (
        "Quillon Marsh at Copper Hall in 2019 (Ana Vidal Photography)\n"
        "The band said of the 2019 record:\n"
        '"We made it in a barn over one winter."\n'
        "Quillon Marsh recorded Tidewater in 2019 with Tor Melby."
    )
    quoted = fact_quotes(
        tmp_path,
        ("Quillon Marsh, Band", body),
        "what year was quillon marsh at copper hall",
        "quillon marsh copper hall year",
    )
    assert not any(text.endswith((")", ":")) for text in quoted)


def test_words_that_describe_the_band_say_which_band_not_which_news(tmp_path: Path) -> None:
    """News describes a band before naming it ("<genre> duo <Name>"); the same words in a
    request for its news pick no article, nor do words the question describes it with after
    naming it ("the <person> band"), while beside a second name they still count."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Wolves: Tide", "Copper synth-punk duo Velvet Wolves share Tide."),
        ("Velvet Wolves' Ola Vance Films Cameo", "Velvet Wolves singer Ola Vance acts."),
        ("Velvet Wolves: Lantern", "Velvet Wolves return with Lantern."),
    )
    for question in (
        "what have velvet wolves been up to? love that synth punk duo",
        "copper synth punk duo velvet wolves latest",
        "any news on velvet wolves? the ola vance band",
    ):
        assert ask(kb, question).url == "https://news.invented.example/3", question


def test_a_members_name_one_lead_writes_says_which_band_not_which_news(tmp_path: Path) -> None:
    """Asked for the band's latest by a member's name ("what are <surname> and the others
    up to"), the one article whose lead writes that name is not therefore the news asked:
    a word the articles write as a name describes the band."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Wolves Singer Ola Vance Opens a Bakery", "Ola Vance bakes bread now."),
        ("Velvet Wolves: Lantern", "Velvet Wolves return with Lantern."),
    )
    answered_by(kb, "velvet wolves latest? what are vance and the others up to", 2)


def test_words_several_leads_describe_the_band_with_pick_none_of_its_news(
    tmp_path: Path,
) -> None:
    """Where the band's articles describe it anywhere in their leads ("<city>'s <Name>",
    "the <genre> band's debut"), the words two of them share say who it is, not which of
    its news is asked."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Wolves: Tide",
            "Harbourton's Velvet Wolves issued Tide, the bummer-pop band's debut.",
        ),
        (
            "Velvet Wolves: Lantern",
            "Velvet Wolves shared Lantern, more bummer-pop from Harbourton.",
        ),
        ("Velvet Wolves: Marrow", "Velvet Wolves return with Marrow."),
    )
    for question in (
        "velvet wolves harbourton bummer pop news",
        "what's the latest from velvet wolves, the bummer pop band from harbourton?",
    ):
        assert ask(kb, question).url == "https://news.invented.example/3", question


def test_a_known_name_with_an_unknown_word_is_not_answered_by_an_article_without_it(
    tmp_path: Path,
) -> None:
    """ "<word> <name>s tour dates" whose best article is another band's tour, which never
    names the band linked, is a band the knowledge base lacks; an article that does name
    the band still answers. (Sixty others make the question's words rare enough to search.)"""
    others = [(f"Harbour {n} Share Song", f"Harbour {n} share a song.") for n in range(60)]
    kb = invented_kb(
        tmp_path,
        ("Tidewater Turns 10", ""),
        *others,
        (
            "Copper Hall Guitarist to Miss Tour Dates for Cancer Treatment",
            "The guitarist will miss tour dates for cancer treatment.",
        ),
    )
    assert "about cancer tidewaters in" in declined(kb, "cancer tidewaters tour dates")
    assert ask(kb, "tidewater turns 10").url == "https://news.invented.example/1"


def test_a_name_guessed_from_a_typo_beside_an_unknown_word_is_not_another_bands_news(
    tmp_path: Path,
) -> None:
    """ "<word> <typo> tour dates", whose best article is another band's tour naming neither
    the guessed name nor the typo: a name the knowledge base lacks. Several words before the
    guess are what is asked about, and the guess an ordinary word mistyped."""
    others = [(f"Harbour {n} Share Song", f"Harbour {n} share a song.") for n in range(60)]
    kb = invented_kb(
        tmp_path,
        ("Quillmarsh Share New Song", "Quillmarsh shared a song."),
        *others,
        ("Lords of Copper Announce Spring Tour", "Lords of Copper will tour in the spring."),
        ("Ola Vance Raises Money for Charity at Tidewater Hall", "Ola Vance raised money."),
    )
    assert "about copper quilmarsh in" in declined(kb, "COPPER QUILMARSH TOUR DATES")
    assert ask(kb, "ola vance tidewater hall charity quilmarsh").url == (
        "https://news.invented.example/63"
    )


def test_a_word_after_a_venue_is_no_longer_name_when_the_article_names_the_typed_artist(
    tmp_path: Path,
) -> None:
    """ "<typo> <venue> <word> show": the best article's headline names the venue and the
    artist the typo links to, so "<venue> <word>" is what happened there, not an unknown
    band."""
    kb = invented_kb(
        tmp_path,
        ("Copperstage Announces Summer Season", "Copperstage opens in June."),
        ("Tilco Share Tide", "Tilco share Tide."),
        (
            "Videos: Tilco Offer Friendly Set For Soggy Copperstage",
            "Fans saw Tilco play a 24-song set at Copperstage despite the weather.",
        ),
    )
    reply = ask(kb, "tilko copperstage rainy show how many songs did they play")
    assert reply.url == "https://news.invented.example/3"


def test_a_name_first_written_late_in_the_lead_is_not_what_the_article_is_about(
    tmp_path: Path,
) -> None:
    """A newer article about another band that cites the asked one as an influence, far into
    its lead (past 300 characters, though still in the stored summary), is not the asked
    band's latest news."""
    first = (
        "Copper alt-rock act Quillon Marsh are back with Lantern, their first full-band single. "
    )
    second = "Their past songs were quieter, and the new one is heavier" + ", much heavier" * 10
    lead = f"{first}{second}, citing gloom-pop icons Tidewater."
    kb = invented_kb(
        tmp_path,
        ("Tidewater: Silver Bowl", "Harbour gloom-pop icons Tidewater share Silver Bowl."),
        ("Quillon Marsh: Lantern", lead),
    )
    assert 300 < lead.index("Tidewater") < 315
    assert ask(kb, "tidewater news").url == "https://news.invented.example/1"


def test_where_a_band_is_from_says_which_band_not_which_news(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        city_news("Harbourton"),
        ("Velvet Wolves: Tide", "Harbourton's Velvet Wolves share Tide."),
        ("Velvet Wolves: Lantern", "Velvet Wolves return with Lantern."),
    )
    for question in ("velvet wolves harbourton latest", "any news from harbourton's velvet wolves"):
        assert ask(kb, question).url == "https://news.invented.example/3"


def test_two_names_in_one_question(invented: KnowledgeBase) -> None:
    reply = ask(invented, "did orchard hymnal and mossgrave make a film together")
    assert reply.url == SITE + "orchard-mossgrave-film"


@pytest.mark.parametrize("question", ["velvet marrow fundraiser", "velvet marrow tour kickoff"])
def test_a_name_with_context_words_is_still_answered(
    invented: KnowledgeBase, question: str
) -> None:
    reply = ask(invented, question)
    assert reply.url is not None and reply.entity == "Velvet Marrow"


def test_initials_and_spelling_variants_link(invented: KnowledgeBase) -> None:
    assert ask(invented, "ehc reunion").url == SITE + "ehc-reunite"
    assert ask(invented, "electric harbor collective reunion show").url == SITE + "ehc-reunite"


def test_initials_link_whatever_kind_the_name_is_guessed_to_be(tmp_path: Path) -> None:
    """Fans shorten a band whose name ends like a venue's ("<Word> <Word> <Word> Club"), and
    venues and festivals themselves, as they shorten any long name."""
    kb = invented_kb(
        tmp_path,
        ("Quill Door Lantern Club Announce Fall Tour", "The band will tour in the fall."),
        ("Harbour Lantern Music Festival Reveals Lineup", "Velvet Marrow will headline."),
    )
    assert ask(kb, "qdlc tour").url == f"{SITE}1"
    assert ask(kb, "hlmf lineup").url == f"{SITE}2"


@pytest.mark.parametrize(
    "question",
    [
        "quartz lantern new album",
        "any news on quartz lantern?",
        "is zorblax touring",
        "quartz lantern at lakelight festival",
    ],
)
def test_an_unknown_artist_is_declined_not_answered_with_a_neighbour(
    invented: KnowledgeBase, question: str
) -> None:
    reply = ask(invented, question)
    assert reply.url is None and reply.intent == "unknown"
    assert reply.text.startswith("I found nothing about")


def test_an_unknown_act_playing_the_known_venue_is_declined(tmp_path: Path) -> None:
    """ "is <unknown> playing the <venue>?": the venue is where, though the articles name it
    as they name an act ("The <Venue> turns 20"); the act asked about is unknown, and the
    venue's news that shares a word with it is no answer."""
    kb = invented_kb(
        tmp_path,
        ("The Quellhouse turns 20: anniversary week line-up", "The Quellhouse is 20."),
        ("SOLD OUT: Velvet Moth at the Quellhouse", "Velvet Moth sold out the Quellhouse."),
        ("JUST ANNOUNCED: Copper Tides at the Quellhouse", "Copper Tides play in May."),
        (
            "JUST ANNOUNCED: Rook and Ferrule – Lantern Parade at the Quellhouse",
            "Rook and Ferrule bring their Lantern Parade to the Quellhouse this year.",
        ),
    )
    answered_by(kb, "is corvid lanterne playing the quellhouse this year?", None)
    answered_by(kb, "is copper tides playing the quellhouse this year?", 3)


def test_a_name_no_article_spells_beside_a_known_label_is_declined(tmp_path: Path) -> None:
    """The label links and its news comes first, but the headline is another band's, and
    the article holds no word of the name asked about."""
    kb = invented_kb(
        tmp_path,
        (
            "Birchline Turns Ten",
            "Birchline, the Harbourton label, turns ten. Birchline threw a party.",
        ),
        ("Dim Lanterns Sign to Birchline", "Dim Lanterns signed to Birchline for a second album."),
        ("Quiet Harbour Sign to Birchline", "Quiet Harbour join Birchline this spring."),
        ("Birchline Shares Tenth Anniversary Plans", "Birchline plans a show."),
    )
    for question in (
        "tin orchard joining birchline??",
        "is rust cradle signing to birchline",
        # The best article holds a word of it, yet no article spells the name.
        "dim rafters signed to birchline?? what happened there",
    ):
        reply = ask(kb, question)
        assert reply.url is None and reply.intent == "unknown", question
    assert ask(kb, "did dim lanterns sign to birchline").url == "https://news.invented.example/2"
    assert ask(kb, "birchline news").url == "https://news.invented.example/4"


CHATTY = "sorry for the long message, is {} going on tour?"


def test_a_chatty_message_that_capitalises_the_name_is_answered_about_it(
    tmp_path: Path,
) -> None:
    """The writer capitalises the band, so the chat before it, which no article spells, is no
    unknown name: the band's news is the answer, not "I found nothing about sorry for the long
    message". Written in lowercase, the chat may be a name, as before; so may an unknown name
    written capitalised."""
    kb = invented_kb(
        tmp_path,
        (
            "Quiet Harbour Announce Fall Tour With Velvet Marrow",
            "Quiet Harbour will tour the east coast this fall, with Velvet Marrow opening.",
        ),
        ("Velvet Marrow: Salt Lamp", "Velvet Marrow share a new single, Salt Lamp."),
    )
    reply = ask(kb, CHATTY.format("Velvet Marrow"))
    assert reply.url == "https://news.invented.example/1", reply.text
    assert "copper kettle" in declined(kb, CHATTY.format("Copper Kettle"))
    assert ask(kb, CHATTY.format("copper kettle")).intent == "unknown"


def test_a_name_written_capitalised_that_no_article_spells_is_declined(tmp_path: Path) -> None:
    """A question that links nothing but writes a name as names are written, its words
    ordinary ones the articles use apart ("<Colour> <Days>"), asks about an act the knowledge
    base lacks; a name written so that an article spells is answered, and a question in
    Title Case, its small words left small or not, tells nothing of how its writer marks
    names."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Marrow Share Paper Single",
            "Velvet Marrow share a single about paper boats. The tour starts in three days.",
        ),
        ("Quiet Harbour: Salt Lamp", "The Salt Lamp album is out. Bright Tin play the show."),
    )
    assert "paper days" in declined(kb, "What's new with Paper Days?")
    assert "paper days" in declined(kb, "Did Paper Days put out a new single?")
    assert ask(kb, "What's new with Bright Tin?").url == f"{SITE}2"
    assert link(kb, "What's New With Paper Days?").written == ()
    # Title Case leaves its small words small: "to", the "x" of "<Name> x <Name>".
    assert link(kb, "Velvet x Marrow Single - Who Are They Paying Tribute To?").written == ()


def test_an_acts_lineup_is_who_is_in_it_not_a_festivals(tmp_path: Path) -> None:
    """ "<Act>'s lineup" asks who is in the act, not for a festival's lineup news that names
    it; a festival's lineup (whose own headlines announce one) is still that news."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share New Single", ""),
        ("Tin Quarry Festival Announce 2026 Lineup: Velvet Moth, Quiet Harbour", ""),
        (
            "Velvet Moth Part Ways With Guitarist",
            "Velvet Moth parted ways with their guitarist. The lineup change comes before a tour.",
        ),
    )
    asked = "what's going on with Velvet Moth's lineup?"
    assert understand(kb, asked)[0].kind is None
    answered_by(kb, asked, 3)
    assert understand(kb, "Tin Quarry Festival's lineup?")[0].kind == "festival"
    answered_by(kb, "Tin Quarry Festival's lineup?", 2)


def test_a_record_title_misremembered_by_a_word_is_the_acts_record_not_an_unknown_name(
    tmp_path: Path,
) -> None:
    """A fan calls a known act's record or tour by a title one word off ("Paper Boats" for
    "Paper Lanterns"): written after a record word or before "Tour", later than the act, it
    is which record is asked, not an act the knowledge base lacks. Before the act it is
    still a name."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Marrow Announce New Album Paper Lanterns",
            "Velvet Marrow announced a new album, Paper Lanterns, out May 3.",
        ),
        ("Quiet Harbour Share New Single", "Quiet Harbour shared a single."),
        ("Velvet Marrow Add More Dates to Paper Lanterns Tour", "Velvet Marrow added dates."),
    )
    for text in (
        "Velvet Marrow announced a new album called Paper Boats?",
        "When is Velvet Marrow's new album Paper Boats out?",
    ):
        answered_by(kb, text, 1)
    answered_by(kb, "did Velvet Marrow add dates to the Harbour Tour?", 3)
    assert "paper boats" in declined(kb, "Did Paper Boats announce a new album with Velvet Marrow?")


def test_a_name_written_capitalised_that_no_sure_link_covers_is_declined_unless_spelled(
    tmp_path: Path,
) -> None:
    """A run written capitalised that no article spells is a name the knowledge base lacks
    even where the question links a word of it, when no link is sure ("What is <Word>
    <Typo>'s latest?" where the typo is one letter from a known name); a name a sure link
    covers or that the articles spell, and a title after a possessive with a contraction in
    it, which articles split ("Don't" as "don t"), are answered."""
    kb = invented_kb(
        tmp_path,
        ("Stream Quillon, The Debut From Mara Vidal", "Mara Vidal made Quillon at home."),
        ("Velvet Marrow's Don't Be Brave Has 12 Songs", "The velvet was cut. Salt spilled."),
        ("Copper Group Acquires Quill Tune Records", "It bought the label Quill Tune Records."),
    )
    asked = "What is Velvet Quilon's latest release?"
    assert link(kb, asked).written == ("velvet quilon",)
    assert "velvet quilon" in declined(kb, asked)
    assert ask(kb, "What is Mara Vidal's latest release?").url == f"{SITE}1"
    assert ask(kb, "How many songs are on Velvet Marrow's Don't Be Brave?").url == f"{SITE}2"
    # A name the articles spell, linked unsurely, is what is asked about: with no other run
    # that may name something, nothing is weighed for declining, however the fit would weigh.
    question, linking = understand(kb, "Who bought the indie label Quill Tune?")
    ranked = rank(kb, question, linking, NOW)
    assert respond(kb, question, linking, ranked, decline={"bias": 10.0}).url == f"{SITE}3"


def test_news_of_a_name_no_name_links_comes_from_an_article_that_spells_it(
    tmp_path: Path,
) -> None:
    """Ranking matches words and stems, so "<word> <word>s new album?" about a band the
    knowledge base lacks finds an album with one of the words in its title; the answer must
    spell the name, as a name known only from bodies is spelt."""
    kb = invented_kb(
        tmp_path,
        (
            "Dim Lanterns Announce New Album Brass Tigers",
            "Dim Lanterns will release Brass Tigers in May, on paper and on tape.",
        ),
        ("Harbour Saints Share Night Bus", "Harbour Saints share a single. Paper Gulls open."),
    )
    assert "paper tigers" in declined(kb, "paper tigers new album?")
    assert "tiger" in declined(kb, "tiger new album?")
    assert ask(kb, "paper gulls new album?").url == "https://news.invented.example/2"
    assert ask(kb, "brass tigers new album?").url == "https://news.invented.example/1"


def test_news_asked_with_words_around_an_unlinked_name_is_answered_by_one_spelling_it(
    tmp_path: Path,
) -> None:
    """ "happened with the <band>" is no name of several words: the band alone, written
    only in a body, is enough for the article that spells it."""
    kb = invented_kb(
        tmp_path,
        ("Singer Ada Brook Has Died", "Ada Brook, who sang in the Quillmores, died on Monday."),
        ("Harbour Saints Look Back", "What happened next was a tour, with updates each night."),
    )
    reply = ask(kb, "heard something happened with the quillmores, whats the latest?")
    assert reply.url == "https://news.invented.example/1", reply.text


def test_announcements_in_a_window_are_relative_to_now(invented: KnowledgeBase) -> None:
    assert ask(invented, "any tour announcements this week?").intent == "announcements"
    listed = recent_announcements(invented, kind="tour", days=365 * 2, now=NOW)
    assert listed.url == SITE + "velvet-marrow-fall-tour"
    empty = recent_announcements(invented, kind="tour", days=7, now=NOW.replace(year=2030))
    assert empty.text.startswith("Nothing announced in the last 7 days.")


def test_announcements_narrowed_by_artist(invented: KnowledgeBase) -> None:
    reply = recent_announcements(invented, artist="orchard hymnal", now=NOW)
    assert reply.url == SITE + "orchard-hymnal-winter-apiary"
    assert recent_announcements(invented, artist="zorblax", now=NOW).url is None


def test_news_command_and_more_like_this(invented: KnowledgeBase) -> None:
    reply = latest_news(invented, "mossgrave", now=NOW)
    assert reply.article is not None and "Mossgrave" in reply.article.title
    more = more_like(invented, reply.article.url)
    assert more.url is not None and more.url != reply.article.url
    assert latest_news(invented, "zorblax", now=NOW).url is None


def test_related_links_are_at_most_three_and_distinct(invented: KnowledgeBase) -> None:
    reply = ask(invented, "any news on velvet marrow?")
    urls = [link.url for link in reply.links]
    assert 0 < len(urls) <= 3 and len(set(urls)) == len(urls) and reply.url not in urls


def test_keyword_search(invented: KnowledgeBase) -> None:
    reply = ask(invented, "search salt roads")
    assert reply.intent == "search" and reply.url == SITE + "orchard-mossgrave-film"


def test_a_search_for_a_name_no_article_holds_finds_nothing(invented: KnowledgeBase) -> None:
    """A search is declined on the same evidence as a question: "zorblatt" is a word no
    article uses, so articles that share only "album" or "tour" with it are no match."""
    reply = ask(invented, "search zorblatt album release date")
    assert reply.intent == "search" and reply.url is None and "No article matches" in reply.text


def test_the_freshest_post_is_the_newest_news(invented: KnowledgeBase) -> None:
    """ "freshest" asks for news, as "newest" does: it is no name the knowledge base lacks."""
    newest = ask(invented, "what's new with velvet marrow").url
    assert ask(invented, "gimme the freshest velvet marrow post").url == newest is not None


def test_a_search_order_before_a_question_asks_it(invented: KnowledgeBase) -> None:
    """ "search who ..." is a question put as an order: it is answered as asked, and an
    unknown name in it is declined by name."""
    reply = ask(invented, "search what's new with velvet marrow")
    assert reply.url == ask(invented, "what's new with velvet marrow").url is not None
    assert "zorblatt" in ask(invented, "search who produced the new zorblatt record").text


def test_help_lists_examples_from_the_knowledge_base(invented: KnowledgeBase) -> None:
    reply = help_reply(invented, DISCORD_COMMANDS)
    assert reply.private and "/news" in reply.text
    assert ask(invented, "help").intent == "help"
    assert ask(invented, "").intent == "help"


def test_help_names_the_commands_the_adapter_passes(invented: KnowledgeBase) -> None:
    slack = answer(Message("help", platform="slack"), invented, now=NOW, commands=SLACK_COMMANDS)
    assert "/roadie news" in slack.text and "`/news`" not in slack.text
    discord = answer(Message("help"), invented, now=NOW, commands=DISCORD_COMMANDS)
    assert "/subscribe" in discord.text and "/roadie" not in discord.text


def test_a_decline_names_the_name_not_the_words_that_ask(tmp_path: Path) -> None:
    """ "produced" asks who, as "who" does; a name's own cue word ("Crash") stays."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share Tide", "Velvet Moth share Tide, produced by Tor Melby."),
        ("Ola Brandt Recalls a Crash", "Ola Brandt talks about the crash."),
    )
    assert "about copper kettle in" in declined(kb, "who produced the copper kettle album")
    assert "about crash lantern dummies in" in declined(kb, "crash lantern dummies new album?")


def test_a_decline_names_what_was_asked_as_it_was_typed(tmp_path: Path) -> None:
    """ "marlow" is corrected toward a word the articles capitalise, to search with; the
    reply still names what the user asked about."""
    kb = invented_kb(
        tmp_path,
        ("Copper Hall Reopens", "Marlon opened the night. Later, Marlon closed it."),
    )
    reply = ask(kb, "did marlow vance play copper hall")
    assert reply.intent == "unknown"
    assert "marlow vance" in reply.text and "marlon" not in reply.text


@pytest.mark.parametrize("question", ["how did ola brandt die", "ola brandt cause of death"])
def test_how_someone_died_is_answered_with_the_cause(
    invented: KnowledgeBase, question: str
) -> None:
    assert "short illness" in ask(invented, question).text


def test_a_record_broken_is_answered_with_the_chart_news(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Wolves' 'Tide' Sets Record for Most Weeks at No. 1",
            "Tide has now spent 17 weeks at number one.",
        ),
        (
            "Watch Velvet Wolves Play Their Song 'Tide' Live at Copper Hall in Harbourton",
            "The band played the song live.",
        ),
    )
    for question in (
        "velvet wolves song set a record?",
        "velvet wolves single broke a record?",
        "what record did velvet wolves break",
        "did velvet wolves top the charts",
    ):
        assert ask(kb, question).url == "https://news.invented.example/1"


def test_a_title_of_common_words_finds_its_headline_among_many(tmp_path: Path) -> None:
    """More headlines name the band than any retriever keeps, and the title's words are
    too common to search for alone: the two together still find it."""
    singles = [
        (f"Velvet Wolves: 'Tide {n}'", f"Velvet Wolves share Tide {n}, a long song for the road.")
        for n in range(60)
    ]
    kb = invented_kb(
        tmp_path,
        *singles[:30],
        (
            "Velvet Wolves: 'Long Road'",
            "Their finest hour, say the fans who queued all night at the shop for a copy.",
        ),
        *singles[30:],
    )
    assert ask(kb, "when is velvet wolves' long road out?").url == (
        "https://news.invented.example/31"
    )


def test_an_album_title_written_bare_in_a_headline_is_a_known_name(tmp_path: Path) -> None:
    """Title-case headlines name a new album without quotes; asked about by its title
    alone, it is known, not declined as a name the news never gave."""
    kb = invented_kb(
        tmp_path,
        ("Quill Fathom Share New Single", "The band shared a song."),
        (
            "Quill Fathom Announce New Album Lantern Of The Low Tide: Hear \u201cOwl Hour\u201d",
            "The record arrives in May.",
        ),
        ("Velvet Wolves Announce Fall Tour", "Dates across the coast."),
    )
    for question in (
        "lantern of the low tide album announcement",
        "is lantern of the low tide out",
    ):
        assert ask(kb, question).url == "https://news.invented.example/2", question
    kinds = dict(kb.query("SELECT name, kind FROM entities"))
    assert kinds["Lantern Of The Low Tide"] == "album"
    assert kinds["Owl Hour"] == "single"


def test_who_is_answered_by_a_name_the_question_does_not_give(tmp_path: Path) -> None:
    body = (
        "Velvet Wolves announced a new record last week. "
        "Tide is a double album which will feature 20 songs, with the band at its best. "
        "It was recorded in January with producer Ana Vidal."
    )
    quoted = fact_quotes(
        tmp_path,
        ("Velvet Wolves, Band", body),
        "who did velvet wolves record tide with?",
        "velvet wolves tide who produced",
        "who is on velvet wolves tide",
    )
    assert all("Ana Vidal" in text for text in quoted)


def test_who_is_answered_by_two_sentences_that_name_someone_together(tmp_path: Path) -> None:
    """One sentence says the record was made, the next names who made it: together they
    answer who, where neither alone does."""
    body = (
        "Later this month, Harbourton punk trio Velvet Wolves unleash their Tide LP. "
        "This album's a long time coming, as the group recorded it back in 2019. "
        "Ana Vidal captured these songs live off the floor in late December."
    )
    quoted = fact_quotes(tmp_path, ("Velvet Wolves, Band", body), "tide lp - who recorded it?")
    assert all("Ana Vidal" in text for text in quoted)


def test_where_a_record_was_made_is_told_by_the_sentence_about_making_it(
    tmp_path: Path,
) -> None:
    """ "Where did they record it" asks for the studio, which news names with who recorded
    it; not where the band plays, nor who is in it. "Who produced it" is answered by whom
    it was recorded with."""
    body = (
        "Velvet Wolves are back with Tide, their second LP. "
        "Velvet Wolves features guitarist Ola Vance, bassist Quin Harrow, and drummer Pell. "
        "They played Copper Hall in Harbourton to celebrate. "
        "The group recorded Tide with Ana Vidal at Lantern Sound Studios in Marrowby."
    )
    quoted = fact_quotes(
        tmp_path,
        ("Velvet Wolves, Band", body),
        "where did velvet wolves record tide",
        "tide by velvet wolves - which studio was it tracked at?",
    )
    assert all("Lantern Sound" in text for text in quoted)
    # Who produced it is told the same way: whom they recorded it with.
    (tmp_path / "produced").mkdir()
    (produced,) = fact_quotes(
        tmp_path / "produced", ("Velvet Wolves, Band", body), "who produced tide?"
    )
    assert "Ana Vidal" in produced


def test_a_word_between_two_known_names_is_what_one_did_to_the_other(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("Velvet Wolves Sue Harbourtel for $2 Million", "Velvet Wolves sued Harbourtel."),
        ("Harbourtel Opens New Office", "Harbourtel opened an office in Halifax."),
    )
    assert ask(kb, "why is velvet wolves subpoenaing harbourtel").url == (
        "https://news.invented.example/1"
    )
    assert ask(kb, "is halliwax harbourtel touring").intent == "unknown"


def harbour_bands() -> list[tuple[str, str]]:
    """Articles enough that a word one article uses counts as rare."""
    return [
        (f"Harbour Band {n} Plays Copper Hall", f"Harbour Band {n} played in the fall.")
        for n in range(400)
    ]


def test_a_known_name_and_a_rare_word_after_it_name_another_artist(tmp_path: Path) -> None:
    """ "<band> <word>", where the word is one the articles rarely use and none about the band
    holds, is a longer name the knowledge base lacks; a common word after it only says what
    about the band is asked."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Announce Fall Tour", "Velvet will tour this fall."),
        ("Quill Fathom: Night Bus", "A belt of songs from the east coast."),
        *harbour_bands(),
    )
    assert "velvet belt" in declined(kb, "velvet belt tour dates")
    assert ask(kb, "velvet fall tour dates").url == "https://news.invented.example/1"


def test_a_word_the_article_about_the_name_spells_out_in_full_is_no_other_name(
    tmp_path: Path,
) -> None:
    """ "<band> <shortened word>": the articles about the band write the word out ("anniv"
    for "anniversary"), so the question asks about the band, not about a longer name."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Plan Anniversary Shows at Copper Hall", "Velvet will play two nights."),
        ("Harbour Anniversary Fair Opens", "The anniversary fair opened a stall."),
        *harbour_bands(),
    )
    assert ask(kb, "velvet anniv shows where").url == "https://news.invented.example/1"


def test_a_the_name_is_news_only_where_it_is_written_with_its_the(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("The Lantern: 'Sand Step'", "The Lantern announce a new album, Tide, due in May."),
        ("Quill Fathom Announce New Album: Hear 'Lantern'", "Quill Fathom share Lantern."),
    )
    for question in ("when is the lantern's new album out", "any news on the lantern"):
        assert ask(kb, question).url == "https://news.invented.example/1"


def test_a_death_is_news_where_an_article_about_the_name_first_tells_it(tmp_path: Path) -> None:
    """The first article about a name that tells its death is the news of it, even where the
    sentence that tells it does not repeat the name; later ones look back."""
    kb = invented_kb(
        tmp_path,
        ("Ada Quillfeather Announces Farewell Tour", "Ada Quillfeather will tour in May."),
        (
            "Ada Quillfeather Remembered",
            "Few wrote songs like Ada Quillfeather. Her bandmates in Velvet Marrow said the "
            "singer had passed away on March 4 after a short illness.",
        ),
        (
            "Velvet Marrow: Tide Reissued",
            "The reissue of Tide is out now on vinyl. "
            "Their singer Ada Quillfeather passed in 2025.",
        ),
    )
    reply = ask(kb, "when did ada quillfeather die?")
    assert reply.url == "https://news.invented.example/2" and "March 4" in reply.text


def test_a_run_of_more_words_than_a_name_need_not_be_spelled_anywhere(tmp_path: Path) -> None:
    """A question that runs its words together ("<band> drummer quit after flood") is no
    four-word name that no article spells: it is answered from the article it matches, which
    holds its words, though not side by side."""
    kb = invented_kb(
        tmp_path,
        (
            "Ada Vance Says a Flood Drove Her Out of The Velvet Harlows",
            "Vance, the band's drummer, said she quit when the flood came.",
        ),
        ("Quill Fathom Announce Tour", "A drummer quit after a flood drove her out."),
    )
    reply = ask(kb, "velvet harlows drummer quit after flood")
    assert reply.url == "https://news.invented.example/1"


def test_a_death_is_the_news_whose_headline_tells_it_not_a_story_of_anothers(
    tmp_path: Path,
) -> None:
    """A death happens once, and the first article telling it is its news; but an older
    interview in which the person recalls a friend's death tells that death, not theirs. The
    headline that tells it comes first."""
    kb = invented_kb(
        tmp_path,
        (
            "Producer Ada Quillfeather Talks About Her Last Night With Tom Vale",
            "Producer Ada Quillfeather, 60 years old, recalls how old Tom Vale was when he "
            "died: 40.",
        ),
        ("Ada Quillfeather Announces Memoir", "The producer Ada Quillfeather wrote a book."),
        ("Ada Quillfeather Dead at 80", ""),
    )
    reply = ask(kb, "how old was producer ada quillfeather when she died")
    assert reply.url == f"{SITE}3", reply.text


def test_what_someone_died_of_is_the_cause(tmp_path: Path) -> None:
    body = (
        "Ada Quillfeather, the singer of Velvet Marrow, has died aged 70. "
        "She had been treated for pneumonia since March, her label said."
    )
    quoted = fact_quotes(
        tmp_path,
        ("Ada Quillfeather Dies at 70", body),
        "what did ada quillfeather die of",
        "what did ada quillfeather die from",
    )
    assert all("pneumonia" in text for text in quoted)


def test_how_many_is_answered_by_a_number_of_what_was_asked(tmp_path: Path) -> None:
    body = (
        "Velvet Marrow's Copper Hall set lasted 40 minutes, cut short by a power cut. "
        "Fans heard only nine songs from the new record."
    )
    quoted = fact_quotes(
        tmp_path,
        ("Velvet Marrow Cut Copper Hall Show Short", body),
        "how many songs were in velvet marrow's copper hall set",
    )
    assert "nine songs" in quoted[0]


def test_a_fact_is_found_in_an_article_about_the_name_that_states_it_without_the_name(
    tmp_path: Path,
) -> None:
    """ "Where are X from": an article about X that says "the Harbourton group" tells it,
    though that sentence never names X; a newer one that does not tell it is no answer."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Marrow: Salt Lamp",
            "Velvet Marrow share a new single. The Harbourton group's fourth album is due in May.",
        ),
        ("Velvet Marrow: Night Bus", "Velvet Marrow share another single. It is nine minutes."),
    )
    reply = ask(kb, "where are velvet marrow from")
    assert reply.article is not None and reply.article.url.endswith("/1")
    assert "Harbourton" in reply.text


def test_an_unspelt_name_beside_a_headline_about_a_name_that_is_no_entity_is_declined(
    tmp_path: Path,
) -> None:
    """The best article's headline names a band no headline makes an entity ("Album"), and
    not the label the question does link: a new single of an unknown band on that label is
    not this one."""
    kb = invented_kb(
        tmp_path,
        ("Copper Gulls Turns Ten", "The label Copper Gulls threw a party."),
        (
            'Album: "Night Bus"',
            "Gatineau duo Album return with a new record out through Copper Gulls.",
        ),
    )
    assert "velvet wombats" in declined(kb, "velvet wombats new single on copper gulls??")
    reply = ask(kb, "new single on copper gulls?")
    assert reply.article is not None and reply.article.url.endswith("/2")


def test_an_act_named_only_in_a_long_list_sentence_is_found_with_its_date(
    tmp_path: Path,
) -> None:
    """A line-up written as one sentence longer than a stored passage may be: every act in it
    is still read, and the clause naming the act asked about is the answer."""
    acts = "; ".join(
        f"{name} on July {day}th"
        for day, name in enumerate(
            ["Quillward", "Ana Vidal", "Tida Marsh", "Copperator", "Hal Ostend", "Birch Echo"]
            + [f"the Harbour Ensemble {n}" for n in range(1, 20)],
            start=3,
        )
    )
    body = f"Harbour Fest has its lineup. Other performers include: {acts}. Tickets are free."
    kb = invented_kb(tmp_path, ("Harbour Fest 2025 Lineup Announced", body))
    reply = ask(kb, "when does copperator play harbour fest")
    assert reply.intent == "fact", reply.text
    assert reply.text.startswith("Copperator on July 6th"), reply.text


def test_a_record_named_alone_with_chart_news_asked_is_answered_by_its_chart_headline(
    tmp_path: Path,
) -> None:
    """ "<title> chart news": the chart is the news asked for, not part of a name no article
    spells."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Achieves First No. 1 on Top Album Sales Chart With ‘Nightfathom’", ""),
        ("Ana Vidal Shares New Single", "Ana Vidal is back."),
    )
    reply = ask(kb, "nightfathom chart news")
    assert reply.article is not None and reply.article.url.endswith("/1"), reply.text


def test_chat_shorthand_is_read_as_the_word_the_news_writes(tmp_path: Path) -> None:
    """ "recs", "vid": chat shortens words that news writes whole, and names spell whole."""
    kb = invented_kb(
        tmp_path,
        ("Lark Records to Close Its Doors", "The label is closing in June."),
        ("Quillward Share Video for Nightfathom", "Quillward made a video."),
        ("Lark Festival Is Closing for Good", "The Lark festival is closing."),
    )
    reply = ask(kb, "lark recs closing date")
    assert reply.article is not None and reply.article.url.endswith("/1"), reply.text
    assert understand(kb, "quillward new vid")[1].leftover == ("video",)


def test_texting_shorthand_asks_as_the_words_it_stands_for(tmp_path: Path) -> None:
    """ "wuts nu w/", "nws", "alb wen", "up 2": texting drops vowels and spells by ear; read
    as typed, its words ask nothing and form a run that names an unknown act."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce New Album Nightfathom", "Quillward will release Nightfathom."),
        ("Quillward Share Video for Harbour Lands", "Quillward made a video."),
    )
    for text in ("wuts nu w/ quillward", "quillward nws pls", "quillward wut r they up 2"):
        assert ask(kb, text).url == f"{SITE}2", text
    assert parse("quillward wut r they up 2").intent == "latest"
    reply = ask(kb, "quillward nu alb wen")
    assert reply.url == f"{SITE}1", reply.text


def test_something_shortened_in_chat_is_no_typo_of_a_name(tmp_path: Path) -> None:
    """ "did <act> announce smth": "smth" is "something", not a typo of an act "Smith"."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce Fall Tour", "Quillward will tour in the fall."),
        ("Smith Announces New Album", "Smith will release an album."),
        ("Smith Shares New Song", "Smith shared a song."),
    )
    question = "quillward got anything coming up, did they announce smth"
    assert [found.entity.name for found in link(kb, question).links] == ["Quillward"]
    answered_by(kb, question, 1)


def test_a_name_one_everyday_word_from_a_known_one_is_another_act(tmp_path: Path) -> None:
    """ "velvet beats" beside a known "Velvet Beads": a typo seldom makes one everyday word of
    another, so it names an act the knowledge base lacks. A typo that makes no word still
    finds the name, and so does another spelling of its word ("center", "centre")."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Beads Share New Single", "The beats are loud and the beads are blue."),
        ("Velvet Beads Announce Tour", "Velvet Beads will tour with their beads."),
        ("Harbour Centre Announce Album", "The beats of Harbour Centre, at the city centre."),
        ("Harbour Centre Play the Center Stage", "A show at the center of town."),
    )
    assert "velvet beats" in declined(kb, "velvet beats any news")
    assert "velvet bears" in declined(kb, "velvet bears any news")
    assert ask(kb, "velvet baeds any news").url == f"{SITE}2"
    assert ask(kb, "harbour center any news").url == f"{SITE}4"


@pytest.mark.parametrize(
    ("name", "other", "kept"),
    [
        ("Velvet the Beads", "velvet the bears", "velvet the beads"),
        ("Harbour Dally", "harbour dolly", "harbour dally"),
        ("Velvet Gray", None, "velvet grey"),
        ("Harbour 100", "harbour 101", "harbour 100"),
    ],
    ids=["the-inside", "vowel", "homophone", "number"],
)
def test_a_name_typed_as_other_everyday_words_is_another_act(
    tmp_path: Path, name: str, other: str | None, kept: str
) -> None:
    """ "velvet the bears" beside a known "Velvet the Beads" names another act, and so no
    part of it ("velvet the") is the known name cut short; so does a word that changes a
    vowel between consonants, which changes how it sounds ("dolly", "dally"), but not one
    whose vowel beside another letter may sound the same ("grey", "gray"); and so does
    another number ("<name> 101" beside "<Name> 100")."""
    kb = invented_kb(
        tmp_path,
        (f"{name} Share New Single", "The bears are loud and the beads are blue."),
        (f"{name} Announce Tour", f"{name} will tour."),
    )
    if other is not None:
        assert other in declined(kb, f"{other} - r they touring")
    assert ask(kb, f"{kept} - r they touring").url == f"{SITE}2"


def test_a_name_whose_everyday_word_the_articles_only_capitalise_is_another_act_too(
    tmp_path: Path,
) -> None:
    """ "velvet park" beside a known "Velvet Pork", whose "pork" no article writes in
    lowercase: the articles' own "park" says the typed word is an everyday one, so the name
    is another. A first name typed another way ("Katie" for "Katy"), which no article
    writes in lowercase either way, is still the name; so is a form of a name's word
    ("american" for "America")."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Pork Share New Single", "We walked in the park, and then the park closed."),
        ("Velvet Pork Announce Tour", "Velvet Pork will tour."),
        ("Katy Marrow Announces Album", "Katy Marrow will release an album."),
        ("North America Share New Single", "North America shared a single."),
        ("Lantern Share New Single", "Lantern shared a single."),
        ("Lantern Announce 2026 North American Tour", "The american leg starts in May."),
        *everyday("He held a lantern by the lantern post.", 5),
    )
    assert "velvet park" in declined(kb, "velvet park any news")
    assert ask(kb, "velvet prok any news").url == f"{SITE}2"
    assert ask(kb, "katie marrow any news").url == f"{SITE}3"
    assert ask(kb, "Lantern North American tour announced?").url == f"{SITE}6"


def test_a_word_one_letter_from_chat_filler_is_no_typo_of_it(tmp_path: Path) -> None:
    """ "<word> truz": a word one letter from "true" is more likely part of a name than a
    typo of a word that says nothing, so the name is declined as a whole."""
    kb = invented_kb(tmp_path, ("Quillward Rumble 2026: How to Watch Online", "It streams live."))
    assert "quillward truz" in declined(kb, "any news on quillward truz")


def test_ordinary_words_after_a_surely_linked_act_ask_about_it(tmp_path: Path) -> None:
    """ "when are <act> putting out their second album": the words after the act say what is
    asked of it, though the best headline is about someone else and holds none of them."""
    kb = invented_kb(
        tmp_path,
        ("Copper Lantern Plans a Compilation", "The label is putting out its second one."),
        ("Quillward Share New Single", "Quillward are back."),
        ("Ana Vidal Talks New Album, Plus Quillward’s ‘Salt’ Viral Moment", ""),
    )
    reply = ask(kb, "when are quillward putting out their second album")
    assert reply.intent != "unknown", reply.text


def test_a_place_written_as_a_name_after_in_is_where_not_who(tmp_path: Path) -> None:
    """Countries the articles never write are no unknown act where they stand after "in"
    beside an act the best article is about; an unknown act after "with" still is."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Nordic Tour", "Velvet Moth head over in the spring."),
        ("Velvet Moth Share New Song", "A new song from Velvet Moth."),
    )
    reply = ask(kb, "Velvet Moth doing a tour over in Norway and Finland?")
    assert reply.url == "https://news.invented.example/1", reply.text
    # So is a region after "in the".
    answered_by(kb, "Any recent coverage of the Velvet Moth tour in the Quill-Harrow region?", 1)
    declined(kb, "Is Velvet Moth touring with Marrow Kites?")


def test_a_word_written_capitalised_with_a_known_name_makes_an_unknown_one(
    tmp_path: Path,
) -> None:
    """A writer who capitalises names and writes "Linen Marrow", an everyday word beside a
    known name, means a band called so, not the known "Marrow", even beside another act the
    best article names; written as the known name alone, the question is answered."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Tour With Las Olas", "Velvet Moth will tour with Las Olas this fall."),
        ("Marrow Share New Song", "Marrow share a new song."),
        ("Marrow Play Lakeview", "Marrow played Lakeview."),
        *everyday("The linen was late again, linen towels and oak tables.", 6),
    )
    declined(kb, "Did Linen Marrow tour with Velvet Moth?")
    declined(kb, "Did Oak Marrow tour with Velvet Moth?")
    assert ask(kb, "Did Marrow tour with Velvet Moth?").url is not None


def test_a_capitalised_name_only_a_stem_of_an_everyday_word_matches_is_unknown(
    tmp_path: Path,
) -> None:
    """ "Quarreler", written as a name, is no article's word, though the full-text index,
    matching stems, finds "quarreled": the lineup asked about is not its news."""
    kb = invented_kb(
        tmp_path,
        ("Lakeview Weekender Announces 2026 Lineup", "The lineup is out."),
        ("Fans Quarreled Over Tickets", "Fans quarreled over tickets all week."),
        ("Velvet Moth Share New Song", "A new song."),
    )
    declined(kb, "is Quarreler on the Lakeview Weekender lineup?")
    assert ask(kb, "is Velvet Moth on the Lakeview Weekender lineup?").url is not None


def test_a_name_written_capitalised_that_mistypes_the_best_headline_is_that_name(
    tmp_path: Path,
) -> None:
    """ "Tidal Sesions", written as a name, is the headline's "Tidal Session" mistyped, not a
    name no article writes; "Lantern Sessions" is one."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth: Tidal Session", "Velvet Moth cover a folk song for their Tidal Session."),
        ("Velvet Moth Share New Song", "A new song."),
    )
    reply = ask(kb, "what song did Velvet Moth cover on their Tidal Sesions?")
    assert reply.url == "https://news.invented.example/1", reply.text
    declined(kb, "what song did Velvet Moth cover on their Lantern Sessions?")


def test_the_outlet_a_question_read_the_news_in_is_no_unknown_name(tmp_path: Path) -> None:
    """ "According to Gothamist's piece" says where the news was read, not who it is about."""
    kb = invented_kb(
        tmp_path,
        (
            "Ada Brenner's Tips on the Songs DJs Dread",
            "DJ Ada Brenner spins every weekend and never plays a ballad after midnight.",
        ),
        ("Velvet Moth Share New Song", "A new song."),
        ("Ticket Prices Rise", "Prices rose in 2012, according to the promoter."),
    )
    reply = ask(
        kb, "According to Gothamist's 2012 piece, what does Ada Brenner never play after midnight?"
    )
    assert reply.url == "https://news.invented.example/1", reply.text


def test_a_description_right_before_a_named_act_is_no_unknown_name(tmp_path: Path) -> None:
    """ "the Quillport singer Ada Brenner", "the Quillport R&B singer Ada Brenner": where the
    act is from and what it plays, said before its name, as news describes it."""
    kb = invented_kb(
        tmp_path,
        ("Ada Brenner Announces New Album", "Ada Brenner will release a new album in May."),
        ("Ada Brenner Shares New Song", "A new song."),
    )
    for question in (
        "Has the Quillport singer Ada Brenner announced a new album?",
        "Is the Quillport R&B singer Ada Brenner putting out a new album?",
        "Any new album from the Quillport art-pop weirdos Ada Brenner?",
        "Any new album from Quillport's art-pop guy Ada Brenner?",
        # Two words for the act joined by "and", or what fans call a star.
        "Did Quillport bassist and songwriter Ada Brenner announce a new album?",
        "did quillport art-pop star Ada Brenner announce a new album?",
    ):
        assert ask(kb, question).url == "https://news.invented.example/1", question


def test_whats_up_with_a_name_asks_for_its_news_and_a_description_of_it_is_no_name(
    tmp_path: Path,
) -> None:
    """ "what's up with <Name>" read with the name as "it" ("what up with it") still asks for
    news (this part fails without the cue). "the <city> band <Name>" describing a one-word
    name is a guard: in a knowledge base this small the newest answers either way."""
    kb = invented_kb(
        tmp_path,
        ("Marrow: Old Song", "Quillport band Marrow share an old song from their first tape."),
        ("Marrow: New Song", "Marrow share a new song."),
    )
    question, _ = understand(kb, "what's up with Marrow, heard anything?")
    assert question.intent == "latest"
    assert ask(kb, "What's the latest on the Quillport band Marrow?").url == (
        "https://news.invented.example/2"
    )


def test_a_long_chat_message_is_answered_for_the_name_it_capitalises(tmp_path: Path) -> None:
    """The writer's own lowercase words around a name they capitalise are chat, not an
    unknown name to decline: "I found nothing about <name> rule live i saw them ..."."""
    kb = invented_kb(
        tmp_path,
        ("Fall Run Called Off", "Quillmoss Varn called off the rest of their fall run."),
        ("Copper Tides Share New Single", "Copper Tides share a new single."),
    )
    chat = (
        "Quillmoss Varn rule live, i saw them at a sweaty little club with my brother and my"
        " ears rang for two days. whats the latest with them?"
    )
    assert ask(kb, chat).url == invented_article(1, "", "").url
    # An unknown name in the same chat is still declined by name.
    assert "brambleton vox" in declined(kb, chat.replace("Quillmoss Varn", "Brambleton Vox"))


def test_a_name_with_an_ampersand_is_found_written_with_and(tmp_path: Path) -> None:
    """Questions read "&" as "and"; the articles' words hold no "&"."""
    kb = invented_kb(
        tmp_path,
        (
            "Tida Marsh: Salt Lamp",
            "Tida Marsh recorded Salt Lamp with Ada Brenner. It came out through Harbour & Pine.",
        ),
    )
    reply = ask(kb, "Who produced the Tida Marsh LP that came out through Harbour & Pine?")
    assert reply.url == invented_article(1, "", "").url


def test_a_name_only_a_body_writes_picks_the_article_that_writes_it(tmp_path: Path) -> None:
    """A one-word act named once, inside a roundup, is no entity; the question naming it
    still means the article that writes it, not a headline that shares its other words."""
    kb = invented_kb(
        tmp_path,
        (
            "Winter Roundup",
            "Tida Marsh played a fine set in Quillport last week. Velvet Moth shared a song."
            " Quillmoss is an acoustic duo from Lakeview.\n\nThe pair has a new self-titled EP"
            " online, tracked in a barn.",
        ),
        ("Velvet Moth Record Self-Titled EP in a Church", "Velvet Moth recorded it in a church."),
        ("Copper Tides Share New Self-Titled EP", "Copper Tides record at home."),
    )
    reply = ask(kb, "Where did Quillmoss record their self-titled EP?")
    assert reply.url == invented_article(1, "", "").url, reply.text
    assert "barn" in reply.text


def test_what_a_band_is_called_before_its_name_does_not_pick_the_article_that_writes_it(
    tmp_path: Path,
) -> None:
    """ "A <City> <Genre> band called <Name>" describes the act: its newest news answers, not
    an older article that writes the same description."""
    kb = invented_kb(
        tmp_path,
        city_news("Harbourton"),
        ("Velvet Moth: Old Boots", "Harbourton Oi stalwarts Velvet Moth return."),
        ("Velvet Moth: New Boots", "Velvet Moth have a second record out."),
    )
    text = "I've heard of a Harbourton Oi band called Velvet Moth. What have they released lately?"
    assert ask(kb, text).url == f"{SITE}3"


def test_a_place_only_bodies_write_does_not_pick_the_article_that_writes_it(
    tmp_path: Path,
) -> None:
    """A place the question describes an act by ("the duo from <Town>") is no name only
    bodies write: the act's newest news answers, not its older article naming the town."""
    placed = " ".join(f"Band {n} played in Quillmark. Fans from Quillmark came." for n in range(6))
    kb = invented_kb(
        tmp_path,
        ("Copper Hall Reopens", placed),
        ("Velvet Moth Share Song", "Velvet Moth are a duo from Quillmark."),
        ("Velvet Moth Share Another Song", "Velvet Moth shared a second song."),
    )
    reply = ask(kb, "what is the latest on Velvet Moth, the duo from Quillmark?")
    assert reply.url == invented_article(3, "", "").url, reply.text


def test_a_name_written_as_a_name_that_only_a_body_spells_picks_that_article(
    tmp_path: Path,
) -> None:
    """Two capitalised words a roundup writes once are no entity, but the question writing
    them as a name means the article that spells them."""
    kb = invented_kb(
        tmp_path,
        (
            "Spring Roundup",
            "Tida Marsh played a fine set in Quillport last week. Velvet Moth shared a song.\n\n"
            "Lark Pilot has announced a debut full-length, Salt Lamp, due in May.",
        ),
        ("Copper Tides Name Their Debut Full-Length", "Copper Tides call it Harbour Lights."),
        ("Velvet Moth Debut Full-Length Out Now", "Velvet Moth made it at home."),
    )
    reply = ask(kb, "what's the name of Lark Pilot's debut full-length?")
    assert reply.url == invented_article(1, "", "").url, reply.text
    # A name no article spells is still declined.
    assert "lark rover" in declined(kb, "what's the name of Lark Rover's debut full-length?")


def test_one_word_written_as_a_name_shows_where_the_chat_begins(tmp_path: Path) -> None:
    """One word capitalised inside a sentence, which the articles never write in lowercase,
    shows a writer who capitalises names as well as two do: the lowercase words after it
    are chat, not more of an unknown name."""
    kb = invented_kb(
        tmp_path,
        ("Lakeview's Quillhall raises its capacity to 3,600 after a revamp", "A bigger room."),
        ("Copper Tides Share New Single", "Copper Tides share a new single."),
    )
    reply = ask(kb, "what's Quillhall's capacity now after the revamp?")
    assert reply.url == invented_article(1, "", "").url, reply.text
    assert link(kb, "what's Quillhall's capacity now after the revamp?").named_runs == (
        "quillhall",
    )


def quillmoss_news(tmp_path: Path, act: str = "Quillmoss") -> KnowledgeBase:
    """An act with two songs, the second its newest news."""
    return invented_kb(
        tmp_path,
        (f"{act} Share First Song", f"{act} play folk."),
        (f"{act} Share New Song", f"{act} shared a new song."),
    )


@pytest.mark.parametrize(
    "question",
    [
        "quillmoss lowkey my fav band, any news on them??",
        "quillmoss besties, what is new??",
        "RT if u also want quillmoss news, anything new?",
    ],
)
def test_stan_chat_filler_is_no_word_of_a_name(tmp_path: Path, question: str) -> None:
    """ "<act> lowkey" is the act and a chat word, not a longer name the knowledge base lacks;
    so are a repost's "RT" and "want"."""
    kb = quillmoss_news(tmp_path)
    reply = ask(kb, question)
    assert reply.url == invented_article(2, "", "").url, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What is newest about Quillmoss? Grazie mille.",
        "What is last news of Quillmoss? Obrigado.",
        "Últimas noticias de Quillmoss? What they are doing now?",
    ],
)
def test_courtesies_and_news_words_of_other_languages_name_nothing(
    tmp_path: Path, question: str
) -> None:
    """A fan from abroad thanks in their own language: "grazie" is no act the knowledge base
    lacks."""
    kb = quillmoss_news(tmp_path)
    reply = ask(kb, question)
    assert reply.url == invented_article(2, "", "").url, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "quillmoss news? alguien sabe",
        "Any news on Quillmoss? alguém sabe, tá rolando alguma coisa?",
        "Anything new from Quillmoss? alguien sabe algo?",
        "any Quillmoss news? co nowego u nich, ktoś wie?",
        "Quillmoss — ano na ang latest niya? may bagong kanta ba?",
    ],
)
def test_everyday_words_of_other_languages_are_chat_not_an_unknown_name(
    tmp_path: Path, question: str
) -> None:
    """No English article writes "alguien" or "coisa", yet they are everyday words of the
    languages fans mix in: chat beside the act asked about, not an act the knowledge base
    lacks."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quillmoss"),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    answered_by(kb, question, 2)


def test_a_question_is_read_in_the_languages_of_its_whole_message(tmp_path: Path) -> None:
    """ "<act> ha anunciado? como se llama y quien sale": the sentence naming the act is the
    question, and its one Spanish word is chat, as the rest of the message is Spanish."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quillmoss"),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    answered_by(kb, "Quillmoss ha anunciado? como se llama y quien sale", 1)


def test_one_word_of_another_language_among_english_ones_may_be_a_name(tmp_path: Path) -> None:
    """ "<vertraulich>, the <city> duo - when's their next album": one everyday word of
    another language alone in an English question is more likely the name of an act the
    knowledge base lacks than chat."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quillmoss"),
        ("Tida Marsh Announce New Album", "Harbourton duo Tida Marsh announce a new album."),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    text = declined(kb, "vertraulich, the harbourton duo — when's their next album?")
    assert "vertraulich" in text


def test_an_everyday_word_of_another_language_is_no_typo_of_a_name(tmp_path: Path) -> None:
    """ "amigo, any <act> news?": a word fans mix in from Spanish is meant as written, not as
    a typo of an act one letter from it ("Amigu")."""
    songs = [(f"Amigu Share Song {n}", f"Amigu shared song {n}.") for n in range(1, 6)]
    kb = invented_kb(tmp_path, *songs, *act_news("Quillmoss"))
    question = "amigo, any quilmoss news?"
    assert [found.entity.name for found in link(kb, question).links] == ["Quillmoss"]
    answered_by(kb, question, 7)


@pytest.mark.parametrize(
    "question",
    [
        "haven't followed Quillmoss since Lantern Harbour Days... what's the latest on them?",
        "What is Quillmoss up to lately? A fan since Lantern Harbour Days.",
    ],
)
def test_a_record_that_dates_a_fans_memories_is_no_unknown_name(
    tmp_path: Path, question: str
) -> None:
    """ "since <Record>" tells when the writer followed the act asked about: a title no
    article names, not an act the knowledge base lacks."""
    kb = quillmoss_news(tmp_path)
    assert ask(kb, question).url == invented_article(2, "", "").url


@pytest.mark.parametrize(
    "question",
    [
        "Quillmoss were my band in school, what are they up to these days?",
        "what is quillmoss doing these days",
    ],
)
def test_these_days_asks_for_the_newest_news_not_for_days(tmp_path: Path, question: str) -> None:
    """ "what are they up to these days?" asks for the newest news: a headline's "<Title>
    Days" is no answer to it."""
    reissue = ("Quillmoss Announce Lantern Days Reissue", "Quillmoss will reissue Lantern Days.")
    answered_by(invented_kb(tmp_path, reissue, *act_news("Quillmoss")), question, 3)


@pytest.mark.parametrize(
    "question", ["Quillmoss 25th anniversary tour?", "is Quillmoss's 100th show on video?"]
)
def test_a_numbered_ordinal_is_no_unknown_name(tmp_path: Path, question: str) -> None:
    """ "25th" or "100th" counts, as a number does: no article need write it for the
    question about the act to be answered."""
    reply = ask(invented_kb(tmp_path, *act_news("Quillmoss")), question)
    assert reply.url is not None and reply.url.startswith(SITE), reply.text


@pytest.mark.parametrize(
    "question",
    ["Quillmoss & Brindleworth - any news on either?", "neither Quillmoss nor Brindleworth news?"],
)
def test_either_points_back_at_the_names_it_follows(tmp_path: Path, question: str) -> None:
    """ "any news on either?" asks for the named acts' news: a headline ending "..., Either"
    about someone else is no answer to it, however rare the word is in the articles."""
    other = ("Someone Else Will Not Share It, Either", "Someone Else will not share it either.")
    filler = everyday("A band played a show.", 60)
    kb = invented_kb(tmp_path, *act_news("Quillmoss"), *act_news("Brindleworth"), other, *filler)
    assert ask(kb, question).url in {f"{SITE}{n}" for n in range(1, 5)}


@pytest.mark.parametrize(
    "question",
    ["anything going on with Quillmoss?", "what is Quillmoss up to, anything happening?"],
)
def test_the_words_that_ask_for_news_name_no_topic_of_it(tmp_path: Path, question: str) -> None:
    """ "anything going on with <act>?" asks for the act's newest news: an older headline
    that shares the request's words ("<Title> Going On", "Happening") is no likelier it."""
    older = (
        "Quillmoss Share Going On Happening Up To It",
        "Quillmoss shared Going On Happening Up To It.",
    )
    answered_by(invented_kb(tmp_path, older, *act_news("Quillmoss")), question, 3)


def test_a_sentence_after_a_question_mark_is_no_part_of_a_name(tmp_path: Path) -> None:
    """ "<Band> from <Town>? Surf band." names the band and tells what it plays: "<Town>
    Surf" is no unknown name."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Share First Song", "Quillmoss play folk. A surf band."),
        (
            "The Lanterists: Tide Signals",
            "Quillbury's The Lanterists are a surf act. Their new EP is titled Tide Signals.",
        ),
    )
    question = (
        "What is the name of the EP of The Lanterists from Quillbury? Surf instrumental band."
    )
    assert link(kb, question).subjects[0] == "quillbury"
    reply = ask(kb, question)
    assert reply.url == invented_article(2, "", "").url, reply.text


def test_numbers_dictated_in_words_name_nothing(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Share First Song", "Quillmoss play folk."),
        ("Quillmoss Share First New Song in 18 Years", "Quillmoss are back after 18 years."),
    )
    linking = understand(kb, "quillmoss new song after eighteen years??")[1]
    assert linking is not None and linking.subjects == ("years",)
    reply = ask(kb, "quillmoss new song after like eighteen years??")
    assert reply.url == invented_article(2, "", "").url, reply.text


def test_two_question_words_typed_without_a_space_are_read_apart(tmp_path: Path) -> None:
    kb = quillmoss_news(tmp_path)
    reply = ask(kb, "any recent newsabout quillmoss")
    assert reply.url == invented_article(2, "", "").url, reply.text
    # A particle English makes compounds with opens a word of its own ("overpass").
    assert link(kb, "overpass quillmoss").tokens[0] == "overpass"


@pytest.mark.parametrize(
    "question",
    [
        "Is Tida Marsh's Quillmoss releasing a new song?",
        "Any new music from Quillmoss, Tida Marsh and Lark Pilot's duo?",
    ],
)
def test_whose_act_it_is_is_no_name_the_knowledge_base_must_know(
    tmp_path: Path, question: str
) -> None:
    """A member written as owning the act asked about ("<Member>'s <Band>") says which act
    is meant; the articles need not name the member."""
    reply = ask(quillmoss_news(tmp_path), question)
    assert reply.url == invented_article(2, "", "").url, reply.text


@pytest.mark.parametrize(
    ("articles", "question", "owner"),
    [
        (
            (
                ("Copper Hall Reopens", "Copper Hall reopens with a new stage."),
                ("Copper Tides Play Copper Hall", "Copper Tides play Copper Hall on Friday."),
            ),
            "How much were tickets for Quillward's Copper Hall show?",
            "quillward",
        ),
        (
            (
                ("Copper Tides Join the Quill Jamboree", "Copper Tides join the Quill Jamboree."),
                ("Quill Jamboree Turns 50", "The Quill Jamboree turns 50 this year."),
            ),
            "How did Tallow Brennick's Quill Jamboree debut go?",
            "tallow brennick",
        ),
    ],
)
def test_an_unknown_act_owning_a_known_venues_show_or_shows_debut_is_still_asked_about(
    tmp_path: Path, articles: tuple[tuple[str, str], ...], question: str, owner: str
) -> None:
    """ "<Name>'s <Venue> show", "<Name>'s <Show> debut": a venue, or a radio show or a revue
    the articles name as they name an act, is where the owner plays, so the owner is the act
    asked about, declined where no article names it."""
    reply = ask(invented_kb(tmp_path, *articles), question)
    assert reply.url is None and owner in reply.text.lower(), reply.text


def test_whose_act_it_is_reads_beside_an_ampersand_name(tmp_path: Path) -> None:
    reply = ask(
        quillmoss_news(tmp_path, "Lark & Pilot"),
        "Is Tida Marsh's Lark & Pilot releasing a new song?",
    )
    assert reply.url == invented_article(2, "", "").url, reply.text


def test_a_sentence_opened_by_somebody_names_nobody(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("Heron: Lantern", "Harbour duo Heron share Lantern, their first single."),
        ("Lake Notes", "A heron stood by the lake all morning, as a heron does."),
    )
    for question in (
        "What's new with Heron? Somebody told me they're a duo.",
        "What's new with Heron? Everybody says they're a duo.",
    ):
        assert ask(kb, question).url == "https://news.invented.example/1"


def test_a_town_a_band_is_from_is_not_another_name_to_find(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("Copper Tides: Lantern", "Copper Tides share Lantern, their first single."),
        ("Theatre by the Lake", "Brindlemoor held a psych duo night of theatre by the lake."),
    )
    question = "What's new with Copper Tides, the psych duo from Brindlemoor?"
    assert ask(kb, question).url == "https://news.invented.example/1"


def test_acts_listed_with_and_are_found_where_an_article_lists_them_with_commas(
    tmp_path: Path,
) -> None:
    kb = invented_kb(
        tmp_path,
        (
            "Copper Tides: Lantern",
            "Copper Tides share Lantern. The band plays Harbourfest in June, alongside veterans"
            " like Lark Moth, Brindlewick, and Quillbury.",
        ),
        ("Copper Tides: Tide", "Copper Tides return with Tide, a song about the sea."),
    )
    reply = ask(kb, "What festival are Copper Tides playing with Lark Moth and Brindlewick?")
    assert reply.url == "https://news.invented.example/1", reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Which label put out the Copper Tides 7-inch, was it Moth Tapes?",
        "which label put out Copper Tides' Lantern? Moth Tapes again?",
        "What label is the Copper Tides single on, Moth Tapes?",
    ],
)
def test_a_guess_after_the_question_is_no_name_to_find(tmp_path: Path, question: str) -> None:
    kb = invented_kb(
        tmp_path,
        (
            "Copper Tides: Lantern",
            "Copper Tides share Lantern, a 7-inch single on Harbour Records.",
        ),
        ("Copper Tides: Tide", "Copper Tides return with Tide, a song about the sea."),
    )
    reply = ask(kb, question)
    assert reply.url == "https://news.invented.example/1", reply.text


def test_a_guess_does_not_hide_an_unknown_act_asked_about(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        (
            "Copper Tides: Lantern",
            "Copper Tides share Lantern, a 7-inch single on Harbour Records.",
        ),
    )
    declined(kb, "What label is Moth Lanterns on, Harbour Records?")


@pytest.mark.parametrize(
    "question",
    [
        "Which Brindlemoor trio shared a song called Lantern?",
        "who is that Brindlemoor trio with the song Lantern?",
    ],
)
def test_words_pointing_at_an_act_describe_it_without_naming_one(
    tmp_path: Path, question: str
) -> None:
    kb = invented_kb(
        tmp_path,
        ("Copper Tides: Lantern", "Copper Tides, a trio, share Lantern, a song about the sea."),
        ("Copper Tides: Tide", "Copper Tides return with Tide."),
    )
    reply = ask(kb, question)
    assert reply.url == "https://news.invented.example/1", reply.text


@pytest.mark.parametrize(
    "question",
    ["kvitsoy lanterns latest", "Kvitsøy Lanterns news?", "what's new with soeurs quillmoss"],
)
def test_letters_without_a_plain_form_are_read_as_typed_without_them(
    tmp_path: Path, question: str
) -> None:
    """ "ø", "œ" and "ß" decompose into no plain letter and a mark, so they are read as the
    letters people type for them, in articles and questions alike."""
    kb = invented_kb(
        tmp_path,
        ("Kvitsøy Lanterns: Tide", "Bergen duo Kvitsøy Lanterns share Tide with Sœurs Quillmoss."),
        ("Copper Tides: Tide", "Copper Tides return with Tide."),
    )
    assert ask(kb, question).url == "https://news.invented.example/1"


def test_a_lasting_fact_comes_from_an_article_that_tells_it_not_the_newest(
    tmp_path: Path,
) -> None:
    """Where a name comes from, or how a band met, is as true in an older article as in a
    newer one: the newest article that tells it answers, not the newest about the band."""
    kb = invented_kb(
        tmp_path,
        (
            "Copper Tides announce debut album Lantern",
            "Copper Tides take their name from a lighthouse. The duo met while working at"
            " a record shop in Harbourton.",
        ),
        ("Copper Tides announce UK tour", "Copper Tides will tour the UK in May."),
        ("Copper Tides confirm second album", "Copper Tides confirm their second album, Tide."),
    )
    for question in ("how did copper tides get their name?", "how did copper tides meet"):
        assert ask(kb, question).url == "https://news.invented.example/1", question


def test_a_real_name_comes_from_the_article_that_tells_it(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ("Lil Quillmoss Drops Mixtape", "Lil Quillmoss, born Ana Vidal, is 22 and raps."),
        ("Lil Quillmoss Announces Tour", "Lil Quillmoss will tour the UK in May."),
        ("Lil Quillmoss Shares Video", "Lil Quillmoss shared a video for Tide."),
    )
    for question in ("what's lil quillmoss's real name?", "lil quillmoss birth name"):
        reply = ask(kb, question)
        assert reply.url == "https://news.invented.example/1" and "Ana Vidal" in reply.text


def test_a_clause_describing_the_act_names_no_other_act(tmp_path: Path) -> None:
    """After the act, a clause that describes it ("the <genre> band with <Member>", a member's
    name alone between dashes, capitalised or not) says which act is meant: no unknown name
    to decline for, and a known one inside it (another act's member) is no act asked about.
    An unknown act named first, before a known one that describes it, is still declined."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album", "Velvet Moth will release a new album."),
        ("Dana Varkolt Announces Tour", "Dana Varkolt will tour."),
        ("Quill Fathom Announce New Album", "Quill Fathom will release a new album."),
    )
    for text in (
        "Velvet Moth - Tamsin Quarrel, the Harbourton rapper - any new album announced?",
        "Velvet Moth - the Harbourton band with Dana Varkolt - did they announce an album?",
        # A member's band "with" another member: both say which act is meant.
        "Velvet Moth — Dana Varkolt's band with Tamsin Quarrel — did they announce an album?",
        # In lowercase, a name alone in a clause is told by its words, which may all be a
        # name's, after the act typed with a typo too.
        "velvet mth - the harbourton band, tamsin quarrel - any new album announced?",
    ):
        assert ask(kb, text).url == f"{SITE}1", text
    assert declined(kb, "Glass Pelican - the band with Velvet Moth - any new album?")


def test_an_unknown_act_opening_for_a_known_one_is_declined(tmp_path: Path) -> None:
    """ "<unknown act> opening for <act>" asks about the opener, whose news the known act's
    tour is not; "who is opening for <act>" asks about the act's tour."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Fall Tour", "Velvet Moth will tour this fall with openers."),
        ("Velvet Moth Share New Song", "A new song."),
        *everyday("The lantern was lit, lantern light and jaws of the harbour gate.", 6),
    )
    declined(kb, "lantern jaws opening for velvet moth on the fall run?")
    assert ask(kb, "who is opening for velvet moth on the fall tour?").url == f"{SITE}1"


def test_a_run_of_dates_named_as_fans_say_it_is_no_unknown_name(tmp_path: Path) -> None:
    """ "euro run", "arena run", "euro tour": words fans use for a tour name no act of their
    own, so a question about a known act's tour is answered, its name mistyped or not."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Moth Announce European Tour Dates for Spring 2026",
            "Velvet Moth will tour Europe in the spring.",
        ),
        ("Velvet Moth Share New Song", "A new song."),
    )
    for text in (
        "velvet moth euro run spring 2026 — dates out?",
        "velvetmoth arena run 2026 dates?",
    ):
        assert ask(kb, text).url == f"{SITE}1", text
    one_word = invented_kb(
        tmp_path / "one",
        ("Quillmoss Announce European Tour Dates", "Quillmoss will tour Europe."),
        ("Quillmoss Share New Song", "A new song."),
    )
    answered_by(one_word, "the quillmoss euro tour — whats the latest?", 1)


def test_a_record_format_asked_narrows_the_newest_of_its_kind(tmp_path: Path) -> None:
    """ "new EP?" asks for the newest EP, not the album two outlets announced after it;
    "new album?" still gets the newest album."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New EP Lantern Jaws, Tease Upcoming Tour", ""),
        ("Velvet Moth Announce New Album Glass Harbour, Share New Single “Quill”", ""),
        ("Velvet Moth Announce New Album Glass Harbour: Hear “Quill”", ""),
        ("Velvet Moth Share New Song “Brass”", ""),
    )
    assert ask(kb, "velvet moth / new EP? / 👀").url == f"{SITE}1"
    assert ask(kb, "velvet moth new album?").url == f"{SITE}3"


def test_news_the_question_rules_out_is_not_its_answer(tmp_path: Path) -> None:
    """ "<act> (not the <singer> album)": a headline naming what the question rules out is
    what the writer does not mean, though it names the act's words."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth: Harbourton Nights", "Velvet Moth released a single and will tour out west."),
        ("Tida Marsh Delves Into Velvet Moth in New Album", "Tida Marsh sings of a velvet moth."),
    )
    text = "is Velvet Moth (harbourton pop-punk, not the Tida Marsh album) touring out west?"
    assert ask(kb, text).url == f"{SITE}1"


def test_what_the_writer_calls_some_thing_is_no_unknown_name(tmp_path: Path) -> None:
    """ "some <words>" (or "their <words>") names an everyday thing, however rare its words:
    no act the knowledge base lacks, so the question about a known act is answered."""
    crowd = everyday(
        "The band played a show, and the crowd cheered the paperwork.", WRITTEN_ARTICLES
    )
    postponed = ("Velvet Moth Postpone Tour Over Visa Delay", "Velvet Moth postponed their tour.")
    kb = invented_kb(tmp_path, postponed, *crowd)
    for asked in ("some paperwork kerfufflez?", "their paperwork kerfufflez?"):
        answered_by(kb, f"why did velvet moth postpone their tour? {asked}", 1)


def test_a_word_beside_initials_is_the_writers_own_not_a_longer_name(tmp_path: Path) -> None:
    """ "The <INITIALS> discography ...": initials stand for a whole name, so the word after
    them is no word of a longer one the knowledge base lacks."""
    news = [("Announce Tour", "will tour in May"), ("Share New Song", "shared a song")]
    news.append(("Detail New Album", "detailed Salt Lamp, out in June"))
    kb = invented_kb(
        tmp_path, *((f"Velvet Harbour Choir {t}", f"Velvet Harbour Choir {b}.") for t, b in news)
    )
    answered_by(kb, "The VHC discography is hard to follow; what is their new album called?", 3)


def test_an_announcement_asked_for_is_the_headline_that_announces_it(tmp_path: Path) -> None:
    """ "Have they announced a tour?" is answered by the headline that announces it, not by
    a newer one about a show of that tour or someone else's word on it, which the kind of
    news read from headlines also counts as tour news."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce North American Tour", "Dates run all fall."),
        ("Velvet Moth Share New Song", "A new song from Velvet Moth."),
        (
            "Velvet Moth Rock Through Storm In 20-Song Set Kicking Off North American Tour",
            "The band played on.",
        ),
    )
    for question in (
        "Have Velvet Moth announced a North American tour?",
        "did velvet moth announce a tour",
    ):
        assert ask(kb, question).url == "https://news.invented.example/1", question
    # Dates added to the tour are its newest announcement where more are asked for.
    add_articles(
        kb,
        [invented_article(4, "Velvet Moth Add Quillport, Harbourton to Upcoming Tour", "More.")],
    )
    assert ask(kb, "did velvet moth announce more tour dates?").url == f"{SITE}4"
    assert ask(kb, "did velvet moth announce a tour").url == f"{SITE}1"


def test_a_headline_holding_no_word_asked_beyond_the_name_is_not_ranked_by_search(
    tmp_path: Path,
) -> None:
    """A request for news with a word no article about the act holds ("<act> new one")
    ranks its headlines and sentences by search only on the name: the shortest, most
    repetitive would win on length alone, where the newest is the news. (Sixty others make
    the name rare enough to search for, and "one" too common to.)"""
    others = [(f"Harbour {n} Share Song", f"Harbour {n} share one song.") for n in range(60)]
    kb = invented_kb(
        tmp_path,
        *others,
        ("Velvet Moth: Salt", "Velvet Moth are here."),
        ("Velvet Moth: Tide", "Velvet Moth return. Velvet Moth, Velvet Moth."),
        (
            "Velvet Moth Return With Lantern, Their Long-Awaited Third Record Of Harbour Songs",
            "After a long time away, the harbour band called Velvet Moth is back with a record.",
        ),
    )
    assert ask(kb, "velvet moth new one").url == "https://news.invented.example/63"


def test_an_adverb_after_a_name_is_no_word_of_a_longer_name(tmp_path: Path) -> None:
    """ "Has <name> formally announced ...": a word no article writes beside the name may
    make a longer name the knowledge base lacks, but an adverb says how the act acted."""
    kb = invented_kb(
        tmp_path,
        ("Velvetmoth Announces New Album Lantern", "Velvetmoth will release Lantern in May."),
        ("Quill Harbour Share New Song", "Quill Harbour shared a song."),
    )
    answered_by(kb, "Has velvetmoth formally announced her next album?", 1)


def test_a_name_written_capitalised_after_i_opens_with_the_i(tmp_path: Path) -> None:
    """ "I <Word> <Word>" written so beside words in lowercase is a name opening with "I":
    the pronoun is followed by a verb. No article spells it, though some write its other
    words; "I saw <Act> ..." still asks about the act."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share New Song", "Velvet Moth shared a song."),
        ("Quill Harbour: Copper Lantern", "A song about the copper lantern of the harbour."),
        *everyday("A copper kettle and a lantern by the door.", 6),
    )
    declined(kb, "I Copper Lantern new album?")
    declined(kb, "any announcement of an I Copper Lantern reunion show?")
    assert ask(kb, "I saw Velvet Moth last night, any news?").url is not None


def test_where_a_release_is_from_is_no_name_only_bodies_write(tmp_path: Path) -> None:
    """ "The North American release" says where, not which act: the article whose body
    writes "North American" does not go before the act's own news of its record."""
    kb = invented_kb(
        tmp_path,
        (
            "Quillward: Copper Angels",
            "Quillward will release Copper Angels through Harbour Records in March.",
        ),
        (
            "Watch A Full Velvet Moth Concert From 1985",
            "Its North American release was handled by a small label that put the film out.",
        ),
    )
    reply = answer(
        Message(
            "Can you confirm which label is handling the North American release of "
            "Quillward's new album?"
        ),
        kb,
        now=NOW,
    )
    assert reply.url == "https://news.invented.example/1"


def test_a_place_a_news_word_cut_short_is_no_name_only_bodies_write(tmp_path: Path) -> None:
    """ "Out In New Harbourton": "new" asks for news, which leaves "Harbourton" looking like a
    name only bodies write; with the word before it, it is where the act is, and the
    article that happens to write it does not go before the act's newest."""
    kb = invented_kb(
        tmp_path,
        ('Ola Vance: "Salt Lamp"', "Ola Vance plays New Harbourton folk songs on this single."),
        ('Ola Vance: "Copper Wire"', "Ola Vance is back with another single."),
    )
    reply = answer(Message("What's The Latest From Ola Vance Out In New Harbourton?"), kb, now=NOW)
    assert reply.url == "https://news.invented.example/2"


def test_what_a_band_is_called_is_an_acts_name_not_a_title(tmp_path: Path) -> None:
    """ "<Act> handed out stickers for a band called <Unknown>": the name after "a band
    called" is the act asked about, which the knowledge base lacks, not a title of the known
    act's."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    text = (
        "Some guy at the Velvet Moth show was handing out stickers for a band called Copper "
        "Eelgrass and said their album was out soon. Is it out yet?"
    )
    assert answer(Message(text), kb, now=NOW).url is None


def test_the_band_someone_is_from_is_who_they_are(tmp_path: Path) -> None:
    """ "<Person> from the <Band>, is she releasing an album?": a band only bodies write,
    named as where the person is from, puts no article that writes it before hers."""
    kb = invented_kb(
        tmp_path,
        ("Songs for a Winter Night", "A playlist: the Harbourettes open it, then more songs."),
        ("Jo Quillan Announces New Album Salt Lamps", ""),
    )
    text = "Jo Quillan from the Harbourettes, is she releasing a new album?"
    answered_by(kb, text, 2)


def test_a_name_with_and_mistyped_is_the_ampersand_name(tmp_path: Path) -> None:
    """ "<Mistyped> and the <Word>s" of a headline's "<Name> & The <Word>s": the name
    mistyped, not one the knowledge base lacks."""
    kb = invented_kb(
        tmp_path,
        ("Kelley & The Lanterns: Tide Song", "Kelley & The Lanterns announced Tide Song."),
        *act_news("Velvet Moth"),
    )
    text = "wrong band. I meant Kelly and the Lanterns, when does Tide Song come out?"
    answered_by(kb, text, 1)


def test_a_name_written_whole_is_the_known_name_it_spells_not_its_last_word(
    tmp_path: Path,
) -> None:
    """ "<Catrine> <Middle> <Last>" written as a name, whose last word alone is another act:
    the whole name spelled another way ("<Katrine>"; "<Catrine>" someone else's too), not
    that act beside an unknown name."""
    kb = invented_kb(
        tmp_path,
        ("Katrine Jessamy Quillard Announces New Album Tide Song", ""),
        ("Quillard: Harbour Lights", "Quillard share a new single."),
        ("Velvet Moth Announce EP (Feat. Catrine Starr)", ""),
    )
    text = "Find Catrine Jessamy Quillard's announcement for Tide Song."
    answered_by(kb, text, 1)


def test_a_word_written_capitalised_as_a_name_is_not_corrected(tmp_path: Path) -> None:
    """ "the <City> band <Name>": a capitalised word inside the sentence is a name as typed,
    one the knowledge base lacks, not the everyday word it is a letter from ("flurry")."""
    kb = invented_kb(
        tmp_path,
        city_news("Quillandia"),
        ("Quillandia Venue Announces Fall Tour Dates", "Tour dates for the fall."),
        *everyday("A flurry of snow fell on the tour bus.", 30),
    )
    text = "Has the Quillandia band Flarry announced any tour dates for this fall?"
    assert answer(Message(text), kb, now=NOW).url is None


def test_a_names_roman_numeral_typed_as_digits_is_that_name(tmp_path: Path) -> None:
    kb = invented_kb(
        tmp_path,
        ('Quillo II: "Salt Lamps"', "Quillo II share a new single."),
        *act_news("Velvet Moth"),
    )
    answered_by(kb, "what's new with quillo 2?", 1)


def test_a_venue_the_writer_has_tickets_at_is_no_name_to_put_first(tmp_path: Path) -> None:
    """ "... I have tickets to a show at <Venue Name>": where the act plays, which only an
    article's body writes, puts no article that writes it before the act's news."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Notes", "A night at Casa del Quillo with a band we love."),
        *act_news("Velvet Moth"),
    )
    text = (
        "What's the newest from Velvet Moth? I have tickets to a show at Casa del Quillo in a "
        "few weeks and I want to know what they're playing."
    )
    assert answer(Message(text), kb, now=NOW).url in {f"{SITE}2", f"{SITE}3"}


def test_a_member_of_the_act_asked_about_is_no_other_name(tmp_path: Path) -> None:
    """ "<Act> doing a farewell tour, or is <Member> messing with us?": the news calls the
    member "<Act>'s <Member>", so the article naming the member goes not before the one the
    question asks for."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Final Album and Farewell Tour", ""),
        ("Velvet Moth's Jo Quillan Stars in a Horror Film Trailer", ""),
    )
    text = (
        "Velvet Moth doing a final album and a farewell tour, is that for real or is Jo "
        "Quillan messing with us again?"
    )
    answered_by(kb, text, 1)


def test_a_name_remembered_with_its_words_in_another_order_is_that_name(tmp_path: Path) -> None:
    """ "<Word> <Word3> <Word2>" for a band "<Word> <Word2> <Word3>": the same words in
    another order name the band, not an act the knowledge base lacks."""
    kb = invented_kb(
        tmp_path,
        (
            "Quill Moth Harbour: Looking Up",
            "Calgary skate-punk band Quill Moth Harbour recorded their debut LP at Tide Sound.",
        ),
        ("Ola Vance: Salt Lamp", "Ola Vance shares a new single."),
    )
    reply = answer(
        Message("Quill Harbour Moth, the Calgary skate-punk band: where did they record their LP?"),
        kb,
        now=NOW,
    )
    assert reply.url == "https://news.invented.example/1"


def test_a_name_ends_at_its_possessive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Quillward's Copper Sky": what follows the possessive is Quillward's record, not
    more of a longer name ("Quillward Copper") that the newest articles writing "copper"
    never write beside Quillward, which would decline a question about an act the knowledge
    base has."""
    monkeypatch.setattr(store, "WRITTEN_WITH_READ", 2)
    kb = invented_kb(
        tmp_path,
        ("Quillward Share New Album", "Quillward released Copper Sky on Harbour Records."),
        *everyday("The copper roof of the hall shone.", 3, "Copper Notes {}"),
    )
    reply = ask(kb, "Quillward's Copper Sky came out on which label?")
    assert reply.url == f"{SITE}1", reply.text
    assert "Harbour Records" in reply.text


def test_a_guest_credit_is_news_of_the_guest_but_no_announcement_of_theirs(
    tmp_path: Path,
) -> None:
    """ "Velvet Moth Announce Album Feat. Rosalee Vance" is the newest news of Rosalee Vance,
    asked what's new with her; asked whether she announced an album, it is not hers."""
    kb = invented_kb(
        tmp_path,
        ("Rosalee Vance Shares Solo Single", "Rosalee Vance shared a single."),
        ("Velvet Moth Announce Album Feat. Rosalee Vance", ""),
        ("Quillward Share New Single", "Quillward shared a single."),
    )
    assert ask(kb, "what's the latest on rosalee vance?").url == f"{SITE}2"
    assert ask(kb, "did rosalee vance announce an album?").url != f"{SITE}2"


@pytest.mark.parametrize(
    "question",
    [
        "what label released quillmoors' lanternfall?",
        "what label released Quillmoors’ Lanternfall?",
    ],
)
def test_a_plural_possessive_ends_what_owns_too(tmp_path: Path, question: str) -> None:
    """ "<act>' <record>" names two things the news need not write side by side ("<record>,
    their LP"), as "<act>'s <record>" does: no name the knowledge base lacks."""
    kb = invented_kb(
        tmp_path,
        ("Plans of the Month", "A new night opens at the hall."),
        (
            "Notes From the Road",
            "Harbourton act Quillmoors have shared a song from their LP, Lanternfall. "
            "Lanternfall arrives on May 8 via Glass Harbour Records.",
        ),
        ("Lantern Notes", "The lantern shone."),
    )
    reply = ask(kb, question)
    assert reply.url == f"{SITE}2", reply.text
    assert "Glass Harbour Records" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Hello, I would like to know whether there is any recent news about Quillward. "
        "Thank you in advance.",
        "Good morning. Is there any recent news regarding Quillward? Regards, Ola",
    ],
)
def test_a_polite_letter_gets_the_news_not_a_decline_of_its_courtesy(
    tmp_path: Path, question: str
) -> None:
    kb = invented_kb(tmp_path, *act_news("Quillward"), ("Lantern Notes", "The lantern shone."))
    assert ask(kb, question).url == f"{SITE}2"


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("whats new with velvet biscuit", 3),
        ("any news on velvet brisket?", None),
        ("anything on erica vox lately", 1),
    ],
)
def test_a_name_typed_by_ear_links_within_one_sound(
    tmp_path: Path, question: str, number: int | None
) -> None:
    """ "biscuit" for "Bizkit" is three letters off, too many for a typo, but one sound
    ("biskuit", "biskit"); "brisket" is two sounds off, another name. "erica" for "Erykah"
    is one sound off in a name of nine."""
    kb = invented_kb(
        tmp_path,
        ("Erykah Vox Plays the Hall", "Erykah Vox played the hall."),
        *act_news("Velvet Bizkit"),
        ("Lantern Notes", "The lantern shone."),
    )
    answered_by(kb, question, number)


@pytest.mark.parametrize(
    ("question", "linked"),
    [
        ("velvet hounds new single?", False),
        ("VELVET HOUNDS new single?!", False),
        ("velvet handz new single?", True),
        ("velvet hans new single?", True),
    ],
)
def test_a_word_two_sounds_from_a_names_word_names_another_act(
    tmp_path: Path, question: str, linked: bool
) -> None:
    """ "hounds" is a word of its own, two sounds from "Hands": "<Word> Hounds" is another
    act than "<Word> Hands", which "handz" or "hans", one sound off, still mistype."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Hands"),
        ("Hounds at the Fair", "The hounds ran at the fair."),
    )
    reply = ask(kb, question)
    assert (reply.url == f"{SITE}2") is linked, reply.text
    assert (reply.intent == "unknown") is not linked


def test_a_name_shouted_in_capitals_after_a_small_word_is_one_name(tmp_path: Path) -> None:
    """A word in lowercase before a name in capitals ("is <WORD> <WORD> playing ...") is cut
    off the name: its case does not split the name's words into two runs, which would leave
    each an everyday word to answer with the festival's news."""
    kb = invented_kb(
        tmp_path,
        ("Saint Quillon Shares New Song", "Saint Quillon shares a hollow new song."),
        ("Lakelight Fest 2026 Lineup Revealed", "Copper Tides head the Lakelight Fest bill."),
    )
    assert "hollow saint" in declined(kb, "is HOLLOW SAINT playing LAKELIGHT FEST 2026?")


def test_a_one_word_act_inside_a_longer_name_written_capitalised_is_declined(
    tmp_path: Path,
) -> None:
    """ "<Word> <Act>" written as a name, which no article writes, is another act than the
    one-word act the knowledge base holds; the act alone, or beside the words the articles
    write with it, is that act."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce Fall Tour", "Quillward will tour in the fall."),
        ("Quillward Harbour Sessions Out Now", "Quillward Harbour Sessions is out now."),
    )
    assert "glass quillward" in declined(kb, "Has Glass Quillward announced a tour yet?")
    assert ask(kb, "Has Quillward announced a tour yet?").url == f"{SITE}1"
    assert ask(kb, "did you hear the Quillward Harbour sessions?").url == f"{SITE}2"


def dated_kb(path: Path, *articles: tuple[str, str, str]) -> KnowledgeBase:
    """A knowledge base of invented articles given as (date, title, body), numbered from 1."""
    kb = KnowledgeBase.open(path / "kb.db")
    add_articles(
        kb,
        [
            ArticleRecord(f"{SITE}{n}", title, day, "invented.example", body)
            for n, (day, title, body) in enumerate(articles, 1)
        ],
    )
    return kb


@pytest.mark.parametrize(
    ("articles", "answers"),
    [
        (
            [
                ("2026-01-09", "Quillward Announce Spring 2026 Tour", "Quillward will tour."),
                ("2026-05-15", "Quillward Share New Single Lanternfall", "A new single."),
            ],
            {"Quillward touring this spring?": 1, "any new single from Quillward this spring?": 2},
        ),
        (
            [
                ("2025-09-24", "Quillward Announce 2025 Winter Tour Dates", "Dates announced."),
                ("2026-06-28", "Quillward Unwrap 2026 Winter Tour Dates", "Quillward will tour."),
            ],
            {
                "has Quillward announced their winter tour dates for 2026?": 2,
                "has Quillward announced their winter tour dates for 2025?": 1,
            },
        ),
        (
            [
                ("2025-10-10", "Quillward Play Sold-Out Hometown Show", "A show in the fall."),
                ("2026-07-02", "Quillward Announce North American Dates", "Quillward will tour."),
            ],
            {"is Quillward touring the states in the fall?": 2},
        ),
        (
            [
                ("2025-11-27", "Quillward Announce One-Off Show for Summer 2026", "A show."),
                ("2026-05-09", "Quillward Cut Harbourton Set Short", "The set ended early."),
            ],
            {"Has Quillward announced any shows for summer 2026?": 1},
        ),
    ],
    ids=["season", "year", "coming", "early"],
)
def test_a_dated_question_is_told_by_the_news_of_its_date(
    tmp_path: Path, articles: list[tuple[str, str, str]], answers: dict[str, int]
) -> None:
    """A tour asked of a season ("touring this spring?") is told by the winter headline that
    announced it, not by the act's spring single; tour dates asked for a year by that year's
    headline, though the year before's uses the question's words more. A season yet to come
    this year ("touring in the fall?" asked in August) is this year's, told before it, up to
    a year before."""
    kb = dated_kb(tmp_path, *articles)
    for question, number in answers.items():
        assert ask(kb, question).url == f"{SITE}{number}", question


def test_never_having_heard_of_an_act_is_no_word_of_what_is_asked(tmp_path: Path) -> None:
    """ "What's new with <Unknown>? I've never heard of them": the asker's aside leaves the
    unknown name the only thing asked about, declined as it is asked alone, not answered
    with an article holding a word it nearly spells."""
    kb = invented_kb(
        tmp_path,
        ("Jon Ames: Harbour Song", "Jon Ames lit a tallow candle over the harbour."),
        *act_news("Velvet Moth"),
    )
    assert declined(kb, "What's new with Tallowe? I've never heard of them, have you?")


def test_an_everyday_word_for_a_names_beside_its_own_word_typed_right_is_the_name(
    tmp_path: Path,
) -> None:
    """ "quillon du soul" beside a known "Quillon Du Sol": an everyday word for an everyday
    word, but beside "quillon", a word the articles write only in the name, it is the name
    mistyped ("soul", a word of another name, is looked at beside it). Where none of its
    words is a name's own ("velvet the bears"), it names another act
    (`test_a_name_typed_as_other_everyday_words_is_another_act`)."""
    kb = invented_kb(
        tmp_path,
        *everyday("The soul singer sat in the sol of the plaza.", WRITTEN_ARTICLES),
        ("Quillon Du Sol Announce Tour", "Quillon Du Sol will tour."),
        ("Quillon Du Sol Share New Single", "Quillon Du Sol shared a single."),
        ("Soul Harbour Share New Single", "Soul Harbour shared a single."),
    )
    answered_by(kb, "quillon du soul - r they touring", WRITTEN_ARTICLES + 1)


@pytest.mark.parametrize(
    "question",
    [
        "surely velvit moth isn't touring again??",
        "I'm assuming velvit moth aren't touring",
        "velvit moth must've announced a tour by now?",
        "I suppose velvit moth won't tour again",
        "guessing velvit moth aren't touring this year",
    ],
)
def test_a_hedge_around_a_question_is_no_word_of_what_is_asked(
    tmp_path: Path, question: str
) -> None:
    """ "surely <act> isn't ...", "I'm assuming ...", "must've ...": the asker's hedge is no
    word of an unknown name asked about beside the act ("surely", "mustve stopped"), which
    the act's answer would be declined for."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    assert link(kb, question).subjects == ()
    answered_by(kb, question, 1)


def test_an_unknown_act_a_post_tags_is_declined(tmp_path: Path) -> None:
    """ "tour dates yet??? #<Unknown>", "@<unknown> any tour dates yet?", "#<Unknown> at
    <Festival> this year??": a post whose words name nothing else, or that opens with a tag
    written as a name is, asks about what it tags; an act no article names is declined by
    that name, not answered with the newest tour or the festival's news. A topic tag stays
    no name ("#tbt")."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        ("Lakeview Festival Adds Velvet Moth", "The Lakeview festival adds Velvet Moth."),
    )
    for question in (
        "tour dates yet??? #Wrenholt",
        "@wrenholt any tour dates announced yet?",
        "#Wrenholt at Lakeview Festival this year??",
    ):
        assert "nothing about wrenholt " in declined(kb, question).lower(), question
    answered_by(kb, "#tbt velvet moth tour dates", 1)


def test_a_quoted_line_is_not_what_a_reply_asks_about(tmp_path: Path) -> None:
    """A reply under a quote ("> ...", "Replying to @...") asks about what it names itself,
    not the act the quoted message names; where it names nothing ("did they ...?"), or
    only an act no article names, it is about what the quote names."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        ("Quillmoss Announce New Album 'Brine'", "Quillmoss will release Brine in May."),
    )
    answered_by(kb, "> dana: velvet moth tour dates announced\n@Roadie any news on quillmoss", 3)
    answered_by(
        kb, "Replying to @dana: velvet moth tour!!\nroadie did quillmoss announce anything", 3
    )
    answered_by(kb, "> velvet moth is back\nroadie did they announce a tour?", 1)
    assert (
        "nothing about wrenholt"
        in declined(kb, "> wrenholt still the best\nroadie did Wrenholt announce anything").lower()
    )


def test_a_company_named_with_its_word_for_what_it_is_is_the_company(tmp_path: Path) -> None:
    """ "<Name> Media", "<Name> Records": typed after a company the articles name without
    it, the word says what the company is, not a longer name the knowledge base lacks. An
    unknown name with such a word is still declined, however everyday its first word."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Signs Publishing Deal With Velvet Moth", "The media firm signed them."),
        ("Quillmoss Buys Catalogue Of Harbour Lamps", "It bought their old records."),
    )
    answered_by(kb, "Has Quillmoss Media signed anyone lately?", 2)
    answered_by(kb, "what did Quillmoss Records buy", 2)
    assert "nothing about topic records" in declined(kb, "Has Topic Records signed anyone?").lower()


def test_a_pasted_chat_log_asks_what_its_line_to_the_bot_asks(tmp_path: Path) -> None:
    """In a pasted log the line that calls on the bot asks, about what it names; where it
    names nothing ("what's their latest?"), about what the chat before it names. Who said
    each line is no act asked about."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        ("Quillmoss Announce New Album 'Brine'", "Quillmoss will release Brine in May."),
    )
    answered_by(kb, "[21:04] dana_k: velvet moth forever\n[21:05] sam: @roadie quillmoss news?", 3)
    answered_by(kb, "<dana> velvet moth are back\n<sam> who?\n<dana> yes. bot, their latest?", 2)
    assert (
        "nothing about wrenholt"
        in declined(kb, "dana: lol\nsam: roadie did wrenholt announce anything").lower()
    )


def test_a_name_in_brackets_after_the_act_says_which_act_is_meant(tmp_path: Path) -> None:
    """ "<act> (<member> of <other act>) - newest release?": a name in brackets right after
    the act, typed right or mistyped, says who the act is, and asks for no article of its
    own; "(and <other>)" asks about both."""
    kb = invented_kb(
        tmp_path,
        ("Tamsin Orle Talks Quillmoss Single", "Tamsin Orle of Velvet Moth on Quillmoss."),
        ("Quillmoss Share New Single 'Brine'", "Quillmoss have a new single."),
        ("Velvet Moth Announce Tour", "Velvet Moth will tour."),
    )
    answered_by(kb, "quillmoss (tamsin orle from velvet moth) - newest release?", 2)
    sung = invented_kb(
        tmp_path / "sung",
        ("Velvet Moth Announce Tour", "Velvet Moth will tour."),
        ("Velvet Moth & Tami Quillward Share 'Glass Harbour'", "They sang 'Glass Harbour'."),
        ("Watch Tami Quillward Perform 'Glass Harbour'", "On TV."),
        ("Tami Quillward Announces New Album 'Brine'", "Tami Quillward will release Brine."),
    )
    answered_by(sung, "tani quilward (glass harbour w velvet moth) announced a new album?", 4)
    answered_by(kb, "the quillmoss (tamsin orle from velvet moth) - newest release?", 2)
    both = link(kb, "quillmoss (and velvet moth) - any tour?").links
    assert [f.entity.name for f in both] == ["Quillmoss", "Velvet Moth"]


def test_the_ones_who_made_a_song_describes_the_act(tmp_path: Path) -> None:
    """ "<act>, the ones who did <song> - any new album announced?": the song says which act
    is meant, and asks for no article of its own."""
    kb = invented_kb(
        tmp_path,
        (
            'Heavy Song of the Week: Quillmoss Bridge Worlds With "Glass Harbour"',
            "Quillmoss sing Glass Harbour.",
        ),
        ('Velvet Moth Share "Glass Harbour" Cover', "A cover."),
        ('Quillmoss Announce New Album, Share Single "Brine"', "Quillmoss will release an album."),
    )
    answered_by(kb, "quillmoss, the ones who did Glass Harbour - any new album announced?", 3)


def test_an_everyday_word_no_article_writes_is_no_unknown_name(tmp_path: Path) -> None:
    """A letter's "expenditure", which no article happens to write, is an everyday English
    word, not a name the knowledge base lacks; the act the letter names is answered."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    text = (
        "Dear Roadie, my sons adore Velvet Moth. Before I commit to any expenditure, I would "
        "be grateful if you could tell me whether Velvet Moth have announced a tour."
    )
    answered_by(kb, text, 1)


@pytest.mark.parametrize(
    "question",
    [
        "velvet moth - nothing about the court case pls, what else is new with them?",
        "velvet moth, not the court case stuff - what else is new with them?",
        "not asking about the court case, velvet moth - what else is new with them?",
    ],
)
def test_what_a_question_rules_out_is_no_word_it_searches(tmp_path: Path, question: str) -> None:
    """ "nothing about the <thing>", "not the <thing>": what the asker rules out tells
    which news they do not mean; its words must not pick that news."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Court Case: Judge Rules", "The court case of Velvet Moth ended."),
        ("Velvet Moth Share Single 'Brine'", "Velvet Moth have a new single."),
        ("Velvet Moth Play Harbour Hall", "Velvet Moth played a show."),
    )
    answered_by(kb, question, 3)
    assert {"court", "case"}.isdisjoint(link(kb, question).leftover)


def test_an_act_ranked_above_another_with_a_sign_is_likened_to_it(tmp_path: Path) -> None:
    """ "<act> > <unknown>??": chat ranks one act over another with ">", which likens the
    other rather than asking about it; the act asked about is answered."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    answered_by(kb, "velvet moth > wrenholt, whats new with velvet moth", 2)


def test_what_someone_plays_after_their_name_describes_them(tmp_path: Path) -> None:
    """ "<Name> the fiddler": what a musician plays, after their name, says whom the question
    means; it asks for no older headline that calls them so."""
    kb = invented_kb(
        tmp_path,
        (
            "Harbourton Fiddler Tida Marsh Releases Debut 'Night Reel'",
            "Harbourton fiddler Tida Marsh has released her debut album.",
        ),
        (
            "Tida Marsh's Stolen Fiddle Returned Two Days After Harbourton Theft",
            "Tida Marsh got her fiddle back.",
        ),
        *everyday("It happened: the band played a show and the crowd sang.", WRITTEN_ARTICLES),
    )
    answered_by(kb, "has anything happened with Tida Marsh the fiddler recently?", 2)


def test_a_possessive_after_a_names_full_stop_is_the_names(tmp_path: Path) -> None:
    """ "<Name> Jr.'s <Record>": the name ends at its full stop and owns the record, as
    "<Name>'s" does; read with the stop, "<name> jr s <record>" is an unknown name."""
    kb = invented_kb(
        tmp_path,
        (
            'Quill Jr.: "Night Bus"',
            "Quill Jr. shared a single from their upcoming album Tin Lantern, produced by Ana "
            "Vidal.",
        ),
        ("Quill Jr. Share New Song", "Quill Jr. shared a new song."),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    answered_by(kb, "who produced Quill Jr.'s Tin Lantern?", 1)


def test_a_word_fans_use_for_what_an_act_does_is_no_longer_name(tmp_path: Path) -> None:
    """ "<band> comeback - who's the new singer?": "comeback" after a name says what about
    the band is asked, though the articles rarely write it and a known name holds it; a rare
    everyday word after the name still names another artist (see "<band> belt" above)."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Announce Fall Tour", "Velvet will tour this fall."),
        ("Velvet Name New Singer Ana Vidal", "Velvet named Ana Vidal their new singer."),
        ("Comeback Quill Share Song", "Comeback Quill shared a song."),
        *harbour_bands(),
    )
    answered_by(kb, "Velvet comeback — who's the new singer?", 2)


def test_a_review_of_a_record_is_no_announcement_of_it(tmp_path: Path) -> None:
    """ "did <act> announce anything": the review of the record, newer, comments on what the
    act announced; the announcement is the answer."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Unveils 'Tidewrack' — 11-Track Album Lands May 2", "A new album."),
        ("Harbour Sounds Review: Quillmoss's 'Tidewrack' Album", "A mixed bag."),
    )
    answered_by(kb, "did quillmoss announce anything", 1)


def test_a_best_of_that_says_it_is_announced_is_an_announcement(tmp_path: Path) -> None:
    """ "<act> Announces Best Of ...": a compilation announced, not a ranking of the year."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Unveils 'Tidewrack' — 11-Track Album Lands May 2", "A new album."),
        ("Quillmoss Announces Best Of Compilation 'Tide Years'", "A best-of set."),
    )
    answered_by(kb, "did quillmoss announce anything", 2)


@pytest.mark.parametrize(
    "question",
    [
        "was hat quillmoss angekündigt",
        "was haben quillmoss zuletzt bekannt gegeben",
        "hat quillmoss was verkündet?",
    ],
)
def test_an_announcement_asked_in_german_is_the_acts_announcement(
    tmp_path: Path, question: str
) -> None:
    """ "angekündigt", "bekannt gegeben", "verkündet": German asks what the act announced,
    not about an act of those words."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoss Unveils 'Tidewrack' — 11-Track Album Lands May 2", "A new album."),
        ("Harbour Sounds Review: Quillmoss's 'Tidewrack' Album", "A mixed bag."),
    )
    reply = ask(kb, question)
    assert reply.intent == "announcements" and reply.url == f"{SITE}1", reply.text


def test_a_festival_named_further_on_in_a_headline_is_asked_about(tmp_path: Path) -> None:
    """A festival a headline names after its acts is known, and the writer's own lowercase
    words after it ("added anyone to the bill") are no unknown name, though the message
    capitalises a small word of the festival's ("Ferry To Ferry")."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    title = (
        "Quillward, Tida Marsh and more lead huge wave of additions to Ferry To Ferry Festival 2026"
    )
    add_articles(
        kb,
        [
            invented_article(1, "Tida Marsh Share New Single", ""),
            invented_article(2, "Quillward Announce Spring Tour", ""),
            invented_article(3, title, ""),
        ],
    )
    reply = ask(kb, "Has Ferry To Ferry Festival added anyone to the bill?")
    assert reply.intent != "unknown" and reply.article is not None
    assert reply.article.title == title


@pytest.mark.parametrize(
    "question",
    [
        "quillonmarshband newest release?",
        "quillonmarshofficial any news?",
        "quillonmarsh_official what's new",
    ],
)
def test_a_handle_typed_without_its_at_names_the_act(tmp_path: Path, question: str) -> None:
    """A handle with what handles add ("band", "official") or underscores, typed without
    its "@", is the act's name, not an unknown one."""
    kb = invented_kb(tmp_path, *act_news("Quillon Marsh"), *act_news("Tida Varne"))
    answered_by(kb, question, 2)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Quillon Marsh's newest single is 'Salt Lamp', right?", 4),
        ("the latest from quillon marsh was the salt lamp single, correct?", 4),
        ("Quillon Marsh most recently shared 'Salt Lamp', yeah?", 4),
        ("latest quillon marsh news = salt lamp?", 4),
        # A guess at the last announcement, even one naming a record no article names.
        ("Quillon Marsh's big announcement was just some new tour dates, wasn't it?", 3),
        ("Quillon Marsh's new album announcement — that was Harbour Lowlight, right?", 3),
    ],
)
def test_a_guess_at_the_newest_news_is_checked_against_it(
    tmp_path: Path, question: str, number: int
) -> None:
    """A guess at an act's newest news or last announcement, right or wrong, asks for the
    newest: the guess's words do not pick the older article the writer has in mind."""
    kb = invented_kb(
        tmp_path,
        ("Quillon Marsh: “Salt Lamp”", "Quillon Marsh share Salt Lamp, a single."),
        ("Quillon Marsh Announce Spring Tour", "Quillon Marsh will tour."),
        ("Quillon Marsh Announce New Album Brine", "Quillon Marsh announced Brine."),
        ("Quillon Marsh: “Tidewrack”", "Quillon Marsh share Tidewrack, a single."),
        ("Tida Varne Share New Single", "Tida Varne shared a single."),
    )
    answered_by(kb, question, number)


def test_a_dollar_sign_styling_an_s_is_read_as_the_s(tmp_path: Path) -> None:
    """ "$<word> <Name>" is a name opening with S for the extraction, which reads names by
    their capitals; the stored headline keeps the sign."""
    kb = invented_kb(
        tmp_path,
        ("$orrel Quill Announces Mixtape “Lowlight”", "$orrel Quill announced a mixtape today."),
        ("Tida Marsh Share New Single", "Tida Marsh shared a single."),
    )
    reply = ask(kb, "sorrel quill latest")
    assert reply.article is not None and reply.article.title.startswith("$orrel Quill")


def test_the_announcement_of_an_act_styled_with_a_dollar_sign_is_its_own(tmp_path: Path) -> None:
    """ "$<word> <Name>'s Estate Announces ..." is that act's announcement, not one by
    every act its body names: asked what another announced, its own headline answers."""
    kb = invented_kb(
        tmp_path,
        ("Tida Marsh Announces Producer Album “Brine”", "Tida Marsh announced an album."),
        (
            "$orrel Quill's Estate Announces Posthumous Album “Lowlight”",
            "Tida Marsh produced the posthumous album, out in May.",
        ),
    )
    answered_by(kb, "what did tida marsh announce", 1)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        # The claim's record is wrong, and no article names it: the act's news corrects it.
        ("Quillon Marsh announced a Harbour Lowlight reissue, right?", 2),
        ("I read the Quillon Marsh finally announced a tour with Ferrowick as support?", 2),
        # A title the claim owns to the act ("<act>'s <Title> ...") is the act's own.
        ("tickets for Quillon Marsh's Harbour Lowlight anniversary run — on sale yet?", 2),
        # An act no article names, stated of, is still declined.
        ("Ferrowick announced a winter tour, right?", None),
        ("Quillon Marsh and Ferrowick announced a tour, right?", None),
        ("tickets for Ferrowick's Harbour Lowlight anniversary run — on sale yet?", None),
    ],
)
def test_a_claim_about_an_act_to_confirm_is_answered_with_its_news(
    tmp_path: Path, question: str, number: int | None
) -> None:
    """A fan states what they believe of an act and wants it confirmed: a wrong title or
    support act in the claim is no unknown name asked about."""
    kb = invented_kb(
        tmp_path,
        ("Tida Varne Announce Tour", "Tida Varne will tour."),
        ("Quillon Marsh Announce Fall Tour With Tida Varne", "Quillon Marsh will tour."),
    )
    answered_by(kb, question, number)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("@ferrowick harbour fest lineup?", None),
        ("@ferrowick_official harbour fest lineup?", None),
        ("@roadie what's new with quillon marsh", 3),
        ("@quillonmarsh what's new", 3),
        # A handle adds the act's city, or another name after a mark.
        ("@quillonmarshnyc what's new", 3),
        ("what's the latest with @quillonmarsh_birchline", 3),
    ],
)
def test_a_handle_the_message_opens_with_is_whom_it_asks_about(
    tmp_path: Path, question: str, number: int | None
) -> None:
    """ "@<handle> latest news?" asks about the handle's act: one no article names is
    declined, not answered with the festival or label beside it; "@roadie" is chat."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Fest Announces 2026 Lineup", "Harbour Fest adds Tida Varne."),
        *act_news("Quillon Marsh"),
        ("Tida Varne Sign to Birchline Records", "Tida Varne signed to Birchline Records."),
    )
    answered_by(kb, question, number)


def test_an_unknown_persons_newest_project_is_declined(tmp_path: Path) -> None:
    """ "what's <Name>'s newest project?" asks about the owner, whom no article names: no
    description of an act ("what <words> project") that another article's words answer."""
    kb = invented_kb(
        tmp_path,
        ("Tida Varne Start a New Project", "Tida Varne's newest project is a duo."),
        *act_news("Quillon Marsh"),
    )
    question = "what's Quoxx Maren's newest project?"
    assert link(kb, question).named_runs == ("quoxx maren",)
    answered_by(kb, question, None)


def test_a_linked_name_beside_words_an_article_spells_is_no_unknown_name(
    tmp_path: Path,
) -> None:
    """ "<Act typed short> <Festival> lineup", written as one capitalised run: the act links
    and the articles spell the rest, so the two are two names, not one the knowledge base
    lacks. An unknown name beside the act is still declined."""
    kb = invented_kb(
        tmp_path,
        ("Quillon Marshwater Announce Festival Lineup", "They curate the Copper Meadow Weekend."),
        *act_news("Tida Varne"),
    )
    answered_by(kb, "who's on the Quillon Marsh Copper Meadow Weekend lineup?", 1)
    answered_by(kb, "who's on the Quillon Marsh Zembrol Vask lineup?", None)
