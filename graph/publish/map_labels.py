"""Node labels of a map as they are drawn: broken into short lines, and the room they take.

The layout separates nodes by these boxes before any browser measures a letter, and the SVG
export draws the same lines, so the estimate errs on the wide side: the advance widths below are
those of DejaVu Sans, the widest of the sans-serif faces a reader's system is likely to pick for
the page's font list, rounded up.
"""

from __future__ import annotations

import unicodedata

FONT = 'system-ui, "Segoe UI", "Liberation Sans", Arial, sans-serif'
FONT_SIZE = 14  # label size in canvas pixels, on the page and in the SVG
LINE_HEIGHT = FONT_SIZE  # vis-network stacks label lines one font size apart
WRAP = 22  # most characters on one label line, unless a single word is longer
LABEL_GAP = 12  # from the bottom of a node's shape to the top of its label, with room to spare
STROKE = 3  # the white halo around label text

# Advance widths in ems; characters not listed take the width of their class below.
_WIDTHS = {
    " ": 0.32, "i": 0.28, "l": 0.28, "j": 0.28, "I": 0.3, "f": 0.36, "t": 0.4, "r": 0.42,
    "m": 0.98, "w": 0.82, "M": 0.87, "W": 1.0, ".": 0.32, ",": 0.32, ":": 0.34, ";": 0.34,
    "'": 0.28, "-": 0.37, "(": 0.4, ")": 0.4, "/": 0.34, "&": 0.78, "·": 0.32, "–": 0.5,
    "—": 1.0, "…": 1.0, "«": 0.56, "»": 0.56, "\"": 0.46,
}
_LOWER, _UPPER, _DIGIT, _OTHER = 0.63, 0.74, 0.64, 0.84


def _advance(char: str) -> float:
    if char in _WIDTHS:
        return _WIDTHS[char]
    base = unicodedata.normalize("NFKD", char)[:1] or char
    if base in _WIDTHS:
        return _WIDTHS[base]
    if base.isdigit():
        return _DIGIT
    if base.islower():
        return _LOWER
    if base.isupper():
        return _UPPER
    return _OTHER


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Width of `text` at `size` pixels, with its halo: at least what a browser draws."""
    return sum(_advance(c) for c in text) * size + STROKE


def label_lines(label: str, wrap: int = WRAP) -> list[str]:
    """`label` broken at spaces into lines of at most `wrap` characters (a longer word keeps
    its own line): long names take less room across the map."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= wrap:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [label]


def label_size(lines: list[str]) -> tuple[float, float]:
    """Width and height of a label's lines, in canvas pixels."""
    return max(text_width(line) for line in lines), len(lines) * LINE_HEIGHT + STROKE
