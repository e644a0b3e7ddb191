"""The review queue (doubtful quotations first), look-alike speakers and the speaker finder.

A quotation waits for review while no editor has decided on it (status "auto", still a quote)
and something about it is doubtful: no speaker, low confidence, a pronoun or role noun as the
speaker mention ("he", "the top diplomat"), or a statement whose outlets disagree on who said it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, IntegerField, QuerySet, Value, When
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from tracker.models import (
    CONFLICT,
    INDIRECT,
    LOW_CONFIDENCE,
    UNATTRIBUTED,
    Quotation,
    Speaker,
    SpeakerAlias,
    is_indirect_mention,
)

DUPLICATE_SCORE = 90
MAX_SPEAKERS_COMPARED = 1000


def pending() -> QuerySet[Quotation]:
    """Undecided doubtful quotations, most doubtful first."""
    return (
        Quotation.objects.doubtful()
        .annotate(
            doubt=Case(
                When(UNATTRIBUTED, then=Value(0)),
                When(CONFLICT, then=Value(1)),
                When(INDIRECT, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        )
        .order_by("doubt", "confidence", "source_id", "start")
    )


def pending_count() -> int:
    """How many quotations wait for an editor (shown on the home page)."""
    return pending().count()


def reasons(quotation: Quotation) -> list[str]:
    """Why a queued quotation is doubtful, in words, for its badges."""
    found = []
    if quotation.speaker_id is None:
        found.append("unattributed")
    if quotation.confidence < LOW_CONFIDENCE:
        found.append(f"low confidence ({quotation.confidence:.0%})")
    if is_indirect_mention(quotation.speaker_mention):
        found.append(f"speaker written as “{quotation.speaker_mention}”")
    if quotation.statement_id and quotation.statement.has_conflict:
        found.append("outlets disagree on the speaker")
    return found


@dataclass(frozen=True)
class SpeakerPair:
    keep: Speaker
    other: Speaker
    score: float


def duplicate_speakers(limit: int = 20) -> list[SpeakerPair]:
    """Pairs of speakers whose names look alike ("Pompeo" / "Mike Pompeo"), closest first."""
    speakers = list(Speaker.objects.order_by("-id")[:MAX_SPEAKERS_COMPARED])
    names = [s.name for s in speakers]
    pairs = []
    for i, name in enumerate(names):
        later = names[i + 1 :]
        for _, score, offset in process.extract(
            name,
            later,
            scorer=fuzz.token_set_ratio,
            processor=default_process,
            score_cutoff=DUPLICATE_SCORE,
            limit=None,
        ):
            a, b = speakers[i], speakers[i + 1 + offset]
            # Suggest keeping the fuller name ("Mike Pompeo" over "Pompeo").
            keep, other = (a, b) if len(a.name) >= len(b.name) else (b, a)
            pairs.append(SpeakerPair(keep, other, float(score)))
    pairs.sort(key=lambda p: (-p.score, p.keep.name))
    return pairs[:limit]


def find_speakers(query: str, exclude: int | None = None, limit: int = 8) -> list[Speaker]:
    """Speakers whose name or an alias fuzzily matches `query`, best first."""
    query = query.strip()
    if not query:
        return []
    choices: dict[str, str] = {}
    owner: dict[str, int] = {}
    for pk, alias, speaker_id in SpeakerAlias.objects.values_list("id", "alias", "speaker_id"):
        choices[f"a{pk}"], owner[f"a{pk}"] = alias, speaker_id
    for pk, name in Speaker.objects.values_list("id", "name"):
        choices[f"s{pk}"], owner[f"s{pk}"] = name, pk
    ranked: list[int] = []
    for _, _, key in process.extract(
        query, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70
    ):
        speaker_id = owner[key]
        if speaker_id not in ranked and speaker_id != exclude:
            ranked.append(speaker_id)
    found = Speaker.objects.in_bulk(ranked[:limit])
    return [found[pk] for pk in ranked[:limit] if pk in found]
