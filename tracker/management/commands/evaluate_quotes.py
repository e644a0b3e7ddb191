"""manage.py evaluate_quotes GOLD.jsonl [--pred PRED.jsonl] [--errors N] [--json]
                           [--by-publisher-holdout] [--calibration] [--fit-confidence OUT.json]

Scores the extractor (or given predictions) against gold with the same rule as the shared
score.py: quote P/R/F1 near-exact and exact, attribution accuracy, end-to-end, per publisher.

--by-publisher-holdout: leave one publisher out. For each publisher, the learned part of the
extractor (the confidence model, and its calibration on folds of those publishers) is fitted on
the other publishers and that publisher is scored with it; prints the per-publisher table, the
mean and the worst, and the pooled reliability curve of the held-out confidences.
--calibration: the reliability curve of the confidences as they are.
--fit-confidence OUT.json: fit the confidence model on all of GOLD, calibrate it on GOLD's
publishers held out one at a time, and write its weights and calibration steps (the shipped
file is tracker/extraction/confidence.json).
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction import extract
from tracker.extraction.confidence import fit, fit_rows, holdout, pronoun_samples
from tracker.extraction.evaluation import (
    Calibration,
    evaluate,
    format_calibration,
    format_holdout,
    format_report,
    judged_predictions,
    report_dict,
)
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
        parser.add_argument("--by-publisher-holdout", action="store_true",
                            help="fit on all publishers but one, score that one, for each")
        parser.add_argument("--calibration", action="store_true",
                            help="also print the reliability curve of the confidences")
        parser.add_argument("--fit-confidence", metavar="OUT", help="fit the confidence model "
                            "on GOLD, calibrate it on GOLD's publishers held out, and write "
                            "it to OUT (JSON)")
        parser.add_argument("--fit-pronouns", metavar="OUT", help="fit the Resolver's "
                            "candidate model on GOLD and write its weights to OUT (JSON)")
        parser.add_argument("--pronoun-model", action="store_true", help="with "
                            "--by-publisher-holdout: fit the Resolver's candidate model per "
                            "fold too (without it, the hand-set candidate score is used)")

    def handle(self, *args, **opts):
        try:
            with open(opts["gold"], encoding="utf-8") as fh:
                gold = read_rows(fh, "gold")
            for n, g in enumerate(gold, 1):
                if not isinstance(g.get("text"), str):
                    raise ValueError(f'gold line {n}: "text" must be a string')
            if opts["fit_confidence"]:
                self._write(fit_rows(gold, opts["min_iou"]), opts["fit_confidence"])
                return
            if opts["fit_pronouns"]:
                self._write(fit(pronoun_samples(gold)), opts["fit_pronouns"])
                return
            if opts["by_publisher_holdout"]:
                self.stdout.write(format_holdout(holdout(gold, opts["min_iou"],
                                                         opts["pronoun_model"])))
                return
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
            return
        self._report(report, gold, pred, opts)

    def _write(self, model, path: str) -> None:
        with open(path, "w", encoding="utf-8") as out:
            out.write(model.to_json())
        steps = f" and {len(model.calibration)} calibration steps" if model.calibration else ""
        self.stdout.write(f"{len(model.weights)} weights{steps} written to {path}")

    def _report(self, report, gold, pred, opts) -> None:
        self.stdout.write(format_report(report, errors=opts["errors"]))
        if opts["calibration"]:
            verdicts = judged_predictions(gold, pred, opts["min_iou"])
            pairs = [(float(q.get("confidence", 1.0)), ok) for row in pred
                     for q, ok in zip(row.get("quotes") or [], verdicts[str(row["id"])],
                                      strict=True)]
            self.stdout.write("\n" + format_calibration(Calibration.of(pairs)))


