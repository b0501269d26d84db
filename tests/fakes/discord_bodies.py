"""What Discord refuses in a request body, in Discord's own error shape.

Discord answers a body it will not take with HTTP 400 and
`{"message": "Invalid Form Body", "code": 50035, "errors": {...}}`, where `errors` mirrors the
body's structure down to the offending field, whose `_errors` list says why (discord.py shows
them as "In embeds.0.url: ..."). The limits are the documented ones. Lengths are counted in
UTF-16 code units, the larger of the two counts Discord might use, so a body that passes here
fits either way.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

CONTENT = 2000
EMBEDS = 10
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
EMBED_TOTAL = 6000
ROWS = 5
BUTTONS = 5
LABEL = 80
CUSTOM_ID = 100
BUTTON_URL = 512
NONCE = 25
CHOICES = 25
CHOICE_LENGTH = 100
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
COMMAND_DESCRIPTION = 100
OPTIONS = 25
SNOWFLAKE = re.compile(r"^[0-9]{17,19}$")
LINK_STYLE = 5

Errors = dict[str, Any]


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def invalid_form_body(errors: Errors) -> dict[str, Any]:
    return {"message": "Invalid Form Body", "code": 50035, "errors": errors}


def _error(code: str, message: str) -> Errors:
    return {"_errors": [{"code": code, "message": message}]}


def _too_long(limit: int) -> Errors:
    return _error("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _put(errors: Errors, path: list[str], error: Errors) -> None:
    node = errors
    for key in path:
        node = node.setdefault(key, {})
    node.setdefault("_errors", []).extend(error["_errors"])


def _url_error(url: Any, schemes: tuple[str, ...] = ("http", "https")) -> Errors | None:
    if not isinstance(url, str) or not url:
        return _error("URL_TYPE_INVALID_URL", "Not a well formed URL.")
    parts = urlsplit(url)
    if parts.scheme not in schemes:
        allowed = ", ".join(repr(s) for s in schemes)
        return _error(
            "URL_TYPE_INVALID_SCHEME",
            f'Scheme "{parts.scheme}" is not supported. Scheme must be one of ({allowed}).',
        )
    if not parts.netloc:
        return _error("URL_TYPE_INVALID_URL", "Not a well formed URL.")
    return None


def _text(errors: Errors, path: list[str], value: Any, limit: int, required: bool) -> int:
    """Check one text field; its length, for the embed total."""
    if value is None or value == "":
        if required:
            _put(errors, path, _error("BASE_TYPE_REQUIRED", "This field is required"))
        return 0
    if units(str(value)) > limit:
        _put(errors, path, _too_long(limit))
    return units(str(value))


def _embed(errors: Errors, path: list[str], embed: dict[str, Any]) -> int:
    total = _text(errors, [*path, "title"], embed.get("title"), TITLE, False)
    total += _text(errors, [*path, "description"], embed.get("description"), DESCRIPTION, False)
    if embed.get("url") is not None and (problem := _url_error(embed["url"])):
        _put(errors, [*path, "url"], problem)
    for part in ("image", "thumbnail"):
        if isinstance(embed.get(part), dict) and (problem := _url_error(embed[part].get("url"))):
            _put(errors, [*path, part, "url"], problem)
    footer = embed.get("footer") or {}
    total += _text(errors, [*path, "footer", "text"], footer.get("text"), FOOTER, bool(footer))
    author = embed.get("author") or {}
    total += _text(errors, [*path, "author", "name"], author.get("name"), AUTHOR, bool(author))
    fields = embed.get("fields") or []
    if len(fields) > FIELDS:
        _put(errors, [*path, "fields"], _too_long(FIELDS))
    for n, field in enumerate(fields):
        where = [*path, "fields", str(n)]
        total += _text(errors, [*where, "name"], field.get("name"), FIELD_NAME, True)
        total += _text(errors, [*where, "value"], field.get("value"), FIELD_VALUE, True)
    return total


def _components(errors: Errors, rows: list[dict[str, Any]]) -> None:
    if len(rows) > ROWS:
        _put(errors, ["components"], _too_long(ROWS))
    for r, row in enumerate(rows):
        buttons = row.get("components") or []
        if len(buttons) > BUTTONS:
            _put(errors, ["components", str(r), "components"], _too_long(BUTTONS))
        for b, button in enumerate(buttons):
            where = ["components", str(r), "components", str(b)]
            _text(errors, [*where, "label"], button.get("label"), LABEL, False)
            if button.get("style") == LINK_STYLE:
                url = button.get("url")
                problem = _url_error(url, ("http", "https", "discord"))
                if problem is None and units(str(url)) > BUTTON_URL:
                    problem = _too_long(BUTTON_URL)
                if problem:
                    _put(errors, [*where, "url"], problem)
            else:
                _text(errors, [*where, "custom_id"], button.get("custom_id"), CUSTOM_ID, True)


def message_errors(body: dict[str, Any]) -> Errors:
    """What Discord would refuse in a message body (create, edit, interaction answer)."""
    errors: Errors = {}
    _text(errors, ["content"], body.get("content"), CONTENT, False)
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS:
        _put(errors, ["embeds"], _too_long(EMBEDS))
    total = sum(_embed(errors, ["embeds", str(n)], e) for n, e in enumerate(embeds))
    if total > EMBED_TOTAL:
        _put(
            errors,
            ["embeds"],
            _error("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"),
        )
    _components(errors, body.get("components") or [])
    nonce = body.get("nonce")
    if isinstance(nonce, str) and len(nonce) > NONCE:
        _put(errors, ["nonce"], _too_long(NONCE))
    reference = body.get("message_reference") or {}
    if reference and not SNOWFLAKE.match(str(reference.get("message_id", ""))):
        _put(
            errors,
            ["message_reference", "message_id"],
            _error("NUMBER_TYPE_COERCE", "Value is not snowflake."),
        )
    return errors


def choices_errors(data: dict[str, Any]) -> Errors:
    """What Discord would refuse in an autocomplete answer."""
    errors: Errors = {}
    choices = data.get("choices") or []
    if len(choices) > CHOICES:
        _put(errors, ["choices"], _too_long(CHOICES))
    for n, choice in enumerate(choices):
        _text(errors, ["choices", str(n), "name"], choice.get("name"), CHOICE_LENGTH, True)
        _text(errors, ["choices", str(n), "value"], choice.get("value"), CHOICE_LENGTH, True)
    return errors


def command_errors(commands: list[dict[str, Any]]) -> Errors:
    """What Discord would refuse in a bulk overwrite of application commands."""
    errors: Errors = {}
    for n, command in enumerate(commands):
        where = [str(n)]
        name = str(command.get("name", ""))
        if not COMMAND_NAME.match(name) or name != name.lower():
            _put(
                errors,
                [*where, "name"],
                _error("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid"),
            )
        if command.get("type", 1) == 1:
            _text(
                errors,
                [*where, "description"],
                command.get("description"),
                COMMAND_DESCRIPTION,
                True,
            )
        permissions = command.get("default_member_permissions")
        if permissions is not None and not str(permissions).isdigit():
            _put(
                errors,
                [*where, "default_member_permissions"],
                _error("NUMBER_TYPE_COERCE", "Value is not a number."),
            )
        options = command.get("options") or []
        if len(options) > OPTIONS:
            _put(errors, [*where, "options"], _too_long(OPTIONS))
        for o, option in enumerate(options):
            at = [*where, "options", str(o)]
            _text(
                errors, [*at, "description"], option.get("description"), COMMAND_DESCRIPTION, True
            )
            if len(option.get("choices") or []) > CHOICES:
                _put(errors, [*at, "choices"], _too_long(CHOICES))
    return errors
