"""Whole response bodies from partial ones: what the fake server stores and answers.

Given a response model's type and the fields known (from a request body, the path, the store), every
other field gets a plausible value of its declared type, so each answer decodes into the SDK's models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec
import msgspec.inspect as mi

from .._core._api._fields import EMAIL_PATTERN, UUID_PATTERN

NOW = "2026-11-21T23:37:35.552094Z"
TODAY = "2026-11-21"


def fabricate(kind: mi.Type, given: Any, new_id: Callable[[], str]) -> Any:
    """A JSON value of `kind`, keeping what `given` already says (recursively for objects and lists).

    Ids nobody gave come from `new_id`, so that a seeded fake answers the same way every run.
    """
    if isinstance(kind, mi.UnionType):
        if given is None and any(isinstance(t, mi.NoneType) for t in kind.types):
            return None
        members = [t for t in kind.types if not isinstance(t, mi.NoneType)]
        structs = [t for t in members if isinstance(t, mi.StructType)]
        return fabricate(structs[0] if structs and isinstance(given, dict) else members[0], given, new_id)
    if isinstance(kind, mi.StructType):
        known = given if isinstance(given, dict) else {}
        return {field.encode_name: _field(field, known, new_id) for field in kind.fields}
    if isinstance(kind, mi.ListType):
        return [fabricate(kind.item_type, item, new_id) for item in given] if isinstance(given, list) else []
    if given is not None:
        return given
    if isinstance(kind, mi.SetType | mi.FrozenSetType | mi.VarTupleType):
        return []
    if isinstance(kind, mi.DictType):
        return {}
    if isinstance(kind, mi.BoolType):
        return False
    if isinstance(kind, mi.IntType):
        return kind.ge if kind.ge is not None else 0 if kind.gt is None else kind.gt + 1
    if isinstance(kind, mi.FloatType):
        return 0.0
    if isinstance(kind, mi.DateTimeType):
        return NOW
    if isinstance(kind, mi.DateType):
        return TODAY
    if isinstance(kind, mi.UUIDType):
        return new_id()
    if isinstance(kind, mi.EnumType):
        return next(iter(kind.cls)).value
    if isinstance(kind, mi.LiteralType):
        return kind.values[0]
    if isinstance(kind, mi.StrType):
        return _text(kind, new_id)
    return ""


def _text(kind: mi.StrType, new_id: Callable[[], str]) -> str:
    """A string that keeps the field's rule (`vclient._core._api._fields`)."""
    if kind.pattern == UUID_PATTERN:
        return new_id()
    if kind.pattern == EMAIL_PATTERN:
        return "someone@example.com"
    return "x" * (kind.min_length or 0)


def _field(field: mi.Field, known: dict[str, Any], new_id: Callable[[], str]) -> Any:
    name = field.encode_name
    if name in known:
        return fabricate(field.type, known[name], new_id)
    if name == "id" and isinstance(field.type, mi.StrType):
        return new_id()
    if field.required:
        return fabricate(field.type, None, new_id)
    return _default(field, new_id)


def _default(field: mi.Field, new_id: Callable[[], str]) -> Any:
    if field.default is not msgspec.NODEFAULT:
        return msgspec.to_builtins(field.default)
    if field.default_factory is not msgspec.NODEFAULT:
        return msgspec.to_builtins(field.default_factory())
    return fabricate(field.type, None, new_id)
