"""Webhooks go out through the pinned fetcher (tracker.netsafety.safe_fetch): the POST reaches
the address that was checked, whatever DNS answers next, and each answer is classed as
delivered, retried or given up with a clear message."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tracker.netsafety import FetchRefused, address_allowed, safe_fetch
from tracker.services.alert_delivery import (
    REPLY_BYTES,
    DeliveryError,
    check_webhook_address,
    post_webhook,
)


def serve(host: str, port: int = 0, status: int = 204, body: bytes = b"") -> ThreadingHTTPServer:
    """A receiver on host:port answering every POST with status (and body)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            self.rfile.read(int(self.headers["Content-Length"]))
            self.server.hits.append((self.headers["Host"], self.headers["Content-Type"]))
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", "http://10.0.0.5/internal")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.hits = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def local(settings):
    """Webhooks may reach 127.0.0.1 (only), which is not this site here."""
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.ALLOWED_HOSTS = ["testserver"]
    servers: list[ThreadingHTTPServer] = []

    def start(*args: object, **kwargs: object) -> ThreadingHTTPServer:
        servers.append(serve(*args, **kwargs))
        return servers[-1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def answers(monkeypatch, *addresses: str) -> list[str]:
    """Make every name resolve to the given addresses in turn (the last one from then on);
    returns the list of names asked for."""
    asked: list[str] = []

    def resolve(host, port, *args, **kwargs):
        asked.append(host)
        address = addresses[min(len(asked), len(addresses)) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return asked


def test_the_post_goes_to_the_address_that_was_checked(local, monkeypatch):
    """DNS rebinding: the name resolves to the allowed receiver, then to another (private)
    address. The POST is made to the checked address; the other one is never contacted."""
    receiver = local("127.0.0.1")
    port = receiver.server_address[1]
    trap = local("127.0.0.2", port)  # what a second lookup would reach
    asked = answers(monkeypatch, "127.0.0.1", "127.0.0.2")
    post_webhook(f"http://hooks.example:{port}/hook", "secret", {"type": "alert"})
    assert asked == ["hooks.example"]  # resolved once, and that answer was used
    assert receiver.hits == [(f"hooks.example:{port}", "application/json")]
    assert trap.hits == []


def test_a_name_that_turns_private_after_the_form_check_is_refused_at_send_time(
    local, monkeypatch
):
    receiver = local("127.0.0.1")
    port = receiver.server_address[1]
    trap = local("127.0.0.2", port)
    url = f"http://hooks.example:{port}/hook"
    answers(monkeypatch, "127.0.0.1", "127.0.0.2")
    check_webhook_address(url)  # the settings form: a public (here: allowed) address
    with pytest.raises(DeliveryError) as refused:
        post_webhook(url, "secret", {"type": "alert"})
    assert "private or local address (127.0.0.2)" in str(refused.value)
    assert refused.value.retry is False
    assert receiver.hits == [] and trap.hits == []


@pytest.mark.parametrize(
    ("status", "body", "retry", "message"),
    [
        (204, b"", None, ""),
        (200, b"x" * (REPLY_BYTES + 10), None, ""),  # a long reply is still a delivery
        (302, b"", False, "redirect (HTTP 302)"),
        (404, b"", False, "HTTP 404"),
        (408, b"", True, "HTTP 408"),
        (429, b"", True, "HTTP 429"),
        (503, b"", True, "HTTP 503"),
    ],
)
def test_answers_are_delivered_retried_or_given_up(local, status, body, retry, message):
    receiver = local("127.0.0.1", status=status, body=body)
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    if retry is None:
        post_webhook(url, "secret", {"type": "alert"})
    else:
        with pytest.raises(DeliveryError) as failed:
            post_webhook(url, "secret", {"type": "alert"})
        assert failed.value.retry is retry and message in str(failed.value)
    assert len(receiver.hits) == 1  # never a second request, never a followed redirect


def test_a_receiver_that_is_down_is_retried(local):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DeliveryError) as failed:
        post_webhook(f"http://127.0.0.1:{port}/hook", "secret", {"type": "alert"})
    assert failed.value.retry is True and "could not be reached" in str(failed.value)


def test_this_sites_own_address_is_refused_for_webhooks(settings, monkeypatch):
    settings.ALLOWED_HOSTS = ["quotes.example.org"]
    answers(monkeypatch, "93.184.216.34")
    with pytest.raises(DeliveryError) as refused:
        check_webhook_address("http://quotes.example.org/hook")
    assert refused.value.retry is False and "this site's own address" in str(refused.value)


def test_webhook_networks_are_let_through_for_webhooks_only(local):
    """One idea of allowed networks: the caller's list on top of FETCH_ALLOWED_NETWORKS.
    WEBHOOK_ALLOWED_NETWORKS opens nothing to the article fetcher."""
    assert address_allowed("127.0.0.1", allow=["127.0.0.1/32"])
    assert not address_allowed("127.0.0.1")
    assert not address_allowed("127.0.0.2", allow=["127.0.0.1/32"])
    receiver = local("127.0.0.1", status=200, body=b"ok")
    with pytest.raises(FetchRefused):
        safe_fetch(f"http://127.0.0.1:{receiver.server_address[1]}/", max_bytes=100, timeout=2)
    assert receiver.hits == []
