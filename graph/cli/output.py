"""The one printer: a command's result as an aligned table for people, or JSON or CSV for
programs, as --format chooses. Only this module looks at the chosen format."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Mapping, Sequence
from json.encoder import encode_basestring  # the C function

from graph.model.terms import compact
from graph.records import Frozen
from graph.store.engine import Iri


class Text(str):
    """Printed as it is rather than dumped as JSON or written as CSV rows (Turtle, JSON-LD, a
    query's text, true or false)."""


class Printout(Frozen):
    """One result in each shape --format chooses from. A view may be a function, computed only
    when chosen (and free to refuse the format by raising)."""

    __slots__ = ("json", "rows", "columns", "table", "csv", "note")

    def __init__(
        self,
        json: object,  # what --format json dumps
        rows: Sequence[Mapping] = (),  # --format csv: one line each...
        columns: Sequence[str] = (),  # ...under this header
        table: Callable[[], str | None] | str | None = None,  # the text for people
        csv: Callable[[], str] | str | None = None,  # instead of rows and columns
        note: str | None = None,  # said on stderr after the table, to people only
    ):
        self.set_fields(json, rows, columns, table, csv, note)


def echo(fmt: str, printout: Printout) -> None:
    """Print `printout` in the format --format chose."""
    if fmt == "json":
        data = _computed(printout.json)
        text = data if isinstance(data, Text) else to_json(data)
    elif fmt == "csv":
        from graph.publish.tabular import to_csv  # only CSV needs it

        text = (to_csv(printout.rows, printout.columns) if printout.csv is None
                else _computed(printout.csv))
    else:
        text = _computed(printout.table)
    if text:
        _write(sys.stdout, text)
    if printout.note and for_people(fmt):
        _write(sys.stderr, printout.note)


def _write(stream, text: str) -> None:
    """What click.echo does with text, without importing click (the quick reader prints
    through here): the line, then a flush, so that stdout and stderr keep their order."""
    stream.write(text + "\n")
    stream.flush()


def for_people(fmt: str) -> bool:
    """Whether the output is a table for a person, to whom questions and notes can go."""
    return fmt == "table"


def _computed(view):
    return view() if callable(view) else view


def joined(*parts: str | None) -> str:
    """The parts that hold text, one under the other (an empty table prints nothing)."""
    return "\n".join(part for part in parts if part)


def quoted(text: str | None) -> str | None:
    return f"“{text}”" if text else None


class Column(Frozen):
    __slots__ = ("key", "header", "max_width", "flexible")

    def __init__(self, key: str, header: str, max_width: int | None = None,
                 flexible: bool = False):  # flexible: takes what is left of the terminal width
        self.set_fields(key, header, max_width, flexible)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Iri):
        return compact(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "\n".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {cell_text(v)}" for k, v in value.items())
    return str(value)


# A word longer than this may be broken to fit a column; shorter ones never are (a date, a
# name, an id stays whole).
LONGEST_WHOLE_WORD = 24


def _wrap(text: str, width: int) -> list[str]:
    import textwrap  # only a table needs it; JSON and CSV do not

    lines = []
    for paragraph in text.split("\n"):
        indent = paragraph[: len(paragraph) - len(paragraph.lstrip())]
        lines.extend(textwrap.wrap(paragraph, width, subsequent_indent=indent,
                                   break_on_hyphens=False) or [""])
    return lines


def _fit(widths: list[int], least: list[int], width: int) -> list[int]:
    """Narrow the widest columns, one character at a time, until the table fits `width` or
    every column is at its least width (its header, its longest word)."""
    widths = list(widths)
    excess = sum(widths) - width
    while excess > 0:
        candidates = [i for i, w in enumerate(widths) if w > least[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def terminal_width() -> int:
    import shutil  # only a table needs it; JSON and CSV do not

    return shutil.get_terminal_size((120, 24)).columns


def table(rows: list[dict], columns: list[Column], width: int | None = None) -> str:
    """Rows under aligned headers, each cell wrapped at word boundaries, the whole fitted to
    `width` (the terminal's) where its headers and words allow."""
    if not rows:
        return ""
    width = width or terminal_width()
    texts = [[cell_text(row.get(c.key)) for c in columns] for row in rows]
    widths, least = [], []
    for index, column in enumerate(columns):
        lines = [line for t in texts for line in t[index].split("\n")]
        natural = max([len(column.header)] + [len(line) for line in lines])
        word = min(LONGEST_WHOLE_WORD, max([len(w) for line in lines for w in line.split()],
                                           default=0))
        least.append(min(natural, max(len(column.header), word)))
        capped = min(natural, column.max_width) if column.max_width else natural
        widths.append(max(capped, least[-1]))
    gaps = 2 * (len(columns) - 1)
    if sum(least) + gaps > width:
        return _records(texts, columns, width)
    flexible = [i for i, c in enumerate(columns) if c.flexible]
    fixed = sum(w for i, w in enumerate(widths) if i not in flexible)
    for i in flexible:
        widths[i] = max(20, least[i], min(widths[i], (width - fixed - gaps) // len(flexible)))
    widths = _fit(widths, least, width - gaps)
    out = ["  ".join(c.header.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    for row_texts in texts:
        cells = [_wrap(t, w) for t, w in zip(row_texts, widths, strict=True)]
        for line_no in range(max(len(c) for c in cells)):
            parts = [
                (c[line_no] if line_no < len(c) else "").ljust(w)
                for c, w in zip(cells, widths, strict=True)
            ]
            out.append("  ".join(parts).rstrip())
    return "\n".join(out)


def _records(texts: list[list[str]], columns: list[Column], width: int) -> str:
    """Too many columns for the terminal, even at their narrowest: each row as a block of
    `header  value` lines, rows apart by a blank line."""
    key = max(len(c.header) for c in columns)
    room = max(width - key - 2, 20)
    blocks = []
    for row_texts in texts:
        lines = []
        for column, text in zip(columns, row_texts, strict=True):
            wrapped = _wrap(text, room)
            lines.append(f"{column.header.ljust(key)}  {wrapped[0]}".rstrip())
            lines += [f"{' ' * key}  {more}".rstrip() for more in wrapped[1:]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _json_default(value):
    if isinstance(value, set):
        return sorted(value)
    return str(value)


def _json_float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _json_key(key) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return encode_basestring(_json_float(key))
    if key is True or key is False or key is None:
        return {True: '"true"', False: '"false"', None: '"null"'}[key]
    if isinstance(key, int):
        return encode_basestring(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _json_scalar(value) -> str | None:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _json_float(value)
    return None


def to_json(data) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, character for character, about twice as
    fast: the standard library's C encoder does not indent, and its Python one makes several
    generator steps per value (a hub's 9 MB of JSON took a tenth of the command)."""
    parts: list[str] = []
    append = parts.append
    encode = encode_basestring
    newlines = ["\n"]  # newline and indent, by depth
    keys: dict[str, str] = {}

    def write(value, depth: int) -> None:
        scalar = _json_scalar(value)
        if scalar is not None:
            append(scalar)
            return
        is_dict = isinstance(value, dict)
        if not is_dict and not isinstance(value, (list, tuple)):
            write(_json_default(value), depth)
            return
        if not value:
            append("{}" if is_dict else "[]")
            return
        if len(newlines) <= depth + 1:
            newlines.append(newlines[-1] + "  ")
        inner = newlines[depth + 1]
        separator = ("{" if is_dict else "[") + inner
        if is_dict:
            for key, item in value.items():
                name = keys.get(key) if type(key) is str else None
                if name is None:
                    name = keys[key] = _json_key(key) + ": "
                if type(item) is str:
                    append(separator + name + encode(item))
                elif item is None:
                    append(separator + name + "null")
                else:
                    append(separator + name)
                    write(item, depth + 1)
                separator = "," + inner
        else:
            for item in value:
                if type(item) is str:
                    append(separator + encode(item))
                else:
                    append(separator)
                    write(item, depth + 1)
                separator = "," + inner
        append(newlines[depth] + ("}" if is_dict else "]"))

    write(data, 0)
    return "".join(parts)
