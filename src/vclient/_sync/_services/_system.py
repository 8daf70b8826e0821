# Generated from src/vclient/_async/_services/_system.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core._api._system import CHECK_SYSTEM_HEALTH, SystemHealth
from ._base import Service

if TYPE_CHECKING:
    from .._client import SyncVClient


class SyncSystemService(Service):
    """Server status."""

    def __init__(self, client: SyncVClient) -> None:
        super().__init__(client)

    def health(self) -> SystemHealth:
        """Database and cache status, latency and server version."""
        return self._call(CHECK_SYSTEM_HEALTH)
