# Generated from src/vclient/_async/_defaults.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The process-wide default client and the service factories that use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._client import SyncVClient
    from ._services._companies import SyncCompaniesService
    from ._services._developers import SyncDeveloperService
    from ._services._system import SyncSystemService


_default: SyncVClient | None = None


def set_default_client(client: SyncVClient) -> None:
    global _default
    _default = client


def clear_sync_default_client() -> None:
    """Forget the default client (it is not closed)."""
    global _default
    _default = None


def sync_default_client() -> SyncVClient:
    """The client most recently created with `set_as_default=True` (the default)."""
    if _default is None:
        raise ConfigurationError("no default client: create a VClient(...) first (set_as_default=True)")
    return _default


def sync_companies_service() -> SyncCompaniesService:
    return sync_default_client().companies


def sync_developer_service() -> SyncDeveloperService:
    return sync_default_client().developer


def sync_system_service() -> SyncSystemService:
    return sync_default_client().system
