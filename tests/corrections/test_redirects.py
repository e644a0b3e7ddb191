"""A merged speaker's page redirects (301) to the speaker it was merged into."""

from __future__ import annotations


def test_a_merged_speakers_page_redirects_to_the_speaker_it_joined(client, world, editor):
    from tracker.services.actions import MergeSpeakers

    old_url = world.haley.get_absolute_url()
    MergeSpeakers.apply(world.pompeo, world.haley, keep_version=1, other_version=1, by=editor)
    response = client.get(old_url + "?group=month")
    assert response.status_code == 301
    assert response.url == world.pompeo.get_absolute_url() + "?group=month"
    assert client.get("/speakers/nobody-at-all/").status_code == 404
