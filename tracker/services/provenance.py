"""Being first: who said a statement first, and how it travelled from story to story."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.models import Quotation
from tracker.services.variants import diff_pieces

MAX_STEPS = 60


@dataclass(frozen=True)
class Step:
    """One story that carried the statement, in date order."""

    published: date | None
    outlet: str
    source_id: int
    title: str
    url: str  # the quotation in its article
    speaker: str
    speaker_url: str
    text: str
    first_in_outlet: bool
    changed: bool  # worded differently from the step before
    diff: list[tuple[str, str]]  # from the step before's wording to this one


@dataclass(frozen=True)
class Provenance:
    first: Step | None
    steps: list[Step]
    outlets: int
    truncated: bool


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def provenance(occurrences: list[Quotation]) -> Provenance:
    """The story line of a statement from occurrences sorted oldest first (undated last):
    one step per article, each outlet's first pick-up marked, wording changes diffed."""
    steps: list[Step] = []
    seen_sources: set[int] = set()
    seen_outlets: set[str] = set()
    previous = ""
    for quotation in occurrences:
        if quotation.source_id in seen_sources:
            continue
        seen_sources.add(quotation.source_id)
        outlet = quotation.source.outlet
        changed = bool(previous) and not _same(previous, quotation.text)
        steps.append(
            Step(
                published=quotation.published,
                outlet=outlet,
                source_id=quotation.source_id,
                title=str(quotation.source),
                url=quotation.get_absolute_url(),
                speaker=quotation.speaker.name if quotation.speaker else "",
                speaker_url=quotation.speaker.get_absolute_url() if quotation.speaker else "",
                text=quotation.text,
                first_in_outlet=bool(outlet) and outlet not in seen_outlets,
                changed=changed,
                diff=diff_pieces(previous, quotation.text) if changed else [],
            )
        )
        seen_outlets.add(outlet)
        previous = quotation.text
    return Provenance(
        first=steps[0] if steps else None,
        steps=steps[:MAX_STEPS],
        outlets=len(seen_outlets - {""}),
        truncated=len(steps) > MAX_STEPS,
    )
