"""The extraction and identity packages are pure Python: importing them loads no Django."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_importing_the_extractor_loads_no_django():
    code = ("import sys, tracker.extraction, tracker.extraction.evaluation, "
            "tracker.extraction.jsonl, tracker.identity, tracker.identity.ranking; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
