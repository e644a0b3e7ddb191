"""Inputs that used to crash or corrupt: per-record validation, dates, charts, query strings."""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from tests.conftest import SAMPLE_DIR
from tracker.charts import MAX_BARS, fill_months
from tracker.middleware import NUL_MESSAGE
from tracker.models import Quotation, Source, Speaker, Statement

pytestmark = pytest.mark.django_db
GOOD_TEXT = (SAMPLE_DIR / "004_9655ec19fbc129ec.txt").read_text()
LONG_NAME = "Bartholomew " + " ".join(["Xavierlongname"] * 20) + " Smith"


def _line(**fields) -> str:
    return json.dumps({"text": f"Kang Kyung-wha said: “We talk {len(fields)}.”", **fields})


BAD_LINES = [
    (_line(url="http://a.example/\u0000x"), '"url" field contains a NUL'),
    ('{"text": "Kang said \\"so\\" \\ud800 here."}', '"text" field contains an invalid character'),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": ' + '{"a": ' * 50 + "1" + "}" * 50 + "}", '"text" field is missing'),
    (_line(url="https://a.example/" + "x" * 2500), '"url" field is 2,518 characters long'),
    (_line(url="javascript:alert(document.cookie)"), '"url" field is not an http'),
    (_line(url=" JavaScript:alert(1)"), '"url" field is not an http'),
    (_line(url="data:text/html,<script>alert(1)</script>"), '"url" field is not an http'),
    (_line(url="ftp://files.example/a"), '"url" field is not an http'),
    (_line(title="T" * 501), '"title" field is 501 characters long'),
    (_line(outlet="\u0000"), '"outlet" field contains a NUL'),
    (_line(title=["a list"]), '"title" field must be text'),
    ('{"text": "Kang said \\"ok\\" \\u0000 then."}', '"text" field contains a NUL'),
    (_line(date="0001-01-01"), "outside 1800-"),
    (_line(date="9999-12-31"), "outside 1800-"),
]


@pytest.fixture
def feed(tmp_path):
    lines = [line for line, _ in BAD_LINES]
    lines.append(json.dumps({"text": GOOD_TEXT, "url": "https://news.example/pompeo"}))
    lines.append(
        json.dumps({"text": f'"We will win the war," said {LONG_NAME}.', "title": "Long name"})
    )
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_names_file_line_and_field_goes_on_and_exits_non_zero(feed, capsys):
    with pytest.raises(CommandError, match=f"{len(BAD_LINES)} failed"):
        call_command("ingest", str(feed))
    out, err = capsys.readouterr()
    assert f"2 ingested, 0 duplicates, {len(BAD_LINES)} failed" in out
    for number, (_, message) in enumerate(BAD_LINES, 1):
        assert re.search(rf"feed\.jsonl:{number}: .*{re.escape(message)}", err), message
    assert Source.objects.count() == 2
    assert Source.objects.filter(url="https://news.example/pompeo").exists()


def test_an_over_long_speaker_name_leaves_the_quote_unattributed(feed, capsys):
    with pytest.raises(CommandError):
        call_command("ingest", str(feed))
    source = Source.objects.get(title="Long name")
    quotation = source.quotations.get()
    assert quotation.speaker is None and quotation.text == "We will win the war,"
    assert not Speaker.objects.filter(name__startswith="Bartholomew").exists()


def test_web_upload_of_the_same_feed_answers_with_a_report_not_a_500(feed, editor_client):
    upload = SimpleUploadedFile("feed.jsonl", feed.read_bytes())
    r = editor_client.post(
        reverse("source-create"), {"mode": "upload", "files": [upload]}, follow=True
    )
    body = r.content.decode()
    assert r.status_code == 200
    assert "feed.jsonl:6: the &quot;url&quot; field is not an http" in body
    assert Source.objects.count() == 2


def test_a_csv_javascript_url_is_refused(editor_client):
    data = b'text,url\n"Kang said: ""We talk.""",javascript:alert(1)\n'
    upload = SimpleUploadedFile("feed.csv", data)
    r = editor_client.post(
        reverse("source-create"), {"mode": "upload", "files": [upload]}, follow=True
    )
    assert "feed.csv:2: the &quot;url&quot; field is not an http" in r.content.decode()
    assert not Source.objects.exists()


def test_pasted_javascript_url_is_a_form_error(editor_client):
    r = editor_client.post(
        reverse("source-create"), {"mode": "paste", "text": GOOD_TEXT, "url": "javascript:x()"}
    )
    assert r.status_code == 400 and not Source.objects.exists()


def test_an_oversized_paste_is_explained(editor_client, settings):
    r = editor_client.post(
        reverse("source-create"),
        {"mode": "paste", "text": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)},
    )
    assert r.status_code == 413
    assert "one article may be at most 2 MB of text" in r.content.decode()
    assert not Source.objects.exists()


# ---------------------------------------------------------------- dates and charts
def test_dates_outside_the_plausible_range_are_refused_and_a_setting_widens_it(settings):
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import FAILED, INGESTED, ingest_article

    outcome = ingest_article(ArticleInput(text=GOOD_TEXT, date="1799-12-31", origin="a.txt"))
    assert outcome.status == FAILED and '"date" 1799-12-31 is outside 1800-' in outcome.message
    next_year = dt.date.today().year + 1
    assert ingest_article(ArticleInput(text=GOOD_TEXT, date=f"{next_year + 1}-01-01")).status == (
        FAILED
    )
    settings.DATE_MIN_YEAR = 1
    assert ingest_article(ArticleInput(text=GOOD_TEXT, date="0001-01-01")).status == INGESTED


def test_an_absurd_dateline_leaves_the_article_undated():
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import ingest_article

    text = "date 0001-01-01 SEOUL - " + GOOD_TEXT.split(" - ", 1)[1]
    source = ingest_article(ArticleInput(text=text)).source
    assert source is not None and source.published is None


def test_editor_cannot_set_an_absurd_date(editor_client, founding_articles):
    source = founding_articles[0]
    url = reverse("source-update", args=[source.pk])
    data = {"title": source.title, "outlet": source.outlet, "version": source.version}
    r = editor_client.post(url, data | {"published": "9999-12-31"})
    assert r.status_code == 400 and "Use a date from 1800 to" in r.content.decode()
    source.refresh_from_db()
    assert source.published is None
    r = editor_client.post(url, data | {"published": "2018-08-04"})
    source.refresh_from_db()
    assert source.published == dt.date(2018, 8, 4)


def test_chart_bars_are_capped_whatever_the_range():
    series = fill_months({dt.date(1, 1, 1): 3, dt.date(9999, 12, 1): 4})
    assert len(series) <= MAX_BARS
    assert sum(count for _, count in series) == 7
    assert len(fill_months({dt.date(2018, 1, 1): 1, dt.date(2019, 12, 1): 1})) == 24


def test_speaker_page_with_extreme_dates_stays_small(client, settings):
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import ingest_article

    settings.DATE_MIN_YEAR, settings.DATE_MAX_YEAR = 1, 9999
    for day, words in (("0001-01-01", "first"), ("9999-12-31", "last")):
        text = f'Kim Jong-un said: "We are {words} in line and ready." He smiled.'
        assert ingest_article(ArticleInput(text=text, date=day)).source is not None
    speaker = Speaker.objects.get(name__contains="Kim")
    r = client.get(speaker.get_absolute_url())
    assert r.status_code == 200
    page = r.content.decode()
    # A linked bar also draws its column's hit area (rect class="hit"): count the bars alone.
    assert page.count("<rect") - page.count('<rect class="hit"') <= MAX_BARS
    assert len(r.content) < 200_000


# ---------------------------------------------------------------- query strings
NASTY = [
    "!!!",
    "\\",
    "*:*",
    "&:|!()<>*",
    "'",
    "%",
    "-1",
    "0",
    "9" * 30,
    "0001-01-01",
    "9999-12-31",
    "<script>alert(1)</script>",
    "a" * 3000,
    "\ufffd\U0001f600",
    " ",
]
PARAMS = [
    "q", "speaker", "speakers", "outlet", "start", "end", "page", "group", "period",
    "statement", "page_size", "next", "field", "exclude", "name", "mode",
]  # fmt: skip


def _get_urls(founding_articles) -> list[str]:
    source = founding_articles[0]
    quotation = Quotation.objects.exclude(speaker=None).first()
    statement = Statement.objects.first()
    return [
        reverse("home"),
        reverse("source-list"),
        reverse("source-detail", args=[source.pk]),
        reverse("source-create"),
        reverse("speaker-list"),
        quotation.speaker.get_absolute_url(),
        reverse("speaker-history", args=[quotation.speaker.slug]),
        reverse("quotation-list"),
        reverse("quotation-export", args=["csv"]),
        reverse("quotation-export", args=["json"]),
        reverse("quotation-history", args=[quotation.pk]),
        reverse("quotation-edit", args=[quotation.pk]),
        reverse("statement-detail", args=[statement.pk]),
        reverse("compare"),
        reverse("compare-export", args=["csv"]),
        reverse("correction-list"),
        reverse("review-queue"),
        reverse("speaker-autocomplete"),
        reverse("api-quotations"),
        reverse("api-speakers"),
        reverse("api-statements"),
        reverse("login"),
    ]


@pytest.mark.parametrize("as_editor", [False, True])
def test_no_get_url_answers_500_to_nasty_query_strings(
    client, editor, founding_articles, as_editor
):
    if as_editor:
        client.force_login(editor)
    for url in _get_urls(founding_articles):
        for value in NASTY:
            query = "&".join(f"{name}={quote(value)}" for name in PARAMS)
            r = client.get(f"{url}?{query}")
            assert r.status_code < 500, (url, value, r.status_code)
            r = client.get(f"{url}?q={quote(value)}")
            assert r.status_code < 500, (url, value)


@pytest.mark.parametrize(
    "path",
    [
        "/quotations/?speaker=%27%00%27",
        "/compare/?speakers=%27%00%27",
        "/quotations/?q=a%00b",
        "/speakers/?q=%00",
        "/api/quotations/?outlet=%00",
        "/?x%00=1",
    ],
)
def test_nul_in_any_parameter_is_a_400_with_a_message(client, founding_articles, path):
    r = client.get(path)
    assert r.status_code == 400
    assert NUL_MESSAGE in r.content.decode()


@pytest.mark.parametrize("q", ["!!!", "\\", "*:*", "&:|!()<>*"])
def test_a_query_without_words_is_no_query(client, founding_articles, q):
    r = client.get(reverse("quotation-list"), {"q": q})
    assert r.status_code == 200
    assert r.context["q"] == ""
    everything = client.get(reverse("quotation-list"))
    assert r.content.decode().count('class="quotation') == everything.content.decode().count(
        'class="quotation'
    )


def test_every_page_sends_csp_and_permissions_policy(client, editor, founding_articles):
    client.force_login(editor)
    for url in _get_urls(founding_articles):
        r = client.get(url)
        csp = r.headers.get("Content-Security-Policy", "")
        assert "script-src 'self'" in csp and "unsafe" not in csp, url
        assert "camera=()" in r.headers.get("Permissions-Policy", ""), url
