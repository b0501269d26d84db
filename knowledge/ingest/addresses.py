"""Which addresses Roadie fetches from, and how a URL is shown without its secrets.

Anyone who may add a feed chooses a URL, and a page may redirect anywhere; without a policy a URL
could make Roadie read its own machine, a cloud metadata endpoint or the office network and put
the text into chat. So only http(s) is fetched, and every address a host resolves to must be a
public one: not loopback, private, link-local, multicast, reserved or unspecified. The admin's
allow list (ROADIE_FETCH_ALLOW) lets a self-hosted feed through: a host name, an address or a
CIDR range. The fetcher asks `refusal` for the address it is about to connect to, so the check is
on the resolved address and again for every redirect.

Feed URLs may carry credentials (`user:password@`, `?token=`); `redact` is how any URL is shown in
chat, notices and logs.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
ALLOW_SETTING = "ROADIE_FETCH_ALLOW"
_SECRET_NAME = re.compile(
    r"(?i)token|key|secret|pass|pwd|auth|sig|session|credential|code|jwt|bearer"
)
HIDDEN = "***"


class AddressNotAllowed(ValueError):
    """A URL or address the policy refuses; the message says how to allow it."""


def _address(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


def _kind(address: Address) -> str | None:
    """Why an address is not public, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private"
    if address.is_unspecified or address.is_reserved or not address.is_global:
        return "non-public"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses, plus the hosts, addresses and ranges the admin allows."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def allowing(cls, entries: Iterable[str]) -> AddressPolicy:
        """The policy for ROADIE_FETCH_ALLOW's entries: `feeds.lan`, `10.0.0.5`, `10.0.0.0/8`."""
        hosts: set[str] = set()
        networks: list[Network] = []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                if "/" in entry or ":" in entry:
                    raise AddressNotAllowed(
                        f"{ALLOW_SETTING}: {raw.strip()!r} is neither a host name, an address "
                        "nor a CIDR range such as 10.0.0.0/8"
                    ) from None
                hosts.add(entry.rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def refusal(self, host: str, address: str) -> str | None:
        """Why `host`, reached at `address`, may not be fetched; None when it may."""
        host = host.strip("[]").lower().rstrip(".")
        found = _address(address)
        if found is None:
            return f"{host} resolved to {address!r}, which is not an address"
        if host in self.hosts or any(found in network for network in self.networks):
            return None
        kind = _kind(found)
        if kind is None:
            return None
        shown = host if host == str(found) else f"{host} ({found})"
        return (
            f"{shown} is a {kind} address, which Roadie does not fetch from; "
            f"to follow a feed there, add it to {ALLOW_SETTING}"
        )

    def check_url(self, url: str) -> str:
        """The URL's host if Roadie may fetch it as far as the URL alone tells (scheme, and the
        address when the host is one); host names are checked again once resolved."""
        try:
            parts = urlsplit(url.strip())
            host = parts.hostname or ""
        except ValueError:
            raise AddressNotAllowed(f"{redact(url)!r} is not a valid URL") from None
        if parts.scheme not in ("http", "https") or not host:
            raise AddressNotAllowed(
                f"{redact(url)!r} is not an http:// or https:// address; Roadie fetches only those"
            )
        if _address(host) is not None:
            reason = self.refusal(host, host)
            if reason:
                raise AddressNotAllowed(reason)
        return host


def _without_secrets(parts: SplitResult) -> SplitResult:
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{HIDDEN}@{netloc.rpartition('@')[2]}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode(
            [(name, HIDDEN if _SECRET_NAME.search(name) else value) for name, value in pairs],
            safe="*",
        )
    return parts._replace(netloc=netloc, query=query)


def redact(url: str) -> str:
    """The URL as people may see it: credentials and secret-looking query values replaced."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return HIDDEN
    if "@" not in parts.netloc and not parts.query:
        return url
    return urlunsplit(_without_secrets(parts))


def redact_in(text: str, url: str) -> str:
    """`text` (an error message, say) with `url` and any secret it carries hidden."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return text
    text = text.replace(url, redact(url))
    secrets = [parts.password or ""]
    secrets += [v for n, v in parse_qsl(parts.query) if _SECRET_NAME.search(n)]
    for secret in secrets:
        if len(secret) >= 3:
            text = text.replace(secret, HIDDEN)
    return text
