"""Which article URLs a chat platform will show as links.

Discord refuses a whole message whose embed or button URL is not http(s) (400, 50035) and Slack
refuses such a button (`invalid_blocks`); a link to anything else would not open in a browser
either. So every renderer asks `web_url` first, and an article without one is shown without a link.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https")


def web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address with a host, else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url if parts.scheme.lower() in SCHEMES and parts.hostname else None
