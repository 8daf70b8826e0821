"""Every public class and method says what it is for: the reference on the docs site is built from these."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest

import vclient
import vclient.exceptions
import vclient.models
import vclient.testing
from vclient._async import _services


def public_classes() -> list[type[Any]]:
    found: dict[str, type[Any]] = {}
    for module in (vclient, vclient.exceptions, vclient.models, vclient.testing):
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value):
                found[f"{module.__name__}.{name}"] = value
    for info in pkgutil.iter_modules(_services.__path__):  # what the clients' service methods return
        module = importlib.import_module(f"{_services.__name__}.{info.name}")
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__ and name.endswith("Service"):
                found[f"{module.__name__}.{name}"] = value
    return [found[key] for key in sorted(found)]


def public_members(cls: type[Any]) -> list[tuple[str, Any]]:
    members = []
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        function = value.fget if isinstance(value, property) else value
        if inspect.isfunction(function):
            members.append((name, function))
    return members


CLASSES = public_classes()


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__qualname__)
def test_every_public_class_and_method_has_a_docstring(cls: type[Any]) -> None:
    assert (cls.__doc__ or "").strip(), f"{cls.__qualname__} has no docstring"
    missing = [name for name, function in public_members(cls) if not (function.__doc__ or "").strip()]
    assert missing == [], f"{cls.__qualname__}: {missing}"


FUNCTIONS = [
    getattr(module, name)
    for module in (vclient, vclient.testing)
    for name in module.__all__
    if inspect.isfunction(getattr(module, name))
]


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda function: function.__name__)
def test_every_public_function_has_a_docstring(function: Any) -> None:
    assert (function.__doc__ or "").strip(), f"{function.__name__} has no docstring"


def test_the_reference_covers_the_services_and_both_clients() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert {"VClient", "SyncVClient", "CharactersService", "FakeVClient", "NotFoundError", "Page"} <= names
    assert sum(len(public_members(cls)) for cls in CLASSES) > 250
