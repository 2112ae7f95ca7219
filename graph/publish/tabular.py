"""Rows as CSV text: the CSV export and the command line's `--format csv` write the same cells
(lists joined with ` | `, mappings as `key=value; …`, booleans as true and false)."""

from __future__ import annotations

import csv
import io


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue().rstrip("\n")


def _csv_cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return " | ".join(_csv_cell(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={_csv_cell(v)}" for k, v in value.items())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
