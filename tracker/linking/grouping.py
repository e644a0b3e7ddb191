"""Grouping: each quotation joins the statement whose representative it matches, or starts one.

Not transitive closure: A~B and B~C does not put A with C unless C matches the statement's
representative (its fullest variant), which keeps loosely chained quotes apart.

The same `Linker` runs over the whole store (relink) and over the slice of the database that a
new article can touch (incremental), so both give the same statements.
"""

from __future__ import annotations

import datetime as dt
from collections import _count_elements, defaultdict  # type: ignore[attr-defined]
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from tracker.linking.keys import content_words, shingle_keys
from tracker.linking.match import (
    SHORT,
    SPEAKER_BOUND,
    is_partial,
    shared_phrase,
    utterance_score,
)
from tracker.linking.normalise import normalise, tokens
from tracker.linking.stats import widen

# A key shared by more statements than this is too common to find anything: its postings are
# replaced by one FULL_MARK posting and lookups skip it.
KEY_CAP = 12
FULL: tuple = ()
FULL_MARK = 0  # the statement id of a full key's posting (no statement has id 0)
# Verify at most this many statements per quote, those sharing the most keys first.
TOP_CANDIDATES = 6
# A candidate must share this fraction of the shorter text's 3-word windows.
SHARED_MIN = 0.2
# A one-word quote ("productive") is a scare quote, never linked.
MIN_WORDS = 2

# Fewer content words than this and a quote is generic: it links to another article's
# statement only for the same speaker within NEAR_DAYS.
GENERIC_CONTENT = 4
NEAR_DAYS = 7
# Fragments shorter than this join another article's longer statement only within NEAR_DAYS.
NEAR_BOUND = 12

UTTERANCE = "utterance"
TALKING_POINT = "talking_point"


def ordinal(day: dt.date | None) -> int:
    return day.toordinal() if day else 0


@dataclass(slots=True)
class Item:
    """One quotation to link."""

    id: int
    text: str
    tokens: tuple[str, ...]
    speaker: int | None
    source: int
    day: int = 0  # publication date as an ordinal, 0 if undated

    @classmethod
    def build(
        cls, id: int, text: str, speaker: int | None, source: int, published: dt.date | None = None
    ) -> Item:
        return cls(id, text, tokens(text), speaker, source, ordinal(published))


@dataclass(slots=True)
class StatementState:
    """What linking needs to know of a statement."""

    id: int
    text: str  # display text: the fullest variant, or a talking point's phrase
    tokens: tuple[str, ...]
    kind: str = UTTERANCE
    speakers: set[int] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    first: int = 0  # first and last date of its quotations, as ordinals (0: none dated)
    last: int = 0

    @classmethod
    def build(
        cls,
        id: int,
        text: str,
        kind: str = UTTERANCE,
        normalised: str = "",
        first: dt.date | None = None,
        last: dt.date | None = None,
    ) -> StatementState:
        """`normalised`: the stored tokens joined by spaces, if known."""
        words = tuple(normalised.split()) if normalised else tokens(text)
        return cls(id, text, words, kind, first=ordinal(first), last=ordinal(last))

    def near(self, day: int) -> bool:
        """Said within NEAR_DAYS of its quotations (undated: taken as near)."""
        if not day or not self.first:
            return True
        return self.first - NEAR_DAYS <= day <= self.last + NEAR_DAYS


BIG_SOURCE = 64


@dataclass(slots=True)
class _Filed:
    """One source's statements by each pair of consecutive words, and its two-word ones by
    their words. A statement's old words stay filed: a statement found is still verified, so
    a pair too many costs a comparison, never a wrong link."""

    by_pair: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    two_words: dict[tuple[str, str], set[int]] = field(default_factory=dict)

    def add(self, st: StatementState) -> None:
        words = st.tokens
        for pair in set(zip(words, words[1:], strict=False)):
            self.by_pair.setdefault(pair, set()).add(st.id)
        if len(words) == 2:
            self.two_words.setdefault((words[0], words[1]), set()).add(st.id)


@dataclass(slots=True)
class Index:
    """Postings, statements and per-source statements: all of them, or a fetched slice.

    A key's postings are one statement id (most keys), a list of up to KEY_CAP of them, or
    FULL; plain ints keep a million-quote rebuild in memory.
    """

    postings: dict[int, int | list[int] | tuple] = field(default_factory=dict)
    statements: dict[int, StatementState] = field(default_factory=dict)
    by_source: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    # Changes, for the database writer (a rebuild writes all postings instead).
    record_postings: bool = True
    new_postings: list[tuple[int, int]] = field(default_factory=list)
    filled: set[int] = field(default_factory=set)  # keys that became full
    assigned: list[tuple[int, int]] = field(default_factory=list)
    changed: set[int] = field(default_factory=set)
    created: list[int] = field(default_factory=list)
    # Rule many_in_one_article: the statements of a source with more than BIG_SOURCE of them,
    # filed by pairs of consecutive words (and the two-word ones by their words), kept up to
    # date, so a short quote meets only those that can hold it (`_same_source`).
    filed: dict[int, _Filed] = field(default_factory=dict)

    def file(self, st: StatementState, sources: Iterable[int]) -> None:
        """File `st`'s words under each of `sources` that is filed (a new member, new words)."""
        for source in sources:
            if (filed := self.filed.get(source)) is not None:
                filed.add(st)

    def filed_source(self, source: int) -> _Filed:
        filed = self.filed.get(source)
        if filed is None:
            filed = self.filed[source] = _Filed()
            for sid in self.by_source[source]:
                if (st := self.statements.get(sid)) is not None:
                    filed.add(st)
        return filed

    def load(self, key: int, sid: int) -> None:
        """A stored posting (statement FULL_MARK marks a full key)."""
        if sid == FULL_MARK:
            self.postings[key] = FULL
        else:
            self.add(key, sid)

    def add(self, key: int, sid: int) -> bool:
        """Post `sid` under `key` unless the key is full or has it; True if it was added."""
        return bool(self._add_all((key,), sid))

    def _add_all(self, keys: Iterable[int], sid: int) -> list[int]:
        """Post `sid` under each of `keys` unless the key is full or has it; the keys it was
        added under. One loop for all of a statement's keys, not a method call per key (a
        new statement posts about 14)."""
        postings = self.postings
        added = []
        for key in keys:
            posted = postings.get(key)
            if posted is None:
                postings[key] = sid
            elif posted.__class__ is int:
                if posted == sid:
                    continue
                postings[key] = [posted, sid]
            elif posted.__class__ is list:
                if sid in posted:  # type: ignore[operator]
                    continue
                if len(posted) < KEY_CAP:  # type: ignore[arg-type]
                    posted.append(sid)  # type: ignore[union-attr]
                else:
                    # Too common to find anything: forget its statements, remember it is full.
                    postings[key] = FULL
                    self.filled.add(key)
                    continue
            else:
                continue
            added.append(key)
        return added

    def post(self, statement: StatementState, keys: Iterable[int]) -> None:
        sid = statement.id
        added = self._add_all(keys, sid)
        if self.record_postings:
            self.new_postings += [(key, sid) for key in added]

    def all_postings(self) -> Iterator[tuple[int, int]]:
        for key, posted in self.postings.items():
            if posted.__class__ is int:
                yield key, posted  # type: ignore[misc]
            elif posted is FULL:
                yield key, FULL_MARK
            else:
                for sid in posted:  # type: ignore[union-attr]
                    yield key, sid


@dataclass(frozen=True, slots=True)
class Decision:
    statement: int | None  # None: start a new statement
    talking_point: tuple[int, int] | None = None  # phrase span in the statement's tokens


_NEW = Decision(None)  # start a new statement (made once: two quotes in five of a relink do)


def shared_keys(keys: list[int], postings: dict[int, int | list[int]]) -> dict[int, int]:
    """How many of `keys` each statement is posted under (full keys skipped)."""
    found: list[int] = []
    for posted in map(postings.get, keys):
        if posted.__class__ is int:
            found.append(posted)  # type: ignore[arg-type]
        elif posted:  # a list; not None (no posting) nor FULL (empty)
            found += posted  # type: ignore[operator]
    # Counted in C into a plain dict: a Counter's constructor costs more than the counting
    # for the twenty-odd postings of a quote (once per quotation of a relink).
    shared: dict[int, int] = {}
    _count_elements(shared, found)
    return shared


def top_ranked(shared: Mapping[int, int], limit: int | None = TOP_CANDIDATES) -> list[int]:
    """The statements sharing the most keys, earliest first among equals."""
    if len(shared) == 1:
        return list(shared)
    # A plain sort in C beats heapq.nsmallest's Python loop at these sizes (tens of entries).
    ranked = sorted([(-n, sid) for sid, n in shared.items()])
    return [sid for _, sid in ranked[:limit]]


def candidates(
    item: Item, keys: list[int], index: Index, limit: int | None = TOP_CANDIDATES
) -> list[int]:
    """The top statements by shared keys that share enough of them, then short ones of the
    item's article (texts too short to have keys are found through their article only).
    `limit=None`: every statement sharing enough keys, whatever its rank."""
    return [st.id for st in candidate_states(item, keys, index, limit)]


def candidate_states(
    item: Item, keys: list[int], index: Index, limit: int | None = TOP_CANDIDATES
) -> list[StatementState]:
    """`candidates`, as the statements themselves (each looked up once). None for a one-word
    quote: it never links (`_allowed`), and an article of thousands of them would otherwise
    compare each with all the others (quadratic)."""
    if len(item.tokens) < MIN_WORDS:
        return []
    statements = index.statements
    shared = shared_keys(keys, index.postings)
    size = len(item.tokens)
    ranked: list[int] = []
    found: list[StatementState] = []
    for sid in top_ranked(shared, limit):
        st = statements.get(sid)
        # Not a statement deleted since, and sharing a fair part of the shorter text's keys.
        if st is not None and shared[sid] >= SHARED_MIN * (min(size, len(st.tokens)) - 2):
            ranked.append(sid)
            found.append(st)
    same_source = index.by_source.get(item.source)
    if same_source:
        short = size < SHORT
        extra = []
        for sid in _same_source(item, same_source, index):
            if sid in ranked:
                continue
            st = statements.get(sid)
            if st is not None and (short or len(st.tokens) < SHORT):
                extra.append(sid)
        if extra:  # rarely: sorted only then
            extra.sort()
            found += [statements[sid] for sid in extra]
    return found


def _same_source(item: Item, same_source: set[int], index: Index) -> Iterable[int]:
    """The statements of the item's article it may be a repeat of (a pull-quote, a sub-head).
    Rule many_in_one_article: in an article of more than BIG_SOURCE statements, only those
    that can match. A two-word quote matches only a statement holding its two words together;
    a longer quote, only a two-word statement whose words it holds together (one word never
    links). The others would score nothing (`match.utterance_score`) or not be allowed
    (`_allowed`), so the decision is the same, in linear time over an article of thousands of
    short quotes."""
    if len(same_source) <= BIG_SOURCE:
        return same_source
    filed = index.filed_source(item.source)
    words = item.tokens
    if len(words) < SHORT:
        return filed.by_pair.get((words[0], words[1]), ())
    found: set[int] = set()
    for pair in zip(words, words[1:], strict=False):
        found |= filed.two_words.get(pair, set())
    return found


def _same_speaker(item: Item, st: StatementState) -> bool:
    return item.speaker is None or not st.speakers or item.speaker in st.speakers


def _allowed(item: Item, st: StatementState, score_partial: bool) -> bool:
    """Rules that keep short and generic fragments from linking across speakers/articles."""
    if st.kind == TALKING_POINT:
        return item.speaker is not None and item.speaker in st.speakers
    same_source = item.source in st.sources
    short = item.tokens if len(item.tokens) <= len(st.tokens) else st.tokens
    shorter = len(short)
    if shorter < SHORT:
        # A word or two in scare quotes: only a fragment of the same speaker's words nearby.
        return shorter >= MIN_WORDS and same_source and _same_speaker(item, st)
    generic = content_words(short) < GENERIC_CONTENT
    if same_source:
        return not generic or _same_speaker(item, st)
    if generic:
        # "They're worried", "I don't care": everyone says them. Only the same speaker's
        # words reported again within days are the same statement.
        return _same_speaker(item, st) and st.near(item.day)
    if score_partial and shorter < NEAR_BOUND:
        # A fragment of a longer statement is the same utterance only in the same speaker's
        # mouth (or an unnamed one's), within days: months later it is the speaker's line
        # said again, a talking point.
        return _same_speaker(item, st) and st.near(item.day)
    if shorter < SPEAKER_BOUND:
        return _same_speaker(item, st)
    return True


def decide(item: Item, candidates: list[StatementState]) -> Decision:
    """Which statement `item` joins; ties go to the earlier-ranked candidate."""
    best: tuple[float, int] | None = None
    for rank, st in enumerate(candidates):
        score = utterance_score(item.tokens, st.tokens)
        if not score or not _allowed(item, st, is_partial(item.tokens, st.tokens)):
            continue
        if best is None or score > best[0]:
            best = (score, rank)
    if best is not None:
        return Decision(candidates[best[1]].id)
    if item.speaker is None:
        return _NEW
    for st in candidates:
        if st.speakers != {item.speaker} or item.source in st.sources:
            continue
        span = shared_phrase(item.tokens, st.tokens)
        if span:
            return Decision(st.id, talking_point=span)
    return _NEW


class Linker:
    """Links items one by one, in id order, against an Index it keeps up to date."""

    def __init__(self, index: Index, new_id: Callable[[], int]) -> None:
        self.index = index
        self.new_id = new_id

    def link(self, item: Item, keys: list[int] | None = None) -> int:
        """Put `item` in a statement and return its id. `keys`: shingle_keys(item.tokens),
        if already worked out (by prepare(), in another process)."""
        index = self.index
        if keys is None:
            keys = shingle_keys(item.tokens)
        found = candidate_states(item, keys, index)
        decision = decide(item, found)
        if decision.statement is None:
            st = StatementState(self.new_id(), item.text, item.tokens)
            index.statements[st.id] = st
            index.created.append(st.id)
            index.post(st, keys)
        else:
            st = index.statements[decision.statement]
            if decision.talking_point:
                start, end = decision.talking_point
                spans = normalise(st.text).spans
                st.text = st.text[spans[start][0] : spans[end - 1][1]]
                st.tokens = st.tokens[start:end]
                st.kind = TALKING_POINT
            elif st.kind == UTTERANCE and len(item.tokens) > len(st.tokens):
                st.text, st.tokens = item.text, item.tokens
                index.post(st, keys)
                index.file(st, st.sources)
            index.changed.add(st.id)
        self.join(item, st)
        return st.id

    def join(self, item: Item, st: StatementState) -> None:
        """Record membership (also used for quotations an editor placed by hand)."""
        if item.speaker is not None:
            st.speakers.add(item.speaker)
        st.first, st.last = widen(st.first, st.last, item.day)
        st.sources.add(item.source)
        self.index.by_source[item.source].add(st.id)
        self.index.file(st, (item.source,))
        self.index.assigned.append((item.id, st.id))

    def place(self, item: Item, statement: int) -> None:
        """A quotation an editor put in `statement`: it counts as a member and may become the
        representative, but no matching is done."""
        st = self.index.statements[statement]
        if st.kind == UTTERANCE and len(item.tokens) > len(st.tokens):
            st.text, st.tokens = item.text, item.tokens
            self.index.post(st, shingle_keys(item.tokens))
            self.index.file(st, st.sources)
            self.index.changed.add(st.id)
        self.join(item, st)


def prepare(texts: list[str]) -> list[tuple[tuple[str, ...], list[int]]]:
    """Tokens and keys of many texts: the part of linking that can run in another process."""
    out = []
    for text in texts:
        words = tokens(text)
        out.append((words, shingle_keys(words)))
    return out
