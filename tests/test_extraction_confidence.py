"""Confidence: a logistic regression over named features, its fit, the reliability curve and
the leave-one-publisher-out command."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command

from tracker.extraction import extract
from tracker.extraction.confidence import Model, fit, shipped
from tracker.extraction.engine import quote_features
from tracker.extraction.evaluation import Calibration, judged_predictions


def test_fit_recovers_the_share_right_of_each_feature():
    samples = [(("a",), i % 10 != 0) for i in range(400)] + \
              [(("b",), i % 5 == 0) for i in range(400)]
    m = fit(samples, l2=0.01, min_count=1)
    assert m.prob(["a"]) == pytest.approx(0.9, abs=0.01)
    assert m.prob(["b"]) == pytest.approx(0.2, abs=0.01)
    assert Model.from_json(m.to_json()).prob(["a"]) == pytest.approx(m.prob(["a"]), abs=1e-4)


def test_rare_features_get_no_weight():
    m = fit([(("common",), True)] * 20 + [(("rare", "common"), False)], min_count=5)
    assert "rare" not in m.weights and "common" in m.weights


def test_every_shipped_weight_is_a_documented_feature():
    doc = quote_features.__doc__
    for name in shipped().weights:
        stem = re.split(r"[=<>|]", name)[0]
        assert stem in doc, name


def test_confidence_is_the_shipped_models_probability():
    q = extract('"We will win this fight," Mike Smith said.').quotes[0]
    assert 0.9 <= q.confidence < 1.0


def test_judged_predictions_needs_span_and_speaker():
    text = 'Intro.\n\n"We will win," Mr. Smith said. "Big day."'
    s1, s2 = text.index("We"), text.index("Big")
    gold = [{"id": "a", "text": text, "quotes": [
        {"start": s1, "end": s1 + 12, "speaker": "John Smith"},
        {"start": s2, "end": s2 + 8, "speaker": None}]}]
    pred = [{"id": "a", "quotes": [
        {"start": s1, "end": s1 + 12, "speaker": "Jones"},   # wrong speaker
        {"start": s2, "end": s2 + 8, "speaker": "Smith"},    # gold has no speaker: span only
        {"start": 0, "end": 6, "speaker": "Smith"}]}]       # no such quote
    assert judged_predictions(gold, pred) == {"a": [False, True, False]}


def test_calibration_bins_and_high_confidence_share():
    c = Calibration.of([(0.95, True)] * 9 + [(0.95, False)] + [(0.15, False)] * 10)
    assert c.high_n == 10 and c.high_right == pytest.approx(0.9)
    assert c.ece == pytest.approx((abs(9.5 - 9) + abs(1.5 - 0)) / 20)


def _gold_two_publishers(tmp_path):
    rows = []
    for k in range(6):
        name = f"Person{chr(65 + k)} Example"
        text = (f'"We will not back down on this plan, ever," said {name}.\n\n'
                f'"It is a good day for the city and for everyone here," {name} added.')
        q1 = text.index("We")
        q2 = text.index("It is")
        rows.append({"id": f"a{k}", "publisher": "North" if k % 2 else "South", "text": text,
                     "quotes": [{"start": q1, "end": text.index(',"'), "speaker": name},
                                {"start": q2, "end": text.index(',"', q2), "speaker": name}]})
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_by_publisher_holdout_prints_each_publisher_mean_and_worst(tmp_path):
    out = StringIO()
    call_command("evaluate_quotes", str(_gold_two_publishers(tmp_path)),
                 "--by-publisher-holdout", stdout=out)
    text = out.getvalue()
    assert re.search(r"^North\s+6\s", text, re.M) and re.search(r"^South\s+6\s", text, re.M)
    assert re.search(r"^mean\s", text, re.M) and re.search(r"^worst\s", text, re.M)
    assert "ECE (10 bins)" in text


def test_fit_confidence_writes_weights_that_load(tmp_path):
    dest = tmp_path / "w.json"
    call_command("evaluate_quotes", str(_gold_two_publishers(tmp_path)),
                 "--fit-confidence", str(dest), stdout=StringIO())
    m = Model.from_json(dest.read_text())
    assert m.prob(["how=tail"]) > 0.5


def test_calibration_flag_prints_the_reliability_curve(tmp_path):
    out = StringIO()
    call_command("evaluate_quotes", str(_gold_two_publishers(tmp_path)), "--calibration",
                 stdout=out)
    assert "share right" in out.getvalue()


@pytest.mark.parametrize(("text", "expected"), [
    ('Doug Ford spoke on Monday. Olivia Chow listened. "We will build it," he said.',
     {"Doug Ford": {"sdist=2", "rank=0", "subject", "gender=match", "distance_best"}}),
    ('Premier Doug Ford met Mayor John Tory on Monday. Tory said the plan was fine. "We will '
     'build it," he said.',
     {"John Tory": {"sdist=1", "rank=0", "latest_speaker", "distance_best"},
      "Doug Ford": {"sdist=2", "rank=1"}}),
])
def test_pronoun_candidates_and_their_features(text, expected):
    from tracker.extraction.engine import extract_with_features

    trace: dict = {}
    extract_with_features(text, trace=trace)
    (cands,) = trace["candidates"].values()
    got = {trace["names"][ent]: set(f) for ent, f in cands}
    assert set(got) == set(expected)
    for name, feats in expected.items():
        assert feats <= got[name], name
    assert sum("distance_best" in f for f in got.values()) == 1


def test_a_fitted_pronoun_model_picks_the_candidate_it_scores_highest():
    from tracker.extraction.engine import extract_with_features

    text = ('Premier Doug Ford met Mayor John Tory on Monday. Tory said the plan was fine. '
            '"We will build it," he said.')
    prefer_ford = Model(0.0, {"rank=1": 5.0})
    ex, _ = extract_with_features(text, pronoun_model=prefer_ford)
    assert ex.quotes[0].speaker == "Doug Ford"
    ex, _ = extract_with_features(text)
    assert ex.quotes[0].speaker == "John Tory"


def test_fit_pronouns_and_holdout_with_the_pronoun_model(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = []
    for k in range(4):
        text = ('Premier Doug Ford met Mayor John Tory on Monday. Tory said the plan was fine. '
                '"We will build it, and soon," he said.')
        s = text.index("We will")
        rows.append({"id": f"p{k}", "publisher": "East" if k % 2 else "West", "text": text,
                     "quotes": [{"start": s, "end": text.index(',"', s + 10) + 1,
                                 "speaker": "John Tory"}]})
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dest = tmp_path / "p.json"
    call_command("evaluate_quotes", str(gold), "--fit-pronouns", str(dest), stdout=StringIO())
    assert Model.from_json(dest.read_text()).weights
    out = StringIO()
    call_command("evaluate_quotes", str(gold), "--by-publisher-holdout", "--pronoun-model",
                 stdout=out)
    assert re.search(r"^East\s+2\s", out.getvalue(), re.M)


@pytest.mark.parametrize(("pairs", "min_step", "expected"), [
    ([(1.0, True), (2.0, False), (3.0, True)], 1, ((1.0, 0.5), (3.0, 1.0))),
    ([(1.0, False), (2.0, True)], 1, ((1.0, 0.0), (2.0, 1.0))),
    ([(1.0, False)] * 60 + [(5.0, True)] * 3, 50, ((1.0, 3 / 63),)),
    ([(1.0, True, 3.0), (2.0, False, 1.0)], 1, ((1.0, 0.75),)),
])
def test_isotonic_examples(pairs, min_step, expected):
    from tracker.extraction.confidence import isotonic

    got = isotonic(pairs, min_step)
    assert [z for z, _ in got] == [z for z, _ in expected]
    assert [p for _, p in got] == pytest.approx([p for _, p in expected])


@pytest.mark.parametrize(("caution", "expected"), [(0.0, 0.9), (1.0, 0.866), (0.25, 0.892)])
def test_rule_cautious_step(caution, expected):
    # A step claims the lower Wilson bound of its share: 90 right of 100 at z = 1 is 0.866.
    from tracker.extraction.confidence import isotonic

    ((_, share),) = isotonic([(1.0, True)] * 90 + [(1.0, False)] * 10, 1, caution=caution)
    assert share == pytest.approx(expected, abs=0.001)


def test_a_cautious_step_never_falls_below_the_one_under_it():
    from tracker.extraction.confidence import isotonic

    # 60 quotes at 0.80 under 50 at 0.82: the upper one's bound would fall under 0.80.
    pairs = [(1.0, i < 48) for i in range(60)] + [(2.0, i < 41) for i in range(50)]
    low, high = isotonic(pairs, 50, caution=1.0)
    assert high[1] >= low[1]


def test_isotonic_steps_rise_and_hold_enough_quotes():
    from tracker.extraction.confidence import isotonic

    pairs = [(i / 10, (i * 7) % 10 < i // 40 + 5) for i in range(400)]
    steps = isotonic(pairs, 50)
    assert [z for z, _ in steps] == sorted(z for z, _ in steps)
    assert [p for _, p in steps] == sorted(p for _, p in steps)
    bounds = [z for z, _ in steps] + [float("inf")]
    assert all(sum(1 for z, _ in pairs if lo <= z < hi) >= 50
               for lo, hi in zip(bounds, bounds[1:], strict=False))


def test_calibrated_model_maps_scores_through_its_steps_and_round_trips():
    m = Model(0.0, {"a": 2.0, "b": -1.0}, ((-5.0, 0.2), (0.0, 0.6), (1.5, 0.9)))
    assert m.prob(["b"]) == 0.2 and m.prob([]) == 0.6 and m.prob(["a"]) == 0.9
    assert m.prob(["a", "b"]) == 0.6 and m.prob(["b", "b", "b", "b", "b", "b"]) == 0.2
    again = Model.from_json(m.to_json())
    assert again.calibration == m.calibration and again.prob(["a"]) == 0.9


def test_fit_calibrated_holds_each_group_out():
    from tracker.extraction.confidence import fit_calibrated

    north = [(("a",), i % 10 != 0) for i in range(200)] + \
        [(("b",), i % 2 == 0) for i in range(200)]
    south = [(("a",), i % 5 != 0) for i in range(200)] + \
        [(("b",), i % 4 == 0) for i in range(200)]
    one = fit_calibrated({"North": north})
    assert one.calibration == ()  # nothing to hold out: the logistic function
    both = fit_calibrated({"North": north, "South": south}, caution=0.0)
    assert both.weights == fit(north + south).weights
    # Each group is scored by the other's model: 'a' quotes are right 85% of the time, 'b' 37.5%.
    assert both.prob(["a"]) == pytest.approx(0.85) and both.prob(["b"]) == pytest.approx(0.375)


def test_shipped_confidence_is_calibrated():
    assert shipped().calibration, "confidence.json holds the held-out calibration steps"
    assert all(0.0 < p < 1.0 for _, p in shipped().calibration)


def test_calibration_weighs_each_publisher_the_same():
    """Three times as many quotes from one publisher do not make its share the confidence:
    300 right quotes of one outlet and 100 wrong of another, pooled in one step, give 0.5."""
    from tracker.extraction.confidence import fit_calibrated

    groups = {"big": [(("x",), True)] * 300, "small": [(("x",), False)] * 100}
    model = fit_calibrated(groups, min_count=1, caution=0.0)
    assert [p for _, p in model.calibration] == pytest.approx([0.5])
    # By default a step claims a little less than its share (rule cautious_step).
    assert fit_calibrated(groups, min_count=1).calibration[0][1] < 0.5


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        # A pronoun's source, weighed with how many people the article names in full.
        ('Mike Pompeo met reporters on Friday. "We are united," he said.',
         "pronoun|persons<=1"),
        ('Mike Pompeo met John Bolton, Nikki Haley, Jim Mattis and Steven Mnuchin on Friday. '
         '"We are united," he said.', "pronoun|persons<=6"),
    ],
)
def test_feature_pronoun_with_persons(text, feature):
    from tracker.extraction.engine import extract_with_features
    _, (features,) = extract_with_features(text)
    assert feature in features and "src=pronoun" in features


def test_feature_pronoun_with_persons_only_for_pronouns():
    from tracker.extraction.engine import extract_with_features
    _, (features,) = extract_with_features('"We are united," Mike Pompeo said.')
    assert not any(f.startswith("pronoun|") for f in features)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        # Feature pronoun|cands: the people "he" may point to in its window.
        ('Doug Ford spoke on Monday. Olivia Chow listened. "We will build it," he said.',
         "pronoun|cands<=1"),
        ('Premier Doug Ford met Mayor John Tory on Monday. Tory said the plan was fine. "We '
         'will build it," he said.', "pronoun|cands<=3"),
        ('Mike Pompeo met John Bolton, Jim Mattis, Steven Mnuchin and Rex Tillerson on '
         'Friday. "We are united," he said.', "pronoun|cands>3"),
    ],
)
def test_feature_pronoun_candidates(text, feature):
    from tracker.extraction.engine import extract_with_features
    _, (features,) = extract_with_features(text)
    assert feature in features and "src=pronoun" in features


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Rule pronoun_under_line: a speaker found only by resolving "he" stays under 0.9.
        ('Mike Pompeo met reporters. "We are united," he said.', "pronoun_under_line"),
        ('"We are united," Mike Pompeo said.', None),
    ],
)
def test_rule_pronoun_under_line(text, rule):
    from tracker.extraction.engine import extract_with_features
    ex, (features,) = extract_with_features(text)
    assert shipped().capped_by(features) == rule
    confidence = ex.quotes[0].confidence
    assert confidence <= 0.895 if rule else confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Rule unresolved_pronoun: "he said" with no person named for it claims at most 0.5.
        ('Her grandson disagrees. "It\'s still a good street," he said.', "unresolved_pronoun"),
        ('Tony disagrees. "It\'s still a good street," Tony said.', None),
    ],
)
def test_rule_unresolved_pronoun(text, rule):
    from tracker.extraction.engine import extract_with_features
    ex, (features,) = extract_with_features(text)
    assert shipped().capped_by(features) == rule
    assert ex.quotes[0].speaker is None if rule else ex.quotes[0].speaker == "Tony"
    confidence = ex.quotes[0].confidence
    assert confidence <= 0.5 if rule else confidence >= 0.9


def test_cap_only_features_get_no_weight():
    from tracker.extraction.confidence import fit
    samples = [(("a", "unresolved_pronoun"), True)] * 10 + [(("a",), False)] * 10
    assert "unresolved_pronoun" not in fit(samples, min_count=1).weights


def test_caps_bound_the_calibrated_share_and_round_trip():
    m = Model(0.0, {"a": 2.0}, ((-5.0, 0.2), (1.5, 0.95)), {"p": 0.8})
    assert m.prob(["a"]) == 0.95 and m.prob(["a", "p"]) == 0.8 and m.prob(["p"]) == 0.2
    assert Model.from_json(m.to_json()).prob(iter(["a", "p"])) == 0.8
