"""Declarations of the API: models and endpoints, one module per resource."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

from .._endpoint import Endpoint


@functools.cache
def declared_endpoints() -> dict[str, list[Endpoint[Any]]]:
    """Every Endpoint declared here, by operation id, with the response variants of each.

    Sub-resource families (notes, assets) are dataclasses of endpoints and are walked too.
    """

    def walk(value: object) -> Iterator[Endpoint[Any]]:
        if isinstance(value, Endpoint):
            yield value
        elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            for name in value.__dataclass_fields__:
                yield from walk(getattr(value, name))

    found: dict[str, list[Endpoint[Any]]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            for endpoint in walk(value):
                variants = found.setdefault(endpoint.operation_id, [])
                if all(endpoint is not known for known in variants):
                    variants.append(endpoint)
    return found


@functools.cache
def _routing() -> tuple[tuple[Endpoint[Any], re.Pattern[str]], ...]:
    routes = []
    for variants in declared_endpoints().values():
        endpoint = variants[0]
        pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(endpoint.path))
        routes.append((endpoint, re.compile(pattern)))
    # Literal segments win over placeholders (`/users/unapproved` before `/users/{user_id}`).
    return tuple(sorted(routes, key=lambda route: route[0].path.count("{")))


def operation_for(method: str, path: str) -> tuple[Endpoint[Any], dict[str, str]] | None:
    """The declared operation a request for `path` reaches, with its (still encoded) path parameters."""
    for endpoint, pattern in _routing():
        if endpoint.method == method and (found := pattern.fullmatch(path)):
            return endpoint, found.groupdict()
    return None
