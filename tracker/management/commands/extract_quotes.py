"""manage.py extract_quotes IN.jsonl -o OUT.jsonl: run the quote extractor over articles."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction.jsonl import LineError, extract_jsonl


class Command(BaseCommand):
    help = ('Extract quotes from JSONL articles ({"id", "text", "date"?} per line). Malformed '
            "lines are reported on stderr and skipped; --strict makes them fatal.")

    def add_arguments(self, parser):
        parser.add_argument("input", help="articles JSONL ('-' for stdin)")
        parser.add_argument("-o", "--output", help="output JSONL (default stdout)")
        parser.add_argument("--strict", action="store_true", help="fail on a malformed line")

    def handle(self, *args, **opts):
        if opts["input"] == "-":
            self._run(sys.stdin, opts)
            return
        try:
            src = open(opts["input"], encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CommandError(f"cannot read {opts['input']}: {exc}") from None
        with src:
            self._run(src, opts)

    def _run(self, src, opts) -> None:
        if opts["output"]:
            with open(opts["output"], "w", encoding="utf-8") as out:
                self._write(src, out, opts)
        else:
            self._write(src, self.stdout, opts)

    def _write(self, src, out, opts) -> None:
        done = bad = 0
        for item in extract_jsonl(src):
            if isinstance(item, LineError):
                if opts["strict"]:
                    raise CommandError(f"{opts['input']}: {item}")
                self.stderr.write(f"{opts['input']}: {item} (skipped)")
                bad += 1
                continue
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            done += 1
        self.stderr.write(f"{done} articles extracted, {bad} lines skipped")
