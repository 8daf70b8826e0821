"""Turning an error response (status, headers, body) into the right exception.

The spec documents a single 400 shape; the real server sends problem+json for handled errors and
`{"status_code": 500, "detail": ...}` when it crashes, and proxies may send HTML. So the status decides
the class, and the body only fills in what it can.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import msgspec

from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    AuthorizationError,
    ConflictError,
    InvalidParameter,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from ._ratelimit import parse_rate_limit

__all__ = ["body_retry_after", "error_from_response", "problem_fields"]

_CLASSES: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: AuthorizationError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_SNIPPET = 300
_SHOWN_TEXT = 500  # characters of one body member a message shows (the exception keeps the whole body)
_SHOWN_PARAMETERS = 10
# The server's catch-all for a body that failed a database-level check; the reason is then in `detail`.
_GENERIC_FIELD = InvalidParameter(field="body", message="One or more fields did not pass validation.")
_FIELD_REASON = re.compile(r"(\w+): (.+)", re.DOTALL)


def problem_fields(body: bytes) -> dict[str, Any]:
    """The body's top-level JSON object, or {} when it is not one (or is too deeply nested to read)."""
    try:
        data = msgspec.json.decode(body) if body else None
    except (msgspec.DecodeError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return msgspec.json.encode(value).decode()
    except (msgspec.EncodeError, RecursionError):
        return None


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_TEXT else f"{text[:_SHOWN_TEXT]}... ({len(text)} characters)"


def _invalid_parameters(value: object, detail: str | None) -> tuple[InvalidParameter, ...]:
    """The per-field errors; the server's generic one is replaced by the field its `detail` names."""
    if not isinstance(value, list):
        return ()
    found = tuple(
        InvalidParameter(field=_text(item.get("field")), message=_text(item.get("message")))
        for item in value
        if isinstance(item, dict)
    )
    if found == (_GENERIC_FIELD,):  # says nothing `detail` does not: keep the field it names, if any
        named = _FIELD_REASON.fullmatch(detail or "")
        return (InvalidParameter(field=named[1], message=named[2]),) if named else ()
    return found


def _listed(parameters: tuple[InvalidParameter, ...]) -> str:
    shown = "; ".join(_shown(f"{p.field}: {p.message}") for p in parameters[:_SHOWN_PARAMETERS])
    hidden = len(parameters) - _SHOWN_PARAMETERS
    return shown + (f"; and {hidden} more" if hidden > 0 else "")


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if value >= 0 else None


def error_from_response(
    *,
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    method: str,
    url: str,
    retry_after: float | None = None,
) -> APIStatusError:
    """Build (not raise) the exception for an error response."""
    fields = problem_fields(body)
    title = _text(fields.get("title"))
    detail = _text(fields.get("detail"))
    if not fields and body:
        detail = body[:_SNIPPET].decode("utf-8", "replace").strip() or None
    request_id = _text(fields.get("request_id")) or headers.get("x-request-id")
    code = _text(fields.get("code"))

    cls = _CLASSES.get(status_code) or (ServerError if status_code >= 500 else APIStatusError)
    summary = ": ".join(_shown(part) for part in (title, detail) if part) or "no details given"
    message = f"{status_code} {summary}" + (f" [{_shown(code)}]" if code else "") + f" ({method} {url}"
    message += f", request_id={request_id})" if request_id else ")"

    error = cls(
        message,
        status_code=status_code,
        title=title,
        detail=detail,
        instance=_text(fields.get("instance")),
        request_id=request_id,
        code=code,
        headers=headers,
        method=method,
        url=url,
        body=body,
    )
    if isinstance(error, ValidationError):
        error.invalid_parameters = _invalid_parameters(fields.get("invalid_parameters"), detail)
        if error.invalid_parameters:
            error.message += "; " + _listed(error.invalid_parameters)
            error.args = (error.message,)
    elif isinstance(error, RateLimitError):
        error.retry_after = retry_after
        info = parse_rate_limit(headers.get("ratelimit"), headers.get("ratelimit-policy"))
        error.remaining = info.remaining if info else None
    return error


def body_retry_after(body: bytes) -> float | None:
    """The `retry_after` member a 429 body carries, in seconds."""
    return _number(problem_fields(body).get("retry_after"))
