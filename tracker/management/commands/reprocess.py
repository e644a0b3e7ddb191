"""`manage.py reprocess --source PK | --all [--relink] | --speakers`: extract again, or
resolve speakers again, keeping human decisions."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from tracker.models import Source
from tracker.services import jobs, locks
from tracker.services.reprocess import reprocess, reprocess_speakers


class Command(BaseCommand):
    help = (
        "Re-run quotation extraction and linking for one article or all of them. Editors' "
        "decisions (confirmed or corrected speakers, spans, not-a-quote flags, manual links "
        "and unlinks, speaker and statement merges) are kept."
    )

    def add_arguments(self, parser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--source", type=int, action="append", metavar="PK")
        which.add_argument("--all", action="store_true")
        which.add_argument(
            "--speakers",
            action="store_true",
            help="resolve every article's speakers again under the identity rules, keep "
            "editors' decisions and delete speakers left with no quotations and no edits",
        )
        parser.add_argument(
            "--relink", action="store_true", help="then rebuild every statement (relink_all)"
        )
        parser.add_argument(
            "--background", action="store_true", help="enqueue a job for the workers instead"
        )

    def handle(self, *args, **options) -> str:
        source: list[int] | None = options["source"]
        sources = Source.objects.order_by("pk")
        if options["speakers"]:
            with locks.exclusive_store():  # ingest waits, as for a full reprocess
                return reprocess_speakers(sources.iterator(chunk_size=100)).summary()
        if source:
            sources = sources.filter(pk__in=source)
            missing = set(source) - set(sources.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        if options["background"]:
            job = jobs.start_reprocess(source, relink=options["relink"])
            return f"Job {job.pk} queued: {job.get_absolute_url()}"
        # Ingest waits while articles are extracted again (PostgreSQL advisory lock).
        with locks.exclusive_store():
            result = reprocess(sources.iterator(chunk_size=100), relink=options["relink"])
        return (
            f"Reprocessed {result.sources} article{'s' if result.sources != 1 else ''}: "
            f"{result.created} quotations extracted, {result.kept} kept as editors decided."
        )
