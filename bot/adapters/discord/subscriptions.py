"""Subscriptions on Discord: /subscribe, /unsubscribe, /subscriptions, /feeds and Follow.

Discord tells us who may change a channel: the invoking member's Manage Channels permission
in that channel (`interaction.permissions`), or ROADIE_ADMIN_USERS. /subscribe and /unsubscribe
also carry Manage Channels as their default permission, so Discord shows them only to members
who have it (a server can grant them to others under Integrations; the check here still
applies). The rules themselves live in `bot.announcer.commands`; this module only turns
interactions into its calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord.commands import CHOICES, CommandRegistrar, autocomplete
from bot.adapters.discord.respond import answer_interaction
from bot.adapters.worker import off_loop
from bot.announcer.commands import (
    Asker,
    feeds_reply,
    follow_reply,
    list_reply,
    subscribe_reply,
    unsubscribe_reply,
)
from bot.announcer.subscriptions import subscriptions_of
from bot.core.intents import KINDS
from bot.core.messages import Message, Reply
from bot.settings import Settings
from knowledge.store import KnowledgeBase

STARTERS = ["all", "artist:", "topic:", *(f"kind:{kind}" for kind in KINDS)]

FollowHandler = Callable[[Message, str, bool], Awaitable[Reply]]
"""Called when someone clicks "Follow <artist>": (who and where, canonical artist name,
whether Discord says they may manage the channel: following changes its subscriptions)."""


def asker_of(interaction: discord.Interaction[Any]) -> Asker:
    """Who runs the command, in which channel of which server ('' in a direct message)."""
    channel = str(interaction.channel_id or "")
    admin = bool(interaction.permissions.manage_channels)
    server = str(interaction.guild_id or "")
    return Asker("discord", channel, str(interaction.user.id), admin, server)


def _choices(values: list[str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=v[:100], value=v[:100]) for v in values[:CHOICES]]


def target_choices(kb: KnowledgeBase, current: str) -> list[app_commands.Choice[str]]:
    """`artist:` completes artist names; otherwise the kinds of target that exist."""
    head, colon, rest = current.partition(":")
    if colon and head.strip().lower() == "artist":
        values = [f"artist:{name}" for name in kb.complete_entities(rest, limit=CHOICES)]
    else:
        values = [s for s in STARTERS if s.startswith(current.strip().lower())] or STARTERS
    return _choices(values)


def followed_choices(
    kb: KnowledgeBase, current: str, channel: str
) -> list[app_commands.Choice[str]]:
    """What the channel follows, narrowed to what has been typed."""
    found = subscriptions_of(kb, "discord", channel)
    return _choices([s.target.text for s in found if current.lower() in s.target.text.lower()])


def subscription_commands(settings: Settings) -> CommandRegistrar:
    """The registrar `build_discord(extra_commands=...)` takes."""

    def register(tree: app_commands.CommandTree[Any], kb: KnowledgeBase) -> None:
        complete_target = autocomplete(lambda typed, _where: target_choices(kb, typed), "Target")
        complete_followed = autocomplete(
            lambda typed, channel: followed_choices(kb, typed, channel), "Followed"
        )

        @tree.command(name="subscribe", description="Post new announcements here (admins)")
        @app_commands.describe(target="artist:NAME, topic:WORD, kind:KIND or all")
        @app_commands.autocomplete(target=complete_target)
        @app_commands.default_permissions(manage_channels=True)
        async def subscribe(interaction: discord.Interaction[Any], target: str) -> None:
            asker = asker_of(interaction)
            await answer_interaction(
                interaction, lambda: subscribe_reply(kb, settings, asker, target)
            )

        @tree.command(name="unsubscribe", description="Stop posting something here (admins)")
        @app_commands.describe(target="What this channel follows, as /subscriptions lists it")
        @app_commands.autocomplete(target=complete_followed)
        @app_commands.default_permissions(manage_channels=True)
        async def unsubscribe(interaction: discord.Interaction[Any], target: str) -> None:
            asker = asker_of(interaction)
            await answer_interaction(
                interaction, lambda: unsubscribe_reply(kb, settings, asker, target)
            )

        @tree.command(name="subscriptions", description="What this channel follows")
        async def subscriptions(interaction: discord.Interaction[Any]) -> None:
            scope = asker_of(interaction).scope
            await answer_interaction(interaction, lambda: list_reply(kb, scope), private=True)

        @tree.command(name="feeds", description="The feeds Roadie follows and their health")
        async def feeds(interaction: discord.Interaction[Any]) -> None:
            scope = asker_of(interaction).scope
            await answer_interaction(interaction, lambda: feeds_reply(kb, scope), private=True)

    return register


def follow_handler(kb: KnowledgeBase, settings: Settings) -> FollowHandler:
    """The "Follow <artist>" button: subscribes the channel to the artist (admins only)."""

    async def follow(message: Message, entity: str, manages_channel: bool) -> Reply:
        asker = Asker(
            "discord", message.channel_id, message.user_id, manages_channel, message.server_id
        )
        return await off_loop(follow_reply, kb, settings, asker, entity)

    return follow
