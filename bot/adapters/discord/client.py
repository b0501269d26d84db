"""Roadie on Discord: gateway events in, the core's replies out as embeds.

The adapter stays thin: it decides whether a message is meant for Roadie, hands the text to
`bot.core.answer` (in a worker thread), and renders the Reply (render, buttons, respond). It
holds no state of its own, so every shard of a sharded deployment can share one knowledge base.
Start-up failures Discord reports (a refused token, an intent not enabled, no access to a
server's commands) end `run()` with a SettingsError that says what to change.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket

from bot.adapters.cooldown import Cooldown
from bot.adapters.discord.buttons import DYNAMIC_ITEMS, resolve_ref
from bot.adapters.discord.commands import (
    HELP_COMMANDS,
    CommandRegistrar,
    RoadieTree,
    message_from,
    register_commands,
)
from bot.adapters.discord.push import DiscordPushSender
from bot.adapters.discord.respond import (
    NO_PINGS,
    answer_interaction,
    answer_message,
    answer_question,
    tell_privately,
)
from bot.adapters.discord.subscriptions import (
    FollowHandler,
    follow_handler,
    subscription_commands,
)
from bot.core.answer import answer, help_reply, latest_news, more_like
from bot.core.messages import Message, Reply
from bot.observability.metrics import answered
from bot.settings import Settings, SettingsError
from knowledge.store import KnowledgeBase

log = logging.getLogger(__name__)
SNOWFLAKE = re.compile(r"[0-9]{17,19}")


def question_in(
    message: discord.Message, me: discord.abc.User | None, answer_channels: Collection[str]
) -> str | None:
    """The question a message asks Roadie, or None when Roadie should stay quiet.

    Roadie answers direct messages, messages that mention it (the mention is removed from the
    question) and anything said in `answer_channels`; never bots, webhooks, system messages
    or itself, which also rules out two bots answering each other forever. A mention is in
    `message.mentions`, which Discord always fills (a reply that pings Roadie has no `<@id>`
    in its text), or in the text itself.
    """
    author = message.author
    if me is None or author.bot or author.id == me.id or message.webhook_id is not None:
        return None
    if message.type not in (discord.MessageType.default, discord.MessageType.reply):
        return None
    in_dm = message.guild is None
    mentioned = me.id in message.raw_mentions or any(u.id == me.id for u in message.mentions)
    if not (in_dm or mentioned or str(message.channel.id) in answer_channels):
        return None
    return " ".join(re.sub(rf"<@!?{me.id}>", " ", message.content).split())


class DiscordBot:
    """What Roadie does on each Discord event; the clients below delegate to it. Questions go
    through `cooldown`; someone over it is told once, privately, until they may ask again."""

    def __init__(
        self,
        kb: KnowledgeBase,
        answer_channels: Collection[str],
        follow: FollowHandler,
        cooldown: Cooldown,
    ) -> None:
        self.kb = kb
        self.answer_channels = frozenset(answer_channels)
        self.follow_handler = follow
        self.cooldown = cooldown

    async def on_message(self, message: discord.Message, me: discord.abc.User | None) -> None:
        question = question_in(message, me, self.answer_channels)
        if question is None:
            return
        refusal = self.cooldown.check(str(message.author.id))
        if refusal is not None:
            if refusal.first:
                await tell_privately(message, answered(self.cooldown.reply, refusal))
            return
        asked = Message(
            question,
            platform="discord",
            channel_id=str(message.channel.id),
            user_id=str(message.author.id),
            server_id=str(message.guild.id) if message.guild else "",
        )
        await answer_message(
            message,
            lambda: (
                answer(asked, self.kb, commands=HELP_COMMANDS)
                if question
                else help_reply(self.kb, HELP_COMMANDS)
            ),
        )

    async def more_like(self, interaction: discord.Interaction[Any], ref: str) -> None:
        url = resolve_ref(ref, interaction.message)
        if url is None:
            gone = Reply(intent="more", text="I can no longer tell which article that was.")
            await answer_interaction(interaction, lambda: gone)
            return
        await answer_question(interaction, lambda: more_like(self.kb, url), self.cooldown)

    async def follow(self, interaction: discord.Interaction[Any], entity: str) -> None:
        asked = message_from(interaction, entity)
        manages = bool(interaction.permissions.manage_channels)
        await answer_interaction(
            interaction, self.follow_handler(asked, entity, manages), private=True
        )

    async def ask_again(self, interaction: discord.Interaction[Any], name: str) -> None:
        await answer_question(interaction, lambda: latest_news(self.kb, name), self.cooldown)


class RoadieClient(discord.Client):
    """A discord.Client that carries the DiscordBot its buttons call back into."""

    def __init__(self, roadie: DiscordBot, **options: Any) -> None:
        super().__init__(**options)
        self.roadie = roadie


class ShardedRoadieClient(discord.AutoShardedClient):
    """The sharded variant, chosen when DISCORD_SHARD_COUNT or DISCORD_SHARD_IDS is set."""

    def __init__(self, roadie: DiscordBot, **options: Any) -> None:
        super().__init__(**options)
        self.roadie = roadie


def configure_endpoints(api_base_url: str, gateway_url: str) -> None:
    """Point discord.py at the configured API and gateway (a compatible server, or a fake).

    discord.py reads both from class attributes, so this is process-wide; the defaults are
    Discord's own endpoints.
    """
    discord.http.Route.BASE = api_base_url.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def quiet_voice() -> None:
    """Roadie never joins voice: discord.py's warnings that voice libraries are missing would
    only send an admin looking for a problem that is not there."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


def intents(read_chatter: bool) -> discord.Intents:
    """Default intents, plus message content only when plain chatter must be read.

    Discord sends the text of DMs and of messages mentioning the bot without the privileged
    Message Content intent; asking for it when unneeded would make the portal switch (and,
    past 100 servers, Discord's review) a requirement for nothing.
    """
    wanted = discord.Intents.default()
    wanted.message_content = read_chatter
    return wanted


@dataclass
class DiscordAdapter:
    """The running pieces: the client, its command tree and the push sender."""

    client: discord.Client
    tree: app_commands.CommandTree[Any]
    sender: DiscordPushSender
    token: str
    guild_ids: tuple[int, ...] = ()

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Publish the slash commands: to DISCORD_GUILD_IDS at once, else globally.

        Guild commands appear immediately, which is what development wants; global ones can
        take a while to reach every server.
        """
        if not self.guild_ids:
            return await self.tree.sync()
        synced: list[app_commands.AppCommand] = []
        for guild_id in self.guild_ids:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            try:
                synced += await self.tree.sync(guild=guild)
            except discord.Forbidden as error:
                raise SettingsError(
                    f"Discord refused Roadie's slash commands in server {guild_id} "
                    f"({error.status} {error.text or 'Missing Access'}): invite Roadie to that "
                    "server with the applications.commands scope (docs/discord.md, step 3), "
                    "or remove it from DISCORD_GUILD_IDS"
                ) from None
        return synced

    async def run(self) -> None:
        """Log in, sync commands, then serve gateway events until the client is closed.

        This is `client.start(token)` split open: commands can only be synced once logged in
        (the application id comes from the login) and should be before events arrive.
        """
        async with self.client:
            try:
                await self.client.login(self.token)
            except discord.LoginFailure:
                raise SettingsError(
                    "Discord refused DISCORD_TOKEN: copy a new token from the Developer Portal "
                    "(your application -> Bot -> Reset Token) into DISCORD_TOKEN"
                ) from None
            await self.sync_commands()
            try:
                await self.client.connect()
            except discord.PrivilegedIntentsRequired:
                raise SettingsError(
                    "Discord refused the Message Content intent, which DISCORD_ANSWER_CHANNELS "
                    "needs: turn on Bot -> Privileged Gateway Intents -> Message Content Intent "
                    "in the Developer Portal, or unset DISCORD_ANSWER_CHANNELS"
                ) from None


def build_discord(
    settings: Settings,
    kb: KnowledgeBase,
    *,
    extra_commands: Sequence[CommandRegistrar] = (),
) -> DiscordAdapter:
    """Discord as `python -m bot run` starts it: the answering commands, the subscription
    commands and the live "Follow <artist>" button; `extra_commands` add more commands."""
    if not settings.discord_token:
        raise SettingsError("DISCORD_TOKEN is required to run Roadie on Discord")
    _check_ids("DISCORD_ANSWER_CHANNELS", settings.discord_answer_channels, "channel")
    _check_ids("DISCORD_GUILD_IDS", [str(g) for g in settings.discord_guild_ids], "server")
    configure_endpoints(settings.discord_api_base_url, settings.discord_gateway_url)
    quiet_voice()
    cooldown = Cooldown(settings.cooldown_questions)
    roadie = DiscordBot(
        kb, settings.discord_answer_channels, follow_handler(kb, settings), cooldown
    )
    options: dict[str, Any] = {
        "intents": intents(read_chatter=bool(settings.discord_answer_channels)),
        "allowed_mentions": NO_PINGS,
        "chunk_guilds_at_startup": False,
    }
    client: discord.Client
    if settings.discord_shard_count or settings.discord_shard_ids:
        client = ShardedRoadieClient(roadie, **_shard_options(settings), **options)
    else:
        client = RoadieClient(roadie, **options)
    client.add_dynamic_items(*DYNAMIC_ITEMS)

    @client.event
    async def on_message(message: discord.Message) -> None:
        await roadie.on_message(message, client.user)

    tree = RoadieTree(client)
    register_commands(tree, kb, cooldown, [subscription_commands(settings), *extra_commands])
    return DiscordAdapter(
        client=client,
        tree=tree,
        sender=DiscordPushSender(client),
        token=settings.discord_token,
        guild_ids=settings.discord_guild_ids,
    )


def _check_ids(setting: str, ids: Sequence[str], what: str) -> None:
    """Discord ids are snowflakes of 17 to 19 digits; anything else is a copying mistake."""
    wrong = [value for value in ids if not SNOWFLAKE.fullmatch(value)]
    if wrong:
        raise SettingsError(
            f"{setting} must be {what} ids (17 to 19 digits, from Copy ID with Developer Mode "
            f"on), got {', '.join(wrong)}"
        )


def _shard_options(settings: Settings) -> dict[str, Any]:
    count = settings.discord_shard_count
    ids = settings.discord_shard_ids
    if count is None:
        raise SettingsError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total shard count)")
    if any(not 0 <= shard < count for shard in ids):
        raise SettingsError(f"DISCORD_SHARD_IDS must each be between 0 and {count - 1}")
    return {"shard_count": count, "shard_ids": list(ids) or None}
