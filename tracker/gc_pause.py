"""One way to pause CPython's cyclic garbage collector around work that makes many objects
which all live until it ends (pure Python: the extractor imports it too)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (or the decorated call), and set it going
    again only if this block paused it: blocks running at once in threads never leave it
    paused, and one started with the collector off leaves it off. Work that makes millions
    of long-lived objects and no reference cycles (an article's extraction, a relink) would
    otherwise have the collector walk them again and again and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
