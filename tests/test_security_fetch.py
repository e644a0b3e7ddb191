"""SSRF: the URL fetcher refuses internal addresses, re-checks redirects and keeps a deadline.

Only loopback servers are contacted; every other address class is refused before any packet.
"""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from tracker.models import Source
from tracker.netsafety import (
    REFUSED_MESSAGE,
    FetchError,
    FetchRefused,
    address_allowed,
    check_url,
    safe_fetch,
)

PAGE = (
    b"<html><head><title>Kim meets Moon</title></head><body><article><h1>Kim meets Moon</h1>"
    + b"<p>Moon Jae-in said: \"We will talk again soon and keep our promise.\"</p>" * 5
    + b"</article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.hosts.append(self.headers.get("Host"))
        if self.path.startswith("/to?"):
            self.send_response(302)
            self.send_header("Location", self.path[4:])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path in ("/drip", "/drip-headers"):
            if self.path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
            for _ in range(200):  # bounded: 20 s at most
                try:
                    self.wfile.write(b"H" if self.path == "/drip-headers" else b"<p>x</p>")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
        elif self.path == "/ours":
            body = b'<html><head><meta name="generator" content="Quote Tracker"></head>' + PAGE
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 5000 + b"</p>")
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.hosts = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def open_loopback(settings):
    """Tests only: let the fetcher reach 127.0.0.1 (and nothing else on loopback)."""
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.ALLOWED_HOSTS = ["testserver"]


def _base(server) -> str:
    return f"http://127.0.0.1:{server.server_port}"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- the address policy
@pytest.mark.parametrize(
    "ip",
    [
        "127.0.0.1",
        "127.255.0.9",
        "::1",
        "0.0.0.0",
        "::",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "100.64.0.1",
        "169.254.169.254",
        "fe80::1",
        "fc00::1",
        "224.0.0.1",
        "ff02::1",
        "240.0.0.1",
        "255.255.255.255",
        "192.0.2.1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "2002:7f00:1::",
        "not an address",
    ],
)
def test_internal_and_special_addresses_are_refused(ip):
    assert not address_allowed(ip)


@pytest.mark.parametrize("ip", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_pass_the_policy(ip):
    assert address_allowed(ip)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/admin/login/",
        "http://0.0.0.0:8000/",
        "http://[::1]/",
        "http://2130706433/",  # 127.0.0.1 as one number
        "http://127.1/",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://[::ffff:127.0.0.1]/",
        "ftp://93.184.216.34/file",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_INFO",
        "javascript:alert(1)",
        "http:///nohost",
        "http://127.0.0.1:99999/",
    ],
)
def test_fetch_refuses_internal_and_non_http_addresses_with_one_message(db, url):
    with pytest.raises(FetchRefused) as caught:
        safe_fetch(url, max_bytes=10_000, timeout=2)
    assert str(caught.value) == REFUSED_MESSAGE


def test_a_name_with_any_private_address_is_refused(monkeypatch):
    def resolve(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(FetchRefused):
        safe_fetch("http://mixed.example/", max_bytes=1000, timeout=2)


def test_this_sites_own_host_is_refused(settings):
    settings.ALLOWED_HOSTS = ["quotes.example.org"]
    for url in ("https://quotes.example.org/sources/1/", "http://www.quotes.example.org/"):
        with pytest.raises(FetchRefused):
            check_url(url)


def test_loopback_server_is_refused_without_the_test_allow_list(server):
    with pytest.raises(FetchRefused):
        safe_fetch(_base(server) + "/page", max_bytes=10_000, timeout=2)
    assert server.hosts == []  # never contacted


# ---------------------------------------------------------------- fetching, with the allow list
def test_allowed_fetch_returns_the_page(server, open_loopback):
    page = safe_fetch(_base(server) + "/page", max_bytes=100_000, timeout=5, accept={"text/html"})
    assert page.status == 200 and page.body == PAGE and page.charset == "utf-8"


def test_connection_is_pinned_to_the_checked_address(server, open_loopback, monkeypatch):
    """One lookup per hop, connect to that IP: a second, rebound answer is never used."""
    answers = iter(["127.0.0.1", "10.9.9.9", "10.9.9.9"])
    calls = []

    def resolve(host, port, *args, **kwargs):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    url = f"http://news.test:{server.server_port}/page"
    page = safe_fetch(url, max_bytes=100_000, timeout=5)
    assert page.body == PAGE
    assert calls == ["news.test"]
    assert server.hosts == [f"news.test:{server.server_port}"]


def test_redirects_are_followed_only_to_allowed_addresses(server, open_loopback):
    base = _base(server)
    page = safe_fetch(f"{base}/to?/page", max_bytes=100_000, timeout=5)
    assert page.body == PAGE and page.url == f"{base}/page"
    for target in (
        f"http://127.0.0.2:{server.server_port}/page",  # loopback outside the test allow list
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost/",
        "ftp://127.0.0.1/x",
        "file:///etc/passwd",
    ):
        with pytest.raises(FetchRefused) as caught:
            safe_fetch(f"{base}/to?{target}", max_bytes=100_000, timeout=5)
        assert str(caught.value) == REFUSED_MESSAGE


def test_endless_redirects_stop(server, open_loopback):
    with pytest.raises(FetchError, match="redirected too many times") as caught:
        safe_fetch(_base(server) + "/loop", max_bytes=1000, timeout=5)
    assert caught.value.status == 302


def test_with_no_redirects_allowed_the_first_redirect_is_an_error_with_its_status(
    server, settings
):
    """How webhooks call it: max_redirects=0, and their networks as the caller's allow list
    (FETCH_ALLOWED_NETWORKS stays empty)."""
    settings.ALLOWED_HOSTS = ["testserver"]
    with pytest.raises(FetchError) as caught:
        safe_fetch(
            f"{_base(server)}/to?/page",
            max_redirects=0,
            max_bytes=1000,
            timeout=5,
            allow=["127.0.0.1/32"],
        )
    assert caught.value.status == 302
    assert server.hosts == [f"127.0.0.1:{server.server_port}"]  # /page never asked for


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_slow_drip_is_cut_at_the_overall_deadline(server, open_loopback, path):
    started = time.monotonic()
    with pytest.raises(FetchRefused):
        safe_fetch(_base(server) + path, max_bytes=1_000_000, timeout=1)
    assert time.monotonic() - started < 2.5


def test_a_body_over_the_cap_is_refused(server, open_loopback):
    with pytest.raises(FetchError, match="byte limit"):
        safe_fetch(_base(server) + "/big", max_bytes=1000, timeout=5)


# ---------------------------------------------------------------- through the page
INGEST = reverse("source-create")


def _fetch_page(client, url: str) -> str:
    """The page an editor ends on after asking to fetch `url` (a job page, or the form)."""
    r = client.post(INGEST, {"mode": "fetch", "fetch_url": url}, follow=True)
    assert r.status_code in (200, 400)
    return r.content.decode()


@pytest.mark.django_db
def test_editor_cannot_fetch_an_internal_page_and_nothing_is_stored(editor_client, server):
    for url in (
        f"{_base(server)}/page",
        f"http://localhost:{server.server_port}/admin/login/",
        f"http://0.0.0.0:{server.server_port}/",
    ):
        assert REFUSED_MESSAGE in _fetch_page(editor_client, url)
    assert server.hosts == []
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_open_and_closed_internal_ports_get_the_same_answer(editor_client, server):
    for port in (server.server_port, _closed_port()):
        body = _fetch_page(editor_client, f"http://127.0.0.1:{port}/")
        assert REFUSED_MESSAGE in body
        assert "refused" not in body.lower().replace(REFUSED_MESSAGE.lower(), "")


@pytest.mark.django_db
def test_a_slow_drip_through_the_page_is_a_clear_refusal(
    editor_client, server, open_loopback, settings
):
    settings.FETCH_TIMEOUT_SECONDS = 1
    assert REFUSED_MESSAGE in _fetch_page(editor_client, f"{_base(server)}/drip")
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_fetching_a_page_of_this_site_stores_nothing(
    editor_client, server, open_loopback, settings
):
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
    assert REFUSED_MESSAGE in _fetch_page(editor_client, f"{_base(server)}/page")
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_a_page_of_this_site_under_another_address_is_not_stored_again(
    editor_client, server, open_loopback
):
    own = editor_client.get(reverse("home")).content
    assert b'<meta name="generator" content="Quote Tracker">' in own
    assert REFUSED_MESSAGE in _fetch_page(editor_client, f"{_base(server)}/ours")
    assert not Source.objects.exists()
