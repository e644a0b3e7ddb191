"""The review queue (doubtful quotations first) and look-alike speakers.

A quotation waits for review while no editor has decided on it (status "auto", still a quote)
and something about it is doubtful: no speaker, low confidence, a pronoun or role noun as the
speaker mention ("he", "the top diplomat"), or a statement whose outlets disagree on who said it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from tracker.models import Quotation, Speaker

LOW_CONFIDENCE = 0.6
# A mention that is not a name: a pronoun, or a noun phrase led by an article or possessive.
INDIRECT_MENTION = r"^((he|she|they|we|it|i|you|who)$|(the|a|an|his|her|its|their|our) )"
DUPLICATE_SCORE = 90
MAX_SPEAKERS_COMPARED = 1000

UNATTRIBUTED = Q(speaker__isnull=True)
LOW = Q(confidence__lt=LOW_CONFIDENCE)
INDIRECT = Q(speaker_mention__iregex=INDIRECT_MENTION)
CONFLICT = Q(statement__has_conflict=True)


def pending() -> QuerySet[Quotation]:
    """Undecided doubtful quotations, most doubtful first."""
    return (
        Quotation.objects.filter(attribution_status=Quotation.Status.AUTO, not_a_quote=False)
        .filter(UNATTRIBUTED | LOW | INDIRECT | CONFLICT)
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
    if quotation.speaker_id is None and quotation.speaker_ambiguous:
        found.append(f"ambiguous name “{quotation.speaker_description}”")
    elif quotation.speaker_id is None and quotation.speaker_description:
        found.append(f"unnamed source “{quotation.speaker_description}”")
    elif quotation.speaker_id is None:
        found.append("unattributed")
    if quotation.confidence < LOW_CONFIDENCE:
        found.append(f"low confidence ({quotation.confidence:.0%})")
    mention = quotation.speaker_mention.lower()
    words = mention.split()
    if words and (
        (len(words) == 1 and words[0] in {"he", "she", "they", "we", "it", "i", "you", "who"})
        or words[0] in {"the", "a", "an", "his", "her", "its", "their", "our"}
    ):
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
