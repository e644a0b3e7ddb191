from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker.services import jobs, locks
from tracker.services.linking import relink_all


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


class Command(BaseCommand):
    help = "Rebuild every statement from scratch; links and unlinks made by editors are kept."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
        parser.add_argument(
            "--background", action="store_true", help="enqueue a job for the workers instead"
        )

    def handle(self, *args, **options):
        if options["background"]:
            job = jobs.start_relink()
            self.stdout.write(f"Job {job.pk} queued: {job.get_absolute_url()}")
            return
        # Ingest waits while statements are rebuilt (PostgreSQL advisory lock).
        with locks.exclusive_store():
            result = relink_all(progress=not options["no_progress"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Linked {_count(result.quotations, 'quotation')} into"
                f" {_count(result.statements, 'statement')}"
                f" ({_count(result.talking_points, 'talking point')},"
                f" {_count(result.conflicts, 'attribution conflict')})"
                f" in {result.seconds:.1f} s."
            )
        )
