"""Reply buttons whose whole state is in their custom_id, so they keep working after a restart.

discord.py matches a clicked custom_id against each DynamicItem template and rebuilds the
button from it; nothing is kept in memory per message. Custom ids hold at most 100
characters: a longer article URL is replaced by a hash and found again in the clicked
message's own embed, which carries the article URL when it is a web URL (an article without
one gets no "More like this" button when its URL does not fit).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, ClassVar, Protocol, Self, runtime_checkable

import discord

from bot.adapters.links import web_url
from bot.core.messages import Reply

CUSTOM_ID = 100
LABEL = 80
_MORE = "roadie:more:"
_FOLLOW = "roadie:follow:"
_ASK = "roadie:ask:"
_HASHED = "#"

Button = discord.ui.Button[discord.ui.View]


class ButtonActions(Protocol):
    """What a click does; the Discord adapter implements it around the answering core."""

    async def more_like(self, interaction: discord.Interaction[Any], ref: str) -> None: ...

    async def follow(self, interaction: discord.Interaction[Any], entity: str) -> None: ...

    async def ask_again(self, interaction: discord.Interaction[Any], name: str) -> None: ...


@runtime_checkable
class HasActions(Protocol):
    """A client that carries the button actions (the adapter's client classes do)."""

    roadie: ButtonActions


def actions_of(client: discord.Client) -> ButtonActions:
    if not isinstance(client, HasActions):
        raise TypeError("Roadie buttons need a client built by bot.adapters.discord.client")
    return client.roadie


def _digest(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:24]


def article_ref(url: str) -> str:
    """The URL itself when it fits in a custom_id, else a hash of it."""
    return url if len(_MORE + url) <= CUSTOM_ID else _HASHED + _digest(url)


def resolve_ref(ref: str, message: discord.Message | None) -> str | None:
    """The article URL a "More like this" ref stands for, or None if it cannot be found."""
    if not ref.startswith(_HASHED):
        return ref
    urls = [embed.url for embed in message.embeds if embed.url] if message else []
    return next((url for url in urls if _HASHED + _digest(url) == ref), None)


def _fits(prefix: str, value: str) -> bool:
    return len(prefix + value) <= CUSTOM_ID


def _label(text: str) -> str:
    return text if len(text) <= LABEL else text[: LABEL - 1] + "…"


class _RoadieButton(discord.ui.DynamicItem[Button], template=r"roadie:(?P<value>.+)"):
    """A button whose custom_id is its prefix and one value: all the state a click needs.

    The buttons differ only in prefix, label, style and action, so building one and rebuilding
    it from a clicked custom_id are written once, here; each subclass says what a click does.
    """

    prefix: ClassVar[str]
    label_text: ClassVar[str]
    """The label, with `{}` where the value goes."""
    style: ClassVar[discord.ButtonStyle] = discord.ButtonStyle.secondary

    def __init_subclass__(cls, *, prefix: str) -> None:
        super().__init_subclass__(template=re.escape(prefix) + r"(?P<value>.+)")
        cls.prefix = prefix

    def __init__(self, value: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=_label(self.label_text.format(value)),
                style=self.style,
                custom_id=self.prefix + value,
            )
        )
        self.value = value

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> Self:
        return cls(match["value"])


class MoreLikeThis(_RoadieButton, prefix=_MORE):
    """Value: an article ref (see `article_ref`)."""

    label_text = "More like this"
    style = discord.ButtonStyle.primary

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await actions_of(interaction.client).more_like(interaction, self.value)


class FollowArtist(_RoadieButton, prefix=_FOLLOW):
    """Value: the canonical name of the artist the channel would follow."""

    label_text = "Follow {}"

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await actions_of(interaction.client).follow(interaction, self.value)


class AskAgain(_RoadieButton, prefix=_ASK):
    """A "Did you mean X?" suggestion: clicking asks for the latest news about X."""

    label_text = "Did you mean {}?"

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await actions_of(interaction.client).ask_again(interaction, self.value)


DYNAMIC_ITEMS = (MoreLikeThis, FollowArtist, AskAgain)


def _findable(url: str) -> bool:
    """Whether a click can find the article again: its URL fits in the custom_id, or the
    answer's embed carries it (which it does only for a web URL)."""
    return bool(url) and (_fits(_MORE, url) or web_url(url) is not None)


def view_for(reply: Reply) -> discord.ui.View | None:
    """The buttons that make sense for `reply`, or None when there are none."""
    items: list[discord.ui.Item[Any]] = []
    if reply.article is not None and not reply.private and _findable(reply.article.url):
        items.append(MoreLikeThis(article_ref(reply.article.url)))
    if reply.entity and _fits(_FOLLOW, reply.entity):
        items.append(FollowArtist(reply.entity))
    if reply.article is None:
        items.extend(AskAgain(name) for name in reply.suggestions[:5] if _fits(_ASK, name))
    if not items:
        return None
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view
