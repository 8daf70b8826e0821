"""Public names in what users read: reprs, tracebacks and pickles name the facade module, not `_core`."""

from __future__ import annotations

import inspect
from typing import Any

import msgspec


def _resolve_annotations(cls: type) -> None:
    """Evaluate a model's own string annotations where it was written: msgspec evaluates them in the
    class's `__module__`, which is about to name the facade, where the private names they use are not."""
    type.__setattr__(cls, "__annotations__", inspect.get_annotations(cls, eval_str=True))


def publish(module: str, namespace: dict[str, Any], names: list[str]) -> None:
    """Relabel the classes in `names` as defined in `module`, where users import them from."""
    for name in names:
        value = namespace[name]
        if isinstance(value, type) and value.__module__.startswith("vclient._"):
            if issubclass(value, msgspec.Struct):
                for cls in value.__mro__:
                    if issubclass(cls, msgspec.Struct) and cls.__module__.startswith("vclient._"):
                        _resolve_annotations(cls)
            value.__module__ = module
