"""How models and pages look in IPython and Jupyter: readable, bounded, and never showing a secret.

A full character sheet is tens of thousands of characters as one repr line; here each value is cut
to a glance (a nested record by its name, a list by its length) and a page shows its first rows.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import msgspec

__all__ = ["html_record", "html_table", "page_heading", "pretty_page", "pretty_record"]

TEXT_WIDTH = 60
"""Characters of one value shown before it is cut."""
ROWS = 20
"""Items of a page shown; the rest are counted."""
COLUMNS = 8
"""Fields of an item shown as table columns (the first ones, which are the identifying ones)."""
LINE_WIDTH = 120
"""Characters of one item's line in the text display of a page."""

REDACTED = "<redacted>"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def glance(value: object, *, quoted: bool = True) -> str:
    """One value, short: nested records by kind and id, lists by length, long text cut."""
    if isinstance(value, str) and not quoted:
        return _cut(value, TEXT_WIDTH)
    if isinstance(value, msgspec.Struct):
        ident = getattr(value, "id", None)
        return (
            f"{type(value).__name__}({ident!r})" if isinstance(ident, str) else f"{type(value).__name__}(…)"
        )
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        if len(value) <= 3 and not any(isinstance(v, msgspec.Struct | list | dict) for v in value):
            return _cut("[" + ", ".join(glance(v) for v in value) + "]", TEXT_WIDTH)
        return f"[{len(value)} item{'' if len(value) == 1 else 's'}]"
    if isinstance(value, dict):
        return f"{{{len(value)} keys}}" if value else "{}"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return _cut(repr(value), TEXT_WIDTH)


def fields(
    record: msgspec.Struct, names: Sequence[str] | None = None, *, quoted: bool = True
) -> list[tuple[str, str]]:
    secret: frozenset[str] = getattr(record, "__secret_fields__", frozenset())
    return [
        (name, REDACTED if name in secret else glance(getattr(record, name), quoted=quoted))
        for name in (record.__struct_fields__ if names is None else names)
    ]


_BOOKKEEPING = frozenset({"date_created", "date_modified"})


def columns(record: msgspec.Struct) -> list[str]:
    """The fields worth a column: the first plain values, leaving out nested records and timestamps."""
    plain = [
        name
        for name in record.__struct_fields__
        if name not in _BOOKKEEPING and not isinstance(getattr(record, name), msgspec.Struct | list | dict)
    ]
    return plain[:COLUMNS]


def one_line(record: msgspec.Struct) -> str:
    shown = ", ".join(f"{name}={value}" for name, value in fields(record))
    return _cut(f"{type(record).__name__}({shown})", LINE_WIDTH)


def pretty_record(record: msgspec.Struct) -> str:
    body = "".join(f"\n    {name}={value}," for name, value in fields(record))
    return f"{type(record).__name__}({body}\n)"


def page_heading(items: Sequence[Any], offset: int, total: int) -> str:
    kind = f" of {type(items[0]).__name__}" if items else ""
    shown = f"items {offset + 1}-{offset + len(items)}" if items else f"no items at offset {offset}"
    return f"Page{kind}: {shown} of {total}"


def pretty_page(items: Sequence[Any], offset: int, total: int) -> str:
    lines = [page_heading(items, offset, total)]
    lines += [
        f"  {one_line(item) if isinstance(item, msgspec.Struct) else glance(item)}" for item in items[:ROWS]
    ]
    if len(items) > ROWS:
        lines.append(f"  … and {len(items) - ROWS} more on this page")
    return "\n".join(lines)


def html_record(record: msgspec.Struct) -> str:
    rows = "".join(
        f"<tr><th style='text-align:left'>{html.escape(name)}</th><td>{html.escape(value)}</td></tr>"
        for name, value in fields(record, quoted=False)
    )
    return f"<table><caption>{html.escape(type(record).__name__)}</caption>{rows}</table>"


def html_table(items: Sequence[Any], caption: str) -> str:
    """Items as rows: their first plain fields as columns, the first rows, and a count of the rest."""
    records = [item for item in items[:ROWS] if isinstance(item, msgspec.Struct)]
    shown = columns(records[0]) if records else []
    head = "".join(f"<th>{html.escape(name)}</th>" for name in shown)
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(value)}</td>" for _, value in fields(r, shown, quoted=False))
        + "</tr>"
        for r in records
    )
    more = f"<p>… and {len(items) - ROWS} more</p>" if len(items) > ROWS else ""
    return f"<table><caption>{html.escape(caption)}</caption><tr>{head}</tr>{rows}</table>{more}"
