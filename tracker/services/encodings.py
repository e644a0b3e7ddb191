"""Bytes to text when the file does not say its encoding.

Order: a byte-order mark; UTF-16/32 without one (NUL bytes in every other position); UTF-8;
*mostly* UTF-8 (a few stray legacy bytes, read as Windows-1252, with a warning); then a
single-byte Latin encoding picked by the language of the text (its common words are plain
ASCII in every such encoding), so Spanish "se\\xf1or" is cp1252 "señor", not latin-2 "seńor";
anything else (Cyrillic, Greek, CJK) goes to charset-normalizer.

>>> decode_bytes("El se\\xf1or dijo que no.".encode("latin-1")).text
'El señor dijo que no.'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes


class UndecodableError(ValueError):
    """Says why, completing "NAME ..." ("looks like a binary file, not text")."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str = ""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A few very common words per language; ASCII, so they read the same in every Latin encoding.
_WESTERN = {
    "en": "the and of to in is that said for with was on are not have this",
    "es": "el la los las de que y en un una es por con para dijo del se no",
    "fr": "le la les des est et un une que pour dans pas avec sur il du au",
    "de": "der die das und ist nicht ein eine mit den auf sich zu es von",
    "it": "il di che la le per non una sono della con del gli al lo",
    "pt": "o os as de que e em um uma para com nao do da no na disse",
    "nl": "de het een van en is dat niet op te voor met zijn",
}
_CENTRAL = {
    "pl": "i w nie na to jest ze z do sie jak ale po o tak za od",
    "cs": "a je to na se v ze s do jak by ale po od tak",
    "sk": "a je to na sa v ze s do ako by ale po od tak",
    "hu": "a az es hogy nem egy is meg de van ez mint",
    "hr": "i je u na da se za su od ali kao to",
    "ro": "si in de la cu nu o un este pe care din",
}
_WORDS = re.compile(r"[A-Za-z]+")


def _stopword_hits(data: bytes, groups: dict[str, str]) -> int:
    words = _WORDS.findall(data.decode("ascii", "ignore").lower())
    best = 0
    for vocabulary in groups.values():
        common = set(vocabulary.split())
        best = max(best, sum(1 for w in words if w in common))
    return best


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros) and others.count(0) < 0.05 * len(others):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            printable = sum(1 for ch in text[:2000] if ch.isprintable() or ch in "\n\r\t")
            if printable > 0.95 * min(len(text), 2000):
                return encoding
    return None


def _legacy_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", "replace"), error.end


codecs.register_error("tracker-cp1252", _legacy_fallback)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a latin-1 quote pasted into a UTF-8 file)."""
    lenient = data.decode("utf-8", "replace")
    invalid = lenient.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    valid = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    # Valid multi-byte UTF-8 almost never occurs by chance in legacy text, so a few such
    # characters are strong evidence; the stray bytes are usually cp1252 quotes or letters.
    if valid == 0 or invalid > 10 * valid:
        return None
    text = data.decode("utf-8", "tracker-cp1252")
    return Decoded(
        text.removeprefix("\ufeff"),
        "utf-8",
        f"{invalid} byte(s) were not valid UTF-8 and were read as Windows-1252; check the "
        "accented letters and quotation marks.",
    )


def _latin_by_language(data: bytes) -> Decoded | None:
    western, central = _stopword_hits(data, _WESTERN), _stopword_hits(data, _CENTRAL)
    if max(western, central) < 2:
        return None
    if western >= central:
        encoding = "cp1252"
    else:
        # cp1250 uses 0x80-0x9f for letters; in ISO-8859-2 they are control codes.
        encoding = "cp1250" if any(0x80 <= b <= 0x9F for b in data) else "iso-8859-2"
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined
        return Decoded(data.decode("latin-1"), "latin-1")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> Decoded:
    """The text of data; raises UndecodableError when no encoding fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError:
                raise UndecodableError(f"claims {encoding} but is not valid {encoding}")
    if b"\x00" in data[:4096] and (encoding := _utf16_without_bom(data)):
        return Decoded(data.decode(encoding), encoding)
    if looks_binary(data):
        raise UndecodableError("looks like a binary file, not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    if decoded := _mostly_utf8(data) or _latin_by_language(data):
        return decoded
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UndecodableError("is not in a text encoding that could be recognised")
    return Decoded(str(best), best.encoding)


# A UTF-8 lead byte read as Windows-1252 or Latin-1, then a continuation byte read the same
# way: "Ã±" for "ñ", "â€™" for "’". Most text has none, and the repair is skipped.
_MOJIBAKE = re.compile("[ÂÃÄÅÆÇÐÑØÙâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def repair_mojibake(text: str) -> str:
    """Rule `mojibake_repaired`: text whose UTF-8 letters were once read as Windows-1252
    ("Enrique PeÃ±a Nieto", "GuantÃ¡namo") is read again as UTF-8 by ftfy, which changes
    only what it is sure of; other text is returned as it is. Names then read whole.

    >>> repair_mojibake("Enrique PeÃ±a Nieto visited GuantÃ¡namo.")
    'Enrique Peña Nieto visited Guantánamo.'
    >>> repair_mojibake("São Paulo, “quoted” — and ±5%")
    'São Paulo, “quoted” — and ±5%'
    """
    if _MOJIBAKE.search(text) is None:
        return text
    return ftfy.fix_encoding(text)
