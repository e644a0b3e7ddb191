"""What a statement's page and lists show of it, folded one quotation at a time.

The one place that says how a statement is counted: quotations, independent stories (reprints
of one story and repeats inside one article count once), first and last date, and whether
independent stories attribute it to different named speakers with confidence (a conflict).
Linking, relinking and the recount after editors' changes all fold members through `Tally`.
"""

from __future__ import annotations

import datetime as dt

# An attribution is confident from this extractor confidence (a speaker named right before or
# after the quote, or in a chain of quotes), or when an editor checked it.
CONFIDENT = 0.7
_MANY = -1  # a speaker attributed it in more than one story


def widen[T](first: T, last: T, day: T) -> tuple[T, T]:
    """First and last date with `day` counted in; a falsy value (None, ordinal 0) is no date.
    Every count/first/last fold in the project goes through here."""
    if not day:
        return first, last
    return (day if not first or day < first else first), (day if not last or day > last else last)


class Tally:
    """Count, stories, first and last date and attributions of one statement.

    Kept small (a million of them live through a relink): the stories seen are one id until
    there are two, and each confident speaker maps to the one story it was seen in, or _MANY.
    """

    __slots__ = ("count", "first", "last", "stories", "_seen", "_speakers")

    def __init__(self) -> None:
        self.count = 0
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.stories = 0
        self._seen: int | set[int] | None = None
        self._speakers: dict[int, int] | None = None

    def add(
        self,
        published: dt.date | None,
        story: int,
        speaker: int | None = None,
        confident: bool = False,
    ) -> Tally:
        """Count one quotation of `story` (a source's story id, or any id unique to the
        source when it has none)."""
        self.count += 1
        self.first, self.last = widen(self.first, self.last, published)
        seen = self._seen
        if seen is None:
            self._seen, self.stories = story, 1
        elif seen.__class__ is int:
            if seen != story:
                self._seen, self.stories = {seen, story}, 2
        elif story not in seen:  # type: ignore[operator]
            seen.add(story)  # type: ignore[union-attr]
            self.stories += 1
        if speaker is not None and confident:
            speakers = self._speakers
            if speakers is None:
                self._speakers = {speaker: story}
            else:
                was = speakers.get(speaker)
                if was is None:
                    speakers[speaker] = story
                elif was != story:
                    speakers[speaker] = _MANY
        return self

    @property
    def conflict(self) -> bool:
        """Independent stories attribute it, confidently, to different named speakers: two
        speakers, unless both were seen in one and the same story only."""
        speakers = self._speakers
        if not speakers or len(speakers) < 2:
            return False
        stories = set(speakers.values())
        return _MANY in stories or len(stories) > 1

    def row(self) -> tuple[int, int, dt.date | None, dt.date | None, bool]:
        """(quotations, stories, first date, last date, conflict) as the statement stores them."""
        return self.count, self.stories, self.first, self.last, self.conflict


def story_of(story: int | None, source: int) -> int:
    """The story a quotation counts for: its source's story, or the source alone if it has
    none yet (negative, so it never meets a story id)."""
    return story if story is not None else -source


def is_confident(confidence: float, human_checked: bool = False) -> bool:
    return human_checked or confidence >= CONFIDENT
