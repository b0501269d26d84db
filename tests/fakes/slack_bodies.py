"""What Slack refuses in a message (`chat.postMessage`, `chat.postEphemeral`, `response_url`).

Slack answers `{"ok": false, "error": "invalid_blocks", "errors": [...]}` naming each problem
with a JSON pointer, or `msg_too_long`; the limits are Block Kit's documented ones.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

BLOCKS = 50
SECTION_TEXT = 3000
SECTION_FIELDS = 10
FIELD_TEXT = 2000
CONTEXT_ELEMENTS = 10
ACTIONS_ELEMENTS = 25
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
BUTTON_URL = 3000
ACTION_ID = 255
MESSAGE_TEXT = 40_000


def _long(value: Any, limit: int, where: str) -> list[str]:
    text = value if isinstance(value, str) else ""
    if len(text) > limit:
        return [f"must be less than {limit + 1} characters [json-pointer:{where}]"]
    return []


def _text_object(value: Any, limit: int, where: str) -> list[str]:
    if not isinstance(value, dict) or value.get("type") not in ("mrkdwn", "plain_text"):
        return [f"must be a text object [json-pointer:{where}]"]
    if not value.get("text"):
        return [f"must be more than 0 characters [json-pointer:{where}/text]"]
    return _long(value["text"], limit, f"{where}/text")


def _button(button: dict[str, Any], where: str) -> list[str]:
    problems = _text_object(button.get("text"), BUTTON_TEXT, f"{where}/text")
    problems += _long(button.get("action_id"), ACTION_ID, f"{where}/action_id")
    problems += _long(button.get("value"), BUTTON_VALUE, f"{where}/value")
    if "url" in button:
        url = button["url"]
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            problems.append(f"must provide a valid url [json-pointer:{where}/url]")
        problems += _long(url, BUTTON_URL, f"{where}/url")
    return problems


def _count(items: list[Any], low: int, high: int, where: str) -> list[str]:
    if low <= len(items) <= high:
        return []
    return [f"must have {low} to {high} items [json-pointer:{where}]"]


def _block(block: dict[str, Any], where: str) -> list[str]:
    kind = block.get("type")
    problems: list[str] = []
    if kind == "section":
        if "text" not in block and "fields" not in block:
            problems.append(f"must provide text or fields [json-pointer:{where}]")
        if "text" in block:
            problems += _text_object(block["text"], SECTION_TEXT, f"{where}/text")
        fields = block.get("fields") or []
        problems += _count(fields, 0, SECTION_FIELDS, f"{where}/fields")
        for n, field in enumerate(fields):
            problems += _text_object(field, FIELD_TEXT, f"{where}/fields/{n}")
    elif kind == "context":
        elements = block.get("elements") or []
        problems += _count(elements, 1, CONTEXT_ELEMENTS, f"{where}/elements")
        for n, element in enumerate(elements):
            problems += _text_object(element, SECTION_TEXT, f"{where}/elements/{n}")
    elif kind == "actions":
        elements = block.get("elements") or []
        problems += _count(elements, 1, ACTIONS_ELEMENTS, f"{where}/elements")
        for n, element in enumerate(elements):
            if element.get("type") != "button":
                problems.append(f"unsupported element [json-pointer:{where}/elements/{n}]")
            else:
                problems += _button(element, f"{where}/elements/{n}")
    elif kind != "divider":
        problems.append(f"unsupported block type [json-pointer:{where}/type]")
    return problems


def message_error(body: dict[str, Any]) -> dict[str, Any] | None:
    """Slack's error answer for a message body, or None when Slack would take it."""
    if len(str(body.get("text") or "")) > MESSAGE_TEXT:
        return {"ok": False, "error": "msg_too_long"}
    blocks = body.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if not blocks:
        return None
    problems: list[str] = []
    if len(blocks) > BLOCKS:
        problems.append(f"must be less than {BLOCKS + 1} items [json-pointer:/blocks]")
    for n, block in enumerate(blocks):
        problems += _block(block, f"/blocks/{n}")
    if not problems:
        return None
    return {
        "ok": False,
        "error": "invalid_blocks",
        "errors": problems,
        "response_metadata": {"messages": [f"[ERROR] {p}" for p in problems]},
    }
