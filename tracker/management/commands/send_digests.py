from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker.services.watch_tasks import send_daily_digest


class Command(BaseCommand):
    help = (
        "Send each user the alerts that waited for their daily digest (run it once a day, "
        "e.g. from cron). --enqueue hands it to the task workers instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="run it as a background task")

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = send_daily_digest.enqueue()
            self.stdout.write(f"Digest queued as task {result.id}.")
            return
        run = send_daily_digest.call()
        for failure in run["failures"]:
            self.stderr.write(f"Webhook failed: {failure}")
        self.stdout.write(
            self.style.SUCCESS(f"Sent {run['alerts']} alert(s) to {run['users']} user(s).")
        )
