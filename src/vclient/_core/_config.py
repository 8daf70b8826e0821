"""Client settings: one frozen value, resolved from arguments first and the environment second."""

from __future__ import annotations

import dataclasses
import platform
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .._version import __version__
from ._exceptions import ConfigurationError
from ._retry import DEFAULT_RETRY_STATUSES, RetryPolicy

__all__ = ["ENV_API_KEY", "ENV_BASE_URL", "ENV_COMPANY_ID", "USER_AGENT", "APIConfig"]

ENV_BASE_URL = "VALENTINA_CLIENT_BASE_URL"
ENV_API_KEY = "VALENTINA_CLIENT_API_KEY"
ENV_COMPANY_ID = "VALENTINA_CLIENT_DEFAULT_COMPANY_ID"
USER_AGENT = f"vclient/{__version__} Python/{platform.python_version()}"
_REDACTED = "'<redacted>'"


@dataclass(frozen=True, slots=True, repr=False)
class APIConfig:
    """Everything a client needs to know. Unset `base_url`, `api_key` and `default_company_id`
    are read from the environment when a client is built from this config."""

    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 30.0
    max_retries: int = 3
    retry_delay: float = 1.0
    max_retry_delay: float = 30.0
    retry_budget: float = 120.0
    retry_statuses: frozenset[int] = field(default=DEFAULT_RETRY_STATUSES)
    auto_retry_rate_limit: bool = True
    auto_idempotency_keys: bool = True
    default_company_id: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "retry_statuses", frozenset(_statuses(self.retry_statuses)))
        object.__setattr__(self, "headers", dict(self.headers or {}))
        for name in ("timeout", "retry_delay", "max_retry_delay", "retry_budget"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ConfigurationError(f"{name} must be a non-negative number, got {value!r}")
        if self.timeout == 0:
            raise ConfigurationError("timeout must be greater than 0")
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ConfigurationError(f"max_retries must be a non-negative integer, got {self.max_retries!r}")
        if self.base_url is not None:
            parts = urlsplit(self.base_url)
            if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
                raise ConfigurationError(
                    f"base_url must be an http:// or https:// URL with a host, got {self.base_url!r}"
                )
            object.__setattr__(self, "base_url", self.base_url.rstrip("/"))

    def __repr__(self) -> str:
        fields = []
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            shown = _REDACTED if f.name == "api_key" and value else repr(value)
            fields.append(f"{f.name}={shown}")
        return f"APIConfig({', '.join(fields)})"

    def replace(self, **changes: Any) -> APIConfig:
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
        return RetryPolicy(
            max_retries=self.max_retries,
            base_delay=self.retry_delay,
            max_delay=self.max_retry_delay,
            budget=self.retry_budget,
            retry_statuses=self.retry_statuses,
            retry_rate_limited=self.auto_retry_rate_limit,
        )


def _statuses(values: Iterable[int]) -> Iterable[int]:
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not 100 <= value <= 599:
            raise ConfigurationError(f"retry_statuses must hold HTTP status codes, got {value!r}")
        if value == 429:
            raise ConfigurationError("429 is governed by auto_retry_rate_limit, not retry_statuses")
        yield value
