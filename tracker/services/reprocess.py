"""Re-run extraction and linking over stored articles, keeping every editor's decision.

`pipeline.process_source` keeps quotations carrying a human decision (confirmed or corrected
speaker, edited span, not-a-quote flag, manual link or unlink) and resolves speakers through
aliases, so merges and renames hold; `linking.relink_all` keeps manual links and unlinks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.models import Rebuild, Source
from tracker.services import linking
from tracker.services.pipeline import process_source


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
