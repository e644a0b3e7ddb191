"""Following a talking point: told when its speaker says the phrase in a new story, once per
story; the Follow button on its page, the Following page, rebuilds, and its Atom feed."""

from __future__ import annotations

import pytest
from test_atom_feeds import ATOM, atom

from tracker.linking import phrases
from tracker.models import Alert, Quotation, Rebuild, Speaker, TalkingPoint, TalkingPointUse, Watch
from tracker.services.talking_points import newest_uses, rebuild
from tracker.services.watch_terms import Offer, Want
from tracker.services.watches import (
    Target,
    feed_link,
    follow,
    reattach_talking_point_watches,
    target_of,
    watch_link,
)

PHRASE = "fully verified denuclearization"


@pytest.fixture
def pompeo(founding_articles) -> Speaker:
    return Speaker.objects.get(name="Mike Pompeo")


def make_point(speaker: Speaker, phrase: str = PHRASE) -> TalkingPoint:
    """A talking point as `manage.py talking_points` stores it, with the speaker's uses."""
    point = TalkingPoint.objects.create(
        speaker=speaker, phrase=phrase.capitalize(), normalised=phrase, story_count=2
    )
    for quotation in Quotation.objects.filter(speaker=speaker):
        if phrases.contains(phrases.said_words(quotation.text), tuple(phrase.split())):
            TalkingPointUse.objects.create(talking_point=point, quotation=quotation, own=True)
    return point


@pytest.fixture
def point(pompeo) -> TalkingPoint:
    return make_point(pompeo)


# ---------------------------------------------------------------- the rule, without a database
def offer(text: str, speaker_id: int | None = 7) -> Offer:
    return Offer.of(text, speaker_id, None, "Wire", None)


@pytest.mark.parametrize(
    ("text", "speaker_id", "met"),
    [
        ("Until the final, fully verified denuclearization of North Korea.", 7, True),
        ("Until the final, fully-verified denuclearisation.", 7, True),  # spelling, hyphen
        ("FULLY VERIFIED DENUCLEARIZATION now", 7, True),
        ("Denuclearization, fully verified, is the goal.", 7, False),  # not together
        ("A fully verified denuclearizations plan", 7, False),  # whole words only
        ("Until the final, fully verified denuclearization.", 8, False),  # someone else
        ("Until the final, fully verified denuclearization.", None, False),  # unattributed
    ],
)
def test_a_phrase_watch_needs_the_speaker_and_the_whole_words_in_order(text, speaker_id, met):
    want = Want(speaker_id=7, phrase=tuple(PHRASE.split()))
    assert want.anchor() == "speaker:7"
    assert want.matches(offer(text, speaker_id)) is met


def test_spoken_spellings_match_as_the_talking_point_finder_reads_them():
    want = Want(speaker_id=7, phrase=("lying", "ted"))
    assert want.matches(offer("He called him Lyin' Ted again."))


# ---------------------------------------------------------------- alerts
def test_following_a_talking_point_alerts_with_the_phrase_and_the_sentence(reader, point, ingest):
    watch, created = follow(reader, Target.of_talking_point(point))
    assert created and watch.phrase == PHRASE and watch.speaker_id == point.speaker_id
    source = ingest()
    alert = Alert.objects.get(user=reader)
    assert alert.source == source
    [reason] = alert.content["reasons"]
    assert reason["kind"] == "talking_point"
    assert reason["label"] == f"“{point.phrase}”, a talking point of Mike Pompeo"
    [item] = alert.content["quotations"]
    assert item["before"] + item["said"] + item["after"] == (
        '"We will keep the sanctions until the final, fully verified denuclearization of '
        'North Korea," Pompeo told reporters.'
    )


def test_a_reprint_of_the_story_adds_its_outlet_not_a_second_alert(reader, point, ingest, texts):
    follow(reader, Target.of_talking_point(point))
    ingest()
    ingest(text=texts["reprint"], outlet="Wire Two", date="2018-08-07")
    alert = Alert.objects.get(user=reader)
    assert alert.content["outlets"] == ["Wire One", "Wire Two"]


def test_another_speaker_saying_the_phrase_does_not_alert(reader, point, ingest):
    follow(reader, Target.of_talking_point(point))
    ingest(
        text='Kim says no\n\nKim Jong Un said: "There will be no fully verified '
        'denuclearization of our country."',
        title="Kim says no",
    )
    assert not Alert.objects.filter(user=reader).exists()


def test_a_rebuild_keeps_the_watch_by_its_phrase_and_attaches_it_to_the_new_row(
    reader, pompeo, point, ingest
):
    watch, _ = follow(reader, Target.of_talking_point(point))
    rebuild()  # the founding articles alone make no talking point of these words
    watch.refresh_from_db()
    assert watch.talking_point is None and watch.phrase == PHRASE
    words = "fully+verified+denuclearization"
    assert watch_link(watch) == f"/quotations/?q={words}&speaker={pompeo.slug}"
    assert feed_link(target_of(watch)) == ""
    ingest()  # still told: matching reads the stored phrase and speaker
    assert Alert.objects.filter(user=reader).count() == 1
    found_again = make_point(pompeo)  # as a later rebuild would find it
    assert reattach_talking_point_watches() == 1
    watch.refresh_from_db()
    assert watch.talking_point == found_again
    # The same signature: its page's button shows the watch, no second one is made.
    assert follow(reader, Target.of_talking_point(found_again)) == (watch, False)


# ---------------------------------------------------------------- pages
def test_the_talking_point_page_follows_and_unfollows_with_htmx(
    reader_client, reader, point, htmx_headers
):
    page = reader_client.get(point.get_absolute_url()).content.decode()
    assert 'name="kind" value="talking_point"' in page
    assert f'name="talking_point" value="{point.pk}"' in page
    assert f'href="/talking-points/{point.pk}/feed/"' in page
    response = reader_client.post(
        "/following/new/",
        {"kind": "talking_point", "talking_point": point.pk, "next": point.get_absolute_url()},
        headers=htmx_headers,
    )
    assert response.status_code == 200
    assert "✓ Following" in response.content.decode()
    watch = Watch.objects.get(user=reader)
    assert (watch.kind, watch.talking_point, watch.phrase) == ("talking_point", point, PHRASE)
    assert "✓ Following" in reader_client.get(point.get_absolute_url()).content.decode()
    response = reader_client.post(
        f"/following/{watch.pk}/delete/",
        {"from": "button", "next": point.get_absolute_url()},
        headers=htmx_headers,
    )
    assert 'value="talking_point"' in response.content.decode()
    assert not Watch.objects.exists()


def test_a_visitor_sees_log_in_to_follow_and_the_feed_on_the_talking_point_page(client, point):
    html = client.get(point.get_absolute_url()).content.decode()
    assert "Log in to follow" in html and f"/talking-points/{point.pk}/feed/" in html


@pytest.mark.parametrize("value", ["999999", "x", "-1"])
def test_following_a_missing_talking_point_is_a_400(reader_client, htmx_headers, db, value):
    response = reader_client.post(
        "/following/new/", {"kind": "talking_point", "talking_point": value}, headers=htmx_headers
    )
    assert response.status_code == 400 and b'role="alert"' in response.content
    assert not Watch.objects.exists()


def test_the_following_page_shows_changes_and_removes_a_talking_point(
    reader_client, reader, point, htmx_headers
):
    watch, _ = follow(reader, Target.of_talking_point(point))
    html = reader_client.get("/following/").content.decode()
    assert "“Fully verified denuclearization”, a talking point of Mike Pompeo" in html
    assert f'href="/talking-points/{point.pk}/"' in html
    assert f'href="/talking-points/{point.pk}/feed/"' in html
    response = reader_client.post(
        f"/following/{watch.pk}/edit/",
        {f"w{watch.pk}-cadence": "daily", f"w{watch.pk}-by_email": "on"},
        headers=htmx_headers,
    )
    row = response.content.decode()
    assert response.status_code == 200 and "Saved" in row
    assert f'href="/talking-points/{point.pk}/feed/"' in row  # the row keeps its feed link
    watch.refresh_from_db()
    assert (watch.cadence, watch.by_email) == ("daily", True)
    point.delete()  # a rebuild without it
    html = reader_client.get("/following/").content.decode()
    assert "No longer among Mike Pompeo’s talking points" in html
    response = reader_client.post(f"/following/{watch.pk}/delete/", headers=htmx_headers)
    assert response.status_code == 200 and not Watch.objects.exists()


# ---------------------------------------------------------------- the feed
def test_a_talking_points_feed_lists_the_speakers_uses_newest_first(client, point, ingest):
    root = atom(client.get(f"/talking-points/{point.pk}/feed/"))
    stored = list(
        TalkingPointUse.objects.filter(talking_point=point).values_list("quotation_id", flat=True)
    )
    ids = [e.find(f"{ATOM}id").text for e in root.findall(f"{ATOM}entry")]
    assert len(stored) >= 2 and ids == [f"quotation:{pk}" for pk in sorted(stored, reverse=True)]
    alternate = root.find(f"{ATOM}link[@rel='alternate']").get("href")
    assert alternate == f"http://testserver/talking-points/{point.pk}/"
    assert "Fully verified denuclearization" in root.find(f"{ATOM}title").text
    # A use stored after the last rebuild is in the feed before the next one.
    Rebuild.objects.create(
        kind=Rebuild.Kind.TALKING_POINTS, summary={"last_quotation": max(stored)}
    )
    ingest()
    new = Quotation.objects.filter(speaker=point.speaker).order_by("-id").first()
    assert newest_uses(point, 50)[0] == new.pk
    root = atom(client.get(f"/talking-points/{point.pk}/feed/"))
    assert root.find(f"{ATOM}entry/{ATOM}id").text == f"quotation:{new.pk}"


def test_a_missing_talking_points_feed_is_a_404(client, db):
    assert client.get("/talking-points/999999/feed/").status_code == 404


def test_manage_talking_points_again_keeps_the_follow_on_the_new_row(reader):
    """`rebuild` makes every talking point again under new ids: the watch moves with it."""
    import datetime as dt

    from tracker.models import Source

    sanders = Speaker.objects.create(name="Bernie Sanders", slug="bernie-sanders")
    for month, text in enumerate(
        [
            "We need a political revolution in this country.",
            "That is what the Political Revolution is about,",
            "Join the political revolution",
        ],
        start=1,
    ):
        source = Source.objects.create(
            text=text, content_hash=f"pr{month}", outlet=f"Outlet {month}",
            published=dt.date(2016, month, 1),
        )  # fmt: skip
        Quotation.objects.create(
            source=source, start=0, end=len(text), text=text, speaker=sanders,
            published=source.published,
        )  # fmt: skip
    rebuild()
    first = TalkingPoint.objects.get()
    watch, _ = follow(reader, Target.of_talking_point(first))
    rebuild()
    again = TalkingPoint.objects.get()
    assert again.pk != first.pk
    watch.refresh_from_db()
    assert watch.talking_point == again and watch.phrase == "political revolution"
    assert watch_link(watch) == f"/talking-points/{again.pk}/"
