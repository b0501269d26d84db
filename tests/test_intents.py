"""Intents from the cue table: rewordings of one question get one intent and one fact kind."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.intents import news_kind, parse, spoken_numbers, window, window_days
from bot.core.sanitize import clean_question


@pytest.mark.parametrize(
    "question",
    [
        "which label did quill fathom sign with?",
        "who is putting out quill fathom's record",
        "who's releasing quill fathom's record?",
        "quill fathom signed to who",
        "what label is quill fathom on now",
    ],
)
def test_label_questions_ask_for_a_label_or_people(question: str) -> None:
    parsed = parse(question)
    assert parsed.intent == "fact"
    assert {"label", "people"} & set(parsed.facts)


@pytest.mark.parametrize(
    "question",
    [
        "how did quill fathom die",
        "how did quill fathom pass away?",
        "quill fathom cause of death",
        "what killed quill fathom",
    ],
)
def test_how_someone_died_asks_for_the_cause_first(question: str) -> None:
    assert parse(question).facts[:2] == ("cause", "death")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("where are quill fathom from", "origin"),
        ("where was quill fathom born?", "origin"),
        ("quill fathom, where are they based", "origin"),
        ("what city is quill fathom from", "origin"),
        ("quill fathom hometown?", "origin"),
        ("quill fathom is originally from where", "origin"),
        ("quill fathom used to be called something else, what was their old name", "naming"),
        ("what were quill fathom called before", "naming"),
        ("how did quill fathom get their name", "naming"),
        ("what is quill fathom named after", "naming"),
        ("why are they called quill fathom", "naming"),
        ("quill fathom - what's the name about?", "naming"),
        ("where does the name quill fathom come from", "naming"),
        ("how did quill fathom meet", "formed"),
        ("what's lil quill's real name?", "realname"),
        ("lil quill birth name", "realname"),
        ("how did quill fathom start out as a band?", "formed"),
        ("how the band formed, quill fathom", "formed"),
        ("what's the name of quill fathom's new album", "title"),
        ("where is quill fathom playing tonight", "tour"),
        ("what is quill fathom's song tide about", "theme"),
        ("quill fathom's tide is about what storm", "theme"),
        ("what does quill fathom's tide mean", "theme"),
        ("what inspired quill fathom's tide", "theme"),
        ("quill fathom has been ill, what does she have", "cause"),
        ("quill fathom diagnosis?", "cause"),
        ("what city is quill fathom's show in", "tour"),
        ("quill fathom is whose side project", "people"),
        ("whose band is quill fathom", "people"),
    ],
)
def test_where_from_whose_name_what_about_and_which_illness_are_facts_of_their_own(
    question: str, first: str
) -> None:
    assert parse(question).facts[0] == first


@pytest.mark.parametrize(
    "question",
    [
        "when's the new quill fathom album out?",
        "when does quill fathom's lp come out",
        "quill fathom album release date when",
        "quill fathom album release date",
    ],
)
def test_when_questions_ask_for_a_date_first(question: str) -> None:
    parsed = parse(question)
    assert parsed.intent in {"fact", "lookup"} and parsed.facts[0] == "date"
    assert parsed.kind == "album"


@pytest.mark.parametrize(
    "question",
    [
        "what's new with quill fathom?",
        "any news on quill fathom",
        "quill fathom latest",
        "what's up with quill fathom",
        "yo what's good with quill fathom",
        "anything on quill fathom?",
        "anything from quill fathom lately",
        "what is quill fathom doing these days",
        "what's quill fathom doing",
        "quill fathom nowadays?",
        "what was the last thing you heard about quill fathom?",
        "heard anything from quill fathom?",
        "any word on quill fathom",
        "what has quill fathom last put out",
        "what did quill fathom release last",
        "quill fathom last release?",
        "quill fathom, which is the last thing?",
        "which are the newest news of quill fathom?",
        "which is the latest from quill fathom",
        "what happened with quill fathom in last days?",
        "what did quill fathom do in the past couple of days",
        "did quill fathom put out another song?",
        "is there another quill fathom record coming",
        "when did we last hear anything from quill fathom?",
    ],
)
def test_news_questions_are_latest(question: str) -> None:
    assert parse(question).intent == "latest"


@pytest.mark.parametrize(
    "question",
    ["did quill fathom announce a tour?", "quill fathom tour announced?"],
)
def test_announcement_questions(question: str) -> None:
    parsed = parse(question)
    assert parsed.intent == "announcements" and parsed.kind == "tour"


def test_the_asking_words_alone_say_what_is_asked_outright() -> None:
    """A name's own cue words ("Crash", "Band") add kinds to `facts`, never to `asks`."""
    parsed = parse("who produced crash lantern's new record")
    assert parsed.asks[0] == "people" and "cause" in parsed.facts and "cause" not in parsed.asks
    assert parse("crash lantern new album?").asks == ()


def test_news_about_a_name_asks_for_no_theme() -> None:
    assert parse("any news about quill fathom").intent == "latest"
    assert "theme" not in parse("tell me about quill fathom").facts
    assert "theme" not in parse("which song opened quill fathom's storm-inspired record").facts


def test_a_message_no_cue_foresaw_is_still_looked_up() -> None:
    assert parse("quill fathom copper hall").intent == "lookup"


def test_help_and_search() -> None:
    assert parse("help").intent == "help"
    assert parse("what can you do?").intent == "help"
    searched = parse("search salt roads documentary")
    assert searched.intent == "search" and searched.text == "salt roads documentary"
    assert parse("search who produced the salt roads record").intent != "search"


def test_time_windows_and_kinds() -> None:
    assert window_days("any tours this week") == 7
    assert window_days("in the last 3 days") == 3
    assert window_days("past 2 weeks") == 14
    assert window_days("anything in the last couple weeks?") == 14
    assert window_days("past couple of months") == 62
    assert window_days("the last few days") == 3
    assert window_days("ever") is None
    assert news_kind("new tour dates?") == "tour"
    assert news_kind("the documentary") == "film"
    assert parse("quill fathom album 2019").year == "2019"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("any new singles from quill fathom", "single"),
        ("quill fathom new songs?", "single"),
        ("Quill Fathom Share Two New Songs", "single"),
        ("any albums coming from quill fathom", "album"),
        ("has quill fathom announced a new full-length?", "album"),
        ("quill fathom tours", "tour"),
        ("quill fathom documentaries", "film"),
        ("did quill fathom announce a memoir", "book"),
        ("any books coming from quill fathom", "book"),
        ("which festivals is quill fathom playing", "festival"),
    ],
)
def test_a_kind_of_news_asked_in_the_plural(text: str, kind: str) -> None:
    assert news_kind(text) == kind
    assert parse(text).kind == kind


def test_a_fact_question_may_ask_about_the_newest_news() -> None:
    assert parse("what is quill fathom's new album called").fresh
    assert parse("quill fathom album out yet?").fresh
    assert not parse("what is quill fathom's debut album called").fresh
    # A festival's line-up asks for the newest one; who is on it, for its announcement.
    assert parse("quillfield line-up").fresh
    assert parse("who is on the quillfield fest lineup?").intent == "announcements"
    # So does who won at an event that recurs, the year not given.
    assert parse("who won at the quillfield awards?").fresh


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("is quill fathom touring", "tour"),
        ("will quill fathom tour this year", "tour"),
        ("quill fathom gigs coming up?", "tour"),
        ("is quill fathom putting out a tour film", "tour"),
        ("is there a quill fathom documentary", "film"),
        ("is a quill fathom film coming", "film"),
    ],
)
def test_a_question_about_what_is_or_will_be_asks_for_the_newest_of_its_kind(
    question: str, kind: str
) -> None:
    parsed = parse(question)
    assert parsed.kind == kind and parsed.fresh


@pytest.mark.parametrize(
    ("question", "kind"),
    [("what label is quill fathom on", "signing"), ("who put out quill fathom lp", "album")],
)
def test_a_label_asked_about_is_told_by_signing_news_unless_another_kind_is_named(
    question: str, kind: str
) -> None:
    assert parse(question).kind == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("velvet wolves how many songs on the new one", None),
        ("how many tracks on velvet wolves' new album", "album"),
        ("how many songs did velvet wolves play on their tour", "tour"),
        ("velvet wolves new songs", "single"),
        # Chat's "lost track" and "the single most" ask for no single.
        ("lost track of velvet wolves, what's the most recent thing?", None),
        ("what's the single most recent velvet wolves news", None),
        ("velvet wolves on repeat every single day, what are they up to lately?", None),
        ("velvet wolves latest track", "single"),
        # A podcast's episode is no EP; an EP numbered as records are is one.
        ("velvet wolves latest news pls - for ep 61", None),
        ("for episode 7: velvet wolves, what's new?", None),
        ("velvet wolves new ep?", "album"),
        ("is velvet wolves' ep 2 out?", "album"),
        # "A record" announced or put out is an album; one set is a chart's.
        ("velvet wolves announced a record?", "album"),
        ("did velvet wolves drop a new record", "album"),
        ("velvet wolves set a record", None),
    ],
)
def test_words_of_a_kind_that_ask_for_none_are_no_kind(question: str, kind: str | None) -> None:
    """Songs counted are a record's, not single news; chat's idioms name no kind at all."""
    assert parse(question).kind == kind


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "anything new from quillward, the band with tam lorne who used to be in kestrel?",
            "latest",
        ),
        ("the guy who sang in quillward, what's he up to these days?", "latest"),
        ("who used to be in quillward?", "fact"),
        ("do you know who was in quillward", "fact"),
        ("quillward had a stacked band. who was in it?", "fact"),
        ("i've heard of a band called quillward, what have they released lately?", "latest"),
        ("quillward's new album, what's it called?", "fact"),
        ("quillward new album called what", "fact"),
        ("what's the new quillward album called? (2022)", "fact"),
        ("remember when quillward toured every month? what's their latest single", "latest"),
        ("back when quillward were on the radio, who was their drummer?", "fact"),
        ("quillward, the ones who are louder than kestrel - anything new from them?", "latest"),
        ("for anyone who likes kestrel: quillward news?", "latest"),
        ("who are the ones in quillward?", "fact"),
    ],
)
def test_words_describing_what_the_message_names_ask_nothing(text: str, intent: str) -> None:
    """ "<First> <Last> who used to be in <Band>" tells who the person is, "a band called
    <Name>" what the act is, "remember when" a time gone by, "the ones who ..." whom it
    describes; "who" that opens a question, or
    follows a word that asks ("know who"), asks, and so does "what's it called"."""
    assert parse(text).intent == intent


@pytest.mark.parametrize(
    "text",
    ["who did quillward sign with?", "quillward signed to which label", "quillward inked w who"],
)
def test_a_signing_asked_for_is_the_fact_asked_first_then_the_label(text: str) -> None:
    parsed = parse(text)
    assert parsed.asks[:2] == ("signing", "label") and parsed.kind == "signing"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("whos in quillward", "who's in quillward"),
        ("wheres quillward from", "where's quillward from"),
        ("whos producing the new tida marsh record", "who's producing the new tida marsh record"),
    ],
)
def test_a_question_word_typed_without_its_apostrophe_asks_what_it_asks(
    typed: str, written: str
) -> None:
    """Chat drops the apostrophe of "who's" and "where's": the question asks the same."""
    asked, meant = parse(typed), parse(written)
    assert (asked.intent, asked.facts) == (meant.intent, meant.facts)
    assert asked.facts


@pytest.mark.parametrize(
    ("question", "asked", "bounds"),
    [
        ("what did quill fathom announce last month?", (2026, 8, 23), ("2026-07-01", "2026-07-31")),
        ("quill fathom news from last year", (2026, 8, 23), ("2025-01-01", "2025-12-31")),
        ("quill fathom this year", (2026, 8, 23), ("2026-01-01", "2026-08-23")),
        ("quill fathom in the last year", (2026, 8, 23), ("2025-08-22", "2026-08-23")),
        ("quill fathom back in march?", (2026, 8, 23), ("2026-03-01", "2026-03-31")),
        ("quill fathom in december", (2026, 8, 23), ("2025-12-01", "2025-12-31")),
        ("quill fathom last summer", (2026, 8, 23), ("2025-06-01", "2025-08-31")),
        ("quill fathom this summer", (2026, 8, 23), ("2026-06-01", "2026-08-23")),
        ("quill fathom tour this winter", (2027, 1, 10), ("2026-12-01", "2027-01-10")),
        ("quill fathom in the summer of 2019", (2026, 8, 23), ("2019-06-01", "2019-08-31")),
        ("quill fathom may 2024", (2026, 8, 23), ("2024-05-01", "2024-05-31")),
        ("quill fathom in august last year", (2026, 8, 23), ("2025-08-01", "2025-08-31")),
        ("any quill fathom news from june?", (2026, 8, 23), ("2026-06-01", "2026-06-30")),
    ],
)
def test_calendar_time_a_question_names(
    question: str, asked: tuple[int, int, int], bounds: tuple[str, str]
) -> None:
    assert window(parse(question), datetime(*asked)) == bounds


@pytest.mark.parametrize(
    "question",
    [
        "this may be silly but is quill fathom touring",
        "will quill fathom fall apart",
        "quill fathom tour this winter",
        "quill fathom march",
    ],
)
def test_words_that_only_look_like_a_time_bound_nothing(question: str) -> None:
    """A verb ("may", "fall"), a month with nothing placing it, and a season still to come
    (asked in August) bound no news."""
    assert window(parse(question), datetime(2026, 8, 23)) is None


def test_who_plays_asks_for_a_lineup_but_not_who_plays_an_instrument() -> None:
    assert parse("who's headlining quill fathom fest?").kind == "festival"
    assert parse("who is playing at copper hall this weekend").kind == "festival"
    assert parse("who's playing guitar for quill fathom now").kind is None
    assert parse("who is playing with quill fathom on tour").kind == "tour"


def test_what_someone_is_working_on_or_doing_these_days_asks_for_their_newest_news() -> None:
    assert parse("quill fathom - what's he working on now?").intent == "latest"
    assert parse("which band is quill fathom in and what's he doing these days?").fresh
    assert parse("who is that and what's she been up to?").fresh
    # What came of news the writer remembers is the news since.
    assert parse("quill fathom played a reunion show in may. did anything come of it?").intent == (
        "latest"
    )


@pytest.mark.parametrize(
    ("question", "intent", "kind", "asks"),
    [
        ("c'est quoi les dernieres nouvelles de quill fathom?", "latest", None, ()),
        ("quoi de neuf avec quill fathom, des news?", "latest", None, ()),
        ("quill fathom part en tournée cet automne?", "lookup", "tour", ()),
        ("est-ce que quill fathom a sorti un nouvel album?", "latest", "album", ()),
        ("quill fathom a signé avec quel label?", "fact", "signing", ("signing", "label")),
        ("c'est quand la sortie du disque de quill fathom?", "fact", "album", ("date",)),
        ("le EP de quill fathom a été enregistré où?", "fact", "album", ("people",)),
        ("¿Qué hay de nuevo con Quill Fathom?", "latest", None, ()),
        ("¿Cuándo sale el disco nuevo de Quill Fathom?", "fact", "album", ("date",)),
        ("¿Quill Fathom va a salir de gira?", "lookup", "tour", ()),
        ("¿Dónde grabó Quill Fathom su primer EP?", "fact", "album", ("people",)),
        ("O que há de novo com a Quill Fathom?", "latest", None, ()),
        ("Quill Fathom vai fazer turnê esse ano?", "lookup", "tour", ()),
        ("Quem dirigiu o clipe de Quill Fathom?", "fact", "single", ("people",)),
        ("Was gibt's Neues von Quill Fathom?", "latest", None, ()),
        ("Gibt es neue Tourdaten von Quill Fathom?", "latest", "tour", ()),
        ("Wer hat die neuen Aufnahmen von Quill Fathom produziert?", "fact", None, ("people",)),
        ("Che novità ci sono su Quill Fathom?", "latest", None, ()),
        ("Quill Fathom fa un tour quest'anno?", "lookup", "tour", ()),
        ("Chi ha prodotto il disco di Quill Fathom?", "fact", "album", ("people",)),
        ("Is er nieuws over Quill Fathom?", "latest", None, ()),
        ("Heeft Quill Fathom een nieuwe single?", "latest", "single", ()),
        ("Wie regisseerde de video van Quill Fathom?", "fact", "single", ("people",)),
        ("¿Quill Fathom estrenó single nuevo?", "latest", "single", ()),
        ("Wer hat Quill Fathom verlassen?", "fact", None, ("people",)),
        ("Quem saiu do Quill Fathom?", "fact", None, ("people",)),
    ],
)
def test_a_question_in_another_language_asks_what_its_english_words_would(
    question: str, intent: str, kind: str | None, asks: tuple[str, ...]
) -> None:
    parsed = parse(question)
    assert (parsed.intent, parsed.kind) == (intent, kind)
    assert parsed.asks[: len(asks)] == asks


def test_french_words_in_an_english_question_are_read_as_english() -> None:
    """One word French shares with English ("de", "premiere") does not make a message French."""
    assert parse("when is the de quill video premiere").asks[:1] == ("date",)
    assert parse("what sort of band is quill fathom").kind is None


@pytest.mark.parametrize(
    "question",
    [
        "anything fresh from quill fathom?",
        "quill fathom, what's current?",
        "anything I should know about quill fathom before the call",
        "catch me up on quill fathom",
        "fill me in on quill fathom",
        "what's the scoop on quill fathom",
    ],
)
def test_chat_asking_for_what_is_current_asks_for_the_latest(question: str) -> None:
    assert parse(question).intent == "latest"


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("first album in fifteen years", "first album in 15 years"),
        ("back after like eighteen years", "back after like 18 years"),
        ("their two thousand nineteen album", "their 2019 album"),
        ("two thousand and five", "2005"),
        ("march twenty twenty", "march 2020"),
        ("a twenty twenty-six tour", "a 2026 tour"),
        ("nineteen ninety five", "1995"),
        ("twenty oh nine", "2009"),
        # Number words that count nothing, or open a name, stay words.
        ("the one show", "the one show"),
        ("Three Days Grace tour", "Three Days Grace tour"),
        ("seventeen new album", "seventeen new album"),
        # Anniversaries are written in digits, as headlines write them.
        ("the fifteenth anniversary show", "the 15th anniversary show"),
        ("a twenty-first anniversary tour", "a 21st anniversary tour"),
        ("their thirtieth anniversary", "their 30th anniversary"),
        ("the fifth album", "the fifth album"),
    ],
)
def test_years_and_counted_amounts_in_words_are_read_as_digits(spoken: str, written: str) -> None:
    assert spoken_numbers(spoken) == written


@pytest.mark.parametrize(
    "text",
    [
        "tl;dr on velvet wolves?",
        "recap velvet wolves for me",
        "velvet wolves rundown for #news",
        "are velvet wolves still going?",
        "is velvet wolves still a band",
        "whatever happened to velvet wolves?",
        "velvet wolves shelved the band for good, right?",
        "velvet wolves went quiet?",
        "velvet wolves aren't calling it quits, surely?",
        "weren't velvet wolves taking a break?",
        "velvet wolves made one record and that was it?",
        "gimme the freshest velvet wolves post",
    ],
)
def test_a_summary_asked_for_is_the_news(text: str) -> None:
    """A moderator's "tl;dr", "recap" or "rundown" asks for the newest news, as "are they
    still going?", "whatever happened to them?" and a claim that they are done ("went
    quiet", "for good", "calling it quits") do: the newest news settles each."""
    assert parse(clean_question(text)).intent == "latest"


@pytest.mark.parametrize(
    "question",
    [
        "is quill fathom opening for velvet moth this summer?",
        "who's the support act for quill fathom?",
    ],
)
def test_opening_for_an_act_is_a_tour(question: str) -> None:
    """An act opening for another, or its support act, is news of a tour."""
    assert parse(question).kind == "tour"


@pytest.mark.parametrize(
    "question",
    [
        "is velvet moth coming through this fall?",
        "velvet moth passing thru harbourton at all?",
        "velvet moth announced a fall run? with who",
        "any euro run for velvet moth next year",
    ],
)
def test_an_act_coming_through_is_touring(question: str) -> None:
    """ "Coming through" a season or a town, or a "fall run", is a tour, as fans say it;
    headlines say "tour"."""
    assert parse(question).kind == "tour"


@pytest.mark.parametrize(
    "question",
    [
        "who's on the Quarry Lights 2026 bill?",
        "who is in this year's quarry lights line-up",
        "who are playing the harbourton fest lineup",
    ],
)
def test_who_is_on_a_lineup_asks_for_its_announcement(question: str) -> None:
    """Who is on a bill or a lineup is what its announcement tells, not a fact about people
    that any article naming the festival may state."""
    assert parse(question).intent == "announcements"


def test_who_plays_in_a_band_is_no_lineup() -> None:
    assert parse("who is playing bass in velvet moth these days?").intent != "announcements"


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("any news on Dorvel?\n*Dorvan", "any news on Dorvan?"),
        (
            "Holy Quack new album?? release date\n*Holy Quill the band",
            "Holy Quill the band new album?? release date",
        ),
        ("fennow lull glade new record out yet\n*Lullglade", "fennow Lullglade new record out yet"),
        ("did the marrow pits tour?\nPitts*", "did the marrow Pitts tour?"),
    ],
)
def test_a_starred_last_line_fixes_the_typo_it_is_most_like(text: str, cleaned: str) -> None:
    """Chat fixes a typo with the right word on a line of its own, a "*" before or after it:
    the word goes where the word most like it was, a run of words where the fix is near all of
    them, or where a fix joins them."""
    assert clean_question(text) == cleaned


def test_a_starred_line_like_no_word_before_it_fixes_nothing() -> None:
    assert clean_question("what is new?\n*edit: nothing") == "what is new? *edit: nothing"


def test_a_starred_line_of_many_words_is_no_fix() -> None:
    """A fix is a word or a few: a longer starred last line is a message of its own, and
    looking for what it fixes would cost a look at every run of the message's words."""
    text = "is dorvel touring this year\n*is dorvell touring this year or not"
    assert (
        clean_question(text) == "is dorvel touring this year — *is dorvell touring this year or not"
    )
