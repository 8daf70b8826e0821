"""Models as table rows, and the rows as a pandas or polars DataFrame.

Neither library is a dependency: each is imported when its function is first called
(`pip install "valentina-noir-sdk[pandas]"` or `[polars]`).
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import AsyncIterable, Iterable, Mapping
from typing import Any

import msgspec

from ._exceptions import MissingDependencyError, RequestValidationError
from ._model import Model
from ._pagination import Page

__all__ = ["to_pandas", "to_polars", "to_records"]

_REDACTED = "<redacted>"


def _flatten(value: Mapping[str, Any], prefix: str, row: dict[str, Any]) -> None:
    for name, item in value.items():
        column = f"{prefix}{name}"
        if isinstance(item, Mapping) and item:
            _flatten(item, f"{column}.", row)
        else:
            row[column] = item.value if isinstance(item, enum.Enum) else item


def _row(item: object) -> dict[str, Any]:
    if isinstance(item, Model):
        fields = item.to_dict()
        for secret in item.__secret_fields__:  # a DataFrame shows its values: never a key
            if fields.get(secret) is not None:
                fields[secret] = _REDACTED
    elif isinstance(item, msgspec.Struct):
        fields = msgspec.to_builtins(item)
    elif isinstance(item, Mapping):
        fields = dict(item)
    else:
        raise RequestValidationError(f"a row must be a model or a mapping, got {type(item).__name__}")
    row: dict[str, Any] = {}
    _flatten(fields, "", row)
    return row


def to_records(items: Iterable[Any] | Page[Any]) -> list[dict[str, Any]]:
    """One flat dict per model: nested objects become dotted columns (`experience.xp_total`),
    lists stay lists, datetimes stay datetimes, secrets show as '<redacted>'. Every row has every
    column, None where a model has no value.

    Takes a list of models, a page (its items) or a sync walk (`iter_all()`); an async walk must be
    collected first (`await service.list_all()`).
    """
    if isinstance(items, Page):
        items = items.items
    if isinstance(items, AsyncIterable):
        raise RequestValidationError(
            "an async walk cannot be read here: pass `await service.list_all(...)` instead"
        )
    if isinstance(items, Model | Mapping | str | bytes):
        raise RequestValidationError("to_records takes several models: pass a list of them")
    rows = [_row(item) for item in items]
    columns = list(dict.fromkeys(column for row in rows for column in row))
    # An object some rows lack (`vampire_attributes` of a mortal) is its dotted columns, None there.
    nested = {column.rpartition(".")[0] for column in columns if "." in column}
    parents = {prefix for column in nested for prefix in _prefixes(column)}
    columns = [c for c in columns if c not in parents or any(row.get(c) is not None for row in rows)]
    return [{column: row.get(column) for column in columns} for row in rows]


def _prefixes(column: str) -> list[str]:
    parts = column.split(".")
    return [".".join(parts[: index + 1]) for index in range(len(parts))]


def _library(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingDependencyError(
            f"{name} is not installed: pip install 'valentina-noir-sdk[{name}]' (or pip install {name})"
        ) from None


def to_pandas(items: Iterable[Any] | Page[Any]) -> Any:
    """A `pandas.DataFrame` of `to_records(items)`: one row per model."""
    pandas = _library("pandas")
    rows = to_records(items)
    return pandas.DataFrame.from_records(rows, columns=list(rows[0]) if rows else None)


def to_polars(items: Iterable[Any] | Page[Any]) -> Any:
    """A `polars.DataFrame` of `to_records(items)`: one row per model (the schema read from every row)."""
    polars = _library("polars")
    rows = to_records(items)
    return polars.from_dicts(rows, infer_schema_length=None) if rows else polars.DataFrame()
