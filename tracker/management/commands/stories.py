from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker.services.stories import group_stored


class Command(BaseCommand):
    help = (
        "Group stored articles into stories (reprints, copies and updated versions of one"
        " story), then count every statement's stories again. New articles are grouped as"
        " they are ingested; this is for articles stored before."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--regroup", action="store_true", help="forget every story and group all articles"
        )

    def handle(self, *args, **options):
        result = group_stored(regroup=options["regroup"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Grouped {result.sources} articles: {result.reprints} joined the story of an"
                f" earlier one; {result.stories} stories in all."
            )
        )
