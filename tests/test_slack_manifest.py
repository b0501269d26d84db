"""The app manifest an admin pastes into Slack must agree with what the adapter listens for."""

from __future__ import annotations

import re
from pathlib import Path

from bot.adapters.slack.app import EVENTS_PATH

MANIFEST = (Path(__file__).parent.parent / "slack-manifest.yml").read_text()


def _items_under(key: str) -> set[str]:
    block = re.search(rf"^(\s*){key}:\n((?:\1\s+- .*\n)+)", MANIFEST, re.MULTILINE)
    assert block is not None, key
    return {line.strip()[2:] for line in block.group(2).splitlines()}


def test_manifest_declares_the_command_events_scopes_and_modes() -> None:
    assert "- command: /roadie\n" in MANIFEST
    assert _items_under("bot_events") == {"app_mention", "message.im"}
    assert {"app_mentions:read", "chat:write", "commands", "im:history"} <= _items_under("bot")
    assert "socket_mode_enabled: true" in MANIFEST
    assert re.search(r"interactivity:\n\s+is_enabled: true", MANIFEST)


def test_manifest_grants_the_scopes_pushes_and_subscriptions_rely_on() -> None:
    scopes = _items_under("bot")
    # A push that may already have been sent is looked for in the channel's history
    # (conversations.history) before it is posted again: public and private channels.
    assert {"channels:history", "groups:history"} <= scopes
    # Only workspace admins change subscriptions, which is asked of users.info.
    assert "users:read" in scopes
    # Pushes post to public channels Roadie was never invited to.
    assert "chat:write.public" in scopes


def test_every_request_url_points_at_the_bolt_endpoint() -> None:
    urls = re.findall(r"(?:url|request_url): (\S+)", MANIFEST)
    assert len(urls) == 3
    assert all(url.endswith(EVENTS_PATH) for url in urls)
