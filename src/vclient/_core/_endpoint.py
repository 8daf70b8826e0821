"""Endpoint declarations: everything the SDK knows about one operation, in one place.

An `Endpoint` names the OpenAPI operation, its method, path template and response type. It turns
arguments into a `PreparedRequest` (path parameters URL-encoded, query encoded, body validated and
serialised, idempotency key attached) and turns a response back into a model or an exception.
No I/O happens here: the clients send what this builds and hand back what they receive.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import msgspec

from ._api._fields import EMAIL_PATTERN, UUID_PATTERN
from ._checks import header_value_problem, path_value_problem
from ._errors import error_from_response
from ._exceptions import RequestValidationError, ResponseDecodeError
from ._model import UNSET
from ._multipart import File, encode_multipart
from ._pagination import DEFAULT_PAGE_SIZE, check_page_args

__all__ = [
    "ACTING_USER_HEADER",
    "BINARY",
    "Endpoint",
    "PreparedRequest",
    "Upload",
    "encode_query",
    "enum_choices",
]

T = TypeVar("T")

IDEMPOTENCY_HEADER = "Idempotency-Key"
ACTING_USER_HEADER = "On-Behalf-Of"
API_KEY_HEADER = "X-API-KEY"
MUTATING_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""The methods that get an idempotency key."""
_PLACEHOLDER = re.compile(r"{(\w+)}")
_MAX_KEY_LENGTH = 255
_JSON = {"Content-Type": "application/json"}


@dataclass(slots=True)
class PreparedRequest(Generic[T]):
    """A request ready for any HTTP client: the sans-IO descriptor the I/O layers send."""

    endpoint: Endpoint[T]
    method: str
    path: str
    params: tuple[tuple[str, str], ...]
    headers: dict[str, str]
    content: bytes | None = None


def _path_value(name: str, value: object, reserved: frozenset[str]) -> str:
    """A path parameter encoded, once it is known to address exactly the resource it names."""
    if isinstance(value, uuid.UUID):
        value = str(value)
    if not isinstance(value, str):
        raise RequestValidationError(f"{name} must be a string, got {type(value).__name__}")
    if problem := path_value_problem(value):
        raise RequestValidationError(f"{name} {problem}, got {value!r}")
    if value in reserved:
        raise RequestValidationError(
            f"{name} {value!r} would reach another operation: the API has a route of that name"
        )
    return quote(value, safe="")


@functools.cache
def _reserved(template: str) -> dict[str, frozenset[str]]:
    """For each parameter of a path template, the literal segments other routes have in its place
    (`/users/{user_id}` beside `/users/unapproved`): a value equal to one would reach that route."""
    from ._api import declared_endpoints  # the declarations import this module

    others = [variants[0].path.split("/") for variants in declared_endpoints().values()]
    segments = template.split("/")
    return {
        segment[1:-1]: frozenset(
            other[index]
            for other in others
            if other[:index] == segments[:index] and len(other) > index and not other[index].startswith("{")
        )
        for index, segment in enumerate(segments)
        if segment.startswith("{")
    }


def enum_choices(filters: type) -> dict[str, type[enum.Enum]]:
    """The filters of a TypedDict that take an enumeration's values, for `Endpoint.choices`."""
    found: dict[str, type[enum.Enum]] = {}
    for name, hint in typing.get_type_hints(filters).items():
        for arg in (hint, *typing.get_args(hint)):
            if isinstance(arg, type) and issubclass(arg, enum.Enum):
                found[name] = arg
    return found


def _check_choice(name: str, value: object, allowed: type[enum.Enum]) -> None:
    known = allowed._value2member_map_
    for item in value if isinstance(value, list | tuple | set | frozenset) else (value,):
        if item is not UNSET and not (isinstance(item, str | int) and item in known):
            values = ", ".join(repr(member.value) for member in allowed)
            raise RequestValidationError(f"{name} takes {values}; got {item!r}")


def _query_value(name: str, value: object) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise RequestValidationError(f"{name} must be a timezone-aware datetime, got {value!r}")
        return value.isoformat()
    if isinstance(value, str | int | float | date | uuid.UUID):
        return str(value)
    raise RequestValidationError(f"{name} has an unsupported type: {type(value).__name__}")


def encode_query(query: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Query pairs; None and UNSET are left out, sequences repeat the key."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None or value is UNSET:
            continue
        if isinstance(value, list | tuple | set | frozenset):
            pairs.extend((name, _query_value(name, item)) for item in value)
        else:
            pairs.append((name, _query_value(name, value)))
    return tuple(pairs)


def _encode_body(body: msgspec.Struct | list[msgspec.Struct], declared: Any) -> bytes:
    """Serialise, then check the result against the declared body type, so bad arguments fail here."""
    try:
        content = msgspec.json.encode(body)
        msgspec.json.decode(content, type=declared)
    except msgspec.ValidationError as exc:
        raise RequestValidationError(f"invalid argument: {_readable(str(exc))}") from None
    except (msgspec.EncodeError, TypeError, ValueError, OverflowError) as exc:
        raise RequestValidationError(f"invalid argument: {exc}") from None
    return content


_RULES = {  # msgspec shows a pattern as its repr
    f"Expected `str` matching regex {UUID_PATTERN!r}": "Expected a UUID",
    f"Expected `str` matching regex {EMAIL_PATTERN!r}": "Expected an email address",
}


def _readable(message: str) -> str:
    """msgspec's message, with its rule patterns named rather than spelled out, and the path relative."""
    for rule, name in _RULES.items():
        message = message.replace(rule, name)
    return message.replace("`$.", "`")


def idempotency_key_for(given: str | None, auto: bool) -> str | None:
    if given is None:
        return str(uuid.uuid4()) if auto else None
    problem = header_value_problem(given)
    if problem is None and len(given) > _MAX_KEY_LENGTH:
        problem = f"must be at most {_MAX_KEY_LENGTH} characters"
    if problem:
        raise RequestValidationError(f"idempotency_key {problem}")
    return given


@dataclass(frozen=True, slots=True)
class Upload:
    """Marks an operation whose body is a multipart file upload, in the form field `field`."""

    field: str


BINARY = object()
"""Response marker of an operation that returns a file rather than JSON."""


@dataclass(frozen=True, slots=True, eq=False)
class Endpoint(Generic[T]):
    """One API operation, as the OpenAPI document declares it.

    `response` is the type a 2xx body decodes into (None for no body, BINARY for a file); `query`
    the query parameters it accepts (wire names); `body` its request body type (a Model, a list
    of one, or an Upload); `acting_user` whether the server needs the On-Behalf-Of header.
    """

    operation_id: str
    method: str
    path: str
    response: Any
    query: tuple[str, ...] = ()
    body: Any = None
    acting_user: bool = False
    max_limit: int = 100
    choices: Mapping[str, type[enum.Enum]] = field(default_factory=dict)
    """Path or query parameters that take only an enumeration's values (a typo would match nothing)."""
    path_params: tuple[str, ...] = field(init=False, repr=False)
    _decoder: msgspec.json.Decoder[T] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path_params", tuple(_PLACEHOLDER.findall(self.path)))
        # Lax: the server sends some booleans and numbers as strings ("False"); read them as what they mean.
        decoder = (
            None
            if self.response is None or self.response is BINARY
            else msgspec.json.Decoder(self.response, strict=False)
        )
        object.__setattr__(self, "_decoder", decoder)

    def returning(self, response: Any) -> Endpoint[Any]:
        """The same operation decoded into another type (for responses shaped by a query option)."""
        return dataclasses.replace(self, response=response)

    def prepare(
        self,
        path: Mapping[str, object] | None = None,
        *,
        query: Mapping[str, object] | None = None,
        body: msgspec.Struct | list[msgspec.Struct] | File | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        auto_idempotency_key: bool = True,
    ) -> PreparedRequest[T]:
        given = path or {}
        if set(given) != set(self.path_params):
            raise TypeError(
                f"{self.operation_id} takes path parameters {self.path_params}, got {tuple(given)}"
            )
        if query and not set(query) <= set(self.query):
            raise TypeError(f"{self.operation_id} takes query parameters {self.query}, got {tuple(query)}")
        for name, allowed in self.choices.items():
            value = given.get(name) if name in self.path_params else (query or {}).get(name)
            if value is not None:
                _check_choice(name, value, allowed)
        rendered = self.path
        reserved = _reserved(self.path) if self.path_params else {}
        for name in self.path_params:
            rendered = rendered.replace("{" + name + "}", _path_value(name, given[name], reserved[name]))

        request_headers = dict(headers) if headers else {}
        if self.acting_user and not request_headers.get(ACTING_USER_HEADER):
            raise RequestValidationError(
                f"{self.operation_id} acts on behalf of a user: give the service on_behalf_of=<user id>"
            )
        content = None
        if isinstance(body, File):
            if not isinstance(self.body, Upload):
                raise TypeError(f"{self.operation_id} takes no file upload")
            content, content_type = encode_multipart(self.body.field, body)
            request_headers["Content-Type"] = content_type
        elif body is not None:
            if self.body is None or isinstance(self.body, Upload):
                raise TypeError(f"{self.operation_id} takes no JSON body")
            content = _encode_body(body, self.body)
            request_headers.update(_JSON)
        if self.method in MUTATING_METHODS:
            key = idempotency_key_for(idempotency_key, auto_idempotency_key)
            if key is not None:
                request_headers[IDEMPOTENCY_HEADER] = key
        elif idempotency_key is not None:
            raise RequestValidationError(f"{self.method} requests take no idempotency key")
        return PreparedRequest(
            self,
            self.method,
            rendered,
            encode_query(query) if query else (),
            request_headers,
            content,
        )

    def prepare_page(
        self,
        path: Mapping[str, object] | None = None,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> PreparedRequest[T]:
        check_page_args(limit, offset, self.max_limit)
        return self.prepare(path, query={**(query or {}), "limit": limit, "offset": offset}, headers=headers)

    def parse(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        *,
        method: str,
        url: str,
        retry_after: float | None = None,
    ) -> T:
        """Decode a 2xx body into the declared type, or raise the exception the response calls for.

        `retry_after` is the server's wait (see `server_wait`), which only the caller can compute
        because an HTTP-date needs the current time.
        """
        if 200 <= status_code < 300:
            if self._decoder is None:
                return None  # type: ignore[return-value]
            try:
                return self._decoder.decode(content)
            except (msgspec.DecodeError, RecursionError) as exc:
                raise ResponseDecodeError(
                    f"{self.operation_id}: the {status_code} response is not the expected shape: {exc}",
                    operation=self.operation_id,
                    status_code=status_code,
                    body=content,
                ) from None
        raise error_from_response(
            status_code=status_code,
            headers=headers,
            body=content,
            method=method,
            url=url,
            retry_after=retry_after,
        )
