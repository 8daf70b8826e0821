"""Client settings: one frozen value, resolved from arguments first and the environment second."""

from __future__ import annotations

import dataclasses
import math
import platform
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict
from urllib.parse import urlsplit

from .._version import __version__
from ._checks import header_value_problem, headers_problem, path_value_problem
from ._exceptions import ConfigurationError
from ._retry import DEFAULT_RETRY_STATUSES, RetryPolicy

__all__ = ["ENV_API_KEY", "ENV_BASE_URL", "ENV_COMPANY_ID", "USER_AGENT", "APIConfig", "ClientSettings"]

ENV_BASE_URL = "VALENTINA_CLIENT_BASE_URL"
ENV_API_KEY = "VALENTINA_CLIENT_API_KEY"
ENV_COMPANY_ID = "VALENTINA_CLIENT_DEFAULT_COMPANY_ID"
USER_AGENT = f"vclient/{__version__} Python/{platform.python_version()}"
_REDACTED = "'<redacted>'"


class ClientSettings(TypedDict, total=False):
    """A client's keyword settings, for code that passes them on (`FakeVClient(**settings)`) typed."""

    timeout: float
    max_retries: int | None
    retry_delay: float
    max_retry_delay: float
    retry_budget: float
    retry_statuses: Iterable[int]
    auto_retry_rate_limit: bool
    auto_idempotency_keys: bool
    pace_requests: bool
    page_concurrency: int
    default_company_id: str | None
    headers: Mapping[str, str] | None
    set_as_default: bool
    on_attempt: Any
    """Async callables for a `VClient`, plain ones for a `SyncVClient` (checked when it is made)."""


@dataclass(frozen=True, slots=True, repr=False)
class APIConfig:
    """Everything a client needs to know, checked when it is made. Unset `base_url`, `api_key` and
    `default_company_id` are read from the environment when a client is built from this config.

    Retrying is bounded by time: a call retries for up to `retry_budget` seconds, waiting
    `retry_delay` to `max_retry_delay` seconds between attempts (or what the server asks for), and at
    most `max_retries` times if that is set. With `pace_requests`, requests wait their turn when the
    server's rate-limit headers say its bucket is empty, rather than finding out by a 429.
    `page_concurrency` pages of a `list_all` walk are fetched at a time (1: one after another), and
    above 1 an `iter_all` walk fetches the next page while the caller handles the current one.
    """

    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 30.0
    max_retries: int | None = None
    retry_delay: float = 0.5
    max_retry_delay: float = 2.0
    retry_budget: float = 60.0
    retry_statuses: frozenset[int] = field(default=DEFAULT_RETRY_STATUSES)
    auto_retry_rate_limit: bool = True
    auto_idempotency_keys: bool = True
    pace_requests: bool = True
    page_concurrency: int = 4
    default_company_id: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("base_url", "api_key", "default_company_id"):  # empty is the same as not given
            if getattr(self, name) == "":
                object.__setattr__(self, name, None)
        object.__setattr__(self, "retry_statuses", frozenset(_statuses(self.retry_statuses)))
        object.__setattr__(self, "headers", _headers(self.headers))
        for name in ("timeout", "retry_delay", "max_retry_delay", "retry_budget"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
                raise ConfigurationError(
                    f"{name} must be a finite number of seconds, at least 0, got {value!r}"
                )
        if self.timeout == 0:
            raise ConfigurationError("timeout must be greater than 0")
        if self.max_retries is not None and (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ConfigurationError(
                f"max_retries must be None or a non-negative integer, got {self.max_retries!r}"
            )
        for flag in ("auto_retry_rate_limit", "auto_idempotency_keys", "pace_requests"):
            if not isinstance(getattr(self, flag), bool):
                raise ConfigurationError(f"{flag} must be True or False")
        if not _count(self.page_concurrency):
            raise ConfigurationError(
                f"page_concurrency must be an integer of at least 1, got {self.page_concurrency!r}"
            )
        if self.api_key is not None and (problem := header_value_problem(self.api_key)):
            raise ConfigurationError(f"api_key {problem} (the key is not shown)")
        if self.default_company_id is not None:
            problem = (
                "must be a string"
                if not isinstance(self.default_company_id, str)
                else path_value_problem(self.default_company_id)
            )
            if problem:
                raise ConfigurationError(f"default_company_id {problem}")
        if self.base_url is not None:
            object.__setattr__(self, "base_url", _base_url(self.base_url))

    def __repr__(self) -> str:
        fields = []
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            shown = _REDACTED if f.name == "api_key" and value else repr(value)
            fields.append(f"{f.name}={shown}")
        return f"APIConfig({', '.join(fields)})"

    def replace(self, **changes: Any) -> APIConfig:
        """A copy with `changes` applied, checked like a new one."""
        return dataclasses.replace(self, **changes)

    def resolve(self, environ: Mapping[str, str]) -> APIConfig:
        """Fill unset values from `environ`; fail, naming both ways, if the URL or key is still missing."""
        resolved = self.replace(
            base_url=self.base_url or environ.get(ENV_BASE_URL) or None,
            api_key=self.api_key or environ.get(ENV_API_KEY) or None,
            default_company_id=self.default_company_id or environ.get(ENV_COMPANY_ID) or None,
        )
        if not resolved.base_url:
            raise ConfigurationError(f"no base URL: pass base_url=... or set {ENV_BASE_URL}")
        if not resolved.api_key:
            raise ConfigurationError(f"no API key: pass api_key=... or set {ENV_API_KEY}")
        return resolved

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry decisions these settings call for (`vclient._core._retry`)."""
        return RetryPolicy(
            max_retries=self.max_retries,
            base_delay=self.retry_delay,
            max_delay=self.max_retry_delay,
            budget=self.retry_budget,
            retry_statuses=self.retry_statuses,
            retry_rate_limited=self.auto_retry_rate_limit,
        )


def _base_url(url: object) -> str:
    """The URL checked (http or https, a host, a real port, no credentials), without a trailing slash."""
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(url).__name__}")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ConfigurationError(f"base_url is not a valid URL: {_shown(url)!r}") from None
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError(
            "base_url must not carry credentials (user:password@); the API key goes in api_key"
        )
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.query
        or parts.fragment
        or not url.isprintable()
        or any(c.isspace() for c in url)
        or port == 0
    ):
        raise ConfigurationError(
            f"base_url must be an http:// or https:// URL with a host, got {_shown(url)!r}"
        )
    return url.rstrip("/")


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _shown(url: str) -> str:
    """A URL fit for a message: anything before an @ in it could be a password."""
    scheme, _, rest = url.rpartition("://")
    return (scheme + "://" if scheme else "") + rest.rsplit("@", 1)[-1]


def _headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    checked = dict(headers or {})
    if problem := headers_problem(checked):
        raise ConfigurationError(problem)
    return checked


def _statuses(values: Iterable[int]) -> Iterable[int]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ConfigurationError(f"retry_statuses must be a collection of HTTP status codes, got {values!r}")
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not 100 <= value <= 599:
            raise ConfigurationError(f"retry_statuses must hold HTTP status codes, got {value!r}")
        if value == 429:
            raise ConfigurationError("429 is governed by auto_retry_rate_limit, not retry_statuses")
        yield value
