"""An editor corrects the founding articles in Chromium; anonymous users cannot (screenshots)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser.conftest import log_in
from tracker.models import Correction, Quotation, Speaker
from tracker.services import review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def test_editor_reattributes_undoes_and_merges(page, founding_articles, site_editor, screenshot):
    log_in(page)
    haley_quote = Quotation.objects.get(text__startswith="They claim they need more information")
    page.goto(haley_quote.source.get_absolute_url())
    controls = page.locator(f"#qc-{haley_quote.pk}")
    assert controls.get_by_text("Said by Nikki Haley").is_visible()
    screenshot(page, "corrections-01-reader-editor")

    # Reattribute to Ma Zhaoxu through the fuzzy autocomplete (a typo on purpose).
    controls.locator("input.speaker-name").fill("Ma Zhaoxo")
    controls.locator(".options button", has_text="Ma Zhaoxu").click()
    expect_text(controls, "Said by Ma Zhaoxu")
    assert controls.get_by_role("button", name="Undo").is_visible()
    assert page.locator(f"#who-q{haley_quote.pk}").inner_text().startswith("Ma Zhaoxu")
    card = page.locator(f"#qd{haley_quote.pk}")
    card.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    card.screenshot(path=str(SCREENSHOTS / "corrections-02-reattributed-card.png"))

    # It moved to Ma Zhaoxu's page.
    controls.get_by_role("link", name="Ma Zhaoxu").click()
    page.wait_for_url(re.compile(r"/speakers/ma-zhaoxu/"))
    assert page.get_by_text("They claim they need more information").first.is_visible()
    screenshot(page, "corrections-03-moved-to-ma-zhaoxu")

    # Undo it from the recent changes page.
    page.goto("/changes/")
    screenshot(page, "corrections-04-recent-changes")
    page.get_by_role("button", name="Undo").first.click()
    expect_text(page.locator("#changes"), "undone by edith")
    haley_quote.refresh_from_db()
    assert haley_quote.speaker.name == "Nikki Haley"
    page.goto("/speakers/ma-zhaoxu/")
    assert page.get_by_text("They claim they need more information").count() == 0

    # Another article's "Michael Pompeo" is the same man: merge him into Mike Pompeo.
    keep = Speaker.objects.get(name="Mike Pompeo")
    duplicate = Speaker.objects.create(name="Michael Pompeo", slug="michael-pompeo")
    moved = keep.quotations.first()
    Quotation.objects.filter(pk=moved.pk).update(speaker=duplicate)
    page.goto(keep.get_absolute_url())
    page.get_by_text("Merge a duplicate into").click()
    page.get_by_label("The other speaker").fill("Michael Pompeo")
    page.locator(".merge-speaker .options button", has_text=re.compile(r"^Michael Pompeo")).click()
    # A confirmation first, with both speakers' counts; nothing has changed yet.
    page.get_by_role("heading", name="Merge “Michael Pompeo” into “Mike Pompeo”?").wait_for()
    counts = page.locator(".merge-count strong").all_inner_texts()
    assert counts == [str(keep.quotations.count()), "1"]
    assert Speaker.objects.filter(name="Michael Pompeo").exists()
    screenshot(page, "corrections-05a-merge-confirmation")
    page.get_by_role("button", name=re.compile(r"^Merge 1 quotation into Mike Pompeo")).click()
    page.wait_for_url(re.compile(keep.get_absolute_url() + "$"))
    assert page.get_by_text("Merged “Michael Pompeo” into Mike Pompeo").is_visible()
    assert not Speaker.objects.filter(name="Michael Pompeo").exists()
    assert keep.aliases.filter(alias="Michael Pompeo").exists()
    assert Quotation.objects.get(pk=moved.pk).speaker == keep
    screenshot(page, "corrections-05-merged")
    assert not page.js_errors


def test_editor_works_through_the_review_queue_with_the_keyboard(
    page, founding_articles, site_editor, screenshot
):
    log_in(page)
    page.goto("/review/")
    left = review.pending_count()
    assert page.locator(".review-left strong").inner_text() == str(left)
    first = review.pending().first()
    assert first.speaker is None  # unattributed quotations come first
    screenshot(page, "review-01-queue")

    def count() -> int:
        return int(page.locator(".review-left strong").inner_text())

    page.keyboard.press("x")  # the unattributed one is not a quote
    page.wait_for_function(
        # A function, not an expression: Playwright evals expressions, which the CSP forbids.
        f"() => document.querySelector('.review-left strong').textContent == '{left - 1}'"
    )
    second = review.pending().first()
    page.keyboard.press("c")  # confirm the next one's speaker
    page.wait_for_function(
        # A function, not an expression: Playwright evals expressions, which the CSP forbids.
        f"() => document.querySelector('.review-left strong').textContent == '{left - 2}'"
    )
    page.keyboard.press("j")
    third_pk = page.locator(".review-item.is-current").get_attribute("data-quote")
    page.keyboard.press("e")  # edit the speaker: type a known name and press Enter
    page.keyboard.type("Kang Kyung Wha")
    page.keyboard.press("Enter")
    page.wait_for_function(
        # A function, not an expression: Playwright evals expressions, which the CSP forbids.
        f"() => !document.querySelector('.review-item[data-quote=\"{third_pk}\"]')"
    )
    # A new speaker for a statement told elsewhere by someone else puts that other telling in
    # the queue (the attribution-conflict rule): the count is the server's, whatever it is.
    assert count() == review.pending_count() <= left - 2
    screenshot(page, "review-02-after-three")

    assert Quotation.objects.get(pk=first.pk).not_a_quote
    assert Quotation.objects.get(pk=second.pk).attribution_status == "confirmed"
    third = Quotation.objects.select_related("speaker").get(pk=third_pk)
    assert (third.speaker.name, third.attribution_status) == ("Kang Kyung Wha", "corrected")
    assert Correction.objects.filter(user=site_editor).count() == 3
    assert not page.js_errors


def test_anonymous_users_get_no_controls_and_forged_posts_are_refused(
    page, founding_articles, screenshot
):
    quotation = Quotation.objects.filter(speaker__isnull=False).first()
    page.goto(quotation.source.get_absolute_url())
    assert page.locator(".qc").count() == 0
    assert page.get_by_role("link", name="Review").count() == 0
    screenshot(page, "corrections-06-reader-anonymous")

    # A forged POST with a valid CSRF token but no editor session: refused by the server.
    page.goto("/accounts/login/")  # browse pages stay cookieless; the login form sets the token
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"/quotations/{quotation.pk}/not-a-quote/",
        form={"version": "1", "value": "1"},
        headers={"X-CSRFToken": token, "Referer": page.url},
    )
    assert response.status == 403
    quotation.refresh_from_db()
    assert not quotation.not_a_quote and not Correction.objects.exists()


def test_an_editor_post_without_csrf_token_is_refused(page, founding_articles, site_editor):
    log_in(page)
    quotation = Quotation.objects.filter(speaker__isnull=False).first()
    response = page.request.post(
        f"/quotations/{quotation.pk}/not-a-quote/", form={"version": "1", "value": "1"}
    )
    assert response.status == 403
    quotation.refresh_from_db()
    assert not quotation.not_a_quote and not Correction.objects.exists()


def expect_text(locator, text: str) -> None:
    locator.get_by_text(text).first.wait_for(state="visible")
