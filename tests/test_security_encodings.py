"""Encodings: mostly-UTF-8 stays UTF-8, legacy Latin text by its language, UTF-16 without BOM."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from tracker.models import Source
from tracker.services.articles import records_from_bytes
from tracker.services.encodings import decode_bytes

SPANISH = 'El señor Moreno dijo que "no habrá acuerdo" con los sindicatos de la región.'
POLISH = 'Pan Kowalski powiedział, że "nie będzie porozumienia" i nie ma na to zgody. Źle.'
CZECH = 'Ministr řekl, že "to je špatně" a že se to na jaře změní. Žádná dohoda.'
FRENCH = "Le président a dit que « la réforme est nécessaire » pour les élèves."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SPANISH, "latin-1"),
        (SPANISH, "cp1252"),
        (FRENCH, "cp1252"),
        ('He said: “We won’t stop” – and the crowd cheered in the rain.', "cp1252"),
        (POLISH, "iso-8859-2"),
        (POLISH, "cp1250"),
        (CZECH, "cp1250"),
        (CZECH, "iso-8859-2"),
    ],
)
def test_legacy_latin_text_is_read_by_its_language(text, encoding):
    assert decode_bytes(text.encode(encoding)).text == text


def test_latin1_senor_is_not_latin2():
    assert decode_bytes("El se\u00f1or dijo que no.".encode("latin-1")).text == (
        "El señor dijo que no."
    )


def test_mostly_utf8_stays_utf8_with_a_warning():
    data = "Zürich said: ".encode() + b"\x93We stay\x94 in the sanctions regime, Gr\xfc\xdfe."
    decoded = decode_bytes(data)
    assert decoded.text.startswith("Zürich said: “We stay” in")
    assert "were not valid UTF-8" in decoded.warning


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text_not_binary(encoding):
    text = 'Kang Kyung-wha said: "We will talk." Señor Moon agreed.'
    assert decode_bytes(text.encode(encoding)).text == text


def test_binary_is_still_refused():
    record = next(records_from_bytes("scan.txt", b"\x00\x01\x02\xff" * 100))
    assert "binary" in record.error


@pytest.mark.django_db
def test_warning_shows_in_the_cli_and_the_web_report(tmp_path, capsys, editor_client):
    data = "Zürich - Kang said: ".encode() + b"\x93We stay the course on sanctions\x94."
    (tmp_path / "mixed.txt").write_bytes(data)
    call_command("ingest", str(tmp_path))
    assert "warning: " in capsys.readouterr().err
    assert Source.objects.get().text.startswith("Zürich - Kang said: “We stay")
    Source.objects.all().delete()
    upload = SimpleUploadedFile("mixed.txt", data)
    job_page = editor_client.post(
        reverse("source-create"), {"mode": "upload", "files": [upload]}, follow=True
    )
    assert Source.objects.get().text.startswith("Zürich - Kang said: “We stay")
    # The job's report says which article needed the guess.
    assert "mixed.txt: " in job_page.content.decode()
    assert "not valid UTF-8" in job_page.content.decode()


@pytest.mark.django_db
def test_a_utf16_upload_without_bom_is_ingested(editor_client):
    text = 'SEOUL - Kang Kyung-wha said: "We will talk again soon and keep our promise."'
    upload = SimpleUploadedFile("utf16.txt", text.encode("utf-16-le"))
    editor_client.post(reverse("source-create"), {"mode": "upload", "files": [upload]})
    assert Source.objects.get().text == text


@pytest.mark.django_db
def test_mojibake_in_an_ingested_article_is_repaired_and_the_name_reads_whole(tmp_path):
    # Rule `mojibake_repaired`: UTF-8 once read as Windows-1252 ("PeÃ±a") is read again.
    article = {
        "title": "Visit",
        "text": "MEXICO CITY - “We will build bridges,” said President Enrique PeÃ±a Nieto "
        "after his talks in GuantÃ¡namo.",
    }
    (tmp_path / "mojibake.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    call_command("ingest", str(tmp_path / "mojibake.jsonl"), stdout=io.StringIO())
    source = Source.objects.get()
    assert "Enrique Peña Nieto" in source.text and "Guantánamo" in source.text
    quotation = source.quotations.get()
    assert quotation.text == "We will build bridges,"
    assert quotation.speaker.name == "Enrique Peña Nieto"
