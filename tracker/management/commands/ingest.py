from __future__ import annotations

from collections.abc import Iterator

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from tracker.services import jobs
from tracker.services.articles import Record
from tracker.services.ingest import FAILED, Report, ingest_records, iter_paths, records_from_path


def _ticking(records: list[Record], bar: tqdm) -> Iterator[Record]:
    for record in records:
        yield record
        bar.update()


class Command(BaseCommand):
    help = "Ingest articles from .txt/.md/.html files, folders, and JSONL or CSV files."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument(
            "--strict", action="store_true", help="store each file's articles all or none"
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="enqueue a job for the workers (manage.py worker) and print its page",
        )

    def handle(self, *args, **options):
        paths = list(iter_paths(options["paths"]))
        if not paths:
            raise CommandError("No supported files found.")
        batches = [records_from_path(path) for path in paths]
        if options["background"]:
            label = ", ".join(str(p) for p in paths[:3]) + (" …" if len(paths) > 3 else "")
            job = jobs.start_ingest(label, groups=batches, strict=options["strict"])
            self.stdout.write(
                f"Job {job.pk} queued: {job.total} records in {job.units.count()} units. "
                f"Follow it at {job.get_absolute_url()} (workers: manage.py worker)."
            )
            return
        total = sum(len(records) for records in batches)
        report = Report()
        with tqdm(total=total, unit="article", disable=total < 2, file=self.stderr) as bar:
            for records in batches:
                outcomes = ingest_records(_ticking(records, bar), strict=options["strict"])
                report.outcomes += outcomes.outcomes
        for outcome in report.failures:
            self.stderr.write(f"failed: {outcome.message}")
        style = self.style.WARNING if report.count(FAILED) else self.style.SUCCESS
        self.stdout.write(style(report.summary()))
