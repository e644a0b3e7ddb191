"""Outbound HTTP(S) that cannot be pointed at this machine or its network (no SSRF).

Every feature that fetches a user-supplied address (article fetch, webhooks, feed polling)
goes through this module; nothing else in the project opens outbound connections.

API
---
``safe_fetch(url, *, max_bytes, timeout, accept=None, method="GET", body=None,
headers=None, max_redirects=5, allow=()) -> Fetched``
    Fetch ``url`` and return ``Fetched(url, status, content_type, charset, body)`` where
    ``url`` is the final address after redirects and ``body`` at most ``max_bytes`` bytes.
    Raises ``FetchRefused`` for any address it will not contact and for any network failure,
    always with the one generic message ``REFUSED_MESSAGE`` (so error texts reveal nothing
    about which internal hosts or ports exist); raises ``FetchError`` (a subclass, with a
    specific message) only *after* a public server answered: HTTP error status, a content
    type outside ``accept``, a body over ``max_bytes``; its ``status`` is the answer's HTTP
    status.

``check_url(url) -> None``
    Raise ``FetchRefused`` unless ``url`` is http(s), has a host, and that host is not this
    site. Does not resolve; use it to validate a stored address (a webhook) up front.

``address_allowed(ip, allow=()) -> bool``
    The address policy alone: only globally routable unicast addresses pass. Loopback,
    private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10),
    link-local (169.254/16, fe80::/10), multicast, reserved, unspecified (0.0.0.0, ::),
    documentation ranges, and IPv6 forms that embed such an IPv4 address
    (``::ffff:127.0.0.1``, ``64:ff9b::a00:1``) are refused.

Allowed networks
----------------
Some addresses the policy refuses may be let through on purpose: ``allowed_networks(allow)``
is ``settings.FETCH_ALLOWED_NETWORKS`` plus the caller's ``allow`` list, and every check
above (``address_allowed``, the resolved addresses, the connected peer) uses it. Webhooks
pass ``settings.WEBHOOK_ALLOWED_NETWORKS`` (an intranet receiver); the fetcher passes none.

How it holds
------------
- The host is resolved once and *every* resolved address must pass; the connection is then
  made to that checked IP (the Host header and TLS SNI/certificate check still use the
  name), so a DNS answer that changes between check and connect (rebinding) cannot move it.
  The connected peer address is checked again.
- Redirects are never followed automatically: each ``Location`` is checked (scheme, host,
  resolved addresses) like the first address, at most ``max_redirects`` hops.
- One deadline covers resolution, connects, redirects, headers and body: a watchdog closes
  the socket when it passes, so a server that drips one byte a second cannot hold a worker.

Tests may set ``settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]`` to reach a local test
server; the default is empty and production must leave it so.

Example::

    try:
        page = safe_fetch(url, max_bytes=8_000_000, timeout=10, accept={"text/html"})
    except FetchRefused as exc:
        show(str(exc))
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from django.conf import settings

REFUSED_MESSAGE = "This address cannot be fetched; use a public http:// or https:// page."
USER_AGENT = "QuoteTracker/0.1 (+article ingestion)"
REDIRECT_CODES = (301, 302, 303, 307, 308)
_CHUNK = 16384

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# NAT64 (RFC 6052) embeds an IPv4 address in its last 32 bits.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchRefused(Exception):
    """Not contacted, or no usable answer. The message is deliberately always the same."""

    def __init__(self, message: str = REFUSED_MESSAGE) -> None:
        super().__init__(message)


class FetchError(FetchRefused):
    """A public server answered, but not with something usable (status, type, size)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int  # 2xx, or 304 (not modified: no body) when conditional headers were sent
    content_type: str
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


Networks = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]


def allowed_networks(allow: list[str] | tuple[str, ...] = ()) -> Networks:
    """The networks let through despite the policy: FETCH_ALLOWED_NETWORKS and `allow`."""
    names = [*getattr(settings, "FETCH_ALLOWED_NETWORKS", []), *allow]
    return tuple(ipaddress.ip_network(n, strict=False) for n in names)


def address_allowed(ip: str | IPAddress, allow: list[str] | tuple[str, ...] = ()) -> bool:
    """True only for a globally routable unicast address (see the module docstring), or one
    in the allowed networks."""
    return _allowed(ip, allowed_networks(allow))


def _allowed(ip: str | IPAddress, networks: Networks) -> bool:
    try:
        address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    except ValueError:
        return False
    if any(address in network for network in networks):
        return True
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return _allowed(embedded, networks)
        if address.teredo:
            return False
    return bool(
        address.is_global
        and not address.is_multicast
        and not address.is_reserved
        and not address.is_unspecified
        and not address.is_loopback
        and not address.is_link_local
        and not address.is_private
    )


def _own_hosts() -> set[str]:
    hosts = {h.lower().lstrip(".") for h in settings.ALLOWED_HOSTS if h not in ("*",)}
    return hosts | {"localhost"}


def check_url(url: str) -> None:
    """Scheme and host checks that need no DNS; raises FetchRefused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchRefused()
    host = (parts.hostname or "").rstrip(".").lower()
    if parts.scheme not in ("http", "https") or not host or "\x00" in url:
        raise FetchRefused()
    if port is not None and not 0 < port < 65536:
        raise FetchRefused()
    own = _own_hosts()
    if host in own or any(host.endswith("." + h) for h in own):
        # Fetching this site's own pages would store a mangled second copy of an article.
        raise FetchRefused()


def _resolve(host: str, port: int, remaining: float, networks: Networks) -> list[str]:
    """Every address of host, each checked; raises FetchRefused if any fails."""
    try:
        literal = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    else:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        future = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
        try:
            infos = future.result(timeout=max(remaining, 0.01))
        except (concurrent.futures.TimeoutError, OSError, UnicodeError):
            raise FetchRefused()
        finally:
            pool.shutdown(wait=False)
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
    # All of them, not just the first: a name with one public and one private address is
    # refused, since the connection could otherwise fall back to the private one.
    if not addresses or not all(_allowed(a, networks) for a in addresses):
        raise FetchRefused()
    return addresses


class _Deadline:
    """Closes the registered socket when the time runs out, whatever it is blocked on."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self._sock: socket.socket | None = None
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchRefused()
        return left

    def watch(self, sock: socket.socket | None) -> None:
        self._sock = sock

    def _expire(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def _connect(ip: str, port: int, deadline: _Deadline, networks: Networks) -> socket.socket:
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    deadline.watch(sock)
    sock.settimeout(deadline.remaining())
    try:
        sock.connect((ip, port))
        if not _allowed(sock.getpeername()[0], networks):
            raise FetchRefused()
    except BaseException:
        sock.close()
        raise
    return sock


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(
        self, host: str, port: int, ip: str, deadline: _Deadline, networks: Networks
    ) -> None:
        super().__init__(host, port, timeout=deadline.remaining())
        self._ip, self._deadline, self._networks = ip, deadline, networks

    def connect(self) -> None:
        self.sock = _connect(self._ip, self.port, self._deadline, self._networks)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(
        self, host: str, port: int, ip: str, deadline: _Deadline, networks: Networks
    ) -> None:
        super().__init__(
            host, port, timeout=deadline.remaining(), context=ssl.create_default_context()
        )
        self._ip, self._deadline, self._networks = ip, deadline, networks

    def connect(self) -> None:
        raw = _connect(self._ip, self.port, self._deadline, self._networks)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)
        self._deadline.watch(self.sock)


def _one_request(
    url: str,
    method: str,
    body: bytes | None,
    headers: dict[str, str],
    deadline: _Deadline,
    opened: list[http.client.HTTPConnection],
    networks: Networks,
) -> http.client.HTTPResponse:
    check_url(url)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = _resolve(host, port, deadline.remaining(), networks)[0]
    connection_class = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    connection = connection_class(host, port, ip, deadline, networks)
    opened.append(connection)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection.request(method, target, body=body, headers={"User-Agent": USER_AGENT, **headers})
    return connection.getresponse()


def safe_fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    accept: set[str] | None = None,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    max_redirects: int = 5,
    allow: list[str] | tuple[str, ...] = (),
) -> Fetched:
    """Fetch url under the address policy; see the module docstring."""
    networks = allowed_networks(allow)
    deadline = _Deadline(timeout)
    response: http.client.HTTPResponse | None = None
    opened: list[http.client.HTTPConnection] = []
    try:
        for hop in range(max_redirects + 1):
            response = _one_request(url, method, body, headers or {}, deadline, opened, networks)
            if response.status not in REDIRECT_CODES:
                break
            location = response.getheader("Location")
            response.close()
            if not location:
                raise FetchError(f"{url} redirected without saying where.", response.status)
            if hop == max_redirects:
                raise FetchError("The address redirected too many times.", response.status)
            url = urljoin(url, location.strip())
            if response.status == 303 or method == "HEAD":
                method, body = ("HEAD" if method == "HEAD" else "GET"), None
        assert response is not None
        answer = dict(response.getheaders())
        if response.status == 304:
            return Fetched(url, 304, "", None, b"", answer)
        if response.status >= 400:
            raise FetchError(f"{url} answered HTTP {response.status}.", response.status)
        message = Message()
        message["Content-Type"] = response.getheader("Content-Type") or "application/octet-stream"
        kind = message.get_content_type()
        if accept is not None and kind not in accept:
            raise FetchError(f"{url} is {kind}, which cannot be read here.", response.status)
        declared = response.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"{url} is larger than the {max_bytes:,} byte limit.", response.status)
        chunks, size = [], 0
        while True:
            deadline.remaining()
            chunk = response.read1(_CHUNK) if method != "HEAD" else b""
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(
                    f"{url} is larger than the {max_bytes:,} byte limit.", response.status
                )
        deadline.remaining()  # a body cut short by the watchdog is not a whole page
        charset = message.get_content_charset()
        return Fetched(url, response.status, kind, charset, b"".join(chunks), answer)
    except FetchRefused:
        raise
    except (OSError, http.client.HTTPException, ValueError, UnicodeError):
        # Connection refused, reset, timeout, TLS failure, malformed answer: all look the
        # same from outside, so closed and open internal ports cannot be told apart.
        raise FetchRefused()
    finally:
        deadline.cancel()
        if response is not None:
            response.close()
        for connection in opened:
            connection.close()
