"""An editor adds articles through the web form in Chromium (screenshots)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group, Permission, User

from tests.conftest import SAMPLE_DIR
from tracker.models import Source

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"


@pytest.fixture
def logged_in_page(page, transactional_db):
    # Transactional tests flush tables, so the Editors group from migration 0002 may be gone.
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="edit_quotations"))
    User.objects.create_user("edith", password=PASSWORD).groups.add(group)
    page.goto("/accounts/login/?next=/sources/new/")
    page.get_by_label("User name").fill("edith")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/sources/new/$"))
    return page


def test_pasted_article_shows_its_quotations_highlighted(logged_in_page, screenshot):
    page = logged_in_page
    text = (SAMPLE_DIR / "004_9655ec19fbc129ec.txt").read_text(encoding="utf-8")
    page.get_by_label("Text").fill(text)
    page.get_by_label("Title").fill("Pompeo urges Asean to keep up pressure")
    page.get_by_label("Outlet").fill("The Straits Times")
    screenshot(page, "ingest-01-paste-form")
    page.get_by_role("button", name="Add article").click()

    source = Source.objects.get()
    page.wait_for_url(re.compile(rf"/sources/{source.pk}/$"))
    assert page.get_by_role("heading", name="Pompeo urges Asean to keep up pressure").is_visible()
    marks = page.locator("a.quote[data-speaker='Mike Pompeo']")
    assert marks.count() >= 4
    assert "denuclearisation of North Korea" in marks.first.inner_text()
    assert page.locator("time, .meta").first.inner_text()  # the dateline's date is shown
    assert "4 Aug 2018" in page.content()
    screenshot(page, "ingest-02-source-page")


def test_binary_upload_shows_a_clear_error_and_stores_nothing(logged_in_page, tmp_path, screenshot):
    page = logged_in_page
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    page.get_by_role("link", name="Upload files").click()
    page.get_by_label("Files").set_input_files(str(binary))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(re.compile(r"/jobs/\d+/$"))
    live = page.locator("#job-live")
    assert "0 ingested 0 duplicates 1 failed" in " ".join(live.inner_text().split())
    assert "scan.txt looks like a binary file" in live.inner_text()
    screenshot(page, "ingest-03-binary-upload-refused")
    assert not Source.objects.exists()


def test_upload_runs_on_a_real_worker_with_live_progress(
    logged_in_page, phone_page, tmp_path, screenshot, settings
):
    """The page answers at once; a `manage.py worker` process stores the articles while the
    job page polls; failures come first, with file, line and field."""
    from tests.test_workers import DATABASE_BACKEND, _articles, _worker

    settings.TASKS = DATABASE_BACKEND
    settings.JOB_UNIT_SIZE = 10
    page = logged_in_page
    upload = tmp_path / "wire.jsonl"
    upload.write_bytes(_articles(30) + b'{"title": "no text"}\n{broken\n')
    page.get_by_role("link", name="Upload files").click()
    page.get_by_label("Files").set_input_files(str(upload))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(re.compile(r"/jobs/\d+/$"))
    assert page.locator("#job-live .badge").inner_text() == "queued"
    screenshot(page, "jobs-01-queued")
    worker = _worker("--batch")
    try:
        page.locator("#job-live .badge", has_text="done").wait_for(timeout=120_000)
    finally:
        worker.wait(timeout=120)
    live = " ".join(page.locator("#job-live").inner_text().split())
    assert "30 ingested 0 duplicates 2 failed" in live and "32 of 32 records (100%)" in live
    assert live.index("Failed (2)") < live.index("New articles (30)")
    rows = page.locator(".job-failures tbody tr")
    assert "wire.jsonl\t31\ttext" in rows.nth(0).inner_text()
    assert "not valid JSON" in rows.nth(1).inner_text()
    assert Source.objects.count() == 30
    assert not page.js_errors
    screenshot(page, "jobs-02-done")
    phone_page.context.add_cookies(page.context.cookies())
    phone_page.goto(page.url)
    screenshot(phone_page, "jobs-03-done-phone")
    page.goto("/jobs/")
    screenshot(page, "jobs-04-list")
