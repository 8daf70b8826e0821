"""What may go into a header or a path segment: checked where a value enters, before anything is sent.

Each check returns what is wrong with a value (never the value itself, which may be a secret), or None.
Callers raise their own error with it: `ConfigurationError` for settings, `RequestValidationError` per call.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import ConfigurationError

__all__ = [
    "check_hooks",
    "header_name_problem",
    "header_value_problem",
    "headers_problem",
    "hook_name",
    "path_value_problem",
]

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_DOT_SEGMENTS = frozenset({".", ".."})


def header_value_problem(value: object) -> str | None:
    """A header value must be printable ASCII without surrounding whitespace (a key read from a file
    often ends in a newline, which would otherwise end the header early or fail deep inside httpx)."""
    if not isinstance(value, str):
        return f"must be a string, not {type(value).__name__}"
    if not value:
        return "must not be empty"
    if value != value.strip():
        return "must not start or end with whitespace (a line break read from a file, perhaps)"
    if not value.isascii() or not value.isprintable():
        return "must be printable ASCII (no line breaks or control characters)"
    return None


def header_name_problem(name: object) -> str | None:
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        return "must be a header name: letters, digits and !#$%&'*+.^_`|~-"
    return None


def headers_problem(headers: Mapping[str, object]) -> str | None:
    """What is wrong with the first bad name or value of a set of extra headers."""
    for name, value in headers.items():
        if problem := header_name_problem(name):
            return f"headers: {name!r} {problem}"
        if problem := header_value_problem(value):
            return f"headers: the value of {name} {problem}"
    return None


def path_value_problem(value: str) -> str | None:
    """A path segment must name one resource: nothing a server or a URL parser would read as structure.

    Everything else is percent-encoded; these cannot be, because servers decode the path before routing
    (an encoded slash is a slash again) and URL parsers collapse dot segments (`..` would reach the parent).
    """
    if not value:
        return "must not be empty"
    if value in _DOT_SEGMENTS:
        return "must not be '.' or '..'"
    if "/" in value or "\\" in value:
        return "must not contain a slash"
    if not value.isprintable():
        return "must not contain control characters"
    return None


def check_hooks(given: object, *, want_async: bool) -> tuple[Any, ...]:
    """`on_attempt` hooks, one or several, checked when a client is made rather than mid-call: async
    callables for the async client, plain ones for the sync client (an async one there would never run)."""
    hooks = (given,) if callable(given) else given
    if not isinstance(hooks, Sequence) or isinstance(hooks, str) or not all(map(callable, hooks)):
        raise ConfigurationError("on_attempt takes a callable or a sequence of callables")
    for hook in hooks:
        is_async = inspect.iscoroutinefunction(hook) or inspect.iscoroutinefunction(type(hook).__call__)
        if is_async != want_async:
            raise ConfigurationError(
                f"on_attempt hooks of the {'async' if want_async else 'sync'} client must be "
                f"{'async' if want_async else 'plain'} callables; {hook_name(hook)} is not"
            )
    return tuple(hooks)


def hook_name(hook: object) -> str:
    return getattr(hook, "__qualname__", None) or type(hook).__qualname__
