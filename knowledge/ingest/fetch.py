"""HTTP downloads for ingest, through one injectable client.

Tests hand the reader a Fetcher over `httpx.MockTransport` or a server on 127.0.0.1, so no
test reaches the network. Responses are streamed and cut off at the input size limit, so a
hostile or broken server cannot make ingest hold an unbounded body in memory. Extra request
headers and the response's status and headers are passed through, so a feed poller can make
conditional requests (ETag, Last-Modified) and see 304 Not Modified.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType

import httpx

from knowledge.ingest.assemble import MAX_INPUT_BYTES

USER_AGENT = "Roadie/0.1 (music-news bot)"
DEFAULT_TIMEOUT = 20.0


class FetchError(Exception):
    """A download that gave no usable body: network failure, HTTP error status, oversize."""


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final URL, after redirects: relative links and the page's identity derive from it."""
    status: int
    content_type: str
    data: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


class Fetcher:
    """Downloads with a timeout, a User-Agent, redirects followed and a size cap."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        user_agent: str = USER_AGENT,
        max_bytes: int = MAX_INPUT_BYTES,
    ) -> None:
        self._client = httpx.Client(
            transport=transport,
            timeout=timeout,
            headers={"User-Agent": user_agent},
            follow_redirects=True,
        )
        self._max_bytes = max_bytes

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """The response body; raises FetchError for anything but a 2xx or 304 response."""
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if not (response.is_success or response.status_code == 304):
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self._max_bytes:
                        raise FetchError(f"response larger than {self._max_bytes} bytes")
                    chunks.append(chunk)
                return Fetched(
                    url=str(response.url),
                    status=response.status_code,
                    content_type=response.headers.get("content-type", ""),
                    data=b"".join(chunks),
                    headers=dict(response.headers),
                )
        except httpx.HTTPError as error:
            raise FetchError(f"{type(error).__name__}: {error}") from error

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
