"""HTTP downloads for ingest and feed polling, through one injectable client.

Three guards make a download safe to start on a URL someone else chose:
- the address policy (`knowledge.ingest.addresses`) is applied where the connection is made: the
  host is resolved here, every address is checked, and the socket goes to a checked address, so
  a redirect or a DNS answer that changes between check and use cannot reach a private host;
- one deadline covers the whole download (connect, headers, body and every redirect), enforced on
  each socket read and write, so a server that sends a byte a second still ends on time;
- the body is cut off at a size limit, so a hostile server cannot make Roadie hold it in memory.
Proxies from the environment are not used: a proxy would resolve the host where the policy
cannot see it. Tests hand the Fetcher an `httpx.MockTransport`, which replaces the network and
with it these guards, or a server on 127.0.0.1 with 127.0.0.1 allowed. Extra request headers and
the response's status and headers are passed through, so a feed poller can make conditional
requests (ETag, Last-Modified) and see 304 Not Modified. A Fetcher does one download at a time.
httpx logs every request's URL; those log lines show it through `redact`, so a feed's
credentials never reach the logs.
"""

from __future__ import annotations

import logging
import socket
import ssl
import time
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import TracebackType

import httpcore
import httpx

from knowledge.ingest.addresses import AddressNotAllowed, AddressPolicy, redact
from knowledge.ingest.assemble import MAX_INPUT_BYTES

USER_AGENT = "Roadie/0.1 (music-news bot)"
DEFAULT_TIMEOUT = 20.0
_DEADLINE: ContextVar[float | None] = ContextVar("download_deadline", default=None)


class _WithoutSecrets(logging.Filter):
    """Rewrites the URLs in httpx's log lines to their redacted form."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact(str(arg)) if isinstance(arg, httpx.URL) else arg for arg in record.args
            )
        return True


logging.getLogger("httpx").addFilter(_WithoutSecrets())


class FetchError(Exception):
    """A download that gave no usable body: network failure, HTTP error status, oversize."""


class TooLarge(FetchError):
    """The body is larger than the Fetcher's limit; nothing of it is kept."""


class Refused(FetchError):
    """The address policy refused the URL or the address its host resolved to."""


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final URL, after redirects: relative links and the page's identity derive from it."""
    status: int
    content_type: str
    data: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


def _left(timeout: float | None) -> float | None:
    """`timeout` shortened to what is left of the current download's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the download's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the download's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves each host itself and connects only to addresses the policy allows."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            raise httpcore.ConnectError(f"cannot resolve {host} ({error})") from error
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        for address in addresses:
            reason = self._policy.refusal(host, address)
            if reason:
                raise Refused(reason)
        last: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, _left(timeout), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
                continue
            return _DeadlineStream(stream)
        raise last


class _Body(httpx.SyncByteStream):
    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        yield from typing.cast(Iterable[bytes], self._response.stream)

    def close(self) -> None:
        self._response.close()


class _GuardedTransport(httpx.BaseTransport):
    """httpx over an httpcore pool whose connections go through `_GuardedBackend`."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_GuardedBackend(policy)
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        response = self._pool.handle_request(
            httpcore.Request(
                method=request.method,
                url=httpcore.URL(
                    scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
                ),
                headers=request.headers.raw,
                content=typing.cast(Iterable[bytes], request.stream),
                extensions=request.extensions,
            )
        )
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


_TIMEOUTS = (httpx.TimeoutException, httpcore.TimeoutException)
_FAILURES = (
    httpx.HTTPError,
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
)


class Fetcher:
    """Downloads with a deadline, a User-Agent, redirects followed, a size cap and the address
    policy; without a `policy` nothing but public addresses is fetched."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        user_agent: str = USER_AGENT,
        max_bytes: int = MAX_INPUT_BYTES,
        policy: AddressPolicy | None = None,
    ) -> None:
        self._policy = policy or AddressPolicy()
        self._client = httpx.Client(
            transport=transport or _GuardedTransport(self._policy),
            timeout=timeout,
            headers={"User-Agent": user_agent},
            follow_redirects=True,
        )
        self._timeout = timeout
        self._max_bytes = max_bytes

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """The response body; raises FetchError for anything but a 2xx or 304 response, for a
        body over the size cap (TooLarge), an address the policy refuses (Refused), or a download
        that has not finished by the deadline."""
        try:
            self._policy.check_url(url)
        except AddressNotAllowed as error:
            raise Refused(str(error)) from None
        token = _DEADLINE.set(time.monotonic() + self._timeout)
        try:
            return self._download(url, headers)
        except _TIMEOUTS:
            raise FetchError(f"Timeout: no complete response within {self._timeout:g} s") from None
        except _FAILURES as error:
            raise FetchError(f"{type(error).__name__}: {error}") from error
        finally:
            _DEADLINE.reset(token)

    def _download(self, url: str, headers: Mapping[str, str] | None) -> Fetched:
        with self._client.stream("GET", url, headers=headers) as response:
            if not (response.is_success or response.status_code == 304):
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self._max_bytes:
                    raise TooLarge(f"response larger than {self._max_bytes} bytes")
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                content_type=response.headers.get("content-type", ""),
                data=b"".join(chunks),
                headers=dict(response.headers),
            )

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
