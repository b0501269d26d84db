"""What an admin sees when Slack refuses Roadie at start: a real `python -m bot run` against
the fake Slack stops with one line naming the setting and where the right value is."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.slack_server import FakeSlack
from startup_helpers import assert_one_clear_line, run_roadie, small_kb

from bot.adapters.slack.app import build_slack
from bot.settings import Settings, SettingsError
from knowledge.store import KnowledgeBase


@pytest.fixture
def fake(slack_fake: FakeSlack) -> FakeSlack:
    return slack_fake


def _env(fake: FakeSlack, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "ROADIE_DB": str(small_kb(tmp_path / "roadie.db")),
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_APP_TOKEN": "xapp-test",
        "SLACK_API_URL": fake.api_url,
        "PORT": "0",
        **extra,
    }


async def test_a_refused_bot_token_names_it_and_where_to_copy_it_from(
    fake: FakeSlack, tmp_path: Path
) -> None:
    fake.fail("auth.test", "invalid_auth")
    stopped = await run_roadie(_env(fake, tmp_path, SLACK_BOT_TOKEN="xoxb-revoked"), tmp_path)
    assert_one_clear_line(stopped, "SLACK_BOT_TOKEN", "invalid_auth", "OAuth & Permissions")
    assert "xoxb-revoked" not in stopped.stderr


async def test_a_refused_app_token_stops_socket_mode_instead_of_retrying_forever(
    fake: FakeSlack, tmp_path: Path
) -> None:
    fake.fail("apps.connections.open", "invalid_auth")
    stopped = await run_roadie(_env(fake, tmp_path), tmp_path)
    assert_one_clear_line(stopped, "SLACK_APP_TOKEN", "App-Level Tokens")
    assert len(fake.received("apps.connections.open")) == 1


async def test_a_token_pasted_as_the_signing_secret_is_caught_before_serving(
    fake: FakeSlack, tmp_path: Path
) -> None:
    env = _env(fake, tmp_path, SLACK_APP_TOKEN="", SLACK_SIGNING_SECRET="xoxb-pasted-by-mistake")
    stopped = await run_roadie(env, tmp_path, "--slack-http")
    assert_one_clear_line(stopped, "SLACK_SIGNING_SECRET", "Signing Secret")
    assert "pasted-by-mistake" not in stopped.stderr
    assert not fake.calls, "stopped before asking Slack anything"


def test_tokens_in_the_wrong_setting_are_named_without_showing_them(tmp_path: Path) -> None:
    kb = KnowledgeBase.open(tmp_path / "kb.db")
    swapped = {"SLACK_BOT_TOKEN": "xapp-1-secret", "SLACK_APP_TOKEN": "xoxb-2-secret"}
    with pytest.raises(SettingsError, match=r"SLACK_BOT_TOKEN must be .* starts with xapp-") as e:
        build_slack(Settings.from_env(swapped), kb)
    assert "secret" not in str(e.value)
    right_bot = {**swapped, "SLACK_BOT_TOKEN": "xoxb-1-secret"}
    with pytest.raises(SettingsError, match=r"SLACK_APP_TOKEN must be .* starts with xoxb-"):
        build_slack(Settings.from_env(right_bot), kb)
    kb.close()
