"""Every way Roadie speaks on Discord goes through here, so no send can forget the no-ping rule
or Discord's 3-second deadline.

Article text is not ours: it may hold `@everyone` or `<@id>`, and Discord would ping them.
`AllowedMentions.none()` on each send (and on the client) means nothing Roadie posts notifies.

Discord drops an interaction that is not answered within 3 seconds of being created (10062
Unknown interaction). The core runs in a worker thread; when it has not answered within
`DEFER_AFTER`, the interaction is deferred (the asker sees "Roadie is thinking...") and the
answer replaces that message when it is ready, which Discord allows for 15 minutes.

Questions go through the cooldown first (`answer_question`, `tell_privately`): someone over it is
told privately how long to wait, and the core is not asked.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.adapters.cooldown import Cooldown
from bot.adapters.discord.buttons import view_for
from bot.adapters.discord.render import content_for, embed_for
from bot.adapters.worker import off_loop
from bot.core.messages import Reply
from bot.observability.metrics import answered

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
SORRY = "Sorry, something went wrong while answering that. It has been logged; please try again."
APOLOGY = Reply(intent="error", text=SORRY, private=True)
DEFER_AFTER = 1.0
"""Seconds to wait for the core before deferring: well inside Discord's 3, which also has to
cover the gateway's delivery of the interaction and the trip of the answer back."""

Produce = Callable[[], Reply] | Awaitable[Reply]
"""A core call to run (off the event loop), or an awaitable such as the follow handler's."""


def _view(reply: Reply) -> Any:
    """The reply's buttons, or discord.py's "no view" marker (it rejects None on some sends)."""
    return view_for(reply) or discord.utils.MISSING


def _parts(reply: Reply) -> dict[str, Any]:
    """What every send of a reply carries: its text, embed and buttons, and no pings."""
    return {
        "content": content_for(reply),
        "embed": embed_for(reply),
        "view": _view(reply),
        "allowed_mentions": NO_PINGS,
    }


async def respond(
    interaction: discord.Interaction[Any], reply: Reply, deferred: bool | None = None
) -> None:
    """Answer an interaction; help and errors (private replies) only the asker sees.

    `deferred` is None when the interaction was not deferred, else whether the "thinking"
    message was private. That message becomes the answer when its privacy is the answer's;
    otherwise it is deleted and the answer sent on its own, since privacy cannot change.
    """
    parts = _parts(reply)
    if not interaction.response.is_done():
        await interaction.response.send_message(**parts, ephemeral=reply.private)
    elif deferred is not None and deferred == reply.private:
        await interaction.edit_original_response(**parts)
    else:
        if deferred is not None:
            await interaction.delete_original_response()
        parts["content"] = parts["content"] or discord.utils.MISSING
        await interaction.followup.send(**parts, ephemeral=reply.private)


async def reply_to(message: discord.Message, reply: Reply) -> None:
    """Answer a chat message as a Discord reply to it, without pinging its author."""
    await message.reply(**_parts(reply), mention_author=False)


async def post(channel: discord.abc.Messageable, reply: Reply, nonce: str) -> None:
    """Post a reply on its own, as pushes are; Discord makes one message per `nonce`."""
    await channel.send(**_parts(reply), nonce=nonce)


async def _produced(produce: Produce) -> Reply:
    if callable(produce):
        return await off_loop(answered, produce)
    return await produce


async def answer_interaction(
    interaction: discord.Interaction[Any], produce: Produce, *, private: bool = False
) -> None:
    """The catch-all around an interaction: any failure is logged and the asker told, privately.

    `private` says whether the answer is expected to be private: a deferral has to say so in
    advance, and guessing right spares the channel a "thinking" message that then vanishes.
    """
    deferred: bool | None = None
    work = asyncio.ensure_future(_produced(produce))
    try:
        done, _ = await asyncio.wait({work}, timeout=DEFER_AFTER)
        if not done:
            await interaction.response.defer(ephemeral=private, thinking=True)
            deferred = private
        await respond(interaction, await work, deferred)
    except Exception:
        log.exception("Failed to answer Discord interaction %s", interaction.id)
        await apologise(interaction, deferred)
    finally:
        work.cancel()


async def answer_question(
    interaction: discord.Interaction[Any], produce: Produce, cooldown: Cooldown
) -> None:
    """A question asked by command or button: answered, unless its asker is over the cooldown,
    who alone is told how long to wait (an interaction must always be answered)."""
    refusal = cooldown.check(str(interaction.user.id))
    if refusal is None:
        await answer_interaction(interaction, produce)
        return
    slow = cooldown.reply(refusal)
    await answer_interaction(interaction, lambda: slow, private=True)


async def tell_privately(message: discord.Message, reply: Reply) -> None:
    """Tell a message's author alone: in the direct message it came from, else in a direct
    message opened for it. Never raises: someone who accepts no direct messages is not told."""
    try:
        if message.guild is None:
            await reply_to(message, reply)
        else:
            await message.author.send(
                content=content_for(reply), embed=embed_for(reply), allowed_mentions=NO_PINGS
            )
    except discord.DiscordException as error:
        log.info("Could not tell user %s privately: %s", message.author.id, error)


async def answer_message(message: discord.Message, produce: Produce) -> None:
    """The catch-all around a chat message: log the failure and say so in a reply."""
    try:
        await reply_to(message, await _produced(produce))
    except Exception:
        log.exception("Failed to answer Discord message %s", message.id)
        try:
            await reply_to(message, APOLOGY)
        except discord.DiscordException:
            log.exception("Could not tell the author of message %s about the failure", message.id)


async def apologise(interaction: discord.Interaction[Any], deferred: bool | None = None) -> None:
    """Tell the asker something went wrong; never raises, since it runs inside error handling."""
    try:
        await respond(interaction, APOLOGY, deferred)
    except discord.DiscordException:
        log.exception(
            "Could not tell the asker of interaction %s about the failure", interaction.id
        )
