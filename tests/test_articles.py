"""Reading articles from bytes and records: encodings, binaries, datelines, JSONL and CSV."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.services.articles import (
    ArticleError,
    check_text,
    dateline_date,
    decode,
    normalise_text,
    parse_date,
    records_from_bytes,
)


def test_utf8_with_bom_decodes_without_the_bom():
    assert decode("\ufeffPompeo said “yes”.".encode("utf-8")) == "Pompeo said “yes”."


def test_latin1_text_is_detected_and_decoded():
    text = "Le ministre a déclaré que la décision était « définitive » et irrévocable. " * 5
    assert decode(text.encode("cp1252")) == text


def test_utf16_text_is_detected_and_decoded():
    text = "Kang said the summit was a success for everyone involved in the talks. " * 4
    assert "summit was a success" in decode(text.encode("utf-16"))


def test_empty_file_is_refused_with_a_clear_message():
    with pytest.raises(ArticleError, match="empty"):
        decode(b"  \n ", "notes.txt")


def test_binary_file_is_refused_with_a_clear_message():
    with pytest.raises(ArticleError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")


def test_text_is_normalised_to_nfc_and_unix_newlines():
    assert normalise_text("Cafe\u0301\r\nsaid\r") == "Café\nsaid"


def test_oversized_article_is_refused():
    with pytest.raises(ArticleError, match="byte limit"):
        check_text("word " * 100, "big.txt", max_bytes=100)


def test_founding_article_dateline_gives_the_date():
    text = "date 2018-08-04 SINGAPORE - US Secretary of State Mike Pompeo on Saturday"
    assert dateline_date(text) == dt.date(2018, 8, 4)


def test_wire_dateline_with_a_year_gives_the_date():
    text = "WASHINGTON, Aug. 4, 2018 (Reuters) - The State Department said on Saturday..."
    assert dateline_date(text) == dt.date(2018, 8, 4)


def test_wire_dateline_without_a_year_takes_the_year_the_article_mentions():
    text = "WASHINGTON, Sept. 12 (Reuters) - The 2018 sanctions remain in force, officials said."
    assert dateline_date(text) == dt.date(2018, 9, 12)


def test_wire_dateline_without_any_year_leaves_the_article_undated():
    assert dateline_date("WASHINGTON, Aug. 4 (Reuters) - Officials said on Friday...") is None


def test_text_without_dateline_is_undated():
    assert dateline_date("U.S. Secretary of State Mike Pompeo said Friday that...") is None


def test_impossible_date_is_refused():
    with pytest.raises(ArticleError, match="does not exist"):
        parse_date("2018-02-30", "feed.jsonl:3")


def test_date_in_another_format_is_refused():
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        parse_date("4 August 2018", "feed.jsonl:3")


def test_jsonl_malformed_line_is_named_and_good_lines_still_read():
    data = (
        b'{"text": "First article.", "title": "One", "publisher": "Reuters"}\n'
        b"{not json\n"
        b'{"title": "no text"}\n'
        b'{"text": "Second article.", "date": "2018-08-04", "url": "https://example.org/2"}\n'
    )
    records = list(records_from_bytes("feed.jsonl", data))
    assert [r.where for r in records] == [
        "feed.jsonl:1",
        "feed.jsonl:2",
        "feed.jsonl:3",
        "feed.jsonl:4",
    ]
    assert records[0].article.outlet == "Reuters"
    assert "not valid JSON" in records[1].error
    assert '"text" field is missing' in records[2].error
    assert records[3].article.date == "2018-08-04"


def test_csv_rows_are_read_with_their_line_numbers():
    data = b'title,outlet,date,text\nOne,AP,2018-08-04,"Pompeo said ""yes""."\nTwo,AP,,\n'
    records = list(records_from_bytes("feed.csv", data))
    assert records[0].article.text == 'Pompeo said "yes".'
    assert records[1].error.startswith("feed.csv:3")


def test_csv_without_text_column_is_refused():
    records = list(records_from_bytes("feed.csv", b"title,body\nOne,Two\n"))
    assert "text" in records[0].error


def test_html_is_reduced_to_its_main_text():
    body = "".join(
        f"<p>Paragraph {n}: Pompeo said the talks were going well.</p>" for n in range(8)
    )
    html = (
        "<html><head><title>Pompeo in Singapore</title></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Pompeo in Singapore</h1>"
        f"{body}</article><footer>Copyright</footer></body></html>"
    ).encode()
    [record] = records_from_bytes("story.html", html)
    assert "Pompeo said the talks" in record.article.text
    assert "Copyright" not in record.article.text
    assert record.article.title == "Pompeo in Singapore"


def test_unsupported_file_type_is_refused():
    [record] = records_from_bytes("report.pdf", b"%PDF-1.4")
    assert "unsupported file type" in record.error
