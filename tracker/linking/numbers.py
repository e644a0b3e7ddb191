"""Numbers written as words become digits: "two million" and "2 million" are both "2000000"."""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}

NUMBER_WORDS = frozenset(UNITS) | frozenset(ORDINALS)


def _number(word: str) -> float | None:
    if word in UNITS:
        return UNITS[word]
    if word[:1].isdigit():
        try:
            return float(word)
        except ValueError:
            return None
    return None


def _joins(total: float, current: float, value: int) -> bool:
    """Does a number word continue the number so far ("twenty" + "five", "hundred" + "ten")?"""
    if current == 0:
        return total > 0
    rest = current % 100
    if rest == 0:
        return current >= 100
    return rest >= 20 and rest % 10 == 0 and 0 < value < 10


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def merge_numbers(
    words: list[str], spans: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, int]]]:
    """Replace each run of number words ("twenty five thousand") by its value in digits."""
    out: list[str] = []
    out_spans: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if word in ORDINALS:
            out.append(ORDINALS[word])
            out_spans.append(spans[i])
            i += 1
            continue
        first = _number(word)
        if first is None:
            out.append(word)
            out_spans.append(spans[i])
            i += 1
            continue
        total, current, j = 0.0, first, i + 1
        while j < n:
            nxt = words[j]
            if nxt in SCALES:
                scale = SCALES[nxt]
                if scale == 100:
                    current *= scale
                else:
                    total += current * scale
                    current = 0
            elif (value := UNITS.get(nxt)) is not None and _joins(total, current, value):
                current += value
            elif (
                nxt == "and"
                and j + 1 < n
                and (value := UNITS.get(words[j + 1])) is not None
                and current % 100 == 0
                and _joins(total, current, value)
            ):
                pass
            else:
                break
            j += 1
        out.append(_format(total + current))
        out_spans.append((spans[i][0], spans[j - 1][1]))
        i = j
    return out, out_spans
