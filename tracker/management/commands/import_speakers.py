"""`manage.py import_speakers FILE.csv`: seed or update the speaker registry."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.services.articles import ArticleError, decode
from tracker.services.registry import COLUMNS, import_csv


class Command(BaseCommand):
    help = (
        f"Import speakers from CSV (columns: {', '.join(COLUMNS)}; aliases and roles "
        "separated by ';', a role may end with its dates '(2018-2021)'). Known speakers "
        "are matched and updated; a bad row is named with its line and field and changes "
        "nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", nargs="+")

    def handle(self, *args, **options) -> str:
        created = updated = refused = 0
        for name in options["file"]:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"{name}: no such file.")
            try:
                text = decode(path.read_bytes(), name)
            except ArticleError as exc:
                raise CommandError(str(exc)) from None
            report = import_csv(text.lstrip("\ufeff"), name)
            for error in report.errors:
                self.stderr.write(error)
            created, updated = created + report.created, updated + report.updated
            refused += len(report.errors)
        return f"{created} created, {updated} updated, {refused} refused"
