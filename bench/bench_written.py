"""Speakers of the paragraphs written for the purpose (news of other styles, months and
countries), scored for an extractor checkout.

    .venv/bin/python bench/bench_written.py                      # this checkout
    .venv/bin/python bench/bench_written.py --repo ../old-checkout --files canadian_opinion

The paragraphs and the speakers a careful reader would name are the CASES lists of
tests/test_extraction_*.py (this checkout's). A quote is right when its speaker matches the
expected one by the shared scorer's name rule (../shared/tools/score.py; --strict: the same
string), in order, with as many quotes as expected; a paragraph is right when all its quotes
are. Also: among quotes given confidence >= 0.9, the share right. Paragraphs marked xfail
(still failing at the time they were written down) count like the rest. The other checkout's
extractor runs in a child process, so any older version can be scored.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = ("canadian_news", "canadian_news_2", "canadian_news_3", "canadian_opinion",
         "us_news_styles", "us_news_styles_2", "us_news_styles_3", "us_news_styles_4",
         "us_web_styles", "canadian_news_4", "us_news_styles_5", "canadian_opinion_2",
         "us_news_styles_6", "canadian_news_5", "canadian_news_6", "us_news_styles_7",
         "canadian_news_7", "us_news_styles_8")

_SCORE = r'''
import json, sys
sys.path.insert(0, sys.argv[1])
from tracker.extraction import extract
out = []
for text in json.load(sys.stdin):
    out.append([(q.speaker, q.confidence) for q in extract(text).quotes])
json.dump(out, sys.stdout)
'''


def cases(names: list[str]) -> list[tuple[str, list[str | None]]]:
    """(text, expected speakers) of each paragraph of tests/test_extraction_<name>.py."""
    sys.path.insert(0, str(REPO))
    out = []
    for name in names:
        path = REPO / "tests" / f"test_extraction_{name}.py"
        spec = importlib.util.spec_from_file_location(f"written_{name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for case in module.CASES:
            values = case.values if hasattr(case, "values") else case
            out.append((values[0], list(values[1])))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=REPO, help="the extractor checkout to score")
    ap.add_argument("--files", default=",".join(FILES),
                    help="comma-separated tests/test_extraction_<name>.py names")
    ap.add_argument("--strict", action="store_true", help="speakers as the same string")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--errors", action="store_true",
                    help="also list the wrong paragraphs (those with a quote given >= 0.9 first)")
    args = ap.parse_args(argv)
    paragraphs = cases(args.files.split(","))
    run = subprocess.run([sys.executable, "-c", _SCORE, str(args.repo.resolve())],
                         input=json.dumps([t for t, _ in paragraphs]), capture_output=True,
                         text=True, check=True)
    got = json.loads(run.stdout)
    spec = importlib.util.spec_from_file_location("score", args.shared / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    def same(expected: str | None, speaker: str | None) -> bool:
        if args.strict or expected is None or speaker is None:
            return expected == speaker
        return score.same_speaker(expected, speaker)

    par_right = quotes = right = high = high_right = 0
    wrong: list[tuple[bool, str, list[str | None], list]] = []
    for (text, expected), found in zip(paragraphs, got, strict=True):
        whole = len(found) == len(expected)
        ok = [whole and i < len(found) and same(e, found[i][0]) for i, e in enumerate(expected)]
        par_right += whole and all(ok)
        quotes += len(expected)
        right += sum(ok)
        for i, good in enumerate(ok):
            if i < len(found) and found[i][1] >= 0.9:
                high += 1
                high_right += good
        if not (whole and all(ok)):
            sure = any(q[1] >= 0.9 and not (i < len(ok) and ok[i]) for i, q in enumerate(found))
            wrong.append((sure, text, expected, found))
    print(f"{args.repo}: {len(paragraphs)} paragraphs, {par_right / len(paragraphs):.3f} right; "
          f"{quotes} quotes, {right / quotes:.3f} right; confidence >= 0.9: {high} quotes, "
          f"{high_right / max(high, 1):.3f} right")
    if args.errors:
        for sure, text, expected, found in sorted(wrong, key=lambda w: not w[0]):
            print(f"\n{'>= 0.9 wrong' if sure else 'wrong'}: {text!r}\n  expected {expected}"
                  f"\n  found    {[(s, round(c, 2)) for s, c in found]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
