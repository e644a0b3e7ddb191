from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker.services.linking import relink_all


class Command(BaseCommand):
    help = "Rebuild every statement from scratch; links and unlinks made by editors are kept."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    def handle(self, *args, **options):
        result = relink_all(progress=not options["no_progress"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Linked {result.quotations} quotations into {result.statements} statements"
                f" ({result.talking_points} talking points, {result.conflicts} attribution"
                f" conflicts) in {result.seconds:.1f} s."
            )
        )
