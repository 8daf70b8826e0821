"""Base class of every response and request model."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

import msgspec

from . import _display

__all__ = ["UNSET", "Model", "Unset"]

UNSET = msgspec.UNSET
"""Default of every optional PATCH argument: "leave unchanged". Passing None instead clears the field."""

Unset = msgspec.UnsetType


class Model(msgspec.Struct, kw_only=True):
    """A picklable record decoded from (or encoded to) the API's JSON.

    Decoding is lenient: unknown fields are ignored, fields whose values are server-defined
    enumerations are typed `str` so that a value added to the server later still decodes, and a
    boolean or number the server sends as a string ("False", "12") is read as what it means.
    A field named in `__secret_fields__` shows as '<redacted>' in the repr.
    """

    __secret_fields__: ClassVar[frozenset[str]] = frozenset()

    def __repr__(self) -> str:
        shown = (
            f"{name}='<redacted>'" if name in self.__secret_fields__ else f"{name}={getattr(self, name)!r}"
            for name in self.__struct_fields__
        )
        return f"{type(self).__name__}({', '.join(shown)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's text display: one field per line, each value cut to a glance."""
        printer.text(_display.pretty_record(self))

    def _repr_html_(self) -> str:
        """Jupyter's display: a table of fields, each value cut to a glance."""
        return _display.html_record(self)

    def to_dict(self) -> dict[str, Any]:
        """A deep dict of builtins; datetimes stay datetime objects."""
        result: dict[str, Any] = msgspec.to_builtins(self, builtin_types=(datetime, date))
        return result

    def to_json(self) -> str:
        """The JSON form, as the API would send it."""
        return msgspec.json.encode(self).decode()
