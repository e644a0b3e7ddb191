"""Issue 16 in Chromium, each at desktop (1280 px) and phone (390 px) widths: phrase search with
its counts and chart, a quote page and its citation, re-spanning by selection, picking a
statement as you type, a merge confirmation, clearing ten review items with the keyboard (a 1-9
choice among them), the audit log's filters, undoing a quotation marked by selection, and no
page that scrolls sideways. Screenshots go to test-artifacts/."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.browser.conftest import log_in
from tracker.models import Correction, Quotation, Speaker
from tracker.services import review
from tracker.services.actions import Confirm, NotAQuote, Reattribute

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def new_page(browser, live_server, width: int, **options):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}, **options
    )
    context.set_default_timeout(10_000)
    return context, context.new_page()


def sideways(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_a_phrase_search_shows_counts_facets_and_a_chart_whose_bars_filter(
    browser, live_server, founding_articles, screenshot, width
):
    context, page = new_page(browser, live_server, width)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/quotations/")
    page.get_by_label("Words").fill('"fully verified" -sanctions')
    page.get_by_label("Words").press("Enter")
    page.wait_for_url(re.compile(r"q=%22fully(%20|\+)verified%22"))
    page.locator(".search-total").wait_for()
    total = int(page.locator(".search-total .total").inner_text())
    expected = Quotation.objects.filter(text__iregex=r"fully.verified").exclude(
        text__icontains="sanction"
    )
    assert total == expected.count() >= 1
    assert page.locator("#results .quote-card").count() == total
    marks = " ".join(page.locator("#results mark").all_inner_texts()).lower()
    assert "fully" in marks and "verified" in marks
    assert page.locator(".facet-list", has_text="Mike Pompeo").count() == 1
    bars = page.locator("figure.chart .bars a")
    assert bars.count() >= 1
    assert sideways(page) <= 0
    screenshot(page, f"search-phrase-{width}")
    bars.first.click()
    page.wait_for_url(re.compile(r"start=\d{4}-\d\d-\d\d&end=\d{4}-\d\d-\d\d"))
    assert int(page.locator(".search-total .total").inner_text()) >= 1
    # The speaker filter is an autocomplete, not a dropdown of every speaker.
    page.get_by_label("Speaker").fill("Nikki Haly")
    page.locator("#speaker-picker .option", has_text="Nikki Haley").click()
    page.locator("#speaker-picker .chip", has_text="Nikki Haley").wait_for()
    page.wait_for_url(re.compile(r"pick=nikki-haley"))
    screenshot(page, f"search-picked-speaker-{width}")
    assert not errors
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_quote_page_gives_its_context_and_a_citation_to_copy(
    browser, live_server, founding_articles, screenshot, width
):
    context, page = new_page(browser, live_server, width)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    quotation = Quotation.objects.get(text__contains="final, fully verified denuclearization")
    page.goto("/quotations/")
    page.get_by_label("Words").fill('"final, fully verified"')
    page.get_by_label("Words").press("Enter")
    page.locator(f"#row-q{quotation.pk} a.permalink").click()
    page.wait_for_url(re.compile(rf"/quotations/{quotation.pk}/$"))
    assert page.locator(".quote-context mark.quoted").inner_text() == quotation.text
    assert quotation.text in page.locator(".quote-context .sentence").inner_text()
    page.get_by_role("button", name="Copy citation").click()
    page.get_by_text("Citation copied.").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#citation").input_value()
    assert copied.startswith("Mike Pompeo, quoted in")
    assert copied.endswith(f"/quotations/{quotation.pk}/")
    assert sideways(page) <= 0
    screenshot(page, f"quote-page-{width}")
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_an_editor_clears_ten_review_items_with_the_keyboard(
    browser, live_server, founding_articles, site_editor, screenshot, width
):
    # Enough doubtful items: low confidence on a dozen attributed quotations too.
    attributed = Quotation.objects.filter(speaker__isnull=False).order_by("pk")[:12]
    Quotation.objects.filter(pk__in=[q.pk for q in attributed]).update(confidence=0.3)
    start = review.pending_count()
    assert start >= 10
    context, page = new_page(browser, live_server, width)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page)
    page.goto("/review/")
    assert sideways(page) <= 0
    screenshot(page, f"review-queue-{width}")

    def left() -> int:
        return int(page.locator(".review-left .left-count").inner_text())

    def wait_left(n: int) -> None:
        page.wait_for_function(
            # A function, not an expression: Playwright evals expressions, which the CSP forbids.
            f"() => document.querySelector('.review-left .left-count').textContent == '{n}'"
        )

    chosen_by_number = None
    cleared = 0
    while cleared < 10:
        current = page.locator(".review-item.is-current")
        pk = int(current.get_attribute("data-quote"))
        quotation = Quotation.objects.select_related("speaker").get(pk=pk)
        numbered = current.locator('[data-key="1"]')
        if chosen_by_number is None and numbered.count():
            name = re.sub(r"^\s*1\s*", "", numbered.inner_text())
            page.keyboard.press("1")
            chosen_by_number = (pk, name)
        elif quotation.speaker is None:
            # c on an unattributed item asks for a speaker, visibly, and changes nothing.
            page.keyboard.press("c")
            feedback = current.locator(".key-feedback")
            assert "No speaker to confirm" in feedback.inner_text()
            assert page.evaluate("document.activeElement.dataset.key") == "e"
            screenshot(page, f"review-c-asks-for-a-speaker-{width}")
            page.keyboard.press("Escape")
            page.keyboard.press("x")
        else:
            page.keyboard.press("c")
        cleared += 1
        wait_left(start - cleared)
    assert left() == start - 10
    assert chosen_by_number is not None, "no item offered a numbered speaker"
    pk, name = chosen_by_number
    picked = Quotation.objects.select_related("speaker").get(pk=pk)
    assert (picked.speaker.name, picked.attribution_status) == (name, "corrected")
    assert sideways(page) <= 0
    screenshot(page, f"review-after-ten-{width}")
    assert not errors
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_no_page_scrolls_sideways(
    browser, live_server, founding_articles, site_editor, screenshot, width
):
    quotation = Quotation.objects.filter(speaker__slug="mike-pompeo").first()
    source = founding_articles[0]
    Confirm.apply(quotation, seen_version=quotation.version, by=site_editor)
    pages = [
        ("home", "/"),
        ("search", '/quotations/?q="fully verified"'),
        ("search-empty", "/quotations/"),
        ("quote", f"/quotations/{quotation.pk}/"),
        ("reader", source.get_absolute_url()),
        ("speakers", "/speakers/"),
        ("speaker", "/speakers/mike-pompeo/"),
        ("sources", "/sources/"),
        (
            "compare",
            "/compare/?speaker=mike-pompeo&speaker=ma-zhaoxu&speaker=nikki-haley&q=sanctions",
        ),
        ("statement", quotation.statement.get_absolute_url() if quotation.statement else "/"),
        ("changes", "/changes/"),
        ("login", "/accounts/login/"),
        ("review", "/review/"),
        ("add", "/sources/new/"),
        (
            "merge",
            "/speakers/mike-pompeo/merge/?other="
            + str(Quotation.objects.filter(speaker__slug="nikki-haley").first().speaker_id),
        ),
        ("edit-quote", f"/quotations/{quotation.pk}/edit/"),
        ("quote-history", f"/quotations/{quotation.pk}/history/"),
        ("speaker-history", "/speakers/mike-pompeo/history/"),
        ("edit-speaker", "/speakers/mike-pompeo/edit/"),
        ("edit-article", f"/sources/{source.pk}/edit/"),
        ("api", "/api/"),
        ("following", "/following/"),
        ("notifications", "/notifications/"),
        ("jobs", "/jobs/"),
        ("feeds", "/feeds/"),
    ]
    phone = {"device_scale_factor": 2, "is_mobile": True, "has_touch": True} if width < 800 else {}
    context, page = new_page(browser, live_server, width, **phone)
    log_in(page)
    wide, broken = {}, {}
    for name, url in pages:
        response = page.goto(url)
        if response.status != 200:
            broken[url] = response.status
        if sideways(page) > 0:
            wide[url] = sideways(page)
        screenshot(page, f"wide{width}-{name}", full_page=False)
    menu_height = page.evaluate("document.querySelector('.site-header').offsetHeight")
    context.close()
    assert not broken, f"pages that did not answer 200: {broken}"
    assert not wide, f"pages scrolling sideways at {width} px: {wide}"
    if width < 800:
        assert menu_height <= 90, f"the menu takes {menu_height}px"


SELECT = """([needle, extra]) => {
  const paragraphs = Array.from(document.querySelectorAll('.article-text p'));
  for (const p of paragraphs) {
    const text = p.textContent;
    const at = text.indexOf(needle);
    if (at < 0) continue;
    // Walk text nodes to the characters [at, at + needle.length + extra).
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let seen = 0, node, range = document.createRange(), started = false;
    const from = at, to = at + needle.length + extra;
    while ((node = walker.nextNode())) {
      const len = node.textContent.length;
      if (!started && from <= seen + len) { range.setStart(node, from - seen); started = true; }
      if (started && to <= seen + len) { range.setEnd(node, to - seen); break; }
      seen += len;
    }
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return true;
  }
  return false;
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_an_editor_re_spans_by_selecting_and_picks_a_statement(
    browser, live_server, founding_articles, site_editor, screenshot, width
):
    quotation = Quotation.objects.get(text__startswith="Strict enforcement of sanctions")
    context, page = new_page(browser, live_server, width)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page)
    page.goto(quotation.source.get_absolute_url())
    # Select the quotation's first words with the opening mark before them: a shorter span.
    assert page.evaluate(SELECT, ['"Strict enforcement of sanctions', 0])
    panel = page.locator("#selection-panel")
    panel.wait_for()
    assert "Strict enforcement of sanctions" in panel.inner_text()
    screenshot(page, f"pointing-selection-{width}", full_page=False)
    panel.get_by_role("button", name=re.compile("Make this the span of")).click()
    page.wait_for_url(re.compile(rf"#qd{quotation.pk}$"))
    quotation.refresh_from_db()
    assert quotation.text == "Strict enforcement of sanctions"  # the quote mark snapped off
    assert quotation.span_edited

    # Link it to the talking point by typing its words.
    statement = Quotation.objects.get(text__contains="final, fully verified").statement
    page.goto(f"/quotations/{quotation.pk}/edit/")
    page.get_by_label("Find the statement: its words or number").fill("fully verified")
    option = page.locator(f'.statement-option[value="{statement.pk}"]')
    option.wait_for()
    screenshot(page, f"pointing-statement-picker-{width}")
    page.wait_for_load_state("networkidle")  # the last keystroke's options are in
    # By keyboard, as every correction form must work: Tab to the option, Enter.
    option.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    quotation.refresh_from_db()
    assert quotation.statement_id == statement.pk
    assert sideways(page) <= 0
    assert not errors
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_speaker_merge_asks_first_with_both_counts(
    browser, live_server, founding_articles, site_editor, screenshot, width
):
    keep = Speaker.objects.get(name="Mike Pompeo")
    duplicate = Speaker.objects.create(name="Michael Pompeo", slug="michael-pompeo")
    moved = keep.quotations.order_by("pk").first()
    Quotation.objects.filter(pk=moved.pk).update(speaker=duplicate)
    kept = keep.quotations.count()
    context, page = new_page(browser, live_server, width)
    log_in(page)
    page.goto(keep.get_absolute_url())
    page.get_by_text("Merge a duplicate into").click()
    page.get_by_label("The other speaker").fill("Michael Pompeo")
    page.locator(".merge-speaker .options button", has_text=re.compile(r"^Michael Pompeo")).click()
    page.get_by_role("heading", name="Merge “Michael Pompeo” into “Mike Pompeo”?").wait_for()
    assert page.locator(".merge-count strong").all_inner_texts() == [str(kept), "1"]
    assert Speaker.objects.filter(pk=duplicate.pk).exists()  # nothing changed yet
    assert sideways(page) <= 0
    screenshot(page, f"merge-confirmation-{width}")
    page.get_by_role("button", name=re.compile(r"^Merge 1 quotation into Mike Pompeo")).click()
    page.wait_for_url(re.compile(keep.get_absolute_url() + "$"))
    assert not Speaker.objects.filter(pk=duplicate.pk).exists()
    assert Quotation.objects.get(pk=moved.pk).speaker_id == keep.pk
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_audit_log_filters_by_editor_change_and_day(
    browser, live_server, founding_articles, site_editor, screenshot, width
):
    from django.contrib.auth.models import User

    otto = User.objects.create_user("otto", password="x")
    otto.groups.add(*site_editor.groups.all())
    first, second, third = Quotation.objects.filter(speaker__isnull=False).order_by("pk")[:3]
    haley = Speaker.objects.get(name="Nikki Haley")
    Confirm.apply(first, seen_version=first.version, by=site_editor)
    Reattribute.apply(second, haley, seen_version=second.version, by=otto)
    old = NotAQuote.apply(third, seen_version=third.version, by=site_editor)
    Correction.objects.filter(pk=old.pk).update(
        created_at=dt.datetime(2024, 1, 15, 12, tzinfo=dt.UTC)
    )

    context, page = new_page(browser, live_server, width)
    log_in(page)
    page.goto("/changes/")
    rows = page.locator("#changes li.change")
    assert rows.count() == 3

    page.get_by_label("Editor").select_option("otto")
    page.wait_for_url(re.compile(r"editor=otto"))
    assert rows.count() == 1 and rows.first.inner_text().startswith("Reattributed")

    page.get_by_label("Editor").select_option("")
    page.get_by_label("Change").select_option("confirm")
    page.wait_for_url(re.compile(r"editor=&action=confirm"))
    assert rows.count() == 1 and "Confirmed the speaker of" in rows.first.inner_text()

    page.get_by_label("Change").select_option("")
    page.wait_for_url(re.compile(r"action=&"))
    page.get_by_label("From", exact=True).fill("2024-01-15")
    page.get_by_label("To", exact=True).fill("2024-01-15")
    page.wait_for_url(re.compile(r"start=2024-01-15&end=2024-01-15"))
    rows.first.wait_for()
    assert rows.count() == 1 and "as not a quote" in rows.first.inner_text()
    assert sideways(page) <= 0
    screenshot(page, f"audit-filtered-{width}")
    page.get_by_label("From", exact=True).fill("2023-01-01")
    page.get_by_label("To", exact=True).fill("2023-01-02")
    page.get_by_text("No changes match these filters.").wait_for()
    context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_quotation_marked_by_selection_can_be_undone(
    browser, live_server, founding_articles, site_editor, screenshot, width
):
    words = "Pompeo also called for cracking down on other forms of sanctions evasion"
    source = next(s for s in founding_articles if words in s.text)
    before = Quotation.objects.count()
    context, page = new_page(browser, live_server, width)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    log_in(page)
    page.goto(source.get_absolute_url())
    assert page.evaluate(SELECT, [words, 0])
    panel = page.locator("#selection-panel")
    panel.wait_for()
    screenshot(page, f"pointing-new-selection-{width}", full_page=False)
    # Words outside every quotation: nothing to re-span, so only "New quotation" is offered.
    assert not panel.get_by_role("button", name=re.compile("Make this the span of")).is_visible()
    panel.get_by_role("button", name="New quotation").click()
    created = Quotation.objects.get(source=source, text=words)
    page.wait_for_url(re.compile(rf"#qd{created.pk}$"))
    card = page.locator(f"#qd{created.pk}")
    undo = card.get_by_role("button", name="Undo: remove this quotation")
    undo.scroll_into_view_if_needed()
    assert sideways(page) <= 0
    screenshot(page, f"pointing-new-quotation-card-{width}", full_page=False)
    undo.click()
    page.get_by_text("Removed the quotation").wait_for()
    assert page.locator(f"#qd{created.pk}").count() == 0
    assert not Quotation.objects.filter(pk=created.pk).exists()
    assert Quotation.objects.count() == before
    row = Correction.objects.get(action=Correction.Action.CREATE_QUOTE, target_id=created.pk)
    assert row.undone_by is not None

    page.goto("/changes/")
    assert page.get_by_text("as a quotation: it is removed").is_visible()
    assert sideways(page) <= 0
    screenshot(page, f"audit-undone-marking-{width}")
    assert not errors
    context.close()
