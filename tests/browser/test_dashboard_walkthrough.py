"""A reader's walk through the founding articles, in Debian's Chromium (screenshots saved)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tracker.models import Statement


def _type_until_offered(page, typed: str, option) -> None:
    """Type a name into the picker until its option shows. The picker's box is swapped in
    again after each pick; keys typed in the moment before htmx has wired the new box up
    send nothing (on a busy CI machine that moment is long enough to type into), so type
    again then, as a person would."""
    box = page.get_by_label("Speakers (two to four)")
    for _ in range(3):
        box.fill("")
        box.fill(typed)
        try:
            option.wait_for(timeout=4000)
            return
        except PlaywrightTimeout:
            continue
    option.wait_for()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_follows_sanctions_from_search_to_compare_and_export(
    page, founding_articles, screenshot
):
    page.goto("/")
    assert page.get_by_role("heading", name="Latest articles").is_visible()
    screenshot(page, "01-home")

    # Search from the home page, then refine live (htmx) without leaving the page.
    page.get_by_label("Search quotations").fill("sanctions")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/quotations/\?q=sanctions"))
    results = page.locator("#results .quote-card")
    assert results.count() >= 3
    assert page.locator("#results mark").first.inner_text().lower().startswith("sanction")
    screenshot(page, "02-search-sanctions")

    # Open Pompeo's page from a result and switch the timeline to monthly grouping.
    page.locator("#results a.speaker", has_text="Mike Pompeo").first.click()
    page.wait_for_url(re.compile(r"/speakers/mike-pompeo/"))
    assert page.get_by_role("heading", name="Mike Pompeo", level=1).is_visible()
    assert page.locator("figure.chart svg rect").count() >= 1
    screenshot(page, "03-speaker-pompeo")
    page.get_by_role("link", name="By month").click()
    page.wait_for_url(re.compile(r"group=month"))
    assert page.locator(".period-label", has_text="Aug 2018").is_visible()
    assert page.locator(".period-label", has_text="Undated").is_visible()
    assert page.get_by_role("link", name="By month").get_attribute("aria-current") == "true"
    screenshot(page, "04-speaker-pompeo-monthly")
    page.go_back()
    page.wait_for_url(re.compile(r"/speakers/mike-pompeo/$"))

    # The "final, fully verified denuclearization" talking point has its own page.
    ffvd = Statement.objects.get(text__icontains="fully verified")
    page.locator(f'a[href="/statements/{ffvd.pk}/"]').first.click()
    page.wait_for_url(f"**/statements/{ffvd.pk}/")
    assert page.locator(".timeline li").count() == 2
    assert page.get_by_role("heading", name="Wording variants").is_visible()
    assert page.locator(".variants ins, .variants del").count() >= 1
    screenshot(page, "05-statement-ffvd")

    # Compare Pompeo and Ma Zhaoxu on sanctions, then download the CSV.
    page.get_by_role("link", name="Compare", exact=True).click()
    for typed, name in (("Pompeo", "Mike Pompeo"), ("Ma Zhaoxu", "Ma Zhaoxu")):
        _type_until_offered(page, typed, page.locator("#compare-picker .option", has_text=name))
        page.locator("#compare-picker .option", has_text=name).click()
        page.locator("#compare-picker .chip", has_text=name).wait_for()
    page.get_by_label("Topic words").fill("sanctions")
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"/compare/\?.*speaker=ma-zhaoxu"))
    grid = page.locator("table.compare")
    assert grid.locator("thead th", has_text="Ma Zhaoxu").is_visible()
    assert "sanctions" in grid.inner_text().lower()
    screenshot(page, "06-compare-pompeo-ma")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(download_info.value.path().read_text("utf-8"))))
    assert {row["speaker"] for row in rows} == {"Mike Pompeo", "Ma Zhaoxu"}
    assert all("sanction" in row["text"].lower() for row in rows)
    assert page.js_errors == []


def test_the_article_reader_shows_who_said_a_highlighted_quotation(
    page, founding_articles, screenshot
):
    source = founding_articles[0]
    page.goto(source.get_absolute_url())
    legend = page.locator(".legend")
    assert legend.get_by_role("link", name="Mike Pompeo").is_visible()
    first = page.locator("a.quote", has_text="Strict enforcement of sanctions")
    first.click()
    detail = page.locator(".quote-detail:target")
    assert detail.is_visible()
    assert "Mike Pompeo" in detail.inner_text()
    assert "Confidence" in detail.inner_text()
    screenshot(page, "07-article-reader")


def test_pages_fit_a_phone_screen(phone_page, founding_articles, screenshot):
    for name, url in [
        ("home", "/"),
        ("reader", founding_articles[0].get_absolute_url()),
        ("speaker", "/speakers/mike-pompeo/?group=month"),
        ("compare", "/compare/?speaker=mike-pompeo&speaker=ma-zhaoxu&q=sanctions"),
    ]:
        phone_page.goto(url)
        overflow = phone_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        screenshot(phone_page, f"phone-{name}")
        screenshot(phone_page, f"phone-{name}-top", full_page=False)
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"


def test_speaker_search_finds_a_misspelt_name_as_you_type(page, founding_articles, screenshot):
    page.goto("/speakers/")
    assert page.locator("#speaker-results tbody tr").count() >= 5
    page.get_by_label("Find a speaker").press_sequentially("Pompio", delay=30)
    page.wait_for_url(re.compile(r"/speakers/\?q=Pompio"))
    rows = page.locator("#speaker-results tbody tr")
    # The URL is pushed as the request starts: wait for the swapped results themselves.
    expect(rows.first).to_contain_text("Mike Pompeo")
    expect(page.locator("#speaker-results", has_text="Nikki Haley")).to_have_count(0)
    assert rows.first.inner_text().startswith("Mike Pompeo")
    screenshot(page, "08-speaker-search-typo")
    page.go_back()
    page.wait_for_url(re.compile(r"/speakers/$"))
    assert page.locator("#speaker-results tbody tr").count() >= 5
