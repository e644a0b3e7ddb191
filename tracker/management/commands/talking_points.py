from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker.services.talking_points import rebuild


class Command(BaseCommand):
    help = (
        "Find every speaker's talking points again over all quotations (phrases of 2-8 words"
        " a speaker says again in different stories over time). Safe to stop and rerun."
    )

    def handle(self, *args, **options):
        result = rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.talking_points} talking points of {result.speakers} speakers"
                f" in {result.quotations} quotations."
            )
        )
