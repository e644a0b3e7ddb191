"""Search people can rely on: word boundaries and stems, phrases, exclusions, counts, facets,
the attention chart; the same answers on SQLite (FTS5) and PostgreSQL (websearch)."""

from __future__ import annotations

import datetime
import hashlib
import itertools

import pytest
from django.urls import reverse

from tracker.models import Quotation, Source, Speaker
from tracker.services.search import filter_quotations, parse_query

pytestmark = pytest.mark.django_db
_n = itertools.count()


def said(text: str, speaker: Speaker | None = None, day=None, outlet: str = "Wire") -> Quotation:
    body = f'"{text}," they said. ({next(_n)})'
    source = Source.objects.create(
        text=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        published=day,
        outlet=outlet,
        title=f"Story {text[:20]}",
    )
    return Quotation.objects.create(
        source=source, start=1, end=1 + len(text), text=text, speaker=speaker, published=day
    )


def texts(q: str) -> set[str]:
    return set(filter_quotations(q=q).values_list("text", flat=True))


def test_words_match_whole_words_with_their_other_forms(db):
    said("We will build the wall")
    said("He kept swallowing his words")
    said("Ask Mr Wallace")
    said("Immigrants are welcome")
    assert texts("wall") == {"We will build the wall"}
    assert texts("immigration") == {"Immigrants are welcome"}


def test_phrases_exclusions_and_or(db):
    said("final, fully verified denuclearization of North Korea")
    said("verified and final, they say")
    said("sanctions stay until final verification")
    assert texts('"final, fully verified"') == {
        "final, fully verified denuclearization of North Korea"
    }
    assert texts("final -sanctions") == {
        "final, fully verified denuclearization of North Korea",
        "verified and final, they say",
    }
    assert texts("denuclearization or sanctions") == {
        "final, fully verified denuclearization of North Korea",
        "sanctions stay until final verification",
    }
    assert len(texts("-sanctions")) == 2


def test_the_query_parser_reads_web_search_syntax():
    clauses = parse_query('"final, fully verified" -sanctions or  -"the wall" fully-verified')
    assert [(c.words, c.excluded) for c in clauses] == [
        (("final", "fully", "verified"), False),
        (("sanctions",), True),
        (("the", "wall"), True),
        (("fully", "verified"), False),
    ]
    assert parse_query('"unclosed phrase')[0].words == ("unclosed", "phrase")
    assert parse_query('" " - --') == []


def test_the_best_match_comes_first_and_date_order_is_a_choice(client, db):
    old = said("tariffs tariffs tariffs on steel", day=datetime.date(2018, 1, 1))
    new = said(
        "A long statement that mentions tariffs only once among many other words here",
        day=datetime.date(2019, 1, 1),
    )
    body = client.get(reverse("quotation-list"), {"q": "tariffs"}).content.decode()
    assert body.index(f"row-q{old.pk}") < body.index(f"row-q{new.pk}")
    assert "best matches first" in body
    body = client.get(reverse("quotation-list"), {"q": "tariffs", "sort": "date"}).content.decode()
    assert body.index(f"row-q{new.pk}") < body.index(f"row-q{old.pk}")


def test_matches_are_highlighted_on_word_boundaries(client, db):
    said("The wall is swallowing money")
    body = client.get(reverse("quotation-list"), {"q": "wall"}).content.decode()
    assert "The <mark>wall</mark> is swallowing money" in body


def test_a_search_shows_its_total_facets_and_a_chart_with_links(client, db):
    pat = Speaker.objects.create(name="Pat Speaker", slug="pat-speaker")
    for day in (1, 2, 9):
        said("sanctions will stay", pat, datetime.date(2018, 3, day), outlet="Wire")
    said("sanctions go", None, datetime.date(2018, 3, 20), outlet="Daily")
    said("nothing to see", pat, datetime.date(2018, 3, 2))
    response = client.get(reverse("quotation-list"), {"q": "sanctions"})
    body = response.content.decode()
    assert (
        '<strong class="total">4</strong> quotations in <strong class="stories">4</strong>' in body
    )
    assert 'Pat Speaker</a> <span class="count">3</span>' in body
    assert 'Wire</a> <span class="count">3</span>' in body
    assert "Stories quoting it: 4 stories from Week of 26 Feb 2018 to Week of 19 Mar 2018" in body
    # A bar links to its week.
    assert "start=2018-03-05&amp;end=2018-03-11" in body
    week = client.get(
        reverse("quotation-list"), {"q": "sanctions", "start": "2018-03-05", "end": "2018-03-11"}
    )
    assert '<strong class="total">1</strong>' in week.content.decode()
    monthly = client.get(reverse("quotation-list"), {"q": "sanctions", "every": "month"})
    assert "start=2018-03-01&amp;end=2018-03-31" in monthly.content.decode()


def test_a_typed_speaker_name_picks_the_closest_speaker(client, db):
    pat = Speaker.objects.create(name="Pat Speaker", slug="pat-speaker")
    said("sanctions will stay", pat)
    said("sanctions go")
    body = client.get(
        reverse("quotation-list"), {"q": "sanctions", "who": "pat speakr"}
    ).content.decode()
    assert '<strong class="total">1</strong>' in body
    assert 'name="speaker" value="pat-speaker"' in body
    missing = client.get(reverse("quotation-list"), {"who": "zzzzzz qqqq"})
    assert missing.status_code == 400


def test_speaker_autocomplete_is_open_to_readers_for_filters(client, db):
    Speaker.objects.create(name="Pat Speaker", slug="pat-speaker")
    response = client.get(reverse("speaker-autocomplete"), {"who": "pat speak", "field": "slug"})
    assert response.status_code == 200
    assert 'name="pick" value="pat-speaker"' in response.content.decode()
    # Picking an id for a correction still needs an editor.
    assert client.get(reverse("speaker-autocomplete"), {"q": "pat"}).status_code == 302


def test_the_search_index_follows_edits_and_deletes(db):
    q = said("nothing about it")
    assert texts("tariffs") == set()
    Quotation.objects.filter(pk=q.pk).update(text="tariffs now")
    assert texts("tariffs") == {"tariffs now"}
    q.delete()
    assert texts("tariffs") == set()


def test_export_names_say_what_they_hold(client, db):
    response = client.get(
        reverse("quotation-export", args=["csv"]),
        {"q": "wall", "outlet": "Wire", "start": "2018-01-01", "end": "2018-12-31"},
    )
    assert (
        'filename="quotations-wire-wall-2018-01-01-to-2018-12-31.csv"'
        in response["Content-Disposition"]
    )
    response = client.get(reverse("quotation-export", args=["json"]))
    assert 'filename="quotations-all.json"' in response["Content-Disposition"]


def test_stories_are_summed_by_week_or_month_of_their_days():
    from tracker.services.attention import chart_unit, per_period

    day = datetime.date.toordinal
    stories = {
        day(datetime.date(2024, 1, 31)): 2,  # a Wednesday
        day(datetime.date(2024, 2, 1)): 3,  # Thursday, same week, next month
        day(datetime.date(2024, 2, 5)): 1,  # the next Monday
        0: 7,  # undated: never charted
    }
    assert per_period(stories, "month") == {
        datetime.date(2024, 1, 1): 2,
        datetime.date(2024, 2, 1): 4,
    }
    assert per_period(stories, "week") == {
        datetime.date(2024, 1, 29): 5,
        datetime.date(2024, 2, 5): 1,
    }
    assert per_period(stories, "week") == per_period(stories, "week")  # remembered periods
    assert chart_unit(day(datetime.date(2024, 1, 1)), day(datetime.date(2024, 6, 1))) == "week"
    assert chart_unit(day(datetime.date(2023, 1, 1)), day(datetime.date(2024, 6, 1))) == "month"
    assert chart_unit(0, 0) == "month"
    assert chart_unit(0, 0, "week") == "week"
