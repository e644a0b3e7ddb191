"""Scoring of quote extraction against gold, the same rule as shared/tools/score.py.

Spans are cut at line breaks and trimmed of whitespace, quotation marks and punctuation; a
prediction matches a gold piece one to one, greedily by overlap/union >= min_iou. Speakers
match when, normalised, their last words agree or one contains the other.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

HONORIFICS = set("mr mrs ms miss mx dr sen rep gov lt gen adm col sgt capt prof rev hon".split())
TITLES = HONORIFICS | set(
    ("senator representative congressman congresswoman president secretary governor general "
    "admiral judge justice professor reverend mayor ambassador chairman chairwoman minister "
    "premier sir dame lord lady vice former the").split())
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
EDGE = set(" \t\r\xa0\"'`“”‘’„«».,;:!?…—–-")
_LINE = re.compile(r"[^\n]+")

Piece = tuple[int, int, "str | None"]


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at line breaks, each piece trimmed of EDGE characters."""
    out = []
    for m in _LINE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s] in EDGE:
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def norm_name(name: str | None) -> tuple[str, ...]:
    words = re.sub(r"['’]s\b", "", (name or "").lower())
    parts = re.sub(r"[^\w\s]", " ", words).split()
    while parts and parts[0] in TITLES:
        parts.pop(0)
    return tuple(w for w in parts if w not in SUFFIXES)


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def same_speaker(gold: str | None, pred: str | None) -> bool:
    g, p = norm_name(gold), norm_name(pred)
    if not (g and p):  # a bare title must at least equal the other
        return bool(gold and pred) and gold.strip().lower() == pred.strip().lower()
    return g[-1] == p[-1] or _contains(g, p) or _contains(p, g)


def quote_pieces(text: str, quotes: Iterable[Mapping]) -> list[Piece]:
    out: list[Piece] = []
    for k, q in enumerate(quotes):
        try:
            s, e = int(q["start"]), int(q["end"])
        except (KeyError, TypeError, ValueError):
            raise ValueError(f'quote {k} needs integer "start" and "end"') from None
        if not 0 <= s <= e <= len(text):
            raise ValueError(f"quote {k} [{s}, {e}) lies outside the text ({len(text)} chars)")
        out += [(a, b, q.get("speaker") or None) for a, b in pieces(text, s, e)]
    return sorted(set(out), key=lambda p: (p[0], p[1], p[2] or ""))


def overlap_ratio(a: tuple, b: tuple) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def match(gold: list[Piece], pred: list[Piece], min_iou: float) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching by overlap ratio: [(gold index, pred index, ratio)]."""
    pairs = []
    j0 = 0
    for i, g in enumerate(gold):  # both sorted by start: skip predictions that end before g
        while j0 < len(pred) and pred[j0][1] <= g[0] and pred[j0][0] < g[0]:
            j0 += 1
        for j in range(j0, len(pred)):
            p = pred[j]
            if p[0] >= g[1]:
                break
            r = overlap_ratio(g, p)
            if r >= min_iou:
                pairs.append((-r, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for r, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j, -r))
    return out


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, n_pred: int, n_gold: int) -> PRF:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return cls(p, r, 2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Counts:
    articles: int = 0
    articles_predicted: int = 0
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    attr_total: int = 0
    attr_correct: int = 0
    e2e: int = 0

    def add(self, other: Counts) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass(frozen=True)
class ErrorCase:
    kind: str  # "miss", "false_positive", "wrong_speaker"
    article: str
    span: Piece
    other: Piece | None
    text: str = field(repr=False, default="")


@dataclass
class Report:
    counts: Counts
    quotes: PRF
    quotes_exact: PRF
    attribution_accuracy: float | None
    end_to_end: PRF
    min_iou: float
    by_publisher: dict[str, Report] = field(default_factory=dict)
    errors: list[ErrorCase] = field(default_factory=list, repr=False)
    unknown_pred_ids: list[str] = field(default_factory=list)


def _report(c: Counts, min_iou: float) -> Report:
    acc = c.attr_correct / c.attr_total if c.attr_total else None
    return Report(c, PRF.of(c.matched, c.pred, c.gold), PRF.of(c.exact, c.pred, c.gold), acc,
                  PRF.of(c.e2e, c.pred, c.gold), min_iou)


def evaluate(gold_rows: Iterable[Mapping], pred_rows: Iterable[Mapping],
             min_iou: float = 0.8) -> Report:
    """Score predictions against gold rows ({"id", "text", "quotes", "publisher"?})."""
    gold = {str(r["id"]): r for r in gold_rows}
    pred = {str(r["id"]): r for r in pred_rows}
    total = Counts()
    per: dict[str, Counts] = {}
    errors: list[ErrorCase] = []
    for aid, art in gold.items():
        text = art["text"]
        c = Counts(articles=1)
        g = quote_pieces(text, art.get("quotes") or [])
        prow = pred.get(aid)
        c.articles_predicted = prow is not None
        p = quote_pieces(text, (prow or {}).get("quotes") or [])
        c.gold, c.pred = len(g), len(p)
        c.exact = len(match(g, p, 1.0))
        pairs = match(g, p, min_iou)
        c.matched = len(pairs)
        for i, j, _ in pairs:
            ok = same_speaker(g[i][2], p[j][2])
            if g[i][2] is not None:
                c.attr_total += 1
                c.attr_correct += ok
                if not ok:
                    errors.append(ErrorCase("wrong_speaker", aid, g[i], p[j], text))
            c.e2e += ok or g[i][2] is None
        hit_g, hit_p = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}

        def best(span: Piece, others: list[Piece]) -> Piece | None:
            return max(others, key=lambda o: overlap_ratio(span, o), default=None)
        errors += [ErrorCase("miss", aid, x, best(x, p), text)
                   for i, x in enumerate(g) if i not in hit_g]
        errors += [ErrorCase("false_positive", aid, x, best(x, g), text)
                   for j, x in enumerate(p) if j not in hit_p]
        total.add(c)
        per.setdefault(art.get("publisher") or "(none)", Counts()).add(c)
    report = _report(total, min_iou)
    if len(per) > 1:
        report.by_publisher = {k: _report(v, min_iou) for k, v in sorted(per.items())}
    report.errors = errors
    report.unknown_pred_ids = sorted(set(pred) - set(gold))
    return report


def _show(text: str, span: Piece | None) -> str:
    if span is None:
        return "-"
    s, e, who = span
    body = text[s:e] if e - s <= 110 else text[s:s + 60] + " ... " + text[e - 40:e]
    return f"[{s}:{e}] {body!r} <{who}>"


def format_report(report: Report, errors: int = 0, seed: int = 0) -> str:
    """The figures as a table (per publisher too), then up to `errors` sampled errors of each
    kind, sampled the same way as score.py --errors."""
    c = report.counts
    lines = [f"articles {c.articles} (with predictions {c.articles_predicted}); gold quotes "
             f"{c.gold}, predicted {c.pred}, matched {c.matched} (exact {c.exact})"]
    if report.unknown_pred_ids:
        lines.append(f"ignored {len(report.unknown_pred_ids)} predicted articles not in gold")
    lines.append(f"{'':28}{'P':>8}{'R':>8}{'F1':>8}")
    for label, m in ((f"quotes (overlap >= {report.min_iou:g})", report.quotes),
                     ("quotes (exact)", report.quotes_exact),
                     ("end-to-end (span+speaker)", report.end_to_end)):
        lines.append(f"{label:28}{m.precision:8.3f}{m.recall:8.3f}{m.f1:8.3f}")
    acc = report.attribution_accuracy
    lines.append(f"{'attribution accuracy':28}{'n/a' if acc is None else f'{acc:.3f}':>8}   "
                 f"({c.attr_correct}/{c.attr_total} matched quotes with a gold speaker)")
    if report.by_publisher:
        lines.append("")
        lines.append(f"{'publisher':22}{'gold':>6}{'qP':>7}{'qR':>7}{'qF1':>7}{'attr':>7}"
                     f"{'e2eF1':>7}")
        for name, r in report.by_publisher.items():
            a = "n/a" if r.attribution_accuracy is None else f"{r.attribution_accuracy:.3f}"
            lines.append(f"{name[:22]:22}{r.counts.gold:6d}{r.quotes.precision:7.3f}"
                         f"{r.quotes.recall:7.3f}{r.quotes.f1:7.3f}{a:>7}{r.end_to_end.f1:7.3f}")
    if errors:
        for kind in ("miss", "false_positive", "wrong_speaker"):
            items = [e for e in report.errors if e.kind == kind]
            picked = random.Random(seed).sample(items, min(errors, len(items)))
            lines.append(f"\n== {kind}: {len(items)} in all, {len(picked)} shown")
            other = {"miss": "nearest pred", "false_positive": "nearest gold",
                     "wrong_speaker": "pred"}[kind]
            for e in sorted(picked, key=lambda x: (x.article, x.span[0], x.span[1])):
                lines.append(f"- {e.article}\n    {_show(e.text, e.span)}\n"
                             f"    {other}: {_show(e.text, e.other)}")
    return "\n".join(lines)


def report_dict(report: Report) -> dict:
    """The figures in score.py --json's shape (without the per-publisher part)."""
    c = report.counts

    def prf(m: PRF) -> dict:
        return {"precision": m.precision, "recall": m.recall, "f1": m.f1}
    return {"min_iou": report.min_iou, "counts": dict(c.__dict__),
            "quotes": prf(report.quotes), "quotes_exact": prf(report.quotes_exact),
            "attribution_accuracy": report.attribution_accuracy,
            "end_to_end": prf(report.end_to_end), "unknown_pred_ids": report.unknown_pred_ids}


# -- confidence: is each predicted quote right? ------------------------------------------------

def judged_predictions(gold_rows: Iterable[Mapping], pred_rows: Iterable[Mapping],
                       min_iou: float = 0.8) -> dict[str, list[bool]]:
    """For each predicted article, one verdict per predicted quote (in the order given): right
    when every piece of it matches a gold piece (overlap >= min_iou) and its speaker is right,
    or the gold piece has no speaker - the end-to-end rule, quote by quote."""
    gold = {str(r["id"]): r for r in gold_rows}
    out: dict[str, list[bool]] = {}
    for row in pred_rows:
        aid = str(row["id"])
        quotes = row.get("quotes") or []
        art = gold.get(aid)
        if art is None:
            out[aid] = [False] * len(quotes)
            continue
        text = art["text"]
        g = quote_pieces(text, art.get("quotes") or [])
        p = sorted(((a, b, q.get("speaker") or None, k) for k, q in enumerate(quotes)
                    for a, b in pieces(text, int(q["start"]), int(q["end"]))),
                   key=lambda x: (x[0], x[1], x[3]))
        ok = [True] * len(quotes)
        hit = [False] * len(quotes)
        matched = set()
        for i, j, _ in match(g, p, min_iou):
            matched.add(j)
            k = p[j][3]
            hit[k] = True
            if g[i][2] is not None and not same_speaker(g[i][2], p[j][2]):
                ok[k] = False
        for j, x in enumerate(p):
            if j not in matched:
                ok[x[3]] = False
        out[aid] = [a and b for a, b in zip(ok, hit, strict=True)]
    return out


@dataclass(frozen=True)
class Calibration:
    """How well confidences predict being right: 10 equal-width bins (0-0.1 ... 0.9-1.0)."""

    n: int
    ece: float  # expected calibration error: bin-weighted |mean confidence - share right|
    high_n: int  # predictions with confidence >= 0.9
    high_right: float | None  # share right among them
    bins: tuple[tuple[float, float, int, float | None, float | None], ...]  # lo, hi, n, conf, right

    @classmethod
    def of(cls, pairs: Iterable[tuple[float, bool]], n_bins: int = 10) -> Calibration:
        sums = [[0, 0.0, 0] for _ in range(n_bins)]
        high = [0, 0]
        for conf, right in pairs:
            b = sums[min(n_bins - 1, max(0, int(conf * n_bins)))]
            b[0] += 1
            b[1] += conf
            b[2] += right
            if conf >= 0.9:
                high[0] += 1
                high[1] += right
        n = sum(b[0] for b in sums)
        ece = sum(abs(b[1] - b[2]) for b in sums) / n if n else 0.0
        bins = tuple((k / n_bins, (k + 1) / n_bins, b[0], b[1] / b[0] if b[0] else None,
                      b[2] / b[0] if b[0] else None) for k, b in enumerate(sums))
        return cls(n, ece, high[0], high[1] / high[0] if high[0] else None, bins)


def format_calibration(c: Calibration) -> str:
    lines = [f"{'confidence':14}{'quotes':>8}{'mean conf':>11}{'share right':>13}"]
    for lo, hi, n, conf, right in c.bins:
        if n:
            lines.append(f"{lo:.1f}-{hi:.1f}{'':7}{n:8d}{conf:11.3f}{right:13.3f}")
    hr = "n/a" if c.high_right is None else f"{c.high_right:.3f}"
    lines.append(f"ECE (10 bins) {c.ece:.3f}; confidence >= 0.9: {c.high_n} quotes, "
                 f"share right {hr}")
    return "\n".join(lines)


# -- leave one publisher out --------------------------------------------------------------------

@dataclass
class Holdout:
    """Each publisher scored by a model fitted on the other publishers only."""

    by_publisher: dict[str, Report]
    calibration_by_publisher: dict[str, Calibration]
    calibration: Calibration  # all held-out predictions pooled

    def attribution(self) -> dict[str, float]:
        return {k: r.attribution_accuracy or 0.0 for k, r in self.by_publisher.items()}


def format_holdout(h: Holdout) -> str:
    lines = [f"{'held-out publisher':22}{'gold':>6}{'qP':>7}{'qR':>7}{'qF1':>7}{'attr':>7}"
             f"{'e2eF1':>7}{'ECE':>7}{'>=.9 n':>8}{'right':>7}"]
    cols: dict[str, list[float]] = {"qP": [], "qR": [], "qF1": [], "attr": [], "e2e": [],
                                    "ece": [], "hr": []}
    for name, r in h.by_publisher.items():
        c = h.calibration_by_publisher[name]
        a = r.attribution_accuracy or 0.0
        hr = c.high_right if c.high_right is not None else 0.0
        for k, v in zip(cols, (r.quotes.precision, r.quotes.recall, r.quotes.f1, a,
                               r.end_to_end.f1, c.ece, hr), strict=True):
            cols[k].append(v)
        lines.append(f"{name[:22]:22}{r.counts.gold:6d}{r.quotes.precision:7.3f}"
                     f"{r.quotes.recall:7.3f}{r.quotes.f1:7.3f}{a:7.3f}{r.end_to_end.f1:7.3f}"
                     f"{c.ece:7.3f}{c.high_n:8d}{hr:7.3f}")
    if cols["attr"]:
        n = len(cols["attr"])
        mean = [sum(v) / n for v in cols.values()]
        worst = [min(v) for v in cols.values()]
        worst[5] = max(cols["ece"])
        for label, vals in (("mean", mean), ("worst", worst)):
            lines.append(f"{label:22}{'':6}" + "".join(f"{v:7.3f}" for v in vals[:6]) +
                         f"{'':8}{vals[6]:7.3f}")
    lines.append("")
    lines.append("all held-out predictions pooled:")
    lines.append(format_calibration(h.calibration))
    return "\n".join(lines)
