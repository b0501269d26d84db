"""The answering core on a real knowledge base: intents, names, facts, abstaining."""

from __future__ import annotations

from support import NOW

from bot.adapters.discord.commands import HELP_COMMANDS as DISCORD_COMMANDS
from bot.adapters.slack.commands import HELP_COMMANDS as SLACK_COMMANDS
from bot.core.answer import answer, help_reply, latest_news, more_like, recent_announcements
from bot.core.messages import Message, Reply
from knowledge.store import KnowledgeBase


def ask(kb: KnowledgeBase, text: str) -> Reply:
    return answer(Message(text), kb, now=NOW)


def test_latest_news_is_the_newest_article_titled_with_the_artist(kb: KnowledgeBase) -> None:
    reply = ask(kb, "what's new with radiohead?")
    assert reply.intent == "latest"
    assert reply.article is not None and "radiohead" in reply.article.title.lower()
    dates = [reply.article.date, *[link.date for link in reply.links]]
    assert dates == sorted(dates, reverse=True)
    assert reply.freshness and reply.freshness.startswith("as of ")


def test_nickname_typo_and_case_resolve(kb: KnowledgeBase) -> None:
    assert "queens-of-the-stone-age-new-album" in (ask(kb, "qotsa new album?").url or "")
    assert ask(kb, "lana del ray new album").entity == "Lana Del Rey"
    assert ask(kb, "LCD SOUNDSYTEM news").entity is not None
    assert ask(kb, "turnstyle latest").entity == "Turnstile"


def test_unknown_artist_gets_nothing_found_not_a_random_article(kb: KnowledgeBase) -> None:
    for question in ["any sum 41 news?", "the trews latest", "is hot hot heat back together?"]:
        reply = ask(kb, question)
        assert reply.url is None, question
        assert reply.text.startswith("I found nothing about")


def test_fact_question_quotes_the_sentence_that_states_it(kb: KnowledgeBase) -> None:
    reply = ask(kb, "which label did pottery sign with?")
    assert reply.intent == "fact"
    assert "Royal Mountain" in reply.text
    assert reply.url == "https://www.someparty.ca/2019-03-03-dark-days.html"


def test_fact_question_about_a_release_date(kb: KnowledgeBase) -> None:
    reply = ask(kb, "when does sloan's 13th album come out?")
    assert "October 21" in reply.text


def test_announcements_in_a_window_are_relative_to_now(kb: KnowledgeBase) -> None:
    reply = ask(kb, "any tour announcements this week?")
    assert reply.intent == "announcements"
    assert reply.article is not None
    empty = recent_announcements(kb, kind="tour", days=7, now=NOW.replace(year=2030))
    assert empty.text.startswith("Nothing announced in the last 7 days.")


def test_announcements_narrowed_by_artist(kb: KnowledgeBase) -> None:
    reply = ask(kb, "did foo fighters announce new tour dates?")
    assert reply.article is not None and "foo fighters" in reply.article.title.lower()
    assert "tour" in reply.article.title.lower()


def test_help_lists_examples_from_the_knowledge_base(kb: KnowledgeBase) -> None:
    reply = help_reply(kb, DISCORD_COMMANDS)
    assert reply.private and "/news" in reply.text
    assert ask(kb, "help").intent == "help"


def test_news_command_and_more_like_this(kb: KnowledgeBase) -> None:
    reply = latest_news(kb, "iggy pop", now=NOW)
    assert reply.article is not None
    more = more_like(kb, reply.article.url)
    assert more.url != reply.article.url


def test_related_links_are_at_most_three_and_distinct(kb: KnowledgeBase) -> None:
    reply = ask(kb, "any news on sloan?")
    urls = [link.url for link in reply.links]
    assert len(urls) <= 3 and len(set(urls)) == len(urls) and reply.url not in urls


def test_keyword_search(kb: KnowledgeBase) -> None:
    reply = ask(kb, "search american valhalla")
    assert reply.intent == "search" and reply.url == "roadie:article/000_2f8b067994f84289"


def test_help_names_the_commands_the_adapter_passes(kb: KnowledgeBase) -> None:
    slack = answer(Message("help", platform="slack"), kb, now=NOW, commands=SLACK_COMMANDS)
    assert "/roadie news" in slack.text and "`/news`" not in slack.text
    discord = answer(Message("help", platform="discord"), kb, now=NOW, commands=DISCORD_COMMANDS)
    assert "/subscribe" in discord.text and "/roadie" not in discord.text
