"""Re-run extraction and linking over stored articles, keeping every editor's decision.

`pipeline.process_source` keeps quotations carrying a human decision (confirmed or corrected
speaker, edited span, not-a-quote flag, manual link or unlink) and resolves speakers through
aliases, so merges and renames hold; `linking.relink_all` keeps manual links and unlinks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import F

from tracker.extraction import extract
from tracker.models import Correction, Quotation, Rebuild, Source, Speaker
from tracker.services import linking
from tracker.services.generation import writes
from tracker.services.pipeline import process_source, storable
from tracker.services.speakers import resolve_article


@dataclass(frozen=True)
class ReprocessResult:
    sources: int
    created: int
    kept: int  # quotations left as editors decided


def reprocess(sources: Iterable[Source], *, relink: bool = False) -> ReprocessResult:
    """Process each source again (one transaction each); then optionally relink everything."""
    count = created = kept = 0
    for source in sources:
        result = process_source(source)
        count += 1
        created += result.created
        kept += result.kept
    if relink:
        linking.relink_all(progress=False)
    result = ReprocessResult(sources=count, created=created, kept=kept)
    Rebuild.objects.create(kind=Rebuild.Kind.REPROCESS, summary=dataclasses.asdict(result))
    return result


@dataclass(frozen=True)
class SpeakerReprocessResult:
    sources: int
    checked: int  # extracted quotations looked at again
    changed: int  # of which the speaker, description or ambiguity changed
    now_unnamed: int
    now_ambiguous: int
    kept: int  # quotations with an editor's decision (confirmed, corrected, merged), untouched
    speakers_created: int
    speakers_deleted: int
    speakers_respelled: int = 0  # rule `accented_spelling`: "Felipe Calderon" -> "Calderón"

    def summary(self) -> str:
        return (
            f"Re-resolved speakers in {self.sources} article{'s' if self.sources != 1 else ''}: "
            f"{self.changed} of {self.checked} quotations changed speaker "
            f"({self.now_unnamed} now unnamed sources, {self.now_ambiguous} ambiguous names "
            f"for review); {self.kept} kept as editors decided; {self.speakers_created} "
            f"speakers created, {self.speakers_deleted} deleted (no quotations, no edits), "
            f"{self.speakers_respelled} renamed to their accented spelling."
        )


def _merged_quotations() -> set[int]:
    """Quotations an editor moved by merging speakers (merges not undone)."""
    ids: set[int] = set()
    for payload in Correction.objects.filter(
        action=Correction.Action.MERGE_SPEAKERS, undone_by__isnull=True, undoes__isnull=True
    ).values_list("payload", flat=True):
        ids.update(payload.get("quotation_ids", []))
    return ids


@writes
def prune_speakers() -> int:
    """Delete speakers with no quotations that no editor touched and no registry seeded."""
    edited = Correction.objects.filter(target_type="speaker").values("target_id")
    orphans = Speaker.objects.filter(quotations__isnull=True, registered=False).exclude(
        pk__in=edited
    )
    return orphans.delete()[1].get("tracker.Speaker", 0)


@writes
def _respeak_source(source: Source, protected: set[int]) -> tuple[int, int, int, int, int]:
    """One article's extracted quotations decided again, in one transaction: (checked,
    changed, now unnamed, now ambiguous, kept)."""
    checked = changed = unnamed = ambiguous = kept = 0
    touched_statements: set[int] = set()
    extraction = storable(extract(source.text, source.published))
    quotes = list(extraction.quotes)
    who = resolve_article(quotes, extraction.entities, source.text, source.published)
    by_span = {(q.start, q.end): w for q, w in zip(quotes, who, strict=True)}
    for quotation in source.quotations.all():
        if quotation.attribution_status != Quotation.Status.AUTO or quotation.pk in protected:
            kept += 1
            continue
        found = by_span.get((quotation.start, quotation.end))
        if found is None:
            continue
        checked += 1
        new = (found.speaker.pk if found.speaker else None, found.description, found.ambiguous)
        old = (quotation.speaker_id, quotation.speaker_description, quotation.speaker_ambiguous)
        if new == old:
            continue
        changed += 1
        unnamed += bool(new[0] is None and new[1] and not new[2])
        ambiguous += new[2]
        Quotation.objects.filter(pk=quotation.pk).update(
            speaker_id=new[0],
            speaker_description=new[1],
            speaker_ambiguous=new[2],
            version=F("version") + 1,
        )
        if quotation.statement_id:
            touched_statements.add(quotation.statement_id)
    if touched_statements:
        linking.refresh_statements(touched_statements)
    return checked, changed, unnamed, ambiguous, kept


def reprocess_speakers(sources: Iterable[Source]) -> SpeakerReprocessResult:
    """Resolve every extracted quotation's speaker again under the identity rules.

    Each article is extracted again (for its names and mentions) and decided as one batch, in
    a transaction of its own; only quotations still as extracted change. Confirmed and
    corrected attributions, and quotations moved by an editor's merge, stay as they are.
    """
    protected = _merged_quotations()
    first_new = (Speaker.objects.order_by("-pk").values_list("pk", flat=True).first()) or 0
    names_before = dict(Speaker.objects.values_list("pk", "name"))
    count, totals = 0, [0] * 5  # checked, changed, now unnamed, now ambiguous, kept
    for source in sources:
        count += 1
        totals = [t + n for t, n in zip(totals, _respeak_source(source, protected), strict=True)]
    deleted = prune_speakers()
    created = Speaker.objects.filter(pk__gt=first_new).count()
    respelled = sum(
        1
        for pk, name in Speaker.objects.filter(pk__lte=first_new).values_list("pk", "name")
        if names_before.get(pk, name) != name
    )
    result = SpeakerReprocessResult(count, *totals, created, deleted, respelled)
    Rebuild.objects.create(kind=Rebuild.Kind.REPROCESS, summary={"speakers": result.summary()})
    return result
