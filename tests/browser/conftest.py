"""Shared Playwright fixtures: Debian's Chromium against pytest-django's live_server.

Browser tests are marked `@pytest.mark.browser`; they skip (with the reason) when Chromium or
Playwright is missing, so the rest of the suite still runs on machines without them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told it is fine (the test database is ours alone).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _unavailable(reason: str) -> None:
    """Skip on a laptop without the browser; fail in CI, which must run every test."""
    if os.getenv("REQUIRE_ALL_TESTS") == "1":
        pytest.fail(f"REQUIRE_ALL_TESTS=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server) -> Iterator[object]:
    """A fresh desktop-sized page; `page.goto("/path")` is relative to the live server."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="en-GB"
    )
    context.set_default_timeout(10_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.js_errors = errors  # tests may assert that the page raised no JavaScript errors
    yield tab
    context.close()


@pytest.fixture
def phone_page(browser, live_server) -> Iterator[object]:
    """A 390 px wide touch page (an iPhone 12 to 15), for checking the layout at phone width."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def save_screenshot(page, name: str, full_page: bool = True) -> Path:
    """Save a PNG under test-artifacts/screenshots/ (git-ignored) and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / (re.sub(r"[^\w.-]+", "-", name) + ".png")
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture
def screenshot():
    return save_screenshot


EDITOR_PASSWORD = "correct-horse-battery"


@pytest.fixture
def site_editor(transactional_db):
    """An editor for the live server. Transactional tests flush tables, so the Editors group
    from migration 0002 may be gone: it is made again here."""
    from django.contrib.auth.models import Group, Permission, User

    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="edit_quotations"))
    user = User.objects.create_user("edith", password=EDITOR_PASSWORD)
    user.groups.add(group)
    return user


def log_in(page) -> None:
    """Log the page in as the site_editor."""
    page.goto("/accounts/login/")
    page.get_by_label("User name").fill("edith")
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/$"))
