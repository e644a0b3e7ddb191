"""The speaker registry (import_speakers / export_speakers), merge redirects, the unnamed
source filter and `reprocess --speakers`, end to end through the commands and pages."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from tracker.extraction.types import Quote
from tracker.models import Correction, Quotation, Source, Speaker, SpeakerAlias, SpeakerRedirect
from tracker.services.actions import MergeSpeakers, Undo
from tracker.services.speakers import get_or_create_speaker, resolve_article

pytestmark = pytest.mark.django_db

HEADER = "name,aliases,kind,roles,external_id,affiliation\n"


def run_import(tmp_path: Path, body: str) -> tuple[str, str]:
    path = tmp_path / "speakers.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_speakers", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_and_matches_known_people_first(tmp_path):
    clinton = get_or_create_speaker("Hillary Clinton")
    out, err = run_import(
        tmp_path,
        'Hillary Rodham Clinton,HRC,person,"U.S. Secretary of State (2009-2013); Senator",'
        "Q6294,Democratic Party\n"
        "Kang Kyung-wha,Kang Kyung Wha,person,South Korean Foreign Minister (2017-2021),"
        "Q16186069,\n"
        "Quinnipiac University Poll,,organisation,,,\n",
    )
    assert out.strip() == "2 created, 1 updated, 0 refused" and err == ""
    clinton.refresh_from_db()
    assert (clinton.external_id, clinton.affiliation, clinton.registered) == (
        "Q6294",
        "Democratic Party",
        True,
    )
    role = clinton.roles.get(title="U.S. Secretary of State")
    assert (role.first_date, role.last_date) == (dt.date(2009, 1, 1), dt.date(2013, 12, 31))
    assert SpeakerAlias.objects.get(normalised="hrc").speaker == clinton
    # The next article finds the registered speakers.
    found = resolve_article(
        [Quote(0, 1, "x", False, "said", "Kang Kyung Wha", speaker_kind="person")], (), "", None
    )
    assert found[0].speaker.external_id == "Q16186069"


def test_bad_rows_are_refused_with_file_line_and_field_and_change_nothing(tmp_path):
    get_or_create_speaker("Nikki Haley")
    out, err = run_import(
        tmp_path,
        "Mike Pompeo,,person,Secretary of State (2018-2021),,\n"
        ",,person,,,\n"
        "Bad Kind,,robot,,,\n"
        "Bad Role,,person,Mr.,,\n"
        "Bad Dates,,person,Mayor (2021-2018),,\n"
        "Nikki Haley,Mike Pompeo,person,,,\n",
    )
    assert out.strip() == "1 created, 0 updated, 5 refused"
    lines = err.strip().splitlines()
    assert lines[0].endswith("speakers.csv:3: name: a speaker needs a name")
    assert ":4: kind:" in lines[1] and ":5: roles:" in lines[2] and ":6: roles:" in lines[3]
    assert ":7: aliases: “Mike Pompeo” is already a name of Mike Pompeo" in lines[4]
    assert not Speaker.objects.filter(name__in=["Bad Kind", "Bad Role"]).exists()
    assert not Speaker.objects.get(name="Nikki Haley").registered
    assert Speaker.objects.count() == 2


def test_export_writes_what_import_reads(tmp_path):
    run_import(tmp_path, "Mike Pompeo,Michael Pompeo,person,CIA Director (2017-2018),Q473239,\n")
    out = StringIO()
    call_command("export_speakers", stdout=out, stderr=StringIO())
    text = out.getvalue()
    assert text.splitlines()[0] == HEADER.strip()
    assert "Mike Pompeo,Michael Pompeo,person,CIA Director (2017-01-01 to 2018-12-31),Q473239," in (
        text
    )
    Speaker.objects.all().delete()
    path = tmp_path / "again.csv"
    path.write_text(text, encoding="utf-8")
    call_command("import_speakers", str(path), stdout=StringIO(), stderr=StringIO())
    pompeo = Speaker.objects.get(name="Mike Pompeo")
    assert pompeo.roles.get().first_date == dt.date(2017, 1, 1)
    assert pompeo.external_id == "Q473239"


def test_import_of_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_speakers", str(tmp_path / "nope.csv"))


def test_a_merged_speakers_page_answers_301_until_the_merge_is_undone(client, editor):
    keep = get_or_create_speaker("James Comey")
    other = get_or_create_speaker("James B. Comey Jr")  # same person: found, not created
    assert keep == other
    other = Speaker.objects.create(name="J. Comey", slug="j-comey")
    old_url = reverse("speaker-detail", args=["j-comey"])
    row = MergeSpeakers.apply(keep, other, keep_version=1, other_version=1, by=editor)
    response = client.get(old_url + "?group=month")
    assert response.status_code == 301
    assert response["Location"] == keep.get_absolute_url() + "?group=month"
    Undo.apply(row, by=editor)
    assert not SpeakerRedirect.objects.exists()
    assert client.get(old_url).status_code == 200
    assert client.get(reverse("speaker-detail", args=["nobody"])).status_code == 404


def test_the_speaker_page_shows_current_and_past_roles(client):
    resolve_article(
        [Quote(0, 1, "x", False, "said", "CIA Director Mike Pompeo", speaker_kind="person")],
        (),
        "",
        dt.date(2017, 3, 1),
    )
    resolve_article(
        [Quote(0, 1, "x", False, "said", "Secretary of State Mike Pompeo",
               speaker_kind="person")],
        (),
        "",
        dt.date(2019, 3, 1),
    )
    html = client.get(reverse("speaker-detail", args=["mike-pompeo"])).content.decode()
    assert '<p class="role">Secretary of State</p>' in html
    assert "CIA Director" in html and "Roles over time" in html


ARTICLE = (
    "WASHINGTON - Officials spoke on Friday.\n\n"
    '"We will not comment," a State Department official said.\n\n'
    '"It is over," Clinton said.\n\n'
    '"Sanctions stay," Secretary of State Mike Pompeo said.\n'
)


def ingest_article() -> Source:
    from tracker.services.articles import ArticleInput
    from tracker.services.ingest import ingest_article as ingest

    return ingest(ArticleInput(text=ARTICLE, title="Talks", date="2018-08-04")).source


def test_unnamed_and_ambiguous_sources_are_shown_and_filtered(client, editor_client):
    source = ingest_article()
    by_text = {q.text: q for q in source.quotations.all()}
    official = by_text["We will not comment,"]
    clinton = by_text["It is over,"]
    assert official.speaker is None and official.speaker_description == (
        "a State Department official"
    )
    assert clinton.speaker is None and clinton.speaker_ambiguous
    assert by_text["Sanctions stay,"].speaker.name == "Mike Pompeo"
    assert list(Speaker.objects.values_list("name", flat=True)) == ["Mike Pompeo"]
    page = client.get(source.get_absolute_url()).content.decode()
    assert "Unnamed: a State Department official" in page
    assert "Ambiguous: “Clinton”" in page
    search = client.get(reverse("quotation-list"), {"source_kind": "unnamed"}).content.decode()
    assert "We will not comment" in search and "Sanctions stay" not in search
    search = client.get(reverse("quotation-list"), {"source_kind": "ambiguous"}).content.decode()
    assert "It is over" in search and "We will not comment" not in search
    assert client.get(reverse("quotation-list"), {"source_kind": "robots"}).status_code == 400
    queue = editor_client.get(reverse("review-queue")).content.decode()
    assert "ambiguous name “Clinton”" in queue
    assert "unnamed source “a State Department official”" in queue


def test_reprocess_speakers_mends_a_database_and_keeps_editor_decisions(editor):
    source = ingest_article()
    pompeo_quote = source.quotations.get(text="Sanctions stay,")
    clinton_quote = source.quotations.get(text="It is over,")
    official = source.quotations.get(text="We will not comment,")
    # An old database: junk rows from the earlier rules, and an editor's decision.
    junk = Speaker.objects.create(name="State Department official", slug="sdo")
    bob = Speaker.objects.create(name="Clinton", slug="clinton")
    Quotation.objects.filter(pk=official.pk).update(speaker=junk, speaker_description="")
    Quotation.objects.filter(pk=clinton_quote.pk).update(
        speaker=bob, speaker_ambiguous=False, attribution_status="confirmed"
    )
    edited = Speaker.objects.create(name="Edited Nobody", slug="edited-nobody")
    Correction.objects.create(action="edit_name", target_type="speaker", target_id=edited.pk)
    out = StringIO()
    call_command("reprocess", "--speakers", stdout=out)
    summary = out.getvalue()
    assert "1 of 2 quotations changed speaker (1 now unnamed sources" in summary
    assert "1 kept as editors decided" in summary and "1 deleted" in summary
    official.refresh_from_db()
    clinton_quote.refresh_from_db()
    assert official.speaker is None and official.speaker_description
    assert clinton_quote.speaker == bob  # confirmed by an editor: kept
    assert not Speaker.objects.filter(pk=junk.pk).exists()
    assert Speaker.objects.filter(pk=edited.pk).exists()  # edited by a person: kept
    assert pompeo_quote.speaker.name == "Mike Pompeo"


def test_the_correction_page_edits_the_registry_fields_and_undo_restores_them(editor_client):
    from tracker.services.actions import Undo

    haley = get_or_create_speaker("Nikki Haley")
    url = reverse("speaker-update", args=[haley.slug])
    assert 'name="external_id"' in editor_client.get(url).content.decode()
    editor_client.post(
        url,
        {
            "version": haley.version,
            "name": "Nikki R. Haley",
            "role": "UN envoy",
            "kind": "person",
            "external_id": "Q11668",
            "affiliation": "Republican Party",
        },
    )
    haley.refresh_from_db()
    assert (haley.name, haley.external_id, haley.affiliation) == (
        "Nikki R. Haley",
        "Q11668",
        "Republican Party",
    )
    assert editor_client.post(url, {"version": haley.version, "name": "x", "external_id": "a b"})
    haley.refresh_from_db()
    assert haley.external_id == "Q11668"  # two words: refused
    row = Correction.objects.get(action="edit_external_id")
    Undo.apply(row, by=None)
    haley.refresh_from_db()
    assert haley.external_id == ""
    # Without the fields, an older form leaves them as they are.
    editor_client.post(url, {"version": haley.version, "name": "Nikki Haley"})
    haley.refresh_from_db()
    assert haley.affiliation == "Republican Party" and haley.family_key == "haley"
