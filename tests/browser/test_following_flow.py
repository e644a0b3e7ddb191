"""A reader follows a speaker on a topic, a statement and a talking point, a new article
arrives through the ingest job, and the alert shows up in the header and the alert list
(screenshots)."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import User

from tests.conftest import FOUNDING_OUTLETS, SAMPLE_DIR
from tracker.linking import phrases
from tracker.models import (
    Alert,
    IngestJob,
    Quotation,
    Speaker,
    TalkingPoint,
    TalkingPointUse,
)
from tracker.services import jobs
from tracker.services.articles import ArticleInput, records_from_bytes
from tracker.services.ingest import ingest_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"
NEW_ARTICLE = (
    "WASHINGTON, Aug. 6 (Reuters) - Secretary of State Mike Pompeo said on Monday that the "
    'pressure on Pyongyang would stay. "We will keep the sanctions until the final, fully '
    'verified denuclearization of North Korea," Pompeo told reporters.'
)


def _ingest(text: str, title: str, outlet: str, date: str = "") -> None:
    outcome = ingest_article(
        ArticleInput(text=text, title=title, outlet=outlet, date=date, origin=f"{outlet}.txt")
    )
    assert outcome.source is not None, outcome.message


def _ingest_by_job(text: str, title: str, outlet: str, date: str) -> None:
    """As the upload form does: an ingest job, its units run by the task backend."""
    row = json.dumps({"text": text, "title": title, "outlet": outlet, "date": date})
    records = list(records_from_bytes(f"{outlet}.jsonl", (row + "\n").encode()))
    job = jobs.start_ingest(f"{outlet}.jsonl", groups=[records])
    job.refresh_from_db()
    assert job.status == IngestJob.Status.DONE and job.summary.startswith("1 ingested"), job.error


@pytest.fixture
def reader_page(page, transactional_db):
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        _ingest(
            path.read_text(encoding="utf-8"),
            f"North Korea sanctions ({path.stem[:3]})",
            FOUNDING_OUTLETS[path.stem[:3]],
        )
    User.objects.create_user("rita", password=PASSWORD)
    page.goto("/accounts/login/?next=/")
    page.get_by_label("User name").fill("rita")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/$"))
    return page


def _at_phone_width(browser, page, path: str, name: str, screenshot) -> None:
    context = browser.new_context(
        base_url=page.url.split("/", 3)[0] + "//" + page.url.split("/", 3)[2],
        viewport={"width": 390, "height": 844},
        storage_state=page.context.storage_state(),
    )
    phone = context.new_page()
    phone.goto(path)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{path} scrolls sideways at 390 px ({width} px)"
    screenshot(phone, name)
    context.close()


def test_follow_a_speaker_on_a_topic_and_a_statement_then_get_alerted(
    reader_page, browser, screenshot
):
    page = reader_page
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    statement = pompeo.quotations.filter(text__contains="fully verified").first().statement

    page.goto(pompeo.get_absolute_url())
    follow = page.locator(".follow")
    follow.get_by_label("On topic").fill("sanctions")
    follow.get_by_role("button", name="Follow").click()
    page.get_by_text("Following on “sanctions”").wait_for()
    assert "/speakers/" in page.url  # swapped in place by htmx, no reload
    screenshot(page, "following-00-speaker-followed", full_page=False)

    page.goto(statement.get_absolute_url())
    page.locator(".follow").get_by_role("button", name="Follow").click()
    page.locator(".follow").get_by_text("Following").wait_for()

    # A talking point of Pompeo's, as `manage.py talking_points` stores one.
    point = TalkingPoint.objects.create(
        speaker=pompeo,
        phrase="fully verified denuclearization",
        normalised="fully verified denuclearization",
        story_count=2,
        outlet_count=2,
        share=1.0,
    )
    for quotation in Quotation.objects.filter(speaker=pompeo):
        if phrases.contains(phrases.said_words(quotation.text), tuple(point.normalised.split())):
            TalkingPointUse.objects.create(talking_point=point, quotation=quotation, own=True)
    page.goto(point.get_absolute_url())
    page.locator(".follow").get_by_role("button", name="Follow").click()
    page.locator(".follow").get_by_text("Following").wait_for()
    screenshot(page, "following-00-talking-point-followed", full_page=False)
    _at_phone_width(
        browser,
        page,
        point.get_absolute_url(),
        "following-00-talking-point-followed-390",
        screenshot,
    )

    page.goto("/quotations/?q=sanctions")
    screenshot(page, "following-00-search-follow", full_page=False)

    page.goto("/following/")
    assert page.get_by_text("Mike Pompeo on “sanctions”").is_visible()
    talking_point = "“fully verified denuclearization”, a talking point of Mike Pompeo"
    assert page.get_by_text(talking_point).is_visible()
    screenshot(page, "following-01-following-page")
    _at_phone_width(browser, page, "/following/", "following-01-following-page-390", screenshot)

    # A new article arrives through the ingest job; matching runs once it commits.
    _ingest_by_job(NEW_ARTICLE, "Pompeo presses on sanctions", "Wire One", "2018-08-06")
    page.goto("/")
    alerts_link = page.locator(".alerts-link")
    assert alerts_link.locator(".unread-count").inner_text() == "1"
    alerts_link.click()
    page.wait_for_url(re.compile(r"/notifications/$"))
    alert = page.locator(".alert-list .alert").first
    text = alert.inner_text()
    assert "Mike Pompeo on “sanctions”" in text and "Pompeo presses on sanctions" in text
    assert talking_point in text
    assert "Pompeo told reporters." in text and "statement timeline" in text
    assert alert.locator("ins").count() >= 1  # the wording changes of the resurfacing statement

    # A reprint of the same story in another outlet: no second alert, one more outlet.
    _ingest_by_job(
        NEW_ARTICLE + "\n\nAdditional reporting by the Seoul bureau.",
        "Pompeo presses on sanctions",
        "Wire Two",
        "2018-08-07",
    )
    page.reload()
    assert page.locator(".alert-list .alert").count() == 1
    assert "Wire One, Wire Two" in page.locator(".alert-list .alert").first.inner_text()
    assert Alert.objects.count() == 1
    screenshot(page, "following-02-alerts")
    _at_phone_width(browser, page, "/notifications/", "following-02-alerts-390", screenshot)

    page.goto(statement.get_absolute_url())
    assert page.get_by_role("heading", name="Who said it first").is_visible()
    assert "picks it up" in page.locator(".provenance").inner_text()
    screenshot(page, "following-03-statement-provenance")
    _at_phone_width(
        browser,
        page,
        statement.get_absolute_url(),
        "following-03-statement-provenance-390",
        screenshot,
    )
    assert page.js_errors == []
