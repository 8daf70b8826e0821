"""Every exception vclient raises; all derive from `APIError`."""

from ._core._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthorizationError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InvalidParameter,
    MissingDependencyError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    RequestValidationError,
    ResponseDecodeError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from ._public import publish

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthorizationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InvalidParameter",
    "MissingDependencyError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ServerError",
    "UnprocessableEntityError",
    "ValidationError",
]

publish(__name__, globals(), __all__)
