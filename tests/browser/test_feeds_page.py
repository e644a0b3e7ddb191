"""An editor subscribes to a feed in Chromium; the feeds page shows how it is doing."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_ingest_flow import logged_in_page  # noqa: F401 (fixture)
from tests.test_feeds import site  # noqa: F401 (fixture: a local web server)
from tracker.models import Source

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_subscribes_and_polls_a_feed(logged_in_page, site, phone_page, screenshot):  # noqa: F811
    page = logged_in_page
    page.get_by_role("link", name="Feeds").click()
    page.wait_for_url(re.compile(r"/feeds/$"))
    page.get_by_label("Feed or sitemap address").fill(f"{site}/feed.xml")
    page.get_by_label("Outlet").fill("Seoul Desk")
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_url(re.compile(r"/feeds/$"))
    page.get_by_role("button", name="Poll now").click()  # the test backend polls at once
    page.wait_for_url(re.compile(r"/feeds/$"))
    row = " ".join(page.locator(".feed-list tbody tr").first.inner_text().split())
    assert "Seoul Desk" in row and "2 of 3 items seen" in row and "HTTP 404" in row
    assert Source.objects.count() == 2
    screenshot(page, "feeds-01-list")
    phone_page.context.add_cookies(page.context.cookies())
    phone_page.goto("/feeds/")
    screenshot(phone_page, "feeds-02-list-phone")
