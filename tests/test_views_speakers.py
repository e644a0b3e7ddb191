"""Speaker list (fuzzy search) and speaker page (timeline, grouping, filters, chart)."""

from __future__ import annotations

import datetime
import hashlib
import re

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.urls import reverse

from tracker.models import Quotation, Source, Speaker

pytestmark = pytest.mark.django_db


def make_quotations(speaker: Speaker, n: int, start=datetime.date(2020, 1, 1)) -> list[Quotation]:
    """n quotations by speaker, one per article, spread over days (rows made directly)."""
    quotations = []
    for i in range(n):
        day = start + datetime.timedelta(days=i * 3)
        text = f'"Point number {i} about tariffs," {speaker.name} said.'
        source = Source.objects.create(
            text=text,
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            published=day,
            outlet="Wire" if i % 2 else "Daily",
            title=f"Story {i}",
        )
        quotations.append(
            Quotation.objects.create(
                source=source,
                start=1,
                end=text.index(","),
                text=text[1 : text.index(",")],
                speaker=speaker,
                published=day,
                cue="said",
            )
        )
    return quotations


@pytest.fixture
def busy_speaker(db) -> Speaker:
    speaker = Speaker.objects.create(name="Ada Busy", slug="ada-busy", role="Trade minister")
    make_quotations(speaker, 60)
    return speaker


def test_speaker_list_shows_counts_and_sparklines(client, founding_articles):
    body = client.get(reverse("speaker-list")).content.decode()
    assert "Mike Pompeo" in body and 'class="sparkline"' in body
    assert "Wall Street Journal" not in body  # named in an article but never quoted


def test_speaker_search_finds_a_name_despite_typos(client, founding_articles):
    body = client.get(reverse("speaker-list"), {"q": "Pompeio"}).content.decode()
    assert "Mike Pompeo" in body
    assert "Nikki Haley" not in body


def test_speaker_search_partial_is_a_fragment(client, founding_articles, htmx_headers):
    response = client.get(reverse("speaker-list"), {"q": "haley"}, headers=htmx_headers)
    body = response.content.decode()
    assert "<html" not in body and "Nikki Haley" in body
    assert "HX-Request" in response.headers["Vary"]


def test_speaker_list_queries_are_bounded(client, busy_speaker, django_assert_max_num_queries):
    for i in range(30):
        make_quotations(Speaker.objects.create(name=f"Extra {i}", slug=f"extra-{i}"), 1)
    # the generation, the newest quotation id, activity counts, the speakers shown, and their
    # sparklines: the store's newest id, their months, their newest ids (read once, then only
    # their new quotations are read)
    with django_assert_max_num_queries(9):
        client.get(reverse("speaker-list"))


def test_speaker_page_shows_role_aliases_chart_and_the_repeated_talking_point(
    client, founding_articles
):
    body = client.get(reverse("speaker-detail", args=["mike-pompeo"])).content.decode()
    assert "U.S. Secretary of State" in body
    assert "Also written as" in body
    also = body.split("Also written as:", 1)[1].split("</p>", 1)[0].strip().split(", ")
    assert also == ["Pompeo"]  # the alias "Mike Pompeo" is the name itself, not shown again
    assert 'class="chart linked"' in body and "<rect" in body
    assert "start=2018-08-01&amp;end=2018-08-31#timeline-h" in body  # a bar opens its month
    assert "fully verified denuclearization" in body
    assert "4 Aug 2018" in body and "Undated" in body


def test_monthly_grouping_groups_quotations_under_month_headings(client, busy_speaker):
    url = reverse("speaker-detail", args=["ada-busy"])
    body = client.get(url, {"group": "month"}).content.decode()
    assert '<time datetime="2020-06-01">Jun 2020</time>' in body
    assert '<time datetime="2020-06-01">1 Jun 2020</time>' not in body
    daily = client.get(url).content.decode()
    assert "Jun 2020</time>" in daily and 'datetime="2020-06-01">Jun 2020' not in daily


def test_speaker_timeline_filters_by_outlet_words_and_dates(client, busy_speaker):
    url = reverse("speaker-detail", args=["ada-busy"])
    body = client.get(
        url, {"outlet": "wire", "start": "2020-01-01", "end": "2020-01-10", "q": "number 1"}
    ).content.decode()
    assert "Point number 1 about tariffs" in body  # 4 Jan 2020, Wire
    assert "Point number 3 about" not in body  # Wire and in range, but not the words
    assert "Point number 2 about" not in body  # Daily
    assert "Point number 5 about" not in body  # after the end date


def test_speaker_timeline_loads_more_with_plain_links_and_htmx(client, busy_speaker, htmx_headers):
    url = reverse("speaker-detail", args=["ada-busy"])
    first = client.get(url).content.decode()
    assert 'href="?page=2"' in first and 'hx-get="?page=2"' in first
    second = client.get(url, {"page": 2}, headers=htmx_headers).content.decode()
    assert "<html" not in second and 'id="timeline"' not in second
    assert "Point number 9 about" in second  # the 51st-60th newest are numbers 0..9
    assert "Load more" not in second


def test_grouping_switch_returns_the_timeline_partial(client, busy_speaker, htmx_headers):
    url = reverse("speaker-detail", args=["ada-busy"])
    body = client.get(url, {"group": "month"}, headers=htmx_headers).content.decode()
    assert body.lstrip().startswith('<div id="timeline">')
    assert 'aria-current="true">By month' in body


@pytest.mark.parametrize(
    "params",
    [
        {"start": "2020-13-01"},
        {"page": "0"},
        {"page": "lots"},
        {"group": "fortnight"},
        {"start": "2020-05-01", "end": "2020-01-01"},
        {"q": "x" * 500},
    ],
)
def test_bad_speaker_filters_answer_400_with_a_message(client, busy_speaker, params):
    response = client.get(reverse("speaker-detail", args=["ada-busy"]), params)
    assert response.status_code == 400
    assert "not understood" in response.content.decode()


def test_speaker_page_queries_are_bounded(client, busy_speaker, django_assert_max_num_queries):
    url = reverse("speaker-detail", args=["ada-busy"])
    # incl. the page cache's generation lookups, and the speaker's dated roles
    with django_assert_max_num_queries(12):
        client.get(url, {"group": "month"})


def test_unknown_speaker_is_404(client, db):
    assert client.get(reverse("speaker-detail", args=["nobody"])).status_code == 404


def test_a_repeat_visit_is_served_from_cache_until_a_quotation_is_added(
    client, busy_speaker, django_assert_max_num_queries, new_data
):
    url = reverse("speaker-detail", args=["ada-busy"])
    client.get(url)
    with django_assert_max_num_queries(1):  # the data generation
        client.get(url)
    newest = make_quotations(
        Speaker.objects.create(name="Other", slug="other"), 1, start=datetime.date(2030, 1, 1)
    )[0]
    Quotation.objects.filter(pk=newest.pk).update(speaker=busy_speaker, text="A brand new point")
    new_data(appended_only=True)
    assert "A brand new point" in client.get(url).content.decode()


def test_each_bad_filter_gets_its_own_message(client, busy_speaker):
    url = reverse("speaker-detail", args=["ada-busy"])
    assert "Enter a valid date" in client.get(url, {"start": "soon"}).content.decode()
    second = client.get(url, {"page": "0"}).content.decode()
    assert "Enter a valid date" not in second and "greater than or equal to 1" in second


def test_speaker_list_loads_more_rows_as_a_fragment(client, db, htmx_headers):
    for i in range(55):
        make_quotations(Speaker.objects.create(name=f"Person {i:02d}", slug=f"person-{i}"), 1)
    first = client.get(reverse("speaker-list")).content.decode()
    assert "Load more speakers" in first and 'hx-get="?page=2"' in first
    rows = client.get(reverse("speaker-list"), {"page": 2}, headers=htmx_headers).content.decode()
    assert "<html" not in rows and "<table" not in rows
    assert rows.count("<tr>") == 5 and "Load more speakers" not in rows


def test_editors_never_get_a_shared_cached_timeline(editor_client, busy_speaker):
    url = reverse("speaker-detail", args=["ada-busy"])
    editor_client.get(url)
    newest = Quotation.objects.filter(speaker=busy_speaker).order_by("-published").first()
    Quotation.objects.filter(pk=newest.pk).update(text="Edited behind the cache's back")
    assert "Edited behind the cache" in editor_client.get(url).content.decode()


def test_a_visitor_with_only_a_csrf_cookie_gets_the_cached_page(
    client, busy_speaker, django_assert_num_queries
):
    client.get(reverse("login"))  # the login form sets the CSRF cookie
    assert "csrftoken" in client.cookies
    url = reverse("speaker-detail", args=["ada-busy"])
    first = client.get(url).content.decode()
    with django_assert_num_queries(1):  # the data generation
        again = client.get(url).content.decode()
    assert again == first and "Quotations per month" in again


def test_a_logged_in_readers_repeat_view_costs_four_queries(
    client, reader, busy_speaker, django_assert_num_queries
):
    client.force_login(reader)
    url = reverse("speaker-detail", args=["ada-busy"])
    first = client.get(url).content.decode()
    # The session, the user with the edit permission, the speaker, the data generation.
    with django_assert_num_queries(4):
        again = client.get(url).content.decode()
    def main(page: str) -> str:  # CSRF tokens (header, Follow button) are masked anew each time
        return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", page[page.index("<main") :])

    assert main(again) == main(first) and "Quotations per month" in again
    assert "Log out rita" in again


def test_a_visitor_with_pending_messages_gets_a_fresh_page_that_shows_them(client, busy_speaker):
    url = reverse("speaker-detail", args=["ada-busy"])
    client.get(url)  # fills the anonymous page cache
    storage = CookieStorage(HttpRequest())
    client.cookies[storage.cookie_name] = storage._encode([Message(constants.INFO, "Logged out")])
    assert "Logged out" in client.get(url).content.decode()
    assert "Logged out" not in client.get(url).content.decode()  # shown once


def test_a_readers_cached_count_and_chart_change_when_a_quotation_is_added(
    client, reader, busy_speaker, new_data
):
    client.force_login(reader)
    url = reverse("speaker-detail", args=["ada-busy"])
    assert "<strong>60</strong> quotations" in client.get(url).content.decode()
    newest = make_quotations(
        Speaker.objects.create(name="Other", slug="other"), 1, start=datetime.date(2030, 1, 1)
    )[0]
    Quotation.objects.filter(pk=newest.pk).update(speaker=busy_speaker)
    new_data(appended_only=True)
    page = client.get(url).content.decode()
    assert "<strong>61</strong> quotations" in page and "2030" in page


def test_editors_never_read_a_timeline_cached_for_readers(client, editor, busy_speaker):
    url = reverse("speaker-detail", args=["ada-busy"])
    client.get(url)  # an anonymous visitor's view fills the shared fragment cache
    newest = Quotation.objects.filter(speaker=busy_speaker).order_by("-published").first()
    Quotation.objects.filter(pk=newest.pk).update(text="Edited behind the cache's back")
    client.force_login(editor)
    assert "Edited behind the cache" in client.get(url).content.decode()


def test_cached_pages_show_the_statements_a_relink_made(client, founding_articles, committed):
    import re

    from tracker.models import Statement
    from tracker.services.linking import relink_all

    url = reverse("speaker-detail", args=["mike-pompeo"])

    def linked_statements() -> set[int]:
        return {int(pk) for pk in re.findall(r'href="/statements/(\d+)/"', client.get(url).text)}

    # A stale text written behind the cache's back: the rebuild writes every statement again.
    Statement.objects.update(text="stale words nobody said")
    before = linked_statements()
    assert before and "stale words nobody said" in client.get(url).text
    with committed():
        relink_all(progress=False)  # no quotation or audit row is added
    after = linked_statements()
    # The statements kept their ids (their quotations stayed together), and the page shows
    # the rebuilt texts, not the cached ones.
    assert after == before
    assert "stale words nobody said" not in client.get(url).text
    assert after <= set(Statement.objects.values_list("pk", flat=True))


def test_a_speakers_tally_brought_up_to_date_equals_a_fresh_one(
    busy_speaker, django_assert_max_num_queries, new_data
):
    from django.core.cache import cache

    from tracker.models import Statement
    from tracker.services.timelines import speaker_stats

    speaker_stats(busy_speaker)
    said_again = Statement.objects.create(
        text="Point number 0, said again", quotation_count=3, story_count=3
    )
    other = Speaker.objects.create(name="Other", slug="other")
    days = (datetime.date(2031, 5, 2), None, datetime.date(2019, 2, 3))
    for added, day in zip(make_quotations(other, 3), days, strict=True):
        Quotation.objects.filter(pk=added.pk).update(
            speaker=busy_speaker, published=day, statement=said_again
        )
    new_data(appended_only=True)
    with django_assert_max_num_queries(3):  # the generation, the new rows, the statements' texts
        brought_up = speaker_stats(busy_speaker)
    cache.clear()
    fresh = speaker_stats(busy_speaker)
    assert brought_up == fresh
    assert fresh["count"] == 63 and fresh["last"] == datetime.date(2031, 5, 2)
    assert [(row["statement"].pk, row["n"]) for row in fresh["repeated"]] == [(said_again.pk, 3)]


def test_speaker_activity_brought_up_to_date_equals_a_fresh_one(client, busy_speaker, new_data):
    from django.core.cache import cache

    from tracker.services.timelines import activity

    client.get(reverse("speaker-list"))
    other = Speaker.objects.create(name="Newly Quoted", slug="newly-quoted")
    make_quotations(other, 3, start=datetime.date(2031, 1, 1))
    new_data(appended_only=True)
    body = client.get(reverse("speaker-list")).text
    assert "Newly Quoted" in body and body.index("Ada Busy") < body.index("Newly Quoted")
    brought_up = activity()
    cache.clear()
    assert activity() == brought_up
    assert brought_up.total == 63 and brought_up.speakers.get(other.pk)[0] == 3
    home = client.get(reverse("home")).text
    assert "Newly Quoted" in home


@pytest.mark.parametrize(
    "days",
    [
        # within the window, undated, and before the window (counted by Activity only)
        (datetime.date(2020, 3, 9), None, datetime.date(2017, 2, 3)),
        # a later month: the window moves on, and one more in it
        (datetime.date(2021, 7, 2), datetime.date(2021, 7, 30), datetime.date(2020, 5, 5)),
        # years later: the whole window is new
        (datetime.date(2031, 5, 2), None, datetime.date(2031, 1, 1)),
    ],
)
def test_a_sparkline_brought_up_to_date_equals_a_fresh_one(
    busy_speaker, django_assert_num_queries, new_data, days
):
    from django.core.cache import cache

    from tracker.services.generation import current
    from tracker.services.timelines import activity, sparklines

    quiet = Speaker.objects.create(name="Quiet One", slug="quiet-one")
    make_quotations(quiet, 2, start=datetime.date(2019, 12, 30))
    ids = [busy_speaker.pk, quiet.pk]
    before = sparklines(ids, activity(), current())
    assert sum(before[busy_speaker.pk]) == 60 and len(before[busy_speaker.pk]) == 6
    assert before[quiet.pk] == [1, 1]  # from the month of the first quotation
    other = Speaker.objects.create(name="Other", slug="other")
    for added, day in zip(make_quotations(other, 3), days, strict=True):
        Quotation.objects.filter(pk=added.pk).update(speaker=busy_speaker, published=day)
    new_data(appended_only=True)
    generation, counted = current(), activity()
    with django_assert_num_queries(1):  # the busy speaker's new rows, by id
        brought_up = sparklines(ids, counted, generation)
    cache.clear()
    assert brought_up == sparklines(ids, activity(), current()) != before
    assert brought_up[quiet.pk] == before[quiet.pk]
