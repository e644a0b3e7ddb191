"""`manage.py export_speakers [-o FILE.csv]`: the speakers in the import_speakers format."""

from __future__ import annotations

import io

from django.core.management.base import BaseCommand

from tracker.services.registry import export_csv


class Command(BaseCommand):
    help = "Write every speaker as CSV in the format import_speakers reads."

    def add_arguments(self, parser) -> None:
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")

    def handle(self, *args, **options) -> None:
        if options["output"]:
            with open(options["output"], "w", encoding="utf-8", newline="") as out:
                count = export_csv(out)
            self.stderr.write(f"{count} speakers written to {options['output']}")
        else:
            out = io.StringIO()
            count = export_csv(out)
            self.stdout.write(out.getvalue(), ending="")
            self.stderr.write(f"{count} speakers written")
