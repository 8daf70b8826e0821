"""Public names in what users read: reprs, tracebacks and pickles name the facade module, not `_core`."""

from __future__ import annotations

from typing import Any

import msgspec


def publish(module: str, namespace: dict[str, Any], names: list[str]) -> None:
    """Relabel the classes in `names` as defined in `module`, where users import them from.

    Models keep their defining module: msgspec resolves their annotations in it. Their reprs
    already show only the class name.
    """
    for name in names:
        value = namespace[name]
        if (
            isinstance(value, type)
            and value.__module__.startswith("vclient._")
            and not issubclass(value, msgspec.Struct)
        ):
            value.__module__ = module
