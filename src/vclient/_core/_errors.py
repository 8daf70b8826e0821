"""Turning an error response (status, headers, body) into the right exception.

The spec documents a single 400 shape; the real server sends problem+json for handled errors and
`{"status_code": 500, "detail": ...}` when it crashes, and proxies may send HTML. So the status decides
the class, and the body only fills in what it can.
"""

from __future__ import annotations

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


def problem_fields(body: bytes) -> dict[str, Any]:
    """The body's top-level JSON object, or {} when it is not one."""
    try:
        data = msgspec.json.decode(body) if body else None
    except msgspec.DecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else msgspec.json.encode(value).decode()


def _invalid_parameters(value: object) -> tuple[InvalidParameter, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        InvalidParameter(field=_text(item.get("field")), message=_text(item.get("message")))
        for item in value
        if isinstance(item, dict)
    )


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

    cls = _CLASSES.get(status_code) or (ServerError if status_code >= 500 else APIStatusError)
    summary = ": ".join(part for part in (title, detail) if part) or "no details given"
    message = f"{status_code} {summary} ({method} {url}"
    message += f", request_id={request_id})" if request_id else ")"

    error = cls(
        message,
        status_code=status_code,
        title=title,
        detail=detail,
        instance=_text(fields.get("instance")),
        request_id=request_id,
        headers=headers,
        method=method,
        url=url,
        body=body,
    )
    if isinstance(error, ValidationError):
        error.invalid_parameters = _invalid_parameters(fields.get("invalid_parameters"))
        if error.invalid_parameters:
            error.message += "; " + "; ".join(f"{p.field}: {p.message}" for p in error.invalid_parameters)
            error.args = (error.message,)
    elif isinstance(error, RateLimitError):
        error.retry_after = retry_after
        info = parse_rate_limit(headers.get("ratelimit"), headers.get("ratelimit-policy"))
        error.remaining = info.remaining if info else None
    return error


def body_retry_after(body: bytes) -> float | None:
    """The `retry_after` member a 429 body carries, in seconds."""
    return _number(problem_fields(body).get("retry_after"))
