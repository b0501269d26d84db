"""The fake Discord refuses what Discord refuses, as Discord does: each rule through the real
discord.py client, so a test that passes against the fake would pass against Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from fakes.discord_server import CHANNEL_ID, FakeDiscord

from bot.adapters.discord.client import configure_endpoints

FIELD = {"name": "n", "value": "v"}


@pytest.fixture
async def client(
    discord_fake: FakeDiscord, endpoints: None
) -> AsyncIterator[tuple[FakeDiscord, discord.Client]]:
    """discord.py logged in over REST to the fake, as `announce --once` pushes."""
    configure_endpoints(discord_fake.api_url, discord_fake.gateway_url)
    real = discord.Client(intents=discord.Intents(guilds=True))
    await real.login(discord_fake.token)
    yield discord_fake, real
    await real.close()


def _embed(**parts: Any) -> discord.Embed:
    return discord.Embed.from_dict(parts)


def _link_button(url: str) -> discord.ui.View:
    view = discord.ui.View()
    view.add_item(discord.ui.Button(label="Read", url=url))
    return view


REFUSED: list[tuple[str, dict[str, Any], str]] = [
    ("content over 2,000", {"content": "x" * 2001}, "content"),
    ("embed title over 256", {"embed": _embed(title="t" * 257)}, "embeds.0.title"),
    ("description over 4,096", {"embed": _embed(description="d" * 4097)}, "embeds.0.description"),
    ("more than 25 fields", {"embed": _embed(fields=[FIELD] * 26)}, "embeds.0.fields"),
    (
        "a field value over 1,024",
        {"embed": _embed(fields=[{"name": "n", "value": "v" * 1025}])},
        "embeds.0.fields.0.value",
    ),
    (
        "an embed over 6,000 in all",
        {"embed": _embed(description="d" * 4000, fields=[{"name": "n", "value": "v" * 1000}] * 3)},
        "Embed size exceeds maximum size of 6000",
    ),
    ("an embed URL that is not http(s)", {"embed": _embed(url="roadie:article/x")}, "embeds.0.url"),
    ("a button URL that is not http(s)", {"view": _link_button("roadie:article/x")}, "url"),
]


@pytest.mark.parametrize(("what", "sent", "where"), REFUSED, ids=[r[0] for r in REFUSED])
async def test_a_message_discord_would_refuse_is_refused_with_its_error_shape(
    client: tuple[FakeDiscord, discord.Client], what: str, sent: dict[str, Any], where: str
) -> None:
    fake, real = client
    with pytest.raises(discord.HTTPException) as refused:
        await real.get_partial_messageable(int(CHANNEL_ID)).send(**sent)
    assert (refused.value.status, refused.value.code) == (400, 50035)
    assert refused.value.text.startswith("Invalid Form Body")
    assert where in refused.value.text
    assert len(fake.refusals) == 1
    fake.refusals.clear()


async def test_what_discord_accepts_is_accepted(client: tuple[FakeDiscord, discord.Client]) -> None:
    _, real = client
    fields = [{"name": "n", "value": "v" * 1024}] * 3
    embed = _embed(
        title="t" * 256, url="https://example.com/a", description="d" * 2000, fields=fields
    )
    channel = real.get_partial_messageable(int(CHANNEL_ID))
    sent = await channel.send("x" * 2000, embed=embed, view=_link_button("https://example.com/b"))
    assert sent.content == "x" * 2000


async def test_a_channel_id_that_is_no_snowflake_is_refused(
    client: tuple[FakeDiscord, discord.Client],
) -> None:
    fake, real = client
    with pytest.raises(discord.NotFound) as refused:
        await real.get_partial_messageable(555).send("hello")
    assert refused.value.code == 10003
    fake.refusals.clear()


async def test_a_wrong_token_is_refused_at_login(endpoints: None) -> None:
    fake = FakeDiscord()
    await fake.start()
    configure_endpoints(fake.api_url, fake.gateway_url)
    real = discord.Client(intents=discord.Intents(guilds=True))
    try:
        with pytest.raises(discord.LoginFailure):
            await real.login("not-" + fake.token)
    finally:
        await real.close()
        await fake.stop()
