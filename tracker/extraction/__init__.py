"""Quote extraction and attribution for news articles (pure Python: no Django here).

    from tracker.extraction import extract
    result = extract(text)  # Extraction(quotes=(Quote, ...), entities=(Entity, ...))

Modules: marks (quotation spans), text (paragraphs, sentences), names and lexicon (people,
organisations, short forms), cues (speech verbs), attribution (cue sources), subjects
(subjects of sentences and clauses), resolver (pronouns and role nouns to people), headings
(colon lead-ins, signatures, headlines), speakers (a speaker for each quotation), engine
(extract), evaluation (the scoring rule of shared/tools/score.py), jsonl (batch input and
output for the commands).
EXTRACTOR_VERSION changes whenever the output for the same text may change.
"""

from __future__ import annotations

from .engine import extract
from .types import ORGANISATION, PERSON, Entity, Extraction, Mention, Quote

EXTRACTOR_VERSION = "1.20.0"

__all__ = ["EXTRACTOR_VERSION", "ORGANISATION", "PERSON", "Entity", "Extraction", "Mention",
           "Quote", "extract"]
