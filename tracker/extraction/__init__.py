"""Quote extraction and attribution for news articles (pure Python: no Django here).

    from tracker.extraction import extract
    result = extract(text)  # Extraction(quotes=(Quote, ...), entities=(Entity, ...))
"""

from __future__ import annotations

from .engine import extract
from .types import ORGANISATION, PERSON, Entity, Extraction, Mention, Quote

EXTRACTOR_VERSION = "1.2.0"

__all__ = ["EXTRACTOR_VERSION", "ORGANISATION", "PERSON", "Entity", "Extraction", "Mention",
           "Quote", "extract"]
