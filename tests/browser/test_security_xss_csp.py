"""Stored XSS through every stored field runs nowhere, and no page breaks its own CSP.

Every payload sets window.__xss or opens a dialog if it ever runs; the pages are loaded as a
reader and as an editor, and every link and button that could carry a payload is clicked.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group, Permission, User

from tracker.models import Quotation, Source, Speaker, SpeakerAlias
from tracker.services.actions import EditSource, Reattribute
from tracker.services.articles import ArticleInput
from tracker.services.ingest import ingest_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=2">',
    "'><svg onload=window.__xss=3>",
    "javascript:window.__xss=4",
    "<a href=javascript:window.__xss=5>click</a>",
]
P = " ".join(PAYLOADS)


@pytest.fixture
def poisoned(transactional_db) -> dict:
    """Payloads in every stored field: article text, title, outlet, url, speaker, alias, role,
    correction reason; the url one written straight to the table, as an old row might be."""
    text = (
        f"SEOUL - {P}\n\nKim Jong-un said: \"We will {P} keep our promise.\"\n\n"
        f"\"Again {P},\" said Moon Jae-in."
    )
    outcome = ingest_article(ArticleInput(text=text, title=f"T {P}", outlet=f"O {P}"))
    source = outcome.source
    assert source is not None, outcome.message
    Source.objects.filter(pk=source.pk).update(url="javascript:window.__xss=6")
    speaker = Speaker.objects.create(name=f"S {P}"[:200], slug="poisoned", role=f"R {P}")
    SpeakerAlias.objects.create(speaker=speaker, alias=f"A {P}"[:200], normalised="poisoned-a")
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="edit_quotations"))
    user = User.objects.create_user("edith", password=PASSWORD)
    user.groups.add(group)
    # Corrections with payloads in the reason and the values: the audit pages show them.
    quotation = Quotation.objects.filter(source=source).first()
    Reattribute.apply(quotation, speaker, seen_version=quotation.version, by=user, reason=P)
    EditSource.apply(source, seen_version=source.version, by=user, reason=P, title=f"T2 {P}")
    quotation.refresh_from_db()
    return {"source": source, "speaker": speaker, "quotation": quotation}


def _watch(page) -> dict:
    seen = {"csp": [], "dialogs": []}
    # CSP violations, and any complaint about our own Permissions-Policy header.
    page.on(
        "console",
        lambda m: seen["csp"].append(m.text)
        if "Content Security Policy" in m.text or "Permissions-Policy" in m.text
        else None,
    )
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    return seen


def _pages(data) -> list[str]:
    return [
        "/",
        "/sources/",
        data["source"].get_absolute_url(),
        "/speakers/",
        "/speakers/?q=S",
        data["speaker"].get_absolute_url(),
        f"/speakers/{data['speaker'].slug}/history/",
        "/quotations/?q=promise",
        f"/quotations/{data['quotation'].pk}/history/",
        f"/compare/?speakers={data['speaker'].slug}",
        "/changes/",
    ]


def _check(page, seen, url: str) -> None:
    assert page.evaluate("window.__xss") is None, url
    assert seen["dialogs"] == [], url
    assert not page.locator("a[href^='javascript:' i]").count(), url


def _visit_and_click(page, seen, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    _check(page, seen, url)
    # Click every in-page link whose text carries a payload (not navigating away is fine).
    links = page.locator("main a", has_text=re.compile("script|onerror|onload|javascript"))
    for i in range(min(links.count(), 6)):
        page.goto(url)
        link = page.locator("main a", has_text=re.compile("script|onerror|onload|javascript"))
        if i < link.count():
            link.nth(i).click()
            page.wait_for_load_state("networkidle")
            _check(page, seen, f"{url} link {i}")


def test_payloads_in_every_field_never_run_for_a_reader(page, poisoned):
    seen = _watch(page)
    for url in _pages(poisoned):
        _visit_and_click(page, seen, url)
    assert seen["csp"] == []


def test_payloads_never_run_for_an_editor_and_the_editor_pages_keep_the_csp(page, poisoned):
    seen = _watch(page)
    page.goto("/accounts/login/")
    page.get_by_label("User name").fill("edith")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/$"))
    for url in [*_pages(poisoned), "/review/", "/sources/new/"]:
        _visit_and_click(page, seen, url)
    # htmx under the CSP: the speaker search still swaps its results in as you type.
    page.goto("/speakers/")
    page.get_by_label("Find a speaker").fill("Kim")
    page.wait_for_load_state("networkidle")
    assert page.locator("#speaker-results").inner_text()
    _check(page, seen, "speaker search")
    assert seen["csp"] == []


def test_every_page_sends_the_csp_and_permissions_policy(page, poisoned):
    response = page.goto("/")
    headers = response.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert "camera=()" in headers["permissions-policy"]
