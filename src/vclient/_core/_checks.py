"""What may go into a header or a path segment: checked where a value enters, before anything is sent.

Each check returns what is wrong with a value (never the value itself, which may be a secret), or None.
Callers raise their own error with it: `ConfigurationError` for settings, `RequestValidationError` per call.
"""

from __future__ import annotations

import re

__all__ = ["header_name_problem", "header_value_problem", "path_value_problem"]

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
