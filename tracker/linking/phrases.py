"""Talking points: short phrases one speaker says again and again, in different stories.

A phrase is 2 to 8 normalised words ("political revolution", "make america great again")
found in a speaker's quotations, also inside longer ones. It is a talking point of that speaker
when it is in at least MIN_STORIES independent stories of theirs, in different utterances a
week or more apart, and is specific to them: nobody says it in more stories, and at least
MIN_SHARE of all the stories with the phrase, whoever is quoted, are theirs ("the american
people" is everyone's). Spelling variants are one phrase ("Lyin' Ted", "Lyin Ted" and "lying
Ted"; "goin'" and "going": said_words), and a phrase inside a longer one that is not said much more
often on its own ("great again" in "make america great again") is left to the longer one,
which takes its uses (rule shorter_variant: "Crooked Hillary has..." is a use of "Crooked
Hillary Clinton").

Two passes, linear in the words of all quotations: per speaker, the phrases of at least
MIN_STORIES of their stories; then every quotation is scanned for those phrases only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.linking.keys import STOPWORDS
from tracker.linking.normalise import Normalised, normalise

MIN_WORDS, MAX_WORDS = 2, 8
MIN_STORIES = 2
MIN_SPAN_DAYS = 7  # over time: a week or more from the first use to the last
MIN_UTTERANCES = 2
MIN_SHARE = 0.2
MIN_CONTENT = 2
# A longer phrase takes over a shorter one inside it when it has this share of its stories.
SUPERSEDE = 0.6
# A phrase neither starts nor ends with these: "the rigged economy" is "rigged economy".
_EDGE = frozenset(
    "a an the and or but of to in on at by for with from as that this is are was were be been"
    " i we you he she they it my our your his her their its so if then than will would".split()
)
# Spoken spellings: "lyin" is "lying" (also printed without its apostrophe), "gonna" is
# "going to".
_SPOKEN = {"lyin": "lying", "gonna": "going to", "wanna": "want to", "gotta": "got to"}
# Rule dropped_g: a word ending in "in" with an apostrophe after it ("lyin'", "goin’") is the
# -ing word said with its g left out, unless a single quote opened before it inside the
# quotation ("he said 'we win' today": that apostrophe may close the quote).
_SINGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–\"“]))['‘’](?=[^\W\d_])(?!(?:n|em|til|bout|cause)\b)")


def spoken(words: Iterable[str]) -> tuple[str, ...]:
    """Normalised words with spoken spellings written out."""
    out: list[str] = []
    for w in words:
        out += _SPOKEN.get(w, w).split()
    return tuple(out)


# Rule inner_article: "build a wall" and "build the wall" are one phrase. A phrase's words
# are read without the articles between them (_EDGE keeps one from starting or ending a
# phrase), so it is found, followed and watched whichever article the speaker used.
ARTICLES = frozenset(("a", "an", "the"))


def bare(words: Iterable[str]) -> tuple[str, ...]:
    """Words without articles (rule inner_article).

    >>> bare(("going", "to", "build", "a", "wall"))
    ('going', 'to', 'build', 'wall')
    """
    return tuple(w for w in words if w not in ARTICLES)


def contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether the words `short` appear together, in order, in `long`: whole words only,
    articles aside (rule inner_article).

    >>> contains(("a", "political", "revolution", "now"), ("political", "revolution"))
    True
    >>> contains(("politically", "revolutionary"), ("political", "revolution"))
    False
    >>> contains(("we", "will", "build", "the", "wall"), ("build", "a", "wall"))
    True
    """
    long, short = bare(long), bare(short)
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


# Rule epithet_before_name: a quoted nickname of a word or two with a name right after the
# closing mark is said of that name: '"Lyin' " Ted Cruz', '"Little Marco" Rubio', '"Crooked"
# Hillary Clinton'. The first word of the name joins the quote's words (for phrases only), so
# "Lyin' Ted" is found where the article leaves "Ted" outside the marks.
EPITHET_CHARS = 24  # the article's characters read after a short quote
_EPITHET_WORDS = 3
_NAME_AFTER = re.compile(r"[\"”’'»]{1,2} ?[\"”]?[ \xa0]+([A-Z][a-z]+)[ \xa0]+[A-Z][a-z]")


def name_after(text: str, after: str) -> str:
    """The name a short quote `text` is said of, from the article's characters right after it
    (closing mark first): "Ted" for '"Lyin' " Ted Cruz'; "" if none (epithet_before_name)."""
    if len(text.split()) > _EPITHET_WORDS or text.rstrip()[-1:] in ".,!?;:":
        return ""
    m = _NAME_AFTER.match(after)
    return m[1] if m else ""


def said_words(text: str, norm: Normalised | None = None, name: str = "") -> tuple[str, ...]:
    """The words a phrase is looked for in: normalised (normalise(text), or `norm` if the
    caller has it), dropped g's put back and spoken spellings written out; `name` (from
    name_after) follows them. Talking points are found in these words and followed in them.

    >>> said_words("Lyin' Ted is gonna lose")
    ('lying', 'ted', 'is', 'going', 'to', 'lose')
    """
    if norm is None:
        norm = normalise(text)
    words = list(norm.tokens)
    first_open = m.start() if (m := _SINGLE_OPENS.search(text)) else len(text)
    for i, (word, (_, end)) in enumerate(zip(words, norm.spans, strict=True)):
        if (word.endswith("in") and len(word) > 3 and text[end:end + 1] in ("'", "’")
                and not text[end + 1:end + 2].isalnum() and end < first_open):
            words[i] = word + "g"
    if name:
        words.append(name.lower())
    return spoken(words)


@dataclass(frozen=True, slots=True)
class Use:
    """One quotation to scan: its id, speaker (None: unattributed), story and date."""

    quotation: int
    words: tuple[str, ...]
    speaker: int | None
    story: int
    published: dt.date | None
    statement: int | None = None  # the utterance it reports (None: its own)


@dataclass(slots=True)
class TalkingPoint:
    speaker: int
    phrase: tuple[str, ...]
    stories: set[int] = field(default_factory=set)
    uses: list[Use] = field(default_factory=list)  # the speaker's
    others: list[Use] = field(default_factory=list)  # the same phrase from anyone else
    all_stories: int = 0
    variants: list[tuple[str, ...]] = field(default_factory=list)  # rule shorter_variant

    @property
    def share(self) -> float:
        return len(self.stories) / self.all_stories if self.all_stories else 0.0

    @property
    def score(self) -> float:
        """Independent stories, weighted by how much the phrase is the speaker's own."""
        return len(self.stories) * self.share


def _grams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every phrase of MIN_WORDS to MAX_WORDS words with MIN_CONTENT content words that does
    not start or end with a function word."""
    out = set()
    n = len(words)
    content = [0]  # content words before each position
    for w in words:
        content.append(content[-1] + (w not in STOPWORDS))
    edge = [w in _EDGE for w in words]
    for i in range(n):
        if edge[i]:
            continue
        for j in range(i + MIN_WORDS, min(i + MAX_WORDS, n) + 1):
            if not edge[j - 1] and content[j] - content[i] >= MIN_CONTENT:
                out.add(words[i:j])
    return out


def find(uses: list[Use]) -> list[TalkingPoint]:
    """Every speaker's talking points, highest score first."""
    # Pass 1: per speaker, phrases in enough of their stories.
    per_speaker: dict[int, dict[tuple[str, ...], set[int]]] = defaultdict(lambda: defaultdict(set))
    for use in uses:
        if use.speaker is None:
            continue
        grams = per_speaker[use.speaker]
        for gram in _grams(bare(use.words)):
            grams[gram].add(use.story)
    candidates: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for speaker, grams in per_speaker.items():
        for gram, stories in grams.items():
            if len(stories) >= MIN_STORIES:
                candidates[gram].append(speaker)
    del per_speaker
    if not candidates:
        return []
    # Pass 2: every quotation, anyone's, for those phrases only.
    points = {
        (speaker, gram): TalkingPoint(speaker, gram)
        for gram, speakers in candidates.items()
        for speaker in speakers
    }
    everyone: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for use in uses:
        for gram in _grams(bare(use.words)):
            speakers = candidates.get(gram)
            if speakers is None:
                continue
            everyone[gram].add(use.story)
            for speaker in speakers:
                point = points[(speaker, gram)]
                if use.speaker == speaker:
                    point.stories.add(use.story)
                    point.uses.append(use)
                else:
                    point.others.append(use)
    top: dict[tuple[str, ...], int] = defaultdict(int)
    for point in points.values():
        top[point.phrase] = max(top[point.phrase], len(point.stories))
    kept = []
    for point in points.values():
        if len(point.stories) < top[point.phrase]:
            continue  # someone else says it in more stories
        point.all_stories = len(everyone[point.phrase])
        days = {u.published for u in point.uses if u.published}
        # Said again, not one utterance reported by several stories.
        said = {u.statement if u.statement is not None else -u.quotation for u in point.uses}
        span = (max(days) - min(days)).days if days else 0
        if point.share >= MIN_SHARE and span >= MIN_SPAN_DAYS and len(said) >= MIN_UTTERANCES:
            kept.append(point)
    return _maximal(kept, everyone)


def _maximal(
    points: list[TalkingPoint], everyone: dict[tuple[str, ...], set[int]]
) -> list[TalkingPoint]:
    """Drop a phrase inside a longer one of the same speaker that has most of its stories,
    and any phrase inside (or around) one already kept. A dropped phrase of the first kind
    is a shorter variant: its uses join the longer phrase kept (rule shorter_variant)."""
    by_speaker: dict[int, list[TalkingPoint]] = defaultdict(list)
    for point in points:
        by_speaker[point.speaker].append(point)
    out = []
    for group in by_speaker.values():
        group.sort(key=lambda p: (-len(p.phrase), p.phrase))
        alive, variants = [], []
        for p in group:
            longer = [q for q in group if _supersedes(q, p)]
            if longer:
                variants.append((p, longer))
            else:
                alive.append(p)
        alive.sort(key=lambda p: (-p.score, -len(p.phrase), p.phrase))
        chosen: list[TalkingPoint] = []
        for p in alive:
            if not any(
                contains(q.phrase, p.phrase) or contains(p.phrase, q.phrase) for q in chosen
            ):
                chosen.append(p)
        kept = {id(p) for p in chosen}
        for variant, longer in variants:
            heirs = [q for q in longer if id(q) in kept]
            if heirs:
                _take_uses(max(heirs, key=lambda q: len(q.stories)), variant, everyone)
        out += chosen
    out.sort(key=lambda p: (-p.score, p.speaker, p.phrase))
    return out


def _supersedes(longer: TalkingPoint, shorter: TalkingPoint) -> bool:
    return (
        len(longer.phrase) > len(shorter.phrase)
        and len(longer.stories) >= SUPERSEDE * len(shorter.stories)
        and contains(longer.phrase, shorter.phrase)
    )


def _take_uses(
    point: TalkingPoint, variant: TalkingPoint, everyone: dict[tuple[str, ...], set[int]]
) -> None:
    """Rule shorter_variant: the uses, stories and other speakers' uses of `variant`, a
    shorter phrase inside `point`'s, become `point`'s too.

    >>> crooked = TalkingPoint(1, ("crooked", "hillary", "clinton"), {1, 2}, all_stories=2)
    >>> short = TalkingPoint(1, ("crooked", "hillary"), {1, 3}, all_stories=2)
    >>> _take_uses(crooked, short, {crooked.phrase: {1, 2}, short.phrase: {1, 3}})
    >>> sorted(crooked.stories), crooked.all_stories, crooked.variants
    ([1, 2, 3], 3, [('crooked', 'hillary')])
    """
    for mine, theirs in ((point.uses, variant.uses), (point.others, variant.others)):
        seen = {u.quotation for u in mine}
        mine += [u for u in theirs if u.quotation not in seen]
    point.stories |= variant.stories
    point.variants.append(variant.phrase)
    point.all_stories = len(everyone[point.phrase].union(*(everyone[v] for v in point.variants)))
