"""Raw calls: a route the services do not wrap (yet), prepared for the same send path as theirs.

The path is checked before anything is sent: it must be a path on the client's own base URL, so
that the API key never goes to another host, and must address the resource it spells out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import msgspec

from ._checks import header_name_problem, header_value_problem, headers_problem
from ._endpoint import (
    ACTING_USER_HEADER,
    API_KEY_HEADER,
    IDEMPOTENCY_HEADER,
    MUTATING_METHODS,
    Endpoint,
    PreparedRequest,
    encode_query,
    idempotency_key_for,
)
from ._exceptions import RequestValidationError
from ._multipart import File, encode_multipart

__all__ = ["RAW_METHODS", "check_raw_path", "operation_for", "prepare_raw"]

RAW_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
_WORD = re.compile(r"[a-z][a-z0-9_-]*")
_RESERVED_HEADERS = frozenset({API_KEY_HEADER.lower(), "host", "content-length"})


def check_raw_path(path: object, base_url: str) -> str:
    """The path, once it is known to stay on the client's base URL: absolute URLs are accepted only
    when they start with it (and are cut down to their path)."""
    if not isinstance(path, str):
        raise RequestValidationError(f"path must be a string, got {type(path).__name__}")
    if path.startswith(base_url + "/"):
        path = path[len(base_url) :]
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or path.startswith("//"):
        raise RequestValidationError(
            f"path must be a path on the base URL {base_url} (such as /api/v1/health): "
            "a URL to another host would receive the API key"
        )
    if not path.startswith("/"):
        raise RequestValidationError(f"path must start with '/', got {path!r}")
    if "?" in path or "#" in path:
        raise RequestValidationError("path must not carry a query or fragment: give the query as params=")
    if not path.isprintable() or any(c.isspace() for c in path) or "\\" in path:
        raise RequestValidationError("path must not contain whitespace, control characters or backslashes")
    if any(segment in (".", "..") for segment in unquote(path).split("/")):
        raise RequestValidationError(f"path must not contain '.' or '..' segments, got {path!r}")
    return path


@functools.cache
def _templates() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Per method, each declared route as a pattern, literal routes before parameterised ones."""
    from ._api import declared_endpoints  # the declarations import the endpoint module

    found: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for operation, variants in declared_endpoints().items():
        template = variants[0].path
        pattern = "".join(
            "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"({\w+})", template)
        )
        found.setdefault(variants[0].method, []).append((re.compile(pattern), operation))
    for routes in found.values():
        routes.sort(key=lambda route: route[0].pattern.count("[^/]+"))
    return found


def operation_for(method: str, path: str) -> str:
    """The declared operation a raw call reaches, so that it is paced (and logged) as that one;
    else the method and the path with its ids replaced by `{id}`, so that calls to one route share
    a name however many ids they use."""
    for pattern, operation in _templates().get(method, ()):
        if pattern.fullmatch(path):
            return operation
    segments = ("{id}" if segment and not _is_word(segment) else segment for segment in path.split("/"))
    return f"{method} {'/'.join(segments)}"


def _is_word(segment: str) -> bool:
    """A route's own segment (`characters`, `v1`) rather than an id (a UUID has many digits)."""
    return _WORD.fullmatch(segment) is not None and sum(c.isdigit() for c in segment) <= 2


class _RawEndpoint(Endpoint[Any]):
    """An operation known only by its call: decoded into `cast_to`, or as plain JSON (None for an
    empty body); `bytes` returns the body as it came."""

    __slots__ = ()

    def parse(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        *,
        method: str,
        url: str,
        retry_after: float | None = None,
    ) -> Any:
        if 200 <= status_code < 300:
            if self.response is bytes:
                return content
            if self.response is Any and not content:
                return None
        return super().parse(status_code, headers, content, method=method, url=url, retry_after=retry_after)


@functools.lru_cache(maxsize=256)
def _endpoint(operation: str, method: str, cast_to: Any) -> _RawEndpoint:
    try:
        return _RawEndpoint(operation, method, "", Any if cast_to is None else cast_to)
    except TypeError as exc:
        raise RequestValidationError(f"cast_to must be a type msgspec can decode JSON into: {exc}") from None


def _headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    given = dict(headers or {})
    if problem := headers_problem(given):
        raise RequestValidationError(problem)
    for name in given:
        if name.lower() in _RESERVED_HEADERS:
            raise RequestValidationError(f"the client sets the {name} header itself")
    return given


def _body(
    json: object, content: bytes | None, files: Mapping[str, File] | None
) -> tuple[bytes | None, str | None]:
    """The body and its Content-Type, from at most one of the three ways of giving one."""
    given = [
        name for name, value in (("json", json), ("content", content), ("files", files)) if value is not None
    ]
    if len(given) > 1:
        raise RequestValidationError(f"give one body, not {' and '.join(given)}")
    if json is not None:
        try:
            return msgspec.json.encode(json), "application/json"
        except (msgspec.EncodeError, TypeError, ValueError, OverflowError) as exc:
            raise RequestValidationError(f"json cannot be encoded: {exc}") from None
    if content is not None:
        if not isinstance(content, bytes | bytearray | memoryview):
            raise RequestValidationError(f"content must be bytes, got {type(content).__name__}")
        return bytes(content), None
    if files is not None:
        if len(files) != 1:
            raise RequestValidationError(f"files takes one form field and its file, got {len(files)}")
        ((field, file),) = files.items()
        if header_name_problem(field):
            raise RequestValidationError(f"the form field name {field!r} must be a plain word")
        return encode_multipart(field, file)
    return None, None


def prepare_raw(
    method: object,
    path: object,
    *,
    base_url: str,
    params: Mapping[str, object] | None = None,
    json: object = None,
    content: bytes | None = None,
    files: Mapping[str, File] | None = None,
    headers: Mapping[str, str] | None = None,
    on_behalf_of: str | None = None,
    idempotency_key: str | None = None,
    auto_idempotency_key: bool = True,
    cast_to: Any = None,
) -> PreparedRequest[Any]:
    """A raw call's request, checked; its endpoint decodes the answer into `cast_to`."""
    verb = method.upper() if isinstance(method, str) else method
    if verb not in RAW_METHODS:
        raise RequestValidationError(
            f"method must be one of {', '.join(sorted(RAW_METHODS))}, got {method!r}"
        )
    assert isinstance(verb, str)
    checked = check_raw_path(path, base_url)
    request_headers = _headers(headers)
    if on_behalf_of is not None:
        if problem := header_value_problem(on_behalf_of):
            raise RequestValidationError(f"on_behalf_of {problem}")
        request_headers[ACTING_USER_HEADER] = on_behalf_of
    body, content_type = _body(json, content, files)
    if content_type is not None:
        request_headers["Content-Type"] = content_type
    if verb in MUTATING_METHODS:
        named = [name for name in request_headers if name.lower() == IDEMPOTENCY_HEADER.lower()]
        in_headers = request_headers.pop(named[0]) if named else None
        given = idempotency_key or in_headers
        key = idempotency_key_for(given, auto_idempotency_key)
        if key is not None:
            request_headers[IDEMPOTENCY_HEADER] = key
    elif idempotency_key is not None:
        raise RequestValidationError(f"{verb} requests take no idempotency key")
    try:
        endpoint = _endpoint(operation_for(verb, checked), verb, cast_to)
    except TypeError:  # an unhashable cast_to: made afresh
        endpoint = _endpoint.__wrapped__(operation_for(verb, checked), verb, cast_to)
    return PreparedRequest(
        endpoint, verb, checked, encode_query(params) if params else (), request_headers, body
    )
