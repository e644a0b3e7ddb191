"""Quotation rows drawn in Python (tracker.templatetags.drawn): every text from data is
escaped, and the row says who, when, where, how sure, and links to its pages."""

from __future__ import annotations

import datetime
import hashlib

import pytest
from django.utils.safestring import mark_safe

from tracker.models import Quotation, Source, Speaker, Statement
from tracker.templatetags.drawn import quotation_row

pytestmark = pytest.mark.django_db


def _quotation(**fields) -> Quotation:
    text = fields.pop("text", "<script>alert(1)</script> & more")
    body = f'"{text}," they said.'
    source = Source.objects.create(
        text=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        published=fields.get("published"),
        outlet=fields.pop("outlet", "Wire & <Co>"),
        title=fields.pop("title", "A <b>headline</b> " + "long " * 20),
        url=fields.pop("url", 'https://example.org/a?x=1&y="2"'),
    )
    quotation = Quotation.objects.create(
        source=source, start=1, end=1 + len(text), text=text, **fields
    )
    return Quotation.objects.select_related("source", "speaker", "statement").get(pk=quotation.pk)


def test_a_row_escapes_every_text_from_data():
    speaker = Speaker.objects.create(name="Ann <i>O'Neil</i>", slug="ann-oneil")
    html = quotation_row(_quotation(speaker=speaker, confidence=0.42), show_speaker=True)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "Ann &lt;i&gt;O&#x27;Neil&lt;/i&gt;" in html and 'href="/speakers/ann-oneil/"' in html
    assert '<span class="outlet">Wire &amp; &lt;Co&gt;</span>' in html
    assert 'cite="https://example.org/a?x=1&amp;y=&quot;2&quot;"' in html
    assert "A &lt;b&gt;headline&lt;/b&gt; long" in html and "…</a>" in html  # 70 characters
    assert '<span class="confidence low"' in html and "42% sure" in html
    assert "<time>Undated</time>" in html


def test_a_row_on_a_speakers_own_page_leaves_the_speaker_out():
    speaker = Speaker.objects.create(name="Ann Lee", slug="ann-lee")
    html = quotation_row(_quotation(speaker=speaker))
    assert "Ann Lee" not in html and 'class="speaker' not in html


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"speaker_description": "a <senior> official"}, "Unnamed: a &lt;senior&gt; official"),
        (
            {"speaker_description": "Clinton", "speaker_ambiguous": True},
            "Ambiguous: “Clinton”",
        ),
        ({}, "Unattributed"),
    ],
)
def test_a_row_without_a_named_speaker_says_what_the_article_gave(fields, shown):
    assert shown in quotation_row(_quotation(**fields), show_speaker=True)


def test_a_row_links_its_statement_when_told_in_several_stories_and_says_checked():
    statement = Statement.objects.create(text="x", story_count=3)
    quotation = _quotation(
        statement=statement,
        attribution_status="confirmed",
        published=datetime.date(2018, 8, 4),
    )
    html = quotation_row(quotation, highlighted=mark_safe("<mark>kept</mark> as given"))
    assert f'href="/statements/{statement.pk}/"' in html and "repeated in 3 stories" in html
    assert '<time datetime="2018-08-04">4 Aug 2018</time>' in html
    assert "; checked by an editor" in html and ">checked</span>" in html
    assert "<p><mark>kept</mark> as given</p>" in html
    assert f'href="/quotations/{quotation.pk}/">Cite</a>' in html
    assert f'href="/sources/{quotation.source_id}/#q{quotation.pk}"' in html


def test_a_highlight_that_is_not_marked_safe_is_escaped():
    html = quotation_row(_quotation(), highlighted="<mark>not trusted</mark>")
    assert "&lt;mark&gt;not trusted&lt;/mark&gt;" in html


@pytest.mark.parametrize(
    ("status", "badge"),
    [(Quotation.Status.AUTO, True), (Quotation.Status.CONFIRMED, False)],
)
def test_a_row_bound_by_the_family_name_alone_says_so_until_an_editor_checks_it(status, badge):
    speaker = Speaker.objects.create(name="Barack Obama", slug="barack-obama")
    quotation = _quotation(speaker=speaker, speaker_description="Obama", attribution_status=status)
    html = quotation_row(quotation)
    assert ("by family name" in html) is badge
    assert ("The article writes only “Obama”" in html) is badge
    plain = _quotation(speaker=speaker, text="another", url="")
    assert "by family name" not in quotation_row(plain)


@pytest.mark.parametrize(
    ("status", "badge"),
    [(Quotation.Status.AUTO, True), (Quotation.Status.CONFIRMED, False)],
)
def test_the_reader_and_statement_pages_show_the_family_badge_too(client, status, badge):
    speaker = Speaker.objects.create(name="Barack Obama", slug="barack-obama")
    statement = Statement.objects.create(text="x")
    quotation = _quotation(
        speaker=speaker,
        speaker_description="<b>Obama</b>",
        attribution_status=status,
        statement=statement,
    )
    for url in (f"/sources/{quotation.source_id}/", f"/statements/{statement.pk}/"):
        html = client.get(url).content.decode()
        assert (">by family name</span>" in html) is badge, url
        assert "<b>Obama</b>" not in html  # the note is escaped like the rest


@pytest.mark.parametrize(
    ("confidence", "shown"), [(0.997, "99% sure"), (1.0, "100% sure"), (0.004, "1% sure"),
                              (0.5, "50% sure")])
def test_a_row_never_overstates_how_sure_the_extractor_is(confidence, shown):
    html = quotation_row(_quotation(confidence=confidence))
    assert shown in html
