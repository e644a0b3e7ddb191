"""manage.py evaluate_quotes GOLD.jsonl [--pred PRED.jsonl] [--errors N] [--json]

Scores the extractor (or given predictions) against gold with the same rule as the shared
score.py: quote P/R/F1 near-exact and exact, attribution accuracy, end-to-end, per publisher.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction import extract
from tracker.extraction.evaluation import evaluate, format_report, report_dict
from tracker.extraction.jsonl import quote_dict, read_rows


class Command(BaseCommand):
    help = "Score quote extraction and attribution against gold JSONL."

    def add_arguments(self, parser):
        parser.add_argument("gold", help="gold JSONL (id, text, quotes)")
        parser.add_argument("--pred", help="predictions JSONL; default: run the extractor")
        parser.add_argument("--errors", type=int, default=0, metavar="N",
                            help="also show N sampled errors of each kind")
        parser.add_argument("--min-iou", type=float, default=0.8)
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, **opts):
        try:
            with open(opts["gold"], encoding="utf-8") as fh:
                gold = read_rows(fh, "gold")
            if opts["pred"]:
                with open(opts["pred"], encoding="utf-8") as fh:
                    pred = read_rows(fh, "pred")
            else:
                pred = [{"id": g["id"], "quotes": [quote_dict(q) for q in
                                                   extract(g["text"]).quotes]} for g in gold]
            report = evaluate(gold, pred, opts["min_iou"])
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from None
        if opts["json"]:
            self.stdout.write(json.dumps(report_dict(report)))
        else:
            self.stdout.write(format_report(report, errors=opts["errors"]))
