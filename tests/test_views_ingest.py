"""The "Add articles" page: paste, upload and fetch, for editors only."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import SAMPLE_DIR
from tracker.models import Source

pytestmark = pytest.mark.django_db
URL = reverse("source-create")
DATED = SAMPLE_DIR / "004_9655ec19fbc129ec.txt"


def test_anonymous_visitor_is_sent_to_log_in(client):
    r = client.get(URL)
    assert r.status_code == 302 and r["Location"].startswith(reverse("login"))


def test_anonymous_post_is_refused_and_stores_nothing(client):
    r = client.post(URL, {"mode": "paste", "text": DATED.read_text()})
    assert r.status_code == 403
    assert not Source.objects.exists()


def test_reader_without_editor_role_is_refused(client, reader):
    client.force_login(reader)
    r = client.post(URL, {"mode": "paste", "text": DATED.read_text()})
    assert r.status_code == 403
    assert not Source.objects.exists()


def test_editor_pastes_an_article_and_lands_on_its_page(editor_client):
    r = editor_client.post(
        URL,
        {"mode": "paste", "text": DATED.read_text(), "title": "Pompeo at Asean", "outlet": "ST"},
    )
    source = Source.objects.get()
    assert r.status_code == 302 and r["Location"] == source.get_absolute_url()
    assert source.title == "Pompeo at Asean" and source.quotations.exists()


def test_pasting_the_same_article_twice_says_already_ingested(editor_client):
    editor_client.post(URL, {"mode": "paste", "text": DATED.read_text()})
    r = editor_client.post(URL, {"mode": "paste", "text": DATED.read_text()})
    assert r.status_code == 200
    assert "already ingested" in r.content.decode()
    assert Source.objects.count() == 1


def test_empty_paste_is_a_form_error(editor_client):
    r = editor_client.post(URL, {"mode": "paste", "text": ""})
    assert r.status_code == 400
    assert "This field is required" in r.content.decode()


def test_uploading_a_binary_file_shows_an_error_and_stores_nothing(editor_client):
    upload = SimpleUploadedFile("scan.txt", b"\x00\x01\x02\xff" * 100)
    r = editor_client.post(URL, {"mode": "upload", "files": [upload]}, follow=True)
    assert r.redirect_chain[0][0].startswith("/jobs/")
    body = r.content.decode()
    assert "binary file" in body and "0 ingested" in body.replace("</strong>", "")
    assert not Source.objects.exists()


def test_uploading_several_files_reports_each(editor_client):
    files = [
        SimpleUploadedFile(p.name, p.read_bytes()) for p in sorted(SAMPLE_DIR.glob("*.txt"))
    ] + [SimpleUploadedFile("notes.txt", b"   ")]
    r = editor_client.post(URL, {"mode": "upload", "files": files}, follow=True)
    body = r.content.decode()
    assert "2 ingested 0 duplicates 1 failed" in " ".join(re.sub("<[^>]+>", " ", body).split())
    assert "notes.txt is empty" in body
    assert Source.objects.count() == 2
    for source in Source.objects.all():
        assert source.get_absolute_url() in body


def test_htmx_upload_sends_the_browser_to_the_job_page(editor_client, htmx_headers):
    upload = SimpleUploadedFile("a.jsonl", b'{"text": "Kang said so."}\n{oops\n')
    r = editor_client.post(URL, {"mode": "upload", "files": [upload]}, headers=htmx_headers)
    assert r.status_code == 200 and r.headers["HX-Redirect"].startswith("/jobs/")
    body = editor_client.get(r.headers["HX-Redirect"]).content.decode()
    assert "a.jsonl:2" in body


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):
        status, kind, body = self.pages.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site():
    """A web server on the loopback address: tests never reach the internet."""
    paragraphs = "".join(f"<p>{line}</p>" for line in DATED.read_text().split("\n\n"))
    _Handler.pages = {
        "/story": (
            200,
            "text/html; charset=utf-8",
            f"<html><head><title>Pompeo urges pressure</title></head><body><article>"
            f"<h1>Pompeo urges pressure</h1>{paragraphs}</article></body></html>".encode(),
        ),
        "/photo": (200, "image/png", b"\x89PNG"),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_editor_fetches_an_article_from_a_url(editor_client, local_site):
    r = editor_client.post(URL, {"mode": "fetch", "fetch_url": f"{local_site}/story"})
    source = Source.objects.get()
    assert r.status_code == 302 and r.url.startswith("/jobs/")
    assert source.get_absolute_url() in editor_client.get(r.url).content.decode()
    assert source.url == f"{local_site}/story"
    assert source.title == "Pompeo urges pressure"
    assert "Mr Pompeo said" in source.text


@pytest.mark.parametrize(("path", "message"), [("/gone", "HTTP 404"), ("/photo", "image/png")])
def test_fetch_errors_are_explained_and_store_nothing(editor_client, local_site, path, message):
    r = editor_client.post(URL, {"mode": "fetch", "fetch_url": f"{local_site}{path}"}, follow=True)
    assert r.redirect_chain[0][0].startswith("/jobs/")
    assert message in r.content.decode()
    assert not Source.objects.exists()
