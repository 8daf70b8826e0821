"""The one exception tree shared by both clients.

Everything the SDK raises derives from `APIError`, so `except APIError` is a complete net:
no httpx, msgspec or json exception is allowed to escape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class APIError(Exception):
    """Base class of every error vclient raises.

    `attempts` and `elapsed` say how many times the call was tried, over how many seconds, before it
    gave up (1 and the time of the one attempt when it was not retried; None when nothing was sent).
    Every exception pickles with its fields, for multiprocessing and task queues.
    """

    attempts: int | None = None
    elapsed: float | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    """An exception back from its pickled parts, without calling its keyword-only __init__."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(APIError, ValueError):
    """The client was set up with missing or invalid settings."""


class RequestValidationError(APIError, ValueError):
    """An argument was rejected before anything was sent."""


class MissingDependencyError(APIError, ImportError):
    """An optional library a feature needs is not installed (the message names the extra to install)."""


class ClientClosedError(APIError, RuntimeError):
    """The client (or the httpx client it was given) was closed before or during the call."""


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke mid-request."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.idempotency_key: str | None = None
        """The key the request went with: send the call again with it to have it applied at most once."""


class APITimeoutError(APIConnectionError):
    """The request did not complete within the configured timeout."""


class ResponseDecodeError(APIError):
    """A successful response whose body is not the JSON shape the operation promises."""

    def __init__(self, message: str, *, operation: str, status_code: int, body: bytes) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.body = body


class PaginationError(APIError):
    """The server returned a page that does not advance; iterating further would never end."""


@dataclass(frozen=True, slots=True)
class InvalidParameter:
    """One entry of a 400 response's `invalid_parameters`."""

    field: str | None
    message: str | None


class APIStatusError(APIError):
    """The server answered with an error status. Subclasses name the common ones.

    `code` is the server's machine-readable reason when it gives one (`PROVIDER_UNAVAILABLE`,
    `IDENTITY_NOT_LINKED`, ...): compare it rather than the wording of `detail`.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        title: str | None = None,
        detail: str | None = None,
        instance: str | None = None,
        request_id: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        method: str = "",
        url: str = "",
        body: bytes = b"",
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.title = title
        self.detail = detail
        self.instance = instance
        self.request_id = request_id
        self.code = code
        self.headers: Mapping[str, str] = dict(headers or {})
        self.method = method
        self.url = url
        self.body = body


class ValidationError(APIStatusError):
    """400: the server rejected the request's parameters or body; `invalid_parameters` says which."""

    invalid_parameters: tuple[InvalidParameter, ...] = ()


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class AuthorizationError(APIStatusError):
    """403: the key or acting user lacks the rights for this resource."""


class NotFoundError(APIStatusError):
    """404: no such resource (or route)."""


class ConflictError(APIStatusError):
    """409: e.g. an idempotency key reused with a different body."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically rejected (e.g. a token that fails verification)."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the server's wait in seconds, when it gave one."""

    retry_after: float | None = None
    remaining: int | None = None


class ServerError(APIStatusError):
    """5xx: the server failed; retried automatically within the retry budget."""
