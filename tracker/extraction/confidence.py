"""Confidence: the probability that a quote is right (its span and its speaker), from named
features of the decision that produced it, by a logistic regression fitted on annotated news.

Inference is pure Python: the sum of the weights of the features a quote has, through the
logistic function. The weights live in confidence.json next to this module and are written by

    manage.py evaluate_quotes ../shared/data/polnear-train.jsonl \
        --fit-confidence tracker/extraction/confidence.json

(fitting is deterministic: Newton's method on the L2-regularised log-likelihood, no sampling).
The regression's score is then calibrated on held-out folds (fit_calibrated): each publisher
is scored by the regression fitted on the others, and an isotonic regression over those
held-out scores maps a score to the share of quotes right (a step table in confidence.json).
`holdout` fits all of that on all publishers but one and scores that one, for each publisher
(the calibration folds then being the other six).
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

WEIGHTS = Path(__file__).with_name("confidence.json")
MIN_COUNT = 8  # a feature seen fewer times in training gets no weight
L2 = 2.0
MIN_STEP = 50  # quotes in a step of the calibration
# Rule cautious_step: a step of the calibration claims its share right less a quarter of its
# standard error (the lower Wilson bound at z = 0.25), so that a step of a few hundred quotes
# whose share is 0.90 by a hair does not put them all above the 0.9 line that readers and the
# review queue trust. A step of 1,000 quotes at 0.97 loses 0.001; one of 200 at 0.90, 0.005.
CAUTION_Z = 0.25
# Rule pronoun_under_line: a quote whose speaker is only a resolved pronoun ('"...," he
# said') never claims 0.9 or more, whatever its score: which person "he" is, is the reader's
# inference, and held out by publisher the pronoun quotes calibrated at >= 0.9 were 90% right
# (the New York Times 86%) against 98% for the others - in unseen news, with other ways of
# writing and more people per story, the line would not hold. Examples:
#   'Mike Pompeo met reporters. "We are united," he said.' -> at most 0.895
#   '"We are united," Mike Pompeo said.' -> the calibration's step, uncapped
# A source named only in the sentence after its description ('The head of the CAPP says
# "..." Lisa Baiton told ...', rule named_next) is the same kind of inference: capped alike.
# Rule unresolved_pronoun: a quote whose source is "he" or "she" that no person could be
# found for keeps no speaker, and claims at most an even chance: someone said it, and a
# reader names them. The annotation of train leaves a few such speakers unnamed (4 quotes,
# all "right" with no speaker), but on paragraphs written after the rules, unseen, 11 of 16
# were wrong at >= 0.9. Examples:
#   'Her grandson disagrees. "It's a good street," he said.' (no one named) -> at most 0.5
#   '"It's a good street," Tony said.' -> the calibration's step, uncapped
CAPS = {"src=pronoun": 0.895, "rule=named_next": 0.895, "unresolved_pronoun": 0.5}
CAP_RULES = {"src=pronoun": "pronoun_under_line", "rule=named_next": "pronoun_under_line",
             "unresolved_pronoun": "unresolved_pronoun"}
# Features that only cap and are given no weight: what train's annotation says of them is
# what the cap overrules.
CAP_ONLY = frozenset({"unresolved_pronoun"})


@dataclass
class Model:
    bias: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)
    # Isotonic calibration: (lowest score, probability) steps, scores ascending; a score gets
    # the probability of the last step at or below it. Empty: the logistic function.
    calibration: tuple[tuple[float, float], ...] = ()
    # feature -> the most a quote with it may claim (rule pronoun_under_line: CAPS)
    caps: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._steps = [z for z, _ in self.calibration]

    def score(self, features: Iterable[str]) -> float:
        """The regression's log-odds: the bias plus the weight of each feature."""
        get = self.weights.get
        z = self.bias
        for f in features:
            z += get(f, 0.0)
        return z

    def prob(self, features: Iterable[str]) -> float:
        if self.caps:
            features = tuple(features)
        z = self.score(features)
        if self.calibration:
            p = self.calibration[max(0, bisect.bisect_right(self._steps, z) - 1)][1]
        else:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        for f, cap in self.caps.items():
            if p > cap and f in features:
                p = cap
        return p

    def capped_by(self, features: Iterable[str]) -> str | None:
        """The named rule that caps a quote with these features (CAP_RULES), or None."""
        features = tuple(features)
        return next((CAP_RULES.get(f, f) for f in self.caps if f in features), None)

    def to_json(self) -> str:
        data = {"about": "logistic regression: P(quote right) from its features, its score "
                "calibrated on held-out folds; see tracker/extraction/confidence.py",
                "bias": round(self.bias, 5),
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}
        if self.calibration:
            data["calibration"] = [[round(z, 5), round(p, 5)] for z, p in self.calibration]
        if self.caps:
            data["caps"] = dict(sorted(self.caps.items()))
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()},
                   tuple((float(z), float(p)) for z, p in data.get("calibration", ())),
                   {str(k): float(v) for k, v in data.get("caps", {}).items()})


_shipped: Model | None = None
PRONOUN_WEIGHTS = Path(__file__).with_name("pronouns.json")
_pronouns: list[Model | None] = []


def shipped_pronouns() -> Model | None:
    """The Resolver's candidate model in pronouns.json (None: no file, hand-set scores)."""
    if not _pronouns:
        try:
            _pronouns.append(Model.from_json(PRONOUN_WEIGHTS.read_text(encoding="utf-8")))
        except FileNotFoundError:
            _pronouns.append(None)
    return _pronouns[0]


def shipped() -> Model:
    """The model in confidence.json (read once)."""
    global _shipped
    if _shipped is None:
        _shipped = Model.from_json(WEIGHTS.read_text(encoding="utf-8"))
    return _shipped


def fit(samples: Sequence[tuple[Sequence[str], bool]], l2: float = L2,
        min_count: int = MIN_COUNT, iterations: int = 25) -> Model:
    """L2-regularised logistic regression over binary features by Newton's method (the bias
    is not penalised). Deterministic; about a second for 8,000 quotes."""
    counts: dict[str, int] = {}
    for feats, _ in samples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count and f not in CAP_ONLY)
    index = {f: i + 1 for i, f in enumerate(names)}  # 0 is the bias
    # Quotes with the same features are one row: (feature indices, how many, how many right).
    groups: dict[tuple[int, ...], list[int]] = {}
    for feats, y in samples:
        key = (0, *sorted({index[f] for f in feats if f in index}))
        g = groups.setdefault(key, [0, 0])
        g[0] += 1
        g[1] += bool(y)
    rows = sorted(groups.items())
    n = len(names) + 1
    w = [0.0] * n
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for idx, (total, right) in rows:
            z = sum(w[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = total * p - right, total * p * (1.0 - p)
            for a in idx:
                grad[a] += g
                ha = hess[a]
                for b in idx:
                    ha[b] += h
        for i in range(1, n):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        for i in range(n):
            w[i] -= step[i]
        if max(abs(x) for x in step) < 1e-6:
            break
    return Model(w[0], {f: w[index[f]] for f in names})


def isotonic(pairs: Iterable[tuple[float, bool] | tuple[float, bool, float]],
             min_step: int = MIN_STEP, caution: float = 0.0) -> tuple[tuple[float, float], ...]:
    """The non-decreasing step function of the score closest to being right (weighted least
    squares, pool-adjacent-violators): (lowest score of each step, weighted share right in
    it). A pair may carry a weight as its third item (1 without). Quotes with the same score
    are one point, so a step never splits them; a step of fewer than `min_step` quotes
    (counted, whatever their weight) joins its neighbour (the order stays), so that no
    handful of extreme scores claims a confidence of 0 or 1. Examples (min_step=1 unless said):
      scores 1, 2, 3 right, wrong, right -> (1, 0.5), (3, 1.0): 1 and 2 pooled (a violation)
      scores 1, 2 wrong, right -> (1, 0.0), (2, 1.0): already in order
      score 1 wrong x 60, score 5 right x 3, min_step=50 -> (1, 3/63): the 3 join the 60
      score 1 right (weight 3), score 2 wrong (weight 1) -> (1, 0.75): pooled, weighted
    With `caution` z > 0 each step claims the lower Wilson bound of its share at z, over the
    quotes it counts (rule cautious_step), never below the step under it:
      score 1 right x 90, wrong x 10, caution 1 -> (1, 0.866)"""
    points: dict[float, list[float]] = {}
    for item in pairs:
        z, y = item[0], item[1]
        w = item[2] if len(item) > 2 else 1.0
        p = points.setdefault(z, [0.0, 0.0, 0])
        p[0] += w * bool(y)
        p[1] += w
        p[2] += 1
    steps: list[list[float]] = []  # lowest score, right, total, count
    for z in sorted(points):
        steps.append([z, *points[z]])
        while len(steps) > 1 and steps[-2][1] * steps[-1][2] >= steps[-1][1] * steps[-2][2]:
            right, total, count = steps.pop()[1:]
            steps[-1][1] += right
            steps[-1][2] += total
            steps[-1][3] += count
    k = 0
    while k < len(steps) and len(steps) > 1:
        if steps[k][3] >= min_step:
            k += 1
            continue
        into = k - 1 if k > 0 else k + 1  # the step below it, or above the lowest one
        lo, hi = sorted((k, into))
        steps[lo][1:] = [steps[lo][1] + steps[hi][1], steps[lo][2] + steps[hi][2],
                         steps[lo][3] + steps[hi][3]]
        del steps[hi]
        k = lo
    out: list[tuple[float, float]] = []
    for z, right, total, count in steps:
        share = right / total
        if caution:
            share = wilson_lower(share, count, caution)
        out.append((z, max(share, out[-1][1]) if out else share))
    return tuple(out)


def wilson_lower(share: float, n: int, z: float) -> float:
    """The lower end of the Wilson score interval of a share seen in n trials, at z."""
    zz = z * z
    return (share + zz / (2 * n) - z * math.sqrt(share * (1 - share) / n + zz / (4 * n * n))) \
        / (1 + zz / n)


def fit_calibrated(groups: Mapping[str, Sequence[tuple[Sequence[str], bool]]],
                   l2: float = L2, min_count: int = MIN_COUNT,
                   caution: float = CAUTION_Z, caps: Mapping[str, float] = CAPS) -> Model:
    """The regression fitted on every group (publisher), its score calibrated on held-out
    folds: each group is scored by the regression fitted on the other groups, and the
    isotonic regression of right on those held-out scores becomes the model's calibration,
    so that a confidence is the share right on news the regression never saw, less
    `caution` standard errors (rule cautious_step), and no more than its `caps` allow (rule
    pronoun_under_line). With fewer than two groups there is nothing to hold out and the
    logistic function stays."""
    model = fit([x for g in groups.values() for x in g], l2, min_count)
    model.caps = dict(caps)
    if len(groups) < 2:
        return model
    held: list[tuple[float, bool, float]] = []
    mean_size = sum(len(g) for g in groups.values()) / len(groups)
    for name, g in groups.items():
        fold = fit([x for other, h in groups.items() if other != name for x in h], l2, min_count)
        # Each group weighs the same in the calibration (a publisher of 700 quotes as much as
        # one of 1,900): a confidence must hold for each outlet, not for the largest ones.
        w = mean_size / len(g) if g else 0.0
        held += [(fold.score(f), y, w) for f, y in g]
    return Model(model.bias, model.weights, isotonic(held, caution=caution), dict(caps))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b (a symmetric positive definite) by Gaussian elimination with pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        piv = m[c][c]
        if abs(piv) < 1e-12:
            continue
        for r in range(c + 1, n):
            f = m[r][c] / piv
            if f:
                mr, mc = m[r], m[c]
                for k in range(c, n + 1):
                    mr[k] -= f * mc[k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        piv = m[r][r]
        x[r] = 0.0 if abs(piv) < 1e-12 else \
            (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / piv
    return x


# -- fitting and leave-one-publisher-out over annotated rows -----------------------------------

@dataclass
class Scored:
    """One gold article run through the extractor: its predicted quotes (as dicts), the
    features of each and whether each is right."""

    id: str
    publisher: str
    quotes: list[dict]
    features: list[tuple[str, ...]]
    right: list[bool]


def scored_rows(gold: Sequence[Mapping], min_iou: float = 0.8,
                pronoun_model: Model | None = None) -> list[Scored]:
    from .engine import extract_with_features
    from .evaluation import judged_predictions
    from .jsonl import quote_dict

    out = []
    for g in gold:
        ex, feats = extract_with_features(g["text"], pronoun_model=pronoun_model)
        out.append(Scored(str(g["id"]), g.get("publisher") or "(none)",
                          [quote_dict(q) for q in ex.quotes], feats, []))
    verdicts = judged_predictions(gold, [{"id": s.id, "quotes": s.quotes} for s in out], min_iou)
    for s in out:
        s.right = verdicts[s.id]
    return out


def pronoun_samples(gold: Sequence[Mapping], pronoun_model: Model | None = None,
                    ) -> list[tuple[tuple[str, ...], bool]]:
    """For each predicted quote whose source is a pronoun or role noun and whose gold quote
    names a speaker among the candidates: every candidate's features, labelled by whether it
    is that speaker."""
    from .engine import extract_with_features
    from .evaluation import overlap_ratio, same_speaker

    out: list[tuple[tuple[str, ...], bool]] = []
    for g in gold:
        trace: dict = {}
        ex, _ = extract_with_features(g["text"], pronoun_model=pronoun_model, trace=trace)
        cands = trace["candidates"]
        golds = [(int(q["start"]), int(q["end"]), q.get("speaker"))
                 for q in g.get("quotes") or [] if q.get("speaker")]
        for q in ex.quotes:
            cs = cands.get(q.mention_start) if q.mention_start is not None else None
            if not cs:
                continue
            best = max(golds, key=lambda x: overlap_ratio(x, (q.start, q.end)), default=None)
            if best is None or overlap_ratio(best, (q.start, q.end)) < 0.5:
                continue
            labels = [same_speaker(best[2], trace["names"][ent]) for ent, _ in cs]
            if any(labels):
                out += [(f, y) for (_, f), y in zip(cs, labels, strict=True)]
    return out


def by_publisher(rows: Iterable[Scored]) -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for s in rows:
        out.setdefault(s.publisher, []).extend(zip(s.features, s.right, strict=True))
    return dict(sorted(out.items()))


def fit_rows(gold: Sequence[Mapping], min_iou: float = 0.8) -> Model:
    """The shipped model: fitted on all of gold, calibrated on its publishers held out."""
    return fit_calibrated(by_publisher(scored_rows(gold, min_iou)))


def holdout(gold: Sequence[Mapping], min_iou: float = 0.8, pronouns: bool = False):
    """Leave one publisher out: for each publisher, the learned parts are fitted on the
    others only - the confidence model always (its calibration on folds of those others), and
    with `pronouns` the Resolver's candidate model too (then every article is extracted again
    with that fold's model) - and that publisher is scored with them."""
    from .evaluation import Calibration, Holdout, evaluate

    pubs = sorted({g.get("publisher") or "(none)" for g in gold})
    if pronouns:
        samples = {p: pronoun_samples([g for g in gold if (g.get("publisher") or "(none)") == p])
                   for p in pubs}
    else:
        rows = scored_rows(gold, min_iou)
    by_pub: dict = {}
    cal: dict = {}
    pooled: list[tuple[float, bool]] = []
    for p in pubs:
        if pronouns:
            pm = fit([x for q in pubs if q != p for x in samples[q]])
            rows = scored_rows(gold, min_iou, pm)
        model = fit_calibrated(by_publisher(s for s in rows if s.publisher != p))
        held = [s for s in rows if s.publisher == p]
        pairs = []
        for s in held:
            for q, f, y in zip(s.quotes, s.features, s.right, strict=True):
                q["confidence"] = round(model.prob(f), 3)
                pairs.append((q["confidence"], y))
        ids = {s.id for s in held}
        by_pub[p] = evaluate([g for g in gold if str(g["id"]) in ids],
                             [{"id": s.id, "quotes": s.quotes} for s in held], min_iou)
        cal[p] = Calibration.of(pairs)
        pooled += pairs
    return Holdout(by_pub, cal, Calibration.of(pooled))
