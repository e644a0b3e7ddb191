"""Fixtures for following and alerts: articles ingested through the real pipeline, a reader
who follows things, and a local HTTP server that receives webhooks."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tracker.services.articles import ArticleInput
from tracker.services.ingest import ingest_article

NEW_ARTICLE = (
    "Pompeo presses on sanctions\n\n"
    "WASHINGTON, Aug. 6 (Reuters) - Secretary of State Mike Pompeo said on Monday that the "
    'pressure on Pyongyang would stay. "We will keep the sanctions until the final, fully '
    'verified denuclearization of North Korea," Pompeo told reporters. "The talks are going '
    'well," said Kim Jong Un.'
)
# The same story run by another outlet: the same title, a different last line.
REPRINT = NEW_ARTICLE + "\n\nReporting by the wire desk; editing by the Seoul bureau."


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Ingest one article and run what waits for its commit (matching, delivery)."""

    def run(
        text: str = NEW_ARTICLE,
        title: str = "Pompeo presses on sanctions",
        outlet: str = "Wire One",
        date: str = "2018-08-06",
        url: str | None = None,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            outcome = ingest_article(
                ArticleInput(
                    text=text,
                    title=title,
                    outlet=outlet,
                    date=date,
                    url=url,
                    origin=f"{outlet}.txt",
                )
            )
        assert outcome.source is not None, outcome.message
        return outcome.source

    return run


@pytest.fixture
def texts() -> dict[str, str]:
    return {"new": NEW_ARTICLE, "reprint": REPRINT}


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@dataclass
class Receiver:
    """Requests a local webhook server received; it fails the first `fail` of them."""

    url: str
    requests: list[dict] = field(default_factory=list)
    fail: int = 0
    redirect: str = ""

    def bodies(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]


@pytest.fixture
def webhook_server(settings):
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    settings.ALLOWED_HOSTS = ["testserver"]  # 127.0.0.1 is the receiver here, not this site
    settings.WEBHOOK_BACKOFF_SECONDS = 0
    receiver = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            receiver.requests.append({"headers": dict(self.headers), "body": body})
            failing = len(receiver.requests) <= receiver.fail
            if receiver.redirect:
                self.send_response(302)
                self.send_header("Location", receiver.redirect)
            else:
                self.send_response(503 if failing else 204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield receiver
    server.shutdown()
    server.server_close()
