"""Settings: one table, every value checked at start, `.env` found where the admin runs Roadie."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from bot.observability.logs import JsonLines
from bot.settings import Settings, SettingsError

ROOT = Path(__file__).parent.parent


def _clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without any Roadie, Discord or Slack setting, plus `extra`."""
    kept = {
        k: v for k, v in os.environ.items() if not k.startswith(("ROADIE_", "DISCORD_", "SLACK_"))
    }
    return {**kept, **extra}


def _roadie(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=_clean_env(PYTHONPATH=str(ROOT), **env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_setting_is_documented_in_env_example() -> None:
    documented = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    for spec in fields(Settings):
        name = spec.metadata["env"]
        line = next((i for i, text in enumerate(documented) if text.startswith(f"{name}=")), None)
        assert line is not None, f"{name} is not in .env.example"
        above = line - 1
        while above > 0 and "=" in documented[above] and not documented[above].startswith("#"):
            above -= 1
        assert documented[above].startswith("# "), f"{name} has no comment above it"


def test_defaults_and_lists() -> None:
    settings = Settings.from_env(
        {
            "DISCORD_GUILD_IDS": " 1, 2 ",
            "ROADIE_LOG_LEVEL": "debug",
            "SLACK_API_URL": "http://h/api",
        }
    )
    assert settings.discord_guild_ids == (1, 2)
    assert settings.log_level == "DEBUG" and settings.log_format == "text"
    assert settings.slack_api_url == "http://h/api/"
    assert settings.feed_interval_minutes == 10 and settings.announcer is True
    assert Settings.from_env({"ROADIE_ANNOUNCER": "off"}).announcer is False


@pytest.mark.parametrize(
    ("name", "value", "takes"),
    [
        ("ROADIE_LOG_LEVEL", "verbose", "one of DEBUG, INFO, WARNING, ERROR"),
        ("ROADIE_LOG_FORMAT", "xml", "one of text, json"),
        ("ROADIE_FEED_INTERVAL_MINUTES", "0", "a whole number of 1 or more"),
        ("ROADIE_FEED_TIMEOUT_SECONDS", "soon", "a number of seconds above 0"),
        ("ROADIE_HTTP_PORT", "80800", "a whole number from 0 to 65535"),
        ("DISCORD_ANSWER_CHANNELS", "music", "comma-separated numeric ids"),
        ("DISCORD_GATEWAY_URL", "https://gateway.example", "a URL starting with ws:// or wss://"),
        ("ROADIE_FEEDS", "feeds.example/rss", "space-separated http:// or https:// URLs"),
        ("ROADIE_ANNOUNCER", "maybe", "on or off"),
    ],
)
def test_a_bad_value_names_the_variable_and_what_it_takes(
    name: str, value: str, takes: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value})
    message = str(caught.value)
    assert message.startswith(f"{name} must be {takes}") and message.endswith(f", got {value!r}")


def test_a_bad_setting_stops_roadie_with_one_line(tmp_path: Path) -> None:
    result = _roadie("feeds", "list", cwd=tmp_path, ROADIE_LOG_LEVEL="verbose")
    assert result.returncode == 2
    assert result.stderr == (
        "Setting error: ROADIE_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, "
        "got 'verbose'\n"
    )


def test_command_line_values_are_checked_too(tmp_path: Path) -> None:
    db = str(tmp_path / "roadie.db")
    every = _roadie(
        "feeds", "add", "https://news.example/rss", "--every", "0", "--db", db, cwd=tmp_path
    )
    assert every.returncode == 1 and "--every must be at least 1 minute" in every.stderr
    channel = _roadie("subscriptions", "add", "discord:abc", "all", "--db", db, cwd=tmp_path)
    assert channel.returncode == 1
    assert "'discord:abc' is not a channel: write PLATFORM:CHANNEL_ID" in channel.stderr
    assert "discord:123456789012345678" in channel.stderr and "slack:C0123ABCD" in channel.stderr


def test_dotenv_is_read_from_the_working_directory(tmp_path: Path) -> None:
    """The installed `roadie` command, run from a folder holding `.env`, reads that `.env`:
    neither the command (in the environment's bin) nor the code (in the checkout, or in
    site-packages after a non-editable install) lives under that folder, so only a lookup from
    the working directory finds it."""
    roadie = Path(sys.executable).parent / "roadie"
    assert roadie.exists(), "the `roadie` console script is installed with the package"
    work = tmp_path / "deploy"
    work.mkdir()
    db = tmp_path / "from-dotenv.db"
    (work / ".env").write_text(f"ROADIE_DB={db}\n", encoding="utf-8")
    result = subprocess.run(
        [str(roadie), "feeds", "list"],
        cwd=work,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_json_logs_are_one_object_per_line() -> None:
    try:
        raise ValueError("bad feed")
    except ValueError:
        record = logging.LogRecord(
            "bot.run", logging.ERROR, __file__, 1, "tick failed: %s", ("x",), sys.exc_info()
        )
    line = JsonLines().format(record)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR" and parsed["logger"] == "bot.run"
    assert parsed["message"] == "tick failed: x" and "ValueError: bad feed" in parsed["error"]
