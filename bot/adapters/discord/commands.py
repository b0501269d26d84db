"""Roadie's slash commands, each a one-line bridge from its options to a core function.

Further commands (the subscription group) are added by passing a `CommandRegistrar` to
`build_discord(extra_commands=...)`: it receives the tree and the knowledge base before the
commands are synced, and registers its own commands or groups, e.g.

    def register_subscriptions(tree: CommandTree[Any], kb: KnowledgeBase) -> None:
        tree.add_command(SubscriptionGroup(kb))   # /subscribe, /unsubscribe, /subscriptions
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, Literal, get_args

import discord
from discord import app_commands

from bot.adapters.cooldown import Cooldown
from bot.adapters.discord.respond import answer_interaction, answer_question, apologise
from bot.adapters.worker import off_loop
from bot.core.answer import answer, help_reply, latest_news, recent_announcements
from bot.core.messages import Message
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)

CHOICES = 25
CHOICE_LENGTH = 100
AUTOCOMPLETE_SECONDS = 2.0
"""The time an autocomplete lookup gets, leaving the rest of Discord's 3 s for the round trip."""
Kind = Literal["album", "single", "tour", "film", "book", "festival", "signing", "death", "other"]
KINDS: tuple[str, ...] = get_args(Kind)

CommandRegistrar = Callable[[app_commands.CommandTree[Any], KnowledgeBase], None]
Choices = list[app_commands.Choice[str]]
Autocomplete = Callable[[discord.Interaction[Any], str], Coroutine[Any, Any, Choices]]

HELP_COMMANDS = (
    "`/news`, `/ask`, `/announcements`, `/subscribe`, `/unsubscribe`, `/subscriptions`, `/feeds`, "
    "`/help`"
)


class RoadieTree(app_commands.CommandTree[Any]):
    """A command tree whose failures reach the user as a private "something went wrong"."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        log.error("Slash command failed", exc_info=error)
        await apologise(interaction)


def message_from(interaction: discord.Interaction[Any], text: str) -> Message:
    """The core's view of an interaction: plain ids and the text asked."""
    channel = str(interaction.channel_id) if interaction.channel_id is not None else ""
    return Message(
        text,
        platform="discord",
        channel_id=channel,
        user_id=str(interaction.user.id),
        server_id=str(interaction.guild_id or ""),
    )


def artist_choices(kb: KnowledgeBase, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 fuzzy artist names for what has been typed so far (Discord's cap)."""
    names = kb.complete_entities(current, limit=CHOICES)[:CHOICES]
    return [
        app_commands.Choice(name=name, value=name)
        for name in dict.fromkeys(names)
        if 0 < len(name) <= CHOICE_LENGTH
    ]


def autocomplete(choices: Callable[[str, str], Choices], what: str) -> Autocomplete:
    """An autocomplete callback around `choices(typed, channel_id)`.

    Discord shows suggestions only if they come within 3 seconds and an autocomplete cannot be
    deferred, so the lookup runs in a worker thread and gets `AUTOCOMPLETE_SECONDS`: past that,
    or on any failure (logged), it offers nothing, which Discord shows as no suggestions.
    """

    async def complete(interaction: discord.Interaction[Any], current: str) -> Choices:
        channel = str(interaction.channel_id or "")
        try:
            async with asyncio.timeout(AUTOCOMPLETE_SECONDS):
                return await off_loop(choices, current, channel)
        except TimeoutError:
            log.warning("%s autocomplete took over %s s: none offered", what, AUTOCOMPLETE_SECONDS)
        except Exception:
            log.exception("%s autocomplete failed", what)
        return []

    return complete


def register_commands(
    tree: app_commands.CommandTree[Any],
    kb: KnowledgeBase,
    cooldown: Cooldown,
    extra: Sequence[CommandRegistrar] = (),
) -> None:
    """Add /news, /ask, /announcements and /help, then whatever `extra` registrars add; the
    three questions go through `cooldown`."""

    complete_artist = autocomplete(lambda typed, _channel: artist_choices(kb, typed), "Artist")

    @tree.command(name="news", description="Latest news about an artist")
    @app_commands.describe(artist="The artist (start typing for suggestions)")
    @app_commands.autocomplete(artist=complete_artist)
    async def news(interaction: discord.Interaction[Any], artist: str) -> None:
        await answer_question(interaction, lambda: latest_news(kb, artist), cooldown)

    @tree.command(name="ask", description="Ask Roadie anything about music news")
    @app_commands.describe(question="Your question, e.g. what's new with Iggy Pop?")
    async def ask(interaction: discord.Interaction[Any], question: str) -> None:
        await answer_question(
            interaction,
            lambda: answer(message_from(interaction, question), kb, commands=HELP_COMMANDS),
            cooldown,
        )

    @tree.command(name="announcements", description="Recent announcements: albums, tours, ...")
    @app_commands.describe(
        artist="Only this artist",
        kind="Only this kind of announcement",
        days="Only the last this many days",
    )
    @app_commands.autocomplete(artist=complete_artist)
    async def announcements(
        interaction: discord.Interaction[Any],
        artist: str | None = None,
        kind: Kind | None = None,
        days: app_commands.Range[int, 1, 3650] | None = None,
    ) -> None:
        await answer_question(
            interaction,
            lambda: recent_announcements(kb, artist=artist, kind=kind, days=days),
            cooldown,
        )

    @tree.command(name="help", description="What Roadie can answer, with examples")
    async def help_command(interaction: discord.Interaction[Any]) -> None:
        await answer_interaction(interaction, lambda: help_reply(kb, HELP_COMMANDS), private=True)

    for register in extra:
        register(tree, kb)
