"""Word differences between two wordings of a statement, as (op, text) pieces to render."""

from __future__ import annotations

from tracker.linking.display import word_diff


def diff_pieces(display: str, variant: str) -> list[tuple[str, str]]:
    """The linking package's word diff as (op, text) pieces for the diff_html tag: what
    `variant` adds to `display` is "insert", what it leaves out is "delete"."""
    pieces: list[tuple[str, str]] = []
    for op in word_diff(variant, display):
        parts = {
            "equal": [("equal", op.variant)],
            "insert": [("insert", op.variant)],
            "delete": [("delete", op.display)],
            "replace": [("delete", op.display), ("insert", op.variant)],
        }[op.op]
        for kind, text in parts:
            if pieces:
                pieces.append(("equal", " "))
            pieces.append((kind, text))
    return pieces
