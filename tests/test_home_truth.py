"""The home page tells the truth: repeats over the corpus's own last days (one stray later
article does not empty them), latest articles by publication date, and what changed since a
logged-in user's last visit."""

from __future__ import annotations

import datetime
import hashlib

import pytest
from django.urls import reverse
from django.utils import timezone

from tracker.models import Correction, Quotation, Source, Statement

pytestmark = pytest.mark.django_db


def article(title: str, day: datetime.date | None) -> Source:
    return Source.objects.create(
        title=title,
        text=title,
        content_hash=hashlib.sha256(title.encode()).hexdigest(),
        published=day,
    )


def test_one_later_article_does_not_empty_repeated_most(client):
    for n in range(3):
        article(f"2016 story {n}", datetime.date(2016, 3, 1 + n))
    Statement.objects.create(
        text="We will win so much",
        quotation_count=4,
        story_count=3,
        last_date=datetime.date(2016, 3, 3),
    )
    article("A pasted 2019 story", datetime.date(2019, 6, 1))
    html = client.get(reverse("home")).content.decode()
    assert html.count("We will win so much") == 2  # in both lists
    assert "Nothing repeated" not in html


def test_latest_articles_come_by_publication_date(client):
    article("Published first, ingested last", datetime.date(2020, 1, 1))
    article("Published last, ingested first", datetime.date(2021, 1, 1))
    Source.objects.filter(title__startswith="Published first").update(
        ingested_at=timezone.now() + datetime.timedelta(hours=1)
    )
    html = client.get(reverse("home")).content.decode()
    assert html.index("Published last, ingested first") < html.index("Published first, ingested")


def test_home_tells_an_editor_what_changed_since_the_last_visit(
    editor_client, reader, founding_articles
):
    editor_client.get(reverse("home"))  # the first visit sets the marks
    session = editor_client.session
    earlier = (timezone.now() - datetime.timedelta(hours=2)).isoformat()
    session["home_last"]["at"] = earlier
    session.save()
    new = article("Fresh news", datetime.date(2018, 8, 5))
    Quotation.objects.create(source=new, start=0, end=5, text="Fresh")
    Correction.objects.create(user=reader, action="confirm", target_type="quotation", target_id=1)
    html = editor_client.get(reverse("home")).content.decode()
    assert "Since your last visit" in html
    assert "<strong>1</strong> new article" in html and "<strong>1</strong> quotation " in html
    assert "<strong>1</strong> correction by other editors" in html
    # Reloading within the visit still shows it.
    assert "<strong>1</strong> new article" in editor_client.get(reverse("home")).content.decode()
