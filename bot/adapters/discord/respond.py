"""Every way Roadie speaks on Discord goes through here, so no send can forget the no-ping rule.

Article text is not ours: it may hold `@everyone` or `<@id>`, and Discord would ping them.
`AllowedMentions.none()` on each send (and on the client) means nothing Roadie posts notifies.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.adapters.discord.buttons import view_for
from bot.adapters.discord.render import content_for, embed_for
from bot.core.messages import Reply

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
SORRY = "Sorry, something went wrong while answering that. It has been logged; please try again."

Produce = Callable[[], Reply] | Awaitable[Reply]
"""A core call to run (off the event loop), or an awaitable such as the follow handler's."""


def _view(reply: Reply) -> Any:
    """The reply's buttons, or discord.py's "no view" marker (it rejects None on some sends)."""
    return view_for(reply) or discord.utils.MISSING


async def respond(interaction: discord.Interaction[Any], reply: Reply) -> None:
    """Answer an interaction; help and errors (private replies) only the asker sees."""
    if interaction.response.is_done():
        await interaction.followup.send(
            content=content_for(reply) or discord.utils.MISSING,
            embed=embed_for(reply),
            view=_view(reply),
            ephemeral=reply.private,
            allowed_mentions=NO_PINGS,
        )
        return
    await interaction.response.send_message(
        content=content_for(reply),
        embed=embed_for(reply),
        view=_view(reply),
        ephemeral=reply.private,
        allowed_mentions=NO_PINGS,
    )


async def reply_to(message: discord.Message, reply: Reply) -> None:
    """Answer a chat message as a Discord reply to it, without pinging its author."""
    await message.reply(
        content=content_for(reply),
        embed=embed_for(reply),
        view=_view(reply),
        allowed_mentions=NO_PINGS,
        mention_author=False,
    )


async def post(channel: discord.abc.Messageable, reply: Reply, nonce: str) -> None:
    """Post a reply on its own, as pushes are; Discord makes one message per `nonce`."""
    await channel.send(
        content=content_for(reply),
        embed=embed_for(reply),
        view=_view(reply),
        allowed_mentions=NO_PINGS,
        nonce=nonce,
    )


async def _produced(produce: Produce) -> Reply:
    """The reply; core calls run in a thread so a slow lookup never stalls the gateway."""
    if callable(produce):
        return await asyncio.to_thread(produce)
    return await produce


async def answer_interaction(interaction: discord.Interaction[Any], produce: Produce) -> None:
    """The catch-all around an interaction: any failure is logged and the asker told, privately."""
    try:
        await respond(interaction, await _produced(produce))
    except Exception:
        log.exception("Failed to answer Discord interaction %s", interaction.id)
        await apologise(interaction)


async def answer_message(message: discord.Message, produce: Produce) -> None:
    """The catch-all around a chat message: log the failure and say so in a reply."""
    try:
        await reply_to(message, await _produced(produce))
    except Exception:
        log.exception("Failed to answer Discord message %s", message.id)
        try:
            await message.reply(SORRY, allowed_mentions=NO_PINGS, mention_author=False)
        except discord.DiscordException:
            log.exception("Could not tell the author of message %s about the failure", message.id)


async def apologise(interaction: discord.Interaction[Any]) -> None:
    """Tell the asker something went wrong; never raises, since it runs inside error handling."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(SORRY, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(
                SORRY, ephemeral=True, allowed_mentions=NO_PINGS
            )
    except discord.DiscordException:
        log.exception(
            "Could not tell the asker of interaction %s about the failure", interaction.id
        )
