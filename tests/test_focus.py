"""Messages that tell a story around their question, and questions that bound their time."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import (
    SITE,
    act_news,
    answered_by,
    ask,
    city_news,
    everyday,
    invented_article,
    invented_kb,
)

from bot.core.answer import understand
from bot.core.focus import focused
from bot.core.links import SURE_LINK
from bot.core.names import link
from bot.core.spelling import WRITTEN_ARTICLES
from knowledge.ingest.loader import add_articles
from knowledge.records import ArticleRecord
from knowledge.store import KnowledgeBase


def story_kb(path: Path) -> KnowledgeBase:
    return invented_kb(
        path,
        ("Velvet Moth Play a Barn Dance on a Harvest Night", "It was a blast, fans said."),
        ("Harvest Playlist: Songs for Painting the Fence With Cousins", "A blast of songs."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
    )


def test_a_story_around_the_question_is_not_what_it_asks(tmp_path: Path) -> None:
    """The words of a story ("painting the fence", "cousins") pick no article: the sentence
    that asks does, with the name it gives."""
    kb = story_kb(tmp_path)
    reply = ask(
        kb,
        "Painting the fence with my cousins all weekend, the harvest playlist all barn dance "
        "songs. What's new with Velvet Moth?",
    )
    assert reply.url == f"{SITE}3", reply.text
    reply = ask(kb, "is velvet moth touring? my cousins want a harvest playlist lol")
    assert reply.intent != "unknown" and reply.url != f"{SITE}2", reply.text


def test_what_follows_but_is_the_question_and_what_precedes_it_tells(tmp_path: Path) -> None:
    """ "<Act> is <Other>'s offshoot, but what's new with <Other>?": the offshoot is told of,
    the other act asked about."""
    kb = invented_kb(
        tmp_path,
        ("Moth Harbour Debut", "Members of Velvet Moth debut as Moth Harbour."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
        ("Moth Harbour Share Second Single", "Moth Harbour share a second single."),
    )
    question = "Moth Harbour is that Velvet Moth offshoot, but what's the newest on Velvet Moth?"
    assert focused(kb, question)[0] == "what's the newest on Velvet Moth?"
    answered_by(kb, question, 2)


def test_a_question_that_names_no_one_asks_about_the_name_its_story_gives(
    tmp_path: Path,
) -> None:
    kb = story_kb(tmp_path)
    reply = ask(
        kb,
        "Years ago I caught Velvet Moth at a barn dance on a harvest night, a blast. "
        "What are they doing now?",
    )
    assert reply.url == f"{SITE}3", reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What is the latest news about the group?",
        "What did the band do lately?",
        "Has the chap anything new on the go?",
        "What is the most recent news concerning that group?",
        "Can you give me the latest so I can reply?",
    ],
)
def test_the_group_or_the_chap_in_a_question_is_whom_the_story_names(
    tmp_path: Path, question: str
) -> None:
    """ "The group", "the band", "the chap" call back to the act the story names, as "they"
    does, rather than ask about a band called so; a question whose only other word is what
    the writer will do with the answer ("so I can reply") names no act either."""
    kb = story_kb(tmp_path)
    reply = ask(kb, f"I was a great admirer of Velvet Moth in my youth. {question}")
    assert reply.url == f"{SITE}3", reply.text


def test_a_storys_own_now_and_since_ask_for_nothing_since(tmp_path: Path) -> None:
    """A story tells its own time ("since the harvest", "now it's stuck in my head"): only a
    sentence that asks asks what came since something."""
    kb = story_kb(tmp_path)
    for text in (
        "What's new with Velvet Moth? Caught them at a barn dance on a harvest night, and now "
        "that harvest playlist is stuck in my head.",
        "My cousins have been painting the fence since the harvest night barn dance. What's "
        "new with Velvet Moth?",
    ):
        assert ask(kb, text).url == f"{SITE}3", text


def test_a_question_after_a_long_story_is_still_read(tmp_path: Path) -> None:
    """Chat tells a story of sixty or eighty words before its question: the question at the
    end is read, though the message passes three hundred characters."""
    kb = story_kb(tmp_path)
    story = (
        "Spent the whole weekend painting the fence with my cousins, which took forever "
        "because the paint kept running out and the ladder was wobbly, and then we had "
        "a long dinner outside while the sun went down and somebody's uncle told the same "
        "three old jokes again and again until we all pretended to laugh at them. "
    )
    text = f"{story}What's new with Velvet Moth?"
    assert len(text) > 300 and len(text.split()) > 60
    assert ask(kb, text).url == f"{SITE}3"


def test_an_act_named_by_an_everyday_word_is_asked_about_not_the_storys_act(
    tmp_path: Path,
) -> None:
    """The question names an act whose name is also an everyday word, so it links unsurely;
    the story names another act surely. The question asks about its own act."""
    kb = invented_kb(
        tmp_path,
        ("Lantern Announce Fall Tour", "Lantern will tour all fall."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song."),
        ("Lantern Share New Song", "Lantern share a song."),
        ("Lantern Play Harbourton", "Lantern played Harbourton."),
        *everyday("A lantern hung by the door.", 2),
    )
    text = "We sang Velvet Moth songs all night at the barn dance. Has Lantern announced a tour?"
    found = [f for f in understand(kb, text)[1].links if f.entity.name == "Lantern"]
    assert found and found[0].weight < SURE_LINK
    assert ask(kb, text).url == f"{SITE}1"


@pytest.mark.parametrize(
    "text",
    [
        "velvet moth and wrenholt are my gym playlist. any wrenholt news?",
        "velvet moth fans usually love wrenholt too. did wrenholt announce a new album?",
        "harbour pop: velvet moth and wrenholt. anything new from wrenholt?",
    ],
)
def test_news_of_an_unknown_act_beside_a_story_naming_a_known_one_is_declined(
    tmp_path: Path, text: str
) -> None:
    """In lowercase chat, a question for news that names an act of its own, though the
    knowledge base lacks it, asks about that act, not the one the story before it names;
    it is declined by name."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    reply = ask(kb, text)
    assert reply.url is None and "wrenholt" in reply.text.lower(), reply.text


def test_an_unknown_act_the_question_capitalises_is_asked_about_not_the_storys(
    tmp_path: Path,
) -> None:
    """The story names a known act; the question capitalises a name the knowledge base
    lacks: that is what is asked about, so the answer declines instead of giving the story's
    act's news."""
    kb = story_kb(tmp_path)
    text = (
        "We sang Velvet Moth songs all night at the barn dance, loud and badly. "
        "Someone mentioned an old band, so what's the latest with Marrow by Lamplight?"
    )
    assert focused(kb, text)[0].startswith("Someone mentioned")
    assert ask(kb, text).intent == "unknown"


def test_a_word_no_article_writes_capitalised_in_the_story_keeps_it_asked(
    tmp_path: Path,
) -> None:
    """ "Heard <Word> just signed to <Label>. Can you confirm when?": a word the story writes
    capitalised that no article writes, away from the label it names, may be the act asked
    about, which the knowledge base lacks: the story stays part of the question, which is
    not the label's news alone."""
    kb = invented_kb(
        tmp_path,
        *everyday("Fans had beef stew and the crowd sang along.", WRITTEN_ARTICLES),
        ("Velvet Marrow Sign to Quill Records", "Velvet Marrow signed to Quill Records."),
    )
    text = "Heard Zembroltvask just signed to Quill Records. Can you confirm which label?"
    assert focused(kb, text)[0] == text


def test_a_question_about_what_the_story_told_asks_about_that(tmp_path: Path) -> None:
    """ "For which paper was that?" asks about what the story said of the name, not about
    the name's news in general; so do "real?" and "did that actually happen?", and "real or
    <words>?" names nothing."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share a Crossword Puzzle Made for the Quillandia Times", "Fans solved it."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
    )
    reply = ask(
        kb,
        "Someone told me Velvet Moth wrote a crossword puzzle. For which newspaper was that?",
    )
    assert reply.url == f"{SITE}1", reply.text
    # So does a rumour doubted in a word, or asked whether it happened.
    for text in (
        "Someone told me Velvet Moth wrote a crossword puzzle. Legit? For which newspaper?",
        "Someone said Velvet Moth wrote a crossword puzzle. Did that actually happen?",
        "My cousin swears Velvet Moth wrote a crossword puzzle. Real or cousin talk?",
        "Someone said Velvet Moth wrote a crossword puzzle. Has that been confirmed?",
        "Someone said Velvet Moth wrote a crossword puzzle. Is that a real thing?",
        # Or asked for more of what it told.
        "Someone said Velvet Moth wrote a crossword puzzle. What's the scoop?",
        "My cousin heard Velvet Moth wrote a crossword puzzle. Details?",
    ):
        assert ask(kb, text).url == f"{SITE}1", text


def test_what_it_is_called_asks_about_what_the_story_told(tmp_path: Path) -> None:
    """ "... told me they've announced a new album. What's it called?": "it" is the album
    the story told of, not the act's newest news."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album Quill Harbour", "The album arrives June 14."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
    )
    text = (
        "A kid at work wears a Velvet Moth shirt, says they announced an album. What's it called?"
    )
    answered_by(kb, text, 1)


def test_that_show_asks_about_the_show_the_story_told(tmp_path: Path) -> None:
    """ "<Outlet> had a thing about <Act> added to a big benefit concert in <Town>. When was
    that show?": "that show" is the one the story told of, not the act's newest news."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Moth Added to Benefit Concert",
            "Velvet Moth join the benefit concert in Harbourton on March 3.",
        ),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
        ("Velvet Moth Announce New Album Glass Tide", "The album is out on May 5."),
    )
    text = (
        "A blog had a thing about Velvet Moth being added to a big benefit concert in "
        "Harbourton. When was that show?"
    )
    answered_by(kb, text, 1)


def test_a_short_part_cut_off_by_a_dash_is_what_the_question_asks_about(
    tmp_path: Path,
) -> None:
    """ "<Name>'s <Record> — when does it come out?" asks about the record, not the name's
    newest news; so does an exclaimed lead ("<ACT> new LP announcement!!! whats it called"),
    where an aside after the question stays one."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New LP", "The record, Quill Harbour, arrives June 14."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
    )
    reply = ask(kb, "Velvet Moth's Quill Harbour LP — when does it come out?")
    assert reply.url == f"{SITE}1", reply.text
    assert ask(kb, "prepping a call — what's the latest on Velvet Moth?").url == f"{SITE}2"
    reply = ask(kb, "VELVET MOTH new LP announcement!!! whats it called")
    assert reply.url == f"{SITE}1", reply.text
    assert focused(kb, "velvet moth song? for the jazz hour")[0] == "velvet moth song?"


def test_a_known_name_cut_off_by_a_dash_is_no_story_whatever_its_words(tmp_path: Path) -> None:
    """A record whose title has "we" in it, written alone before the question, names what is
    asked about; it tells nothing the writer did, as "we saw them" would."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Moth: Songs We Burned",
            "Quill Harbour band Velvet Moth recently issued Songs We Burned, a five-song EP, "
            "on Quillandia Records. Songs We Burned came from a long winter, they said.",
        ),
        (
            "Velvet Moth: Harbour Lights",
            "Velvet Moth follow their Songs We Burned EP with a new song today.",
        ),
    )
    text = "velvet moth - songs we burned. what label is that one on?"
    assert "songs we burned" in focused(kb, text)[0]
    assert ask(kb, text).url == f"{SITE}1"


def test_a_place_the_question_asks_about_is_not_who_the_story_names(tmp_path: Path) -> None:
    """ "Are they touring <Country>?" after a story about a band asks about the band's tour
    there, not about the place's news."""
    kb = invented_kb(
        tmp_path,
        city_news("Quillandia"),
        ("Velvet Moth Announce Quillandia Tour", "Velvet Moth will tour Quillandia in May."),
        ("Copper Tides to Tour Quillandia Next Summer", "Copper Tides head to Quillandia."),
    )
    reply = ask(
        kb,
        "Velvet Moth were my whole world in grade ten, posters everywhere. "
        "are they touring Quillandia next summer?",
    )
    assert reply.url == f"{SITE}2", reply.text


def test_an_unknown_name_in_the_story_is_still_declined(tmp_path: Path) -> None:
    """Where the story writes a name no article spells, or a known name inside a longer
    one, the whole message is the question: the name asked about may be that one."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Records Signs Velvet Moth", "The label Harbour Records signed the band."),
        ("Lanterns Announce Tour", "Lanterns will tour."),
    )
    assert (
        ask(
            kb,
            "Tida Marsh just put out a demo and Harbour Records signed them last month. "
            "Is that true?",
        ).intent
        == "unknown"
    )
    assert (
        ask(
            kb,
            "The Copper Lanterns opened for us last spring, so loud. Are they touring?",
        ).intent
        == "unknown"
    )


def test_a_name_the_storys_act_worked_with_is_no_act_asked_about(tmp_path: Path) -> None:
    """A story that opens with a known act and names someone it worked with ("<Act> made
    that record with <Name>") is about the act: a question that calls it "she" or "they"
    asks about it, not about the name no article spells; the unknown name a story opens
    with is still declined."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"), ("Lanterns Announce Tour", ""))
    reply = ask(kb, "Velvet Moth made that record with Tida Marsh. do they have a new single?")
    assert reply.intent != "unknown" and reply.entity == "Velvet Moth", reply.text
    told = "Tida Marsh made that record with Velvet Moth. do they have a new single?"
    assert ask(kb, told).intent == "unknown"


def test_news_asked_of_a_described_act_beside_what_the_writer_heard_last(
    tmp_path: Path,
) -> None:
    """ "anything new from country singer <Name>? '<Song>' was the last thing I heard": the
    question asks what came since, of the act however described; neither the song the
    writer heard (its title opening as a question does) nor a roundup sharing the
    description's words is the answer."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth – “What If We Stay”", "Velvet Moth shares What If We Stay, a country song."),
        ("Velvet Moth – “Tide”", "Velvet Moth shares Tide."),
        ("5 New Country Songs: Velvet Moth & More", "New country songs from a country singer."),
        ("Velvet Moth Announce Tour", "Velvet Moth will tour."),
    )
    told = '"What If We Stay" was the last thing I heard from her'
    assert ask(kb, f"anything new from country singer Velvet Moth? {told}").url == f"{SITE}4"
    described = "anything new from the dark alt-country singer-songwriter Velvet Moth?"
    assert ask(kb, f"{described} {told}").url == f"{SITE}4"


def test_the_record_an_act_is_named_by_came_before_the_news_asked(tmp_path: Path) -> None:
    """ "<act>, who made <Record> — any news?" and "the band behind the album <Record>" name
    the act by a record the writer knows: the news asked for is what came since, not the
    record's article. "who did <act> announce ..." asks, and names no record."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album Salt Lamp", "Velvet Moth announce Salt Lamp."),
        ("Velvet Moth Share “Tide”", "Velvet Moth share a song."),
        ("Quill Fathom Announce Harbour Fest Lineup", "Tida Marsh and Ana Quist will play."),
    )
    newest = f"{SITE}2"
    assert ask(kb, "Velvet Moth, who made Salt Lamp — any recent news on them?").url == newest
    assert ask(kb, "What's the latest from the band behind the album Salt Lamp?").url == newest
    assert ask(kb, "who did Quill Fathom announce for Harbour Fest").url == f"{SITE}3"


def test_an_act_named_last_after_what_it_did_is_asked_for_its_news_since(
    tmp_path: Path,
) -> None:
    """ "any news on the <city> band who put out <Song>, <Act>?": what the writer says the
    act is and did is known to them, so the news asked for is the newest, not that song's
    article; where the question asks on after that clause ("... announce a new EP, <Act>?"),
    what it asks stays."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share “Salt Lamp” With Quill Fathom", "Velvet Moth's Salt Lamp is out."),
        ("Velvet Moth Announce New EP Tide", "Velvet Moth announce an EP."),
        ("Velvet Moth Announce Fall Tour", "Velvet Moth will tour."),
        ("Harbour Records Signs Tida Marsh", "The label signed Tida Marsh."),
    )
    asked = "any recent news on the Quillton folk band who put out the song Salt Lamp, Velvet Moth?"
    assert ask(kb, asked).url == f"{SITE}3"
    # A name in what the question says the act is picks nothing ("the <label> band").
    asked = "any recent news on the Harbour Records band who put out Salt Lamp, Velvet Moth?"
    assert focused(kb, asked)[0] == "any recent news on Velvet Moth?"
    # So is whose band it is ("<Person>'s <genre> band, <Act>").
    asked = "any recent news on Tida Marsh's dream-pop band, Velvet Moth?"
    assert focused(kb, asked)[0] == "any recent news on Velvet Moth?"
    asked = "did the folk band that played with Quill Fathom announce a new EP, Velvet Moth?"
    assert focused(kb, asked)[0] == "did the folk band announce a new EP, Velvet Moth?"
    # A record after "behind" is its capitalised words, not what the question goes on to ask.
    assert ask(kb, "has the singer behind Salt Lamp announced a new EP, Velvet Moth?").url == (
        f"{SITE}2"
    )


def test_focus_keeps_a_single_sentence_and_short_asides(tmp_path: Path) -> None:
    kb = story_kb(tmp_path)
    single = "hey, sorry for the long one, is velvet moth touring with anyone this year"
    assert focused(kb, single)[0] == single
    assert focused(kb, "what's the new velvet moth song called? (2025)")[0] == (
        "what's the new velvet moth song called? (2025)"
    )


def test_a_question_bounding_its_time_is_answered_from_that_time(tmp_path: Path) -> None:
    """An old lineup story holding every word of the question loses to this year's lineup
    headline: "this year" bounds what is asked."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            invented_article(
                5,
                "Who's Playing Harbour Fest This Year: The Lineup",
                "Who is playing Harbour Fest this year? The lineup of bands playing is out.",
            ),
            dated("2026-02-10", "Harbour Fest Announces 2026 Lineup"),
        ],
    )
    assert ask(kb, "who's playing harbour fest this year?").url == f"{SITE}2026-02-10"


def dated(day: str, title: str) -> ArticleRecord:
    return ArticleRecord(url=f"{SITE}{day}", title=title, date=day, source="invented.example")


def test_a_question_naming_a_month_or_a_year_is_answered_from_it(tmp_path: Path) -> None:
    """ "Back in March", "last year" and "last summer" name stretches of the calendar: the
    name's news of that stretch answers, not its newest."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            dated("2025-07-12", "Tida Marsh Announce Summer Shows"),
            dated("2025-11-02", "Tida Marsh Share Winter Single"),
            dated("2026-03-14", "Tida Marsh Sign to Harbour Records"),
            dated("2026-08-20", "Tida Marsh Announce Fall Tour"),
        ],
    )
    assert ask(kb, "what was tida marsh up to back in march?").url == f"{SITE}2026-03-14"
    assert ask(kb, "any tida marsh news from last year?").url == f"{SITE}2025-11-02"
    assert ask(kb, "what did tida marsh do last summer").url == f"{SITE}2025-07-12"
    assert ask(kb, "what's new with tida marsh?").url == f"{SITE}2026-08-20"


@pytest.mark.parametrize(
    "text",
    ["Back in April, what did Tida Marsh announce?", "what did tida marsh announce back in april?"],
)
def test_a_month_asked_of_announcements_is_when_not_a_word_searched(
    tmp_path: Path, text: str
) -> None:
    """ "Back in April, what did <act> announce?": the month, cut off by a comma or not,
    says when; among that month's news the announcement is asked for, though a headline
    of then without the word for it, and a newer one with it, share no more of the words."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            dated("2026-04-07", "Tida Marsh Announce New Album Brine"),
            dated("2026-04-19", "Tida Marsh Close Harbour Fest Set With a Montage"),
            dated("2026-04-21", "Tida Marsh Singer Calls Out Festival Promoters"),
            dated("2026-06-11", "Tida Marsh Delay Brine and Announce Homecoming Show"),
        ],
    )
    assert ask(kb, text).url == f"{SITE}2026-04-07"


def test_a_month_misremembered_does_not_hide_the_only_article_about_both_names(
    tmp_path: Path,
) -> None:
    """ "<Person> joined <Company> back in July" of an August hire: the July news of the
    company alone is about fewer of the names than the hire's, so the month is the writer's
    slip, not what is asked."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            dated("2026-05-01", "Quill Tune Announce New Office"),
            dated("2026-07-15", "Quill Tune Appoints Dorvan Example as VP, Partnerships"),
            dated("2026-08-10", "Mara Vidal Named General Counsel of Quill Tune"),
        ],
    )
    asked = "Mara Vidal joined Quill Tune back in July as what exactly?"
    assert ask(kb, asked).url == f"{SITE}2026-08-10"
    assert ask(kb, "what did quill tune announce back in july?").url == f"{SITE}2026-07-15"


def test_the_newest_of_a_time_asked_about_and_a_roundup_of_then(tmp_path: Path) -> None:
    """ "The latest in May" is the newest of May, not of all; and where nothing of a month
    asked about is about the name, a roundup of then that names it further on is its news."""
    roundup = ArticleRecord(
        url=f"{SITE}roundup",
        title="Of Note",
        date="2019-03-10",
        source="invented.example",
        body="A long week of shows across town, with more records than I could hear. " * 6
        + "Speaking of which, Tida Marsh played two nights at the Copper Hall.",
    )
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            roundup,
            dated("2021-04-02", "Tida Marsh Look Back on a Long Winter"),
            dated("2026-05-04", "Tida Marsh Share Spring Song"),
            dated("2026-05-27", "Tida Marsh Win a Harbour Award"),
            dated("2026-08-20", "Tida Marsh Announce Fall Tour"),
        ],
    )
    assert ask(kb, "what was the latest tida marsh news in may?").url == f"{SITE}2026-05-27"
    assert ask(kb, "what was tida marsh up to in march 2019?").url == f"{SITE}roundup"


def test_who_plays_a_named_thing_asks_for_its_lineup(tmp_path: Path) -> None:
    """ "Who's playing <festival>" is answered with its lineup news, not a newer write-up of
    the days themselves."""
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    add_articles(
        kb,
        [
            dated("2026-01-20", "Copper Tides Announces 2026 Lineup"),
            dated("2026-01-22", "Copper Tides 2026: How to Score Tickets Before They Sell Out"),
            dated("2026-03-02", "Copper Tides Adds Late-Night Shows"),
            dated("2026-05-30", "Copper Tides Weather Warning Issued"),
            dated("2026-06-30", "The Best Things We Saw at Copper Tides 2026: Recap"),
        ],
    )
    assert ask(kb, "who's playing copper tides this year?").url == f"{SITE}2026-01-20"


def test_the_time_asked_is_no_part_of_a_name_before_it(tmp_path: Path) -> None:
    """ "in August 2019" after a place the question writes as a name dates the question; it
    does not make "<Place> in August" a name, which no article would write."""
    kb = story_kb(tmp_path)
    _, linking = understand(kb, "Which band played at the Copper Quay in August 2019?")
    assert linking is not None
    assert not [run for run in linking.subjects if "august" in run]


def test_a_question_mark_before_other_marks_or_emoji_still_asks(tmp_path: Path) -> None:
    """ "?!?!" or "?? 👀" ends a question: the unknown act it names beside a known festival is
    asked about, not dropped as a story around the reaction that follows."""
    kb = invented_kb(
        tmp_path,
        ("Harvest Fields Festival 2025 Lineup", "Harvest Fields Festival books Velvet Moth."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song today."),
    )
    for text in (
        "ZORBO at harvest fields festival?!?! literally screaming",
        "zorbo at harvest fields festival?? 👀 so hyped",
    ):
        assert ask(kb, text).intent == "unknown", text


def test_what_came_after_a_named_story_is_the_news_since(tmp_path: Path) -> None:
    """ "<headline>" — did anything happen after that?" asks for what came since: the quoted
    headline's words would pick the very article the writer has seen."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album Paper Lanterns", "The album is called Paper Lanterns."),
        ("Velvet Moth Announce Indefinite Hiatus", "Velvet Moth are taking a long break."),
        ("Velvet Moth Play Farewell Show", "Velvet Moth played one last show at home."),
    )
    for text in (
        "“Velvet Moth announce indefinite hiatus” — did anything happen with them after that?",
        "saw velvet moth announce an indefinite hiatus, that was ages ago, anything newer?",
        "velvet moth latest, i know “paper lanterns” is out",
        "whats happening with velvet moth now that the paper lanterns album's out",
        "velvet moth announced a hiatus last fall, what are they up to now?",
        "velvet moth - what's the latest since they announced an indefinite hiatus?",
        "what has velvet moth done since their indefinite hiatus?",
    ):
        assert ask(kb, text).url == f"{SITE}3", text


def test_a_claim_that_an_act_went_quiet_after_something_asks_for_its_news_since(
    tmp_path: Path,
) -> None:
    """ "<act> went quiet after <Record>, right?", "<act> hasn't done a thing since <Song> —
    or am I behind?": the claim names what the writer has seen, and the answer that settles
    it is the act's news since, not the record's own article."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share New Song Paper Lanterns", "Velvet Moth share Paper Lanterns today."),
        ("Velvet Moth Announce Fall Tour", "Velvet Moth will tour this fall."),
    )
    for text in (
        "I take it Velvet Moth went quiet after Paper Lanterns?",
        "Velvet Moth basically vanished after Paper Lanterns — am I wrong?",
        "Velvet Moth hasn't done a thing since Paper Lanterns — or am I behind?",
        "Velvet Moth wrapped everything up after Paper Lanterns, didn't they?",
        "Velvet Moth aren't up to anything apart from Paper Lanterns, are they?",
    ):
        answered_by(kb, text, 2)


def test_a_sentence_opening_the_question_after_a_news_request_still_opens_a_sentence(
    tmp_path: Path,
) -> None:
    """ "<Act> news? Is <Person> still ...?" asks for news since; the second sentence's
    opening capital marks where it starts, so "Is <Person>" is no name the knowledge base
    lacks."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Tour", "Velvet Moth will tour with Tamsin on drums."),
        ("Velvet Moth Share New Single", "Velvet Moth shared a single."),
    )
    text = "Velvet Moth news? Is Tamsin still the best drummer in punk?"
    assert ask(kb, text).url is not None


def test_an_aside_after_the_question_spelling_a_title_weakly_is_still_an_aside(
    tmp_path: Path,
) -> None:
    """ "... need to plan my spiritual journey": everyday words that a title also spells,
    told after a question about a name linked unsurely, are the writer's aside, not an
    unknown name to decline."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Announce Fall Tour Dates", "Quillward will tour in the fall."),
        ("Ana Vidal Shares New Song “Spiritual Journey”", "Her song is out."),
        *everyday("A spiritual journey, a plan we need.", 30),
    )
    text = "did qulilward announce fall dates yet? need to plan my spiritual journey"
    assert focused(kb, text)[0] == "did qulilward announce fall dates yet?"
    assert ask(kb, text).url == f"{SITE}1"


def test_a_heading_of_everyday_words_before_a_colon_is_what_the_message_is_for(
    tmp_path: Path,
) -> None:
    """ "Quiz prep: ..." says what the message is for: no unknown name to decline, though no
    article writes "quiz" in lowercase. A heading naming a known act is the act asked about."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quillward"),
    )
    text = "Quiz prep: what's the most recent story you've got about Quillward?"
    assert focused(kb, text)[0] == "what's the most recent story you've got about Quillward?"
    assert ask(kb, text).url == f"{SITE}2"
    assert focused(kb, "Quillward: new single?")[0] == "Quillward: new single?"


def test_a_polite_request_is_the_sentence_that_asks(tmp_path: Path) -> None:
    """A polite request asks without a question mark ("I would like to know which label
    ..."): it is the question, with the short greeting before it, not the thanks after."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Sign to Harbour Lands Records", "Quillward signed to Harbour Lands."),
        ("Quillward Share New Single", "Quillward shared a single."),
        *everyday("A good afternoon: thank you in advance, we would like to know more.", 30),
    )
    text = (
        "Good afternoon. I would like to know which label Quillward signed with. "
        "Thank you in advance."
    )
    assert focused(kb, text)[0] == text.removesuffix(" Thank you in advance.")
    assert ask(kb, text).url == f"{SITE}1"


def test_news_asked_beside_what_the_writer_saw_is_the_news_since(tmp_path: Path) -> None:
    """A clause that asks only for news ("what's the latest on them?"), beside one that
    tells what the writer saw of the act, asks what came since: the story's words would pick
    the very article the writer has seen. The outlet where they read it is no act."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share New Single Paper Lanterns", "Velvet Moth shared Paper Lanterns."),
        ("Billboard Names Its Songs of the Summer", "Billboard listed ten songs."),
        ("Billboard Launches a Chart for Vinyl", "Billboard will count vinyl sales."),
        ("Velvet Moth Anniversary Show Recapped", "Velvet Moth played a long set."),
        ("Velvet Moth Cover an Old Folk Song", "Velvet Moth covered a folk song."),
    )
    for text in (
        "velvet moth dropped a new single, 'paper lanterns' or something? what's the most "
        "recent velvet moth thing",
        "there was a Billboard recap of a Velvet Moth anniversary show, what's the latest on them",
        "velvet moth news? saw something about their anniversary show",
    ):
        assert ask(kb, text).url == f"{SITE}5", text
    # A clause asking more than news ("anniversary show") is the question still.
    assert ask(kb, "velvet moth played an anniversary show, was it recapped?").url == f"{SITE}4"


def test_someones_band_is_the_act_the_newest_articles_naming_them_are_about(
    tmp_path: Path,
) -> None:
    """ "<person>'s new band (ex <band>)" asks about the band the person is named in now, not
    the band the aside names, nor the person's oldest mention."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Static: Demos", "Harbour Static is a new band from Tida Marsh of Velvet Moth."),
        ("Velvet Moth: Old Song", "Velvet Moth share an old song, with Tida Marsh on bass."),
        ("Harbour Static: Long Song", "Harbour Static, led by Tida Marsh, share a long song."),
        ("Velvet Moth Announce Tour", "Velvet Moth will tour."),
    )
    reply = ask(kb, "tida marsh's new band (ex velvet moth)... any news??")
    assert reply.url == f"{SITE}3", reply.text


def test_someones_newest_thing_is_their_own_news_where_they_are_an_act(tmp_path: Path) -> None:
    """ "<person>'s newest thing" asks for the person's news where the articles headline them
    as an act of their own, though they also play in a band."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Static: Long Song", "Harbour Static guitarist Tida Marsh wrote a long song."),
        ("Harbour Static: Tour", "Harbour Static, with guitarist Tida Marsh, will tour."),
        ("Tida Marsh: Solo Song", "Tida Marsh shares a solo song."),
    )
    answered_by(kb, "what's tida marsh's newest thing", 3)


def test_a_surname_asked_after_a_story_naming_them_in_full(tmp_path: Path) -> None:
    """A story that names two people in full, then a short question calling one by the
    surname: the question is about that person, not about the story's words."""
    kb = invented_kb(
        tmp_path,
        ("Dana Varkolt: Reply", "Dana Varkolt answered Rory Penhallow in their feud."),
        ("Rory Penhallow: Live", "Rory Penhallow played Harbourton."),
        ("Dana Varkolt: New Single", "Dana Varkolt shared a new single."),
        ("Rory Penhallow: Tour", "Rory Penhallow will tour."),
    )
    text = "dana varkolt vs rory penhallow is the pettiest feud lol - what's the newest on varkolt?"
    reply = ask(kb, text)
    assert reply.url == f"{SITE}3", reply.text


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        # The newest headline naming the person is about them alone; an older one calls an
        # act theirs ("<person>'s band <act>").
        (
            (
                ("Tida Marsh's Band Harbour Static Returns", "Harbour Static, with her, return."),
                ("Harbour Static Share Long Song", "Harbour Static share a long song."),
                ("Tida Marsh Opens a Bakery in Port Wren", "Tida Marsh opened a bakery."),
            ),
            2,
        ),
        # The news says who plays where ("<act> singer <person>"), though a newer story
        # names the person beside another act.
        (
            (
                ("Velvet Moth: Tour", "Velvet Moth singer Tida Marsh leads the tour."),
                ("Quill Fathom: Split Single", "Quill Fathom shared a single with Tida Marsh."),
                ("Velvet Moth: New Single", "Velvet Moth shared a new single."),
                ("Tida Marsh Opens a Bakery", "Tida Marsh opened a bakery in Port Wren."),
            ),
            3,
        ),
    ],
)
def test_someones_band_is_the_act_the_news_calls_theirs(
    tmp_path: Path, articles: tuple[tuple[str, str], ...], expected: int
) -> None:
    kb = invented_kb(tmp_path, *articles)
    reply = ask(kb, "what's the latest from tida marsh's band?")
    assert reply.url == f"{SITE}{expected}", reply.text


def test_a_follow_up_to_a_named_record_is_the_newest_record_announced(tmp_path: Path) -> None:
    """ "A follow-up to <record>", "..., after <record>?", "After <record>, did <act> ...",
    "<Act> after <Record>..." and "anything past <record>?" name the record the writer knows to
    ask for what came after it, not for it: the act asked about is the one named outside those
    words."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album Paper Lanterns", "The album is called Paper Lanterns."),
        ("Velvet Moth Share Paper Lanterns Video", "Velvet Moth shared a Paper Lanterns video."),
        ("Velvet Moth Announce New Album Glass Harbour", "The album is called Glass Harbour."),
        ("Velvet Moth Play Harbourton", "Velvet Moth played Harbourton."),
    )
    for text in (
        "did velvet moth announce a follow-up to paper lanterns?",
        "velvet moth - has a new album been announced yet, after paper lanterns?",
        "After 'Paper Lanterns', did Velvet Moth announce a new album?",
        "Velvet Moth after Paper Lanterns... no new album in the pipeline, is there",
    ):
        assert ask(kb, text).url == f"{SITE}3", text
    # "Anything past <record>?" asks for whatever came after it: the newest news.
    assert ask(kb, "velvet moth - anything past the paper lanterns video?").url == f"{SITE}4"


def test_what_the_writer_says_they_know_is_what_came_before(tmp_path: Path) -> None:
    """A record typed in lowercase after "after", one "newer than that single" points back
    to, and the record an act's possessive owns before "anything after it?" are what the
    writer has seen: the question asks for the news since, not for them."""
    kb = invented_kb(
        tmp_path,
        (
            "Velvet Moth Share New Single “Paper Lanterns”",
            "Velvet Moth shared Paper Lanterns, their first single in nine years.",
        ),
        ("Velvet Moth – “Paper Lanterns”", ""),
        ("Velvet Moth Announce New Album Glass Harbour", "The album is called Glass Harbour."),
        ("Tida Marsh Shares New Single", "A single."),
    )
    for text in (
        "lost track of velvet moth after paper lanterns, whats the newest news",
        "Velvet Moth came back with 'Paper Lanterns' after nine years. Is there anything newer"
        " than that single?",
        "Velvet Moth's Paper Lanterns is all I know by them. Anything after it?",
    ):
        assert ask(kb, text).url == f"{SITE}3", text


def test_what_else_an_act_did_after_a_festival_it_played_is_its_news(tmp_path: Path) -> None:
    """ "what else" after a story of a festival the act played asks for its other news: the
    festival, which no article names, is where the act played, not an act asked about."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth, Tida Marsh to Perform at Quarry Lights", "Both will perform."),
        ("Velvet Moth Plot Tour, Share Video", "Velvet Moth will tour."),
    )
    text = (
        "Velvet Moth was on that Lanternwood Festival bill in January. what else have they got"
        " going on lately?"
    )
    assert ask(kb, text).url == f"{SITE}2"


def test_a_song_beside_a_name_no_article_writes_is_no_answer_about_its_maker(
    tmp_path: Path,
) -> None:
    """ "<Unknown> had that huge '<Song>' single — is she ...": the song a known act also
    released does not say whom "she" is; the word no article writes does, a name the
    knowledge base lacks, which the reply names."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth – “Hide Lantern”", "Velvet Moth shared the single."),
        ("Velvet Moth Announce New Album", "Velvet Moth will release an album."),
        *everyday("Fans had that huge single years ago, and the crowd sang.", WRITTEN_ARTICLES),
    )
    text = (
        "Quorvalex had that huge 'Hidelantern' single years ago — is she putting out a new album?"
    )
    reply = ask(kb, text)
    assert reply.intent == "unknown" and "quorvalex" in reply.text


def test_they_after_a_story_opening_on_a_name_no_article_writes_is_that_name(
    tmp_path: Path,
) -> None:
    """ "<Unknown> toured with <Act>, right? What label are they on now?": "they" are the act
    the story opens on, which the knowledge base lacks, not the known act it toured with."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Sign to Quill Records", "Velvet Moth signed to Quill Records."),
        *everyday("Fans toured the town, and the crowd sang along.", WRITTEN_ARTICLES),
    )
    reply = ask(kb, "Quorvalex toured with Velvet Moth, right? What label are they on now?")
    assert reply.intent == "unknown" and "quorvalex" in reply.text


def test_whom_the_act_worked_with_is_not_whom_they_are(tmp_path: Path) -> None:
    """ "<Act>'s '<Song>' with <Other> got me hooked. Any newer news from them?": "them" is
    the act the story is about, not the guest it named last."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth – “Glass Harbour” (Feat. Tida Marsh)", "Velvet Moth shared a song."),
        ("Tida Marsh – “Quill”", "Tida Marsh shared a song."),
        ("Velvet Moth Announce New Album", "Velvet Moth will release an album."),
        ("Tida Marsh Shares Video", "Tida Marsh shared a video."),
    )
    text = "Velvet Moth's 'Glass Harbour' with Tida Marsh got me hooked. Any newer news from them?"
    assert ask(kb, text).url == f"{SITE}3"


def test_an_aside_in_which_the_writer_chats_is_left_out(tmp_path: Path) -> None:
    """A bracketed aside that chats asks nothing and names nothing asked about; one that
    describes the act stays."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Sign to Quill Records", "Velvet Moth signed to Quill Records."),
        ("Velvet Moth: New Single", "Velvet Moth shared a new single."),
    )
    assert focused(kb, "velvet moth (best band name ever btw) - new music?")[0] == (
        "velvet moth - new music?"
    )
    assert focused(kb, "any news? (i need to book time off lol)")[0] == "any news?"
    kept = "velvet moth (the harbourton duo) - new music?"
    assert focused(kb, kept)[0] == kept
    reply = ask(kb, "velvet moth (best band name ever btw) - what've they put out lately?")
    assert reply.url == f"{SITE}2", reply.text
    reply = ask(kb, "whatever happened with velvet moth?")
    assert reply.url == f"{SITE}2", reply.text


def test_chat_before_a_word_that_turns_to_the_question_is_another_topic(tmp_path: Path) -> None:
    """ "anyway", "also", "quick one:" turn from chat to the question: the chat before it,
    however short and even where it asks, names no one asked about ("Dorvan", "noodles"),
    and a name it gives is still who "they" are."""
    kb = story_kb(tmp_path)
    for text in (
        "Dorvan those noodles looked unreal. also is Velvet Moth going on tour?",
        "brb Soup Night. oh wait quick one: any news on Velvet Moth?",
        "ok who ate my leftover pie. anyway what's new with Velvet Moth",
        "velvet moth's new song is so good. anyway, what are they doing now?",
        "wait Dorvan is the Quizshow finale out?? also is Velvet Moth doing a new song?",
        "omg yes!! Tamales tonight. also anything new from Velvet Moth?",
    ):
        answered_by(kb, text, 3)


def test_a_short_sentence_before_a_question_that_refers_to_nothing_is_chat(
    tmp_path: Path,
) -> None:
    """A short sentence before a question is part of it where the question refers back to
    what it named ("<Act> new song!!! is it out?"); before one that names its own act, it is
    chat ("lol <Friend> lost at cards again."), whose names are asked about by no one."""
    kb = story_kb(tmp_path)
    for text in (
        "lol Dorvan lost at Cards again. what's the latest on Velvet Moth?",
        "ok the Brisket needs hours. anything new from Velvet Moth?",
        "Velvet Moth new song!!! is it out?",
    ):
        answered_by(kb, text, 3)
    assert focused(kb, "Velvet Moth new song!!! is it out?")[0] == (
        "Velvet Moth new song!!! is it out?"
    )


def test_they_asked_of_a_label_is_the_new_name_the_story_writes(tmp_path: Path) -> None:
    """ "A friend plays in <New Band>. Did they sign to <Label>?": "they" are the band the
    story names, which no article spells, not the label's news."""
    kb = invented_kb(
        tmp_path,
        ("Quill Records Sign Velvet Moth", "Quill Records signed Velvet Moth."),
        ("Velvet Moth: New Single", "Velvet Moth shared a new single."),
    )
    text = "A coworker's cousin plays in Glass Pelican. Did they sign to Quill Records?"
    assert focused(kb, text)[0] == text
    assert ask(kb, text).url is None
    told = "My cousin loves Velvet Moth. Did they sign to Quill Records?"
    assert ask(kb, told).url == f"{SITE}1"


def test_they_after_the_name_the_question_gives_is_that_name(tmp_path: Path) -> None:
    """ "<Act> announced a show, didn't they?": "they" is the act the sentence names, so a
    record the story recalls, which no article spells, is no name asked about."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Harbour Hall Show", "Velvet Moth will play Harbour Hall."),
        ("Velvet Moth: New Single", "Velvet Moth shared a new single."),
    )
    text = (
        "Velvet Moth announced a Harbour Hall show, didn't they? My brother and I used to "
        "blast Ropes Along the Quay on long drives. When is it?"
    )
    answered_by(kb, text, 1)
    story = "My brother and I used to blast Ropes Along the Quay. Did they announce a show?"
    assert ask(kb, story).url is None


def test_a_clause_that_asks_before_one_saying_still_stays_the_question(tmp_path: Path) -> None:
    """ "Do they have an album coming, or is it still just singles?": the first clause asks
    what the question is for, not what the writer has seen."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Debut Album Harbour Lights", "Velvet Moth's debut album."),
        ("Velvet Moth: New Song", "Velvet Moth shared a new song."),
    )
    text = (
        "My cousin keeps playing Velvet Moth and I've come around. Do they have a debut "
        "album coming, or is it still just singles?"
    )
    answered_by(kb, text, 1)


def test_they_in_a_question_naming_no_one_is_the_act_named_last(tmp_path: Path) -> None:
    """ "... raised me on <Act>, so I've been curious about <Other Act> too. Have they done
    anything lately?": "they" is the act named last before it, not one named after, nor words
    the writer leaves lowercase that happen to spell a name ("I've come around")."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        *act_news("Glass Pelican"),
        ("Come Around: Harbour Song", "Come Around shared a song."),
    )
    text = (
        "My brother raised me on Velvet Moth, so I've always been curious about Glass Pelican "
        "too and I've fully come around. Have they done anything lately?"
    )
    answered_by(kb, text, 4)
    after = "velvet moth - what have they been up to? i saw them on that glass pelican album"
    answered_by(kb, after, 2)


def test_what_came_after_a_record_of_an_unknown_act_is_not_its_citys_news(
    tmp_path: Path,
) -> None:
    """ "<Unknown>, the <City> band: a new album after <Record>?": the city is where the act
    is from, not whom the question asks what came since."""
    kb = invented_kb(tmp_path, city_news("Quillandia"), *act_news("Velvet Moth"))
    text = (
        "Eelgrass, the Quillandia post-punk band: is a new album coming after Saltmarsh? I "
        "saw them at a bar in Quillandia where the ceiling was dripping and it was perfect. "
        "Any news at all?"
    )
    assert ask(kb, text).url is None


def test_what_the_writer_needs_to_know_is_asked(tmp_path: Path) -> None:
    """ "I need to know when <act>'s debut album comes out ... Is there a date??": the
    sentence saying what the writer wants to know asks it, whatever follows."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Debut Album Harbour Lights", "Velvet Moth's debut album."),
        ("Velvet Moth: New Song", "Velvet Moth shared a new song."),
        *act_news("Glass Pelican"),
    )
    text = (
        "ok so I need to know when the Velvet Moth debut album comes out, the band with the "
        "bongos. Saw them open for Glass Pelican and bought a shirt. Is there a date??"
    )
    answered_by(kb, text, 1)


def test_since_asked_of_an_act_the_clause_names_is_that_acts_news(tmp_path: Path) -> None:
    """ "the <Act> / <Other> split. have <other> done anything since?": the act the asking
    clause names, not the one the story names first."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth / Glass Pelican: Split", "Velvet Moth and Glass Pelican share a split."),
        ("Glass Pelican: Harbour Song", "Glass Pelican shared a new song."),
        ("Velvet Moth: Salt Lamps", "Velvet Moth shared a new song."),
    )
    text = (
        "last thing I saw was that velvet moth / glass pelican split tape. have glass pelican "
        "done anything since?"
    )
    answered_by(kb, text, 2)


def test_a_name_the_story_gives_runs_not_on_into_the_question(tmp_path: Path) -> None:
    """ "Doom metal question. I saw <Act> once ... Anything recent about them?": read as
    "<Act>: Doom metal question. ...", the act's name ends at its colon; "<Act> Doom" is no
    longer name the knowledge base lacks."""
    kb = invented_kb(tmp_path, *act_news("Quillward"), city_news("Port Quillton"))
    text = (
        "Doom metal question. I saw Quillward in Port Quillton ages ago and it was the "
        "loudest thing I've ever stood in front of. Is there anything recent about them?"
    )
    answered_by(kb, text, 2)


def test_a_one_word_name_after_a_the_it_lacks_is_a_thing(tmp_path: Path) -> None:
    """ "the VJ said it was <Act>": "VJ", an act's name too, is a person there, so "they"
    is the act the story names after it."""
    kb = invented_kb(
        tmp_path,
        *[(f"VJ: Harbour Song {n}", f"VJ shares harbour song {n}.") for n in range(3)],
        *act_news("Velvet Moth"),
    )
    text = (
        "Heard a song on campus radio this morning, super 80s, and the VJ said it was Velvet "
        "Moth. Have they put out anything recently?"
    )
    answered_by(kb, text, 5)


def test_a_title_before_a_name_ends_no_sentence(tmp_path: Path) -> None:
    """ "whether any of Mr. <Name>'s records are reissued": "Mr." is a title, not a
    sentence's end that would leave "I should like to know whether any of Mr." as the
    question."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    text = (
        "I should like to know whether any of Mr. Harold Quillmore's records are being "
        "reissued on vinyl."
    )
    assert focused(kb, text)[0] == text
    assert ask(kb, text).url is None


def test_what_it_means_asks_about_what_the_story_told(tmp_path: Path) -> None:
    """ "... <act>'s song <Title> is named after an old word. what does it mean?": "it" is
    what the story told of, so the whole message is the question, not the act's newest."""
    kb = invented_kb(
        tmp_path,
        ('Velvet Moth: "Saltlamp"', "Saltlamp is named after an old word for a harbour light."),
        ('Velvet Moth: "Copper Wire"', "Velvet Moth share another single."),
    )
    text = (
        "read in a zine that Velvet Moth's song Saltlamp is named after an old word. what "
        "does it mean?"
    )
    answered_by(kb, text, 1)


def test_chat_after_the_question_in_everyday_words_is_left_out(tmp_path: Path) -> None:
    """A sentence after the question that names nothing ("needs it for her calendar") is
    an aside; one with a word no article writes may name the act asked about."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth: Tour", "Velvet Moth will tour; a fan needs a calendar for the dates."),
        ("Velvet Moth: New Single", "Velvet Moth shared a new single."),
    )
    assert focused(kb, "any new tour dates? needs it for her calendar")[0] == (
        "any new tour dates?"
    )
    kept = "any new tour dates? glass pelican needs it for her calendar"
    assert focused(kb, kept)[0] == kept


def test_stream_chat_emotes_are_chat(tmp_path: Path) -> None:
    """A stream's emote words ("Sadge", "KEKW", "monkaS") ask nothing and name no act the
    knowledge base lacks."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Hiatus", "Velvet Moth announced a hiatus."),
        ("Quill Fathom: New Single", "Quill Fathom shared a new single."),
    )
    for text in ("did velvet moth announce they're done Sadge", "velvet moth news KEKW monkaS"):
        assert ask(kb, text).url == f"{SITE}1", text


@pytest.fixture
def announced_among_many(tmp_path: Path) -> KnowledgeBase:
    """An act's announcement among enough articles that a word none of them writes is a
    name's (`WRITTEN_ARTICLES`)."""
    return invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album", "Velvet Moth announced a new album."),
        ("Quill Fathom: New Single", "Quill Fathom shared a new single."),
        *everyday("Fans had beef stew and the crowd sang along.", WRITTEN_ARTICLES),
    )


def test_a_story_placing_the_act_at_an_unknown_event_or_label_asks_for_the_acts_news(
    announced_among_many: KnowledgeBase,
) -> None:
    """ "Saw <act> at the <Event> in 1974", "<act> singles on <Label>": where the story
    happened, which no article need name, is not what a question for news asks about."""
    for text in (
        "I saw Velvet Moth at the Harbourton Jamboree back in 1994. What's the latest news?",
        "I had two Velvet Moth singles on Gullwing Records. Have they announced a new album?",
    ):
        assert ask(announced_among_many, text).url == f"{SITE}1", text


def test_hashtags_around_a_post_are_its_topics(announced_among_many: KnowledgeBase) -> None:
    """Tags before or after a post's words ("#dreampop #tourdates", "#TBT") glue words no
    article writes, which would read as an act the knowledge base lacks; a tag among the words
    is one of them."""
    for text in (
        "did velvet moth announce a new album?! 😱 #dreampop",
        "velvet moth new album announced? 🌙 #harbourtonscene #tourdates",
        "#TBT velvet moth were everything back then, any new album announced?",
        "any new album from #VelvetMoth?",
    ):
        assert ask(announced_among_many, text).url == f"{SITE}1", text


def test_a_tag_gluing_an_acts_name_is_the_act_asked_about(
    announced_among_many: KnowledgeBase,
) -> None:
    """Posts tag the act they are about, its name glued together, its "the" typed or not
    ("#thevelvetmoth", "#VelvetMoth"): no topic, the act asked about, wherever it stands."""
    for text in (
        "#thevelvetmoth anything new?? 😭",
        "what's new lately? #VelvetMoth",
        "@thevelvetmoth what's the latest",
    ):
        assert ask(announced_among_many, text).url == f"{SITE}1", text


def test_a_post_naming_nothing_but_its_tag_asks_about_the_tag(
    announced_among_many: KnowledgeBase,
) -> None:
    """ "#<unknownact> anything new?": where the words name nothing, the tag a post opens with
    is no topic but the name asked about, and one the knowledge base lacks is declined, not
    answered with the newest news. Tags after the words are still topics ("what's new?
    #newmusicfriday")."""
    for text in ("#lanternwhale anything new?? 🌙", "@lanternwhale what's new"):
        reply = ask(announced_among_many, text)
        assert reply.url is None and "lanternwhale" in reply.text, text
    assert ask(announced_among_many, "what's new? #lanternwhale").url is not None


def test_someones_band_by_a_first_name_or_its_sound_unless_the_message_names_it(
    tmp_path: Path,
) -> None:
    """Fans call a person by a first name no other name opens ("<first name>'s band") and
    describe the band by its sound ("<person>'s synthpop band"): the act the person plays in.
    Where the message names the act beside those words ("<person>'s garage project <Act>",
    "<Act>, <person>'s home-recording thing", "<Act> (<person>'s duo)"), the act named is
    asked about."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth: Tour", "Velvet Moth singer Tamsin Marsh leads the tour."),
        ("Tamsin Marsh Opens a Bakery", "Tamsin Marsh opened a bakery in Port Wren."),
        ("Quill Fathom: New Single", "Quill Fathom shared a new single."),
        ("Velvet Moth: New Single", "Velvet Moth shared a new single."),
    )
    for text in (
        "tamsin's band — anything new from them?",
        "what's tamsin marsh's synthpop band up to?",
    ):
        assert ask(kb, text).url == f"{SITE}4", text
    for text in (
        "tamsin marsh's garage project quill fathom, what's new?",
        "quill fathom, tamsin marsh's home-recording thing — any news?",
        "anything new from Quill Fathom (Tamsin Marsh's duo)?",
    ):
        assert focused(kb, text)[0] == text


def test_where_a_band_the_story_calls_by_name_is_from_is_not_who_they_are(
    tmp_path: Path,
) -> None:
    """ "a band called <Unknown> from <Town>. Any news about them?": the story names the
    band it asks about ("called" names, it tells nothing the writer saw) and where it is
    from, a place whatever else the articles call it; the band the knowledge base lacks is
    declined by name, not answered with news of the town."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Lands Share New Single", "Harbour Lands shared a single."),
        ("Harbour Lands Announce Tour", "Harbour Lands will tour."),
        ("Velvet Moth Share New Single", "Velvet Moth shared a single."),
    )
    text = "My nephew keeps talking about a band called Quillmoor from Harbour Lands. Any news?"
    reply = ask(kb, text)
    assert reply.intent == "unknown" and "quillmoor" in reply.text.lower(), reply.text
    asked = "My nephew keeps talking about Velvet Moth, they played Harbour Lands. Any news?"
    assert ask(kb, asked).url == f"{SITE}3"


def test_a_story_naming_an_unknown_act_beside_a_known_label_asks_about_the_act(
    tmp_path: Path,
) -> None:
    """ "<Unknown Act> just joined <Label>. Any news on them?": what the writer read of an act
    the knowledge base lacks is declined by the act's name, not answered with the label's
    newest news; a song title the story quotes is no such act."""
    kb = invented_kb(
        tmp_path,
        ("Harbour Records Signs Velvet Moth", "The label Harbour Records signed Velvet Moth."),
        ("Harbour Records Turns Ten", "Harbour Records celebrates."),
        ("Velvet Moth Cover Paper Lanterns", "Velvet Moth covered Paper Lanterns."),
        ("Velvet Moth Announce Tour", "Velvet Moth will tour."),
    )
    reply = ask(kb, "I read that Quillmoor Thieves just joined Harbour Records. Any news on them?")
    assert reply.intent == "unknown" and "quillmoor thieves" in reply.text.lower(), reply.text
    told = "saw Velvet Moth did a cover, 'Paper Lanterns' i think? anything newer on Velvet Moth"
    assert ask(kb, told).url == f"{SITE}4"


def test_a_title_line_ends_the_name_it_closes(tmp_path: Path) -> None:
    """A post's title line run into its first sentence would write one longer name ("<Title>
    Who"), which no article spells, and the question would be declined."""
    kb = invented_kb(
        tmp_path,
        ("Quillward: Harbour Lights", "Mara Quell of Lantern mastered the set."),
        ("Quillward Share New Single", "Quillward shared a single."),
    )
    reply = ask(kb, "Quillward - Harbour Lights\nWho mastered Quillward's album Harbour Lights?")
    assert reply.url == f"{SITE}1", reply.text


def test_a_clause_telling_where_the_writer_went_is_not_the_news_asked_for(tmp_path: Path) -> None:
    """ "went" tells what the writer saw, as "saw" does: the show they went to is not the
    news asked for, which is the newest."""
    kb = invented_kb(
        tmp_path,
        ("Quillward Tease Glass Parade Tour", "Quillward tease the Glass Parade tour."),
        ("Quillward Share New Single", "Quillward shared a single."),
    )
    text = (
        "went to the Quillward show in glass parade cosplay lol, what's the latest Quillward news?"
    )
    assert ask(kb, text).url == f"{SITE}2"


def test_a_title_written_before_by_and_a_known_act_is_the_acts(tmp_path: Path) -> None:
    """ "<Song> by <act>": a song the articles never name is the act's, not an act the
    knowledge base lacks."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quillward"),
    )
    text = "Glass Harbour by Quillward came on the radio. have they released anything recently?"
    assert ask(kb, text).url == f"{SITE}2"


def test_a_fans_memories_after_the_question_name_no_act(tmp_path: Path) -> None:
    """A record the writer remembers after asking, which no article names, is not an act
    the knowledge base lacks: the question names its act, though mistyped."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        *everyday("The glass was huge and the harbour was full, the man said.", 12),
    )
    text = "Anything new on Velvit Mothe? Glass Warrior still gets me every single time."
    assert ask(kb, text).url == f"{SITE}2"


def test_an_acts_handle_asks_about_the_act(tmp_path: Path) -> None:
    """A handle typed by hand that spells a known name run together is that act."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
    )
    assert ask(kb, "anything new from @velvetmoth? that era still has me fr").url == f"{SITE}2"


def test_a_word_of_a_name_the_story_gives_in_full_is_that_name(tmp_path: Path) -> None:
    """The story names someone in full; the question for news calls them by a word of the
    name, which alone would link another act."""
    kb = invented_kb(
        tmp_path,
        ("Rosalee Vance Share New Single", "Rosalee Vance shared a single."),
        ("Rosalee Vance Announce Tour", "Rosalee Vance will tour."),
        ("Rosalee: Glass Harbour", "Rosalee, a trio from the coast, share Glass Harbour."),
    )
    text = "Rosalee Vance was on the tv at the bar lol, what's new with rosalee?"
    assert ask(kb, text).url == f"{SITE}2"


def test_a_title_with_a_contraction_is_spelled_as_the_question_types_it(tmp_path: Path) -> None:
    """ "We'll" in a title is the question's "well": read as "we ll" in the article, the title
    the question writes would be spelled nowhere, and the question declined."""
    kb = invented_kb(
        tmp_path,
        ("Quillmoor: We'll All Go Home", "The album was inspired by a novel by Mara Quell."),
        ("Quillmoor Share New Single", "Quillmoor shared a single."),
    )
    text = "My daughter loves Quillmoor's album We'll All Go Home. Whose novel inspired it?"
    assert ask(kb, text).url == f"{SITE}1"


def test_a_name_after_a_possessive_is_owned_not_extended(tmp_path: Path) -> None:
    """ "<Title>'s <Name>" ends a name at the possessive: the word before it is no more of
    the name, and no longer one the articles lack."""
    kb = invented_kb(
        tmp_path,
        ("Quillward: Moth's Flag's Pink", "Quillward tracked it at Harbour."),
        ("Pink Share New Single", "Pink shared a single."),
        ("Pink Announce Tour", "Pink will tour."),
        *everyday("The pink light shone on the flag of moth.", 3),
    )
    text = "Quillward — where'd they track Moth's Flag's Pink?"
    assert ask(kb, text).url == f"{SITE}1"


def test_a_title_of_everyday_words_typed_in_lowercase_is_the_writers_own(tmp_path: Path) -> None:
    """A writer who capitalises the act writes "heard something" as their own words, not as
    the single of that title, whose articles would outrank the act's news."""
    kb = invented_kb(
        tmp_path,
        ('Quillmoor: "Heard Something"', "Quillmoor share Heard Something, with Rosalee Vance."),
        *act_news("Rosalee Vance"),
    )
    assert ask(kb, "Rosalee Vance heard something new recently?").url == f"{SITE}3"


def test_a_request_for_news_without_a_question_mark_is_the_question(tmp_path: Path) -> None:
    """ "<Act> news please." asks, as "<act> news?" does: a fan's memory of a record after it
    ("<Record Of Many Words> is nearly 40 ...") names no act the knowledge base lacks."""
    kb = invented_kb(tmp_path, *act_news("Quillward"), ("Lantern Notes", "The lantern shone."))
    message = "Quillward news please. Harbour of Old Lanterns is nearly 40 and still hits hard."
    answered_by(kb, message, 2)


def test_what_came_since_a_record_is_its_makers_news(tmp_path: Path) -> None:
    """ "<act>, the band that put out <Record>: anything new?" asks what came after the
    record: its maker's newest news, where the act's name is also a word the articles write
    and links unsurely, and where the act is mistyped beside the record it made."""
    kb = invented_kb(
        tmp_path,
        ("Quillpot Announce Harbour Tour", "Quillpot will tour."),
        ("Quillpot – “Glass Hour”", "Quillpot share Glass Hour."),
        ("Velvet Moth Announce Live Album Live From Harbourton", "A live album."),
        ("Velvet Moth – “Live From Harbourton”", "A song."),
        *everyday("A quillpot of soup was on the stove.", 3),
        ("Quillpot – “Heat Map”", "Quillpot share Heat Map."),
        ("Velvet Moth Share New Song", "Velvet Moth shared a song."),
    )
    answered_by(kb, 'Quillpot, the band that put out "Glass Hour": anything new?', 8)
    answered_by(kb, "velvet mouth — after Live From Harbourton, what's new?", 9)


def test_a_kind_of_music_before_what_is_called_an_act_names_no_act(tmp_path: Path) -> None:
    """ "... - which hip-hop band was he in?": a kind of music the articles also name as an
    act says what the band plays; the person the story names is who is asked about."""
    kb = invented_kb(
        tmp_path,
        ("Hip-Hop Turns 50 With a Block Party", "Hip-Hop turns 50 this summer."),
        ("Tam Ridley, Singer for Hip-Hop Crew Velvet Moth, Quits", "Tam Ridley quit in June."),
        ("Hip-Hop Block Party Adds Dates", "Hip-Hop block party adds dates."),
    )
    answered_by(kb, "tam ridley, the singer who quit in june - which hip-hop band was he in?", 2)


def album_then_news_kb(path: Path) -> KnowledgeBase:
    """An invented act's album announcement, then newer news that is no album's."""
    return invented_kb(
        path,
        ("Velvet Moth Announce New Album Harbour Lights", "Velvet Moth announce an album."),
        ("Velvet Moth Announce Tour", "Velvet Moth will tour."),
        ("Velvet Moth Share Video for Quiet Field", "Velvet Moth shared a video."),
    )


def test_lines_of_a_message_are_its_parts(tmp_path: Path) -> None:
    """A message typed as lines ("ok random one", the question, what the writer recalls)
    asks what its asking line asks: the line after it is a story, not part of the question."""
    kb = album_then_news_kb(tmp_path)
    answered_by(
        kb,
        "ok random one\nhas velvet moth dropped anything new\ni lost track after the album "
        "announce",
        3,
    )


def test_words_struck_through_are_taken_back(tmp_path: Path) -> None:
    """ "~~album~~" and Slack's "~tour~" are what the writer took back."""
    kb = album_then_news_kb(tmp_path)
    answered_by(kb, "velvet moth ~~album~~ — just their most recent news, whatever it is", 3)
    answered_by(kb, "is velvet moth putting out a ~tour~ album?", 1)


def test_a_question_taken_back_is_asked_again_of_the_same_act(tmp_path: Path) -> None:
    """ "<act> — are they tour— no, just, what's the newest on them", "<Act> — tour? er, no,
    broader than that: what's the most recent <Act> story": what follows the words that take
    the question back is asked, of the act named before them."""
    kb = album_then_news_kb(tmp_path)
    answered_by(kb, "velvet moth — are they tour— no, just, what's the newest thing on them", 3)
    answered_by(
        kb,
        "Velvet Moth — tour? er, no, broader than that: what's the most recent Velvet Moth story",
        3,
    )
    answered_by(
        kb,
        "velvet moth new album? oh wait I already know about the album. what's the very latest",
        3,
    )


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("what's Quorra Vesk up to — sorry, Delphine ARROWOOD. latest?", 4),
        ("latest on Brisa Thornquell... oops, Delphine Arrowood I meant", 4),
        ("Quorra Vesk announced a tour? sorry, Delphine Arrowood. what did she announce", 3),
        ("latest news about Quorra Vesk, er, Delphine Arrowood", 4),
        ("quorra vesk announced a tour right? wait no an album. what's the title", 5),
        ("quorra vesk announced a tour right? no hang on, an album. what's the title", 5),
        ("quorra vesk announced a tour right? or wait, an album. what's the title", 5),
        ("has Quorra Vesk — sorry, Delphine Arrowood — announced a tour yet?", 3),
        ("latest on Quorra Vesk? sorry, Brisa Thornquell", None),
    ],
)
def test_a_correction_asks_the_question_of_the_act_it_names(
    tmp_path: Path, question: str, number: int | None
) -> None:
    """ "<Act> — sorry, <Other>", "<Act>, er, <Other>", "<Unknown>... oops, <Other> I meant":
    the act the correction names replaces the one before it, whether a question follows the
    correction or came before it; a correction of the kind ("a tour? wait no an album") asks
    of the same act. A correction to a name no article spells is declined."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quorra Vesk"),
        *act_news("Delphine Arrowood"),
        ("Quorra Vesk Announce New Album Harbour Lights", "Quorra Vesk announce an album."),
        ("Quorra Vesk Share Video", "Quorra Vesk shared a video."),
    )
    answered_by(kb, question, number)


def test_a_name_in_a_question_taken_back_is_still_asked_about(tmp_path: Path) -> None:
    """An unknown name in the part taken back is still whom the question asks about: it is
    declined by name, not answered with the label's news."""
    kb = invented_kb(
        tmp_path,
        ("Quillon Records Sign Velvet Moth", "Quillon Records signed Velvet Moth."),
        ("Quillon Records Turn Ten", "The label Quillon Records turns ten."),
    )
    reply = ask(
        kb,
        "Did Brisa Thornquell sign to Quillon Records? I thought it was— never mind what I "
        "thought, did she",
    )
    assert reply.url is None and "brisa thornquell" in reply.text.lower(), reply.text


def test_a_heading_that_says_a_question_follows_is_no_word_of_it(tmp_path: Path) -> None:
    """ "psych folk q" on a line of its own says what the question is about, not what it asks:
    its words do not pull an older article that shares them over the newest."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth: Psych Folk Garden", "Velvet Moth share a psych folk album."),
        ("Velvet Moth Share New Song", "Velvet Moth share a new song."),
    )
    answered_by(kb, "psych folk q\nvelvet moth — anything recent?", 2)


@pytest.mark.parametrize(
    "question",
    [
        "Harbourton thrash round: what's new with Velvet Moth?",
        "Quiz round 3, Harbourton thrash edition: what's the latest on Velvet Moth?",
        "Thrash quiz: What's the latest on Velvet Moth?",
    ],
)
def test_a_quiz_and_its_round_are_no_words_of_the_question(tmp_path: Path, question: str) -> None:
    """A quiz's heading ("<genre> round:", "<genre> quiz:") says what the message is for,
    not an unknown name the question asks about."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"), *act_news("Tida Marsh"))
    answered_by(kb, question, 2)


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("quizzing my mates tonight - whats the latest on velvet moth?", ("mates tonight",)),
        ("our quizmaster wants the latest on velvet moth", ("wants",)),
        ("trivia night: velvet moth latest?", ("night",)),
    ],
)
def test_the_words_of_a_quiz_are_chat(tmp_path: Path, question: str, runs: tuple[str]) -> None:
    """A quiz the writer is running or playing is why they ask: its words are no part of an
    unknown name ("quizzing my mates tonight")."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    assert link(kb, question).named_runs == runs


def test_a_record_counted_as_fans_count_it_is_no_name(tmp_path: Path) -> None:
    """ "LP2" is the second LP: glued to its number it is no unknown name to decline."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    answered_by(kb, "what's new with Velvet Moth (harbourton thrash)? anything on LP2 yet", 2)


def test_words_said_again_after_a_break_take_back_those_before(tmp_path: Path) -> None:
    """ "at <Place> Sq— at <Venue>": the words after the break say again the word the
    taken-back ones open with, so "<Place> Sq" is no unknown name asked about."""
    kb = invented_kb(
        tmp_path,
        (
            "Harbourton Aid Concert at Moth Arena Adds Velvet Moth, Tida Marsh",
            "The Harbourton Aid concert at Moth Arena adds Velvet Moth and Tida Marsh.",
        ),
        *act_news("Quillmoss"),
    )
    answered_by(kb, "who's playing that Harbourton Aid concert at Quillon Sq— at Moth Arena?", 1)


def test_blaming_autocorrect_is_chat(tmp_path: Path) -> None:
    """ "autocorrect is killing me": no article writes "autocorrect", yet it names no act the
    knowledge base lacks; it says why the name was typed wrong."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        *everyday("The band is killing it on stage, fans said.", WRITTEN_ARTICLES),
    )
    answered_by(kb, "latest on velvet math— VELVET MOTH. the band. autocorrect is killing me", 2)


def test_a_but_without_a_comma_before_a_question_ends_the_story(tmp_path: Path) -> None:
    """ "the <act> tour with <other> was fun but what's the newest <other> news": the story
    before "but" names the tour; the question after it asks for the other act's newest."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce Tour With Quillmoss", "Velvet Moth will tour with Quillmoss."),
        ("Quillmoss Share Single 'Brine'", "Quillmoss have a new single."),
        ("Harbour Notes", "Velvet Moth played the harbour."),
    )
    text = "the velvet moth tour with quillmoss was fun but what's the newest quillmoss news"
    answered_by(kb, text, 2)


def test_news_of_an_act_mistyped_beside_a_story_naming_another_is_its_own(
    tmp_path: Path,
) -> None:
    """ "<act> and <mistyped act> would be a dream duet. did <mistyped act> announce a new
    album?": the question names its own act, though mistyped, not the story's."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Announce New Album 'Lantern'", "Velvet Moth will release an album."),
        ("Tami Quillward Announces New Album 'Brine'", "Tami Quillward will release Brine."),
    )
    text = "velvet moth and tani quilward: a dream duet. did tani quilward announce a new album?"
    answered_by(kb, text, 2)


def test_a_letters_request_to_be_told_is_its_question(tmp_path: Path) -> None:
    """ "I would be obliged if you could tell me whether <act> have announced a tour": the
    request asks, without a question mark, so the letter's story before it, naming someone
    no article names, is no name asked about."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        *everyday("The band played a show and the crowd sang along.", WRITTEN_ARTICLES),
    )
    text = (
        "Dear Roadie, I have followed Wren Harlow through Velvet Moth and beyond. I would be "
        "much obliged if you could tell me whether Velvet Moth have announced a tour."
    )
    answered_by(kb, text, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Wren Harlow's solo stuff aside — did Velvet Moth announce a tour?",
        "Quillmoor Thieves aside, what has Velvet Moth announced lately?",
        "Tami Quillward is fine; has Velvet Moth announced a tour?",
        "Wren Harlow tours a lot; has Velvet Moth announced a tour of their own?",
    ],
)
def test_an_act_set_aside_before_a_question_naming_another_is_no_name_asked_about(
    tmp_path: Path, text: str
) -> None:
    """ "<Other> aside — did <Act> announce a tour?": a short part before a dash, a comma or
    a semicolon says what the question is about only where the question names no one
    surely, or refers to someone before it names anyone; here it names the act, so a name
    before it that no article writes is not declined."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        ("Harbour Notes", "Velvet Moth played the harbour."),
    )
    answered_by(kb, text, 1)


def test_an_unknown_name_a_question_writes_after_a_short_story_is_the_one_asked_about(
    tmp_path: Path,
) -> None:
    """ "<Act> are everywhere, but has <Unknown> announced a tour?": the question names an
    act of its own, which the knowledge base lacks, so it is declined, not answered with
    the news of the act the short part before it names."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"))
    reply = ask(kb, "Velvet Moth are everywhere, but has Quillmoor Thieves announced a tour?")
    assert reply.intent == "unknown" and "quillmoor thieves" in reply.text.lower(), reply.text


def test_a_capitalised_place_in_a_question_for_news_is_not_the_act_asked_about(
    tmp_path: Path,
) -> None:
    """ "saw <act> trending, what's the latest from the <City> punks?": the city the
    question capitalises is where the act is from, not an act of its own, so the story's
    act is the one asked about."""
    kb = invented_kb(
        tmp_path,
        *act_news("Velvet Moth"),
        ("Council Backs New Venue", city_news("Harrowgate")[1]),
    )
    text = "saw velvet moth trending all over my feed, what's the latest from the Harrowgate punks?"
    answered_by(kb, text, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Velvet Moth or Quillmoss, whoever — I want the newest Quillmoss news.",
        "Velvet Moth tours a lot. Tell me the latest Quillmoss item.",
    ],
)
def test_a_request_for_news_is_the_question_beside_a_part_naming_another(
    tmp_path: Path, text: str
) -> None:
    """ "<Act> or <Other>, whoever — I want the newest <Other> news": a request for news
    asks as a question does, so the part before it, naming another act, is no part of
    what is asked."""
    kb = invented_kb(tmp_path, *act_news("Velvet Moth"), *act_news("Quillmoss"))
    asked, _ = focused(kb, text)
    assert "Quillmoss" in asked and "Velvet Moth" not in asked, asked


def test_an_act_asked_about_by_first_name_is_asked_about_not_the_acts_before_it(
    tmp_path: Path,
) -> None:
    """ "<Act> and <Act> fan here — what's <First> up to lately?": the first name the writer
    capitalises is an act of the question's own, as an unknown name would be, so the acts
    told of before the dash are the writer's taste, not whom they ask about."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quorra Vesk"),
        *act_news("Zeph Arnault"),
        *act_news("Delphine Arrowood"),
    )
    answered_by(kb, "Quorra Vesk and Delphine Arrowood fan here — what's Zeph up to lately?", 4)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Enough Quorra Vesk news, what's the latest on Delphine Arowood?", 4),
        ("Not Quorra Vesk — Delphine Arrowood. Did they announce a tour?", 3),
    ],
)
def test_an_act_set_aside_is_not_the_one_asked_about(
    tmp_path: Path, question: str, number: int
) -> None:
    """ "Enough <Act> news, ...", "Not <Act> — <Other>": the act set aside is named surely
    and the one asked about mistyped or called "they", but the question is about the
    other."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(kb, question, number)


def test_a_shared_song_is_the_acts_and_no_unknown_name_asked_about(tmp_path: Path) -> None:
    """A link shared with its page's title, then a question about "they": the song's words
    are no act the knowledge base lacks, and "they" are the act the title opens with."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(
        kb,
        "Quorra Vesk - Lantern Harbour Nights (Official Video) - YouTube "
        "https://www.youtube.com/watch?v=a1B2c3D4e5F\nhave they announced anything new?",
        1,
    )


def test_a_name_with_is_in_it_is_no_guess_at_the_newest(tmp_path: Path) -> None:
    """ "What's newest from <Word> Is <Word>?": "Is" written with a capital is the name's word,
    not the start of a guess at the newest news ("newest is <Title>?")."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Heaven Is Quillon"))
    answered_by(kb, "Quorra Vesk fan here. What's newest from Heaven Is Quillon?", 4)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("https://quorravesk.bandcamp.com/album/salt any news on this project recently?", 2),
        ("any news? https://x.com/quorravesk/status/1023557601555286817", 2),
        ("https://www.instagram.com/quorravesk/ what are they up to lately?", 2),
        ("https://www.ticketmaster.com/quorra-vesk-tickets/artist/2974117 tour?", 1),
        ("instagram.com/quorravesk what are they up to lately?", 2),
    ],
)
def test_a_link_to_an_acts_page_names_the_act(tmp_path: Path, question: str, number: int) -> None:
    """A pasted link to an act's page (its Bandcamp site, a social profile or link page,
    typed with its scheme or without, a ticket page) names the act, as its handle typed
    would, where the message says nothing more of whom it asks about ("any news on this
    project?")."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(kb, question, number)


def test_a_link_pages_address_typed_without_its_scheme_is_no_unknown_name(
    tmp_path: Path,
) -> None:
    """ "linktr.ee/<handle>" names the act whose page it is; its letters ("linktr", "ee") are
    no name the knowledge base lacks, where enough articles tell words from names."""
    kb = invented_kb(
        tmp_path,
        *act_news("Quorra Vesk"),
        *everyday("Fans had beef stew and the crowd sang along.", WRITTEN_ARTICLES),
    )
    answered_by(kb, "linktr.ee/quorravesk — newest headline about this project?", 2)
    answered_by(kb, "Quorra Vesk — linktr.ee/quorravesk — newest headline about her?", 2)


def test_a_place_a_stacked_question_asks_about_is_not_whom_it_asks_since(tmp_path: Path) -> None:
    """ "<Act> — what's the most recent? is the lawsuit thing still going, and are they
    touring <Region>?": the act's newest news, not the newest that names the region."""
    kb = invented_kb(
        tmp_path,
        city_news("Quillandia"),
        ("Velvet Moth Announce Autumn Tour", "Velvet Moth will tour in the autumn."),
        ("Copper Tides Announce Quillandia Tour", "Copper Tides head to Quillandia."),
    )
    answered_by(
        kb,
        "Velvet Moth — what's the most recent? is the lawsuit thing still going, "
        "and are they touring Quillandia?",
        2,
    )


@pytest.mark.parametrize(
    "text",
    [
        "we're tracking the Velvet Moth album cycle, what's the very latest piece of coverage?",
    ],
)
def test_the_coverage_or_the_link_asked_for_is_no_word_to_search(tmp_path: Path, text: str) -> None:
    """What a message calls the news it wants ("coverage", "link pls") names nothing: the
    act's news answers, not a newer article that shares the word."""
    kb = invented_kb(
        tmp_path,
        ("Velvet Moth Share New Single", "Velvet Moth share a new single today."),
        ("Copper Tides and Amber Loom Link Up for Coverage Special", "A link up."),
    )
    answered_by(kb, text, 1)


def test_a_pasted_address_of_a_known_story_is_the_story_asked_about(tmp_path: Path) -> None:
    """ "<address of a story> — what did <act> share?": the story shared is what a question
    of fact is about, not the act's newer news; a question for news asks what came since."""
    kb = invented_kb(tmp_path, *act_news("Quorra Vesk"), *act_news("Delphine Arrowood"))
    answered_by(kb, f"{SITE}1 says they will tour — when does Quorra Vesk tour?", 1)
    answered_by(kb, f"{SITE}1 — what did Quorra Vesk share?", 1)
    answered_by(kb, f"someone dropped {SITE}1 in here. anything newer on Quorra Vesk?", 2)
    answered_by(kb, f"<@U024BE7LH> {SITE}3", 3)
    assert ask(kb, "https://elsewhere.example/story").url is None
