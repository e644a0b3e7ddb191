"""The audit log names what changed, filters by editor, kind and day, and shows times in the
reader's time zone (their choice, else TIME_ZONE)."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from tracker.models import Correction
from tracker.services.actions import Confirm, Reattribute


def test_a_change_names_the_quotation_and_both_speakers(world, editor, client):
    Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    html = client.get(reverse("correction-list")).content.decode()
    url = reverse("quotation-history", args=[world.quote_he.pk])
    assert (
        f'Reattributed <a href="{url}">“&quot;Sanctions stay,&quot;”</a> from Mike Pompeo to '
        "Nikki Haley" in html
    )


def test_a_first_attribution_reads_as_one(world, editor, client, make_quote):
    lone = make_quote(world.source_b, "In Singapore", None)
    Reattribute.apply(lone, world.haley, seen_version=1, by=editor)
    html = client.get(reverse("correction-list")).content.decode()
    url = reverse("quotation-history", args=[lone.pk])
    assert f'Attributed <a href="{url}">“In Singapore”</a> to Nikki Haley' in html


def test_filters_by_editor_action_and_day(world, editor, reader, client):
    Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    Confirm.apply(world.quote_a, seen_version=1, by=reader)
    Correction.objects.filter(action="confirm").update(
        created_at=datetime.datetime(2020, 5, 1, 12, tzinfo=datetime.UTC)
    )
    url = reverse("correction-list")

    def shown(**params) -> set[str]:
        html = client.get(url, params).content.decode()
        return {a for a in ("Reattributed", "Confirmed the speaker") if a in html}

    # Readers see "an editor", never names: filtering by a name they guess shows everything.
    assert shown(editor="edith") == {"Reattributed", "Confirmed the speaker"}
    client.force_login(editor)
    assert shown() == {"Reattributed", "Confirmed the speaker"}
    assert shown(editor="edith") == {"Reattributed"}
    assert shown(action="confirm") == {"Confirmed the speaker"}
    assert shown(start="2020-05-01", end="2020-05-01") == {"Confirmed the speaker"}
    assert shown(end="2020-04-30") == set()
    assert client.get(url, {"action": "drop table"}).status_code == 400


def test_times_follow_the_readers_time_zone(world, editor, client, settings):
    Reattribute.apply(world.quote_he, world.haley, seen_version=1, by=editor)
    Correction.objects.update(created_at=datetime.datetime(2020, 5, 1, 23, 30, tzinfo=datetime.UTC))
    assert "1 May 2020, 23:30" in client.get(reverse("correction-list")).content.decode()
    response = client.post(
        reverse("set-timezone"), {"tz": "Asia/Singapore", "next": reverse("correction-list")}
    )
    assert response.status_code == 302
    html = client.get(reverse("correction-list")).content.decode()
    assert "2 May 2020, 07:30" in html
    assert '<option value="Asia/Singapore" selected>' in html
    # A day filter means the reader's day.
    assert (
        "Reattributed"
        in client.get(reverse("correction-list"), {"start": "2020-05-02"}).content.decode()
    )
    timezone.deactivate()
