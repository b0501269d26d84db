"""What an admin sees when Discord refuses Roadie at start: a real `python -m bot run` against
the fake Discord stops with one line saying what is wrong and what to do, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.discord_server import ANSWER_CHANNEL_ID, OTHER_GUILD_ID, FakeDiscord
from startup_helpers import assert_one_clear_line, run_roadie, small_kb


@pytest.fixture
def fake(discord_fake: FakeDiscord) -> FakeDiscord:
    return discord_fake


def _env(fake: FakeDiscord, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "ROADIE_DB": str(small_kb(tmp_path / "roadie.db")),
        "DISCORD_TOKEN": fake.token,
        "DISCORD_API_BASE_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        **extra,
    }


async def test_a_refused_token_says_to_reset_it(fake: FakeDiscord, tmp_path: Path) -> None:
    env = _env(fake, tmp_path, DISCORD_TOKEN="an-old-token")
    stopped = await run_roadie(env, tmp_path)
    assert_one_clear_line(stopped, "DISCORD_TOKEN", "Reset Token")
    assert "an-old-token" not in stopped.stderr
    (refused,) = fake.refusals
    assert (refused.path, refused.status) == ("/users/@me", 401)
    fake.refusals.clear()


async def test_a_missing_message_content_intent_says_where_to_turn_it_on(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    env = _env(fake, tmp_path, DISCORD_ANSWER_CHANNELS=ANSWER_CHANNEL_ID)
    stopped = await run_roadie(env, tmp_path)
    assert_one_clear_line(stopped, "Message Content Intent", "DISCORD_ANSWER_CHANNELS")
    closed = [op for op in fake.gateway_ops if op["op"] == 2]
    assert closed, "it got as far as the gateway"


async def test_no_access_to_a_servers_commands_names_the_server(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    env = _env(fake, tmp_path, DISCORD_GUILD_IDS=OTHER_GUILD_ID)
    stopped = await run_roadie(env, tmp_path)
    assert_one_clear_line(stopped, OTHER_GUILD_ID, "applications.commands", "DISCORD_GUILD_IDS")
    (refused,) = [c for c in fake.calls if c.method == "PUT"]
    assert (refused.status, refused.answer["code"]) == (403, 50001)
