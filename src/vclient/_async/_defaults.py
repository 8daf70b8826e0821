"""The process-wide default client and the service factories that use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._client import VClient
    from ._services._companies import CompaniesService
    from ._services._developers import DeveloperService
    from ._services._system import SystemService


_default: VClient | None = None


def set_default_client(client: VClient) -> None:
    global _default
    _default = client


def clear_default_client() -> None:
    """Forget the default client (it is not closed)."""
    global _default
    _default = None


def default_client() -> VClient:
    """The client most recently created with `set_as_default=True` (the default)."""
    if _default is None:
        raise ConfigurationError("no default client: create a VClient(...) first (set_as_default=True)")
    return _default


def companies_service() -> CompaniesService:
    return default_client().companies


def developer_service() -> DeveloperService:
    return default_client().developer


def system_service() -> SystemService:
    return default_client().system
