from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core._api._system import CHECK_SYSTEM_HEALTH, SystemHealth
from ._base import Service

if TYPE_CHECKING:
    from .._client import VClient


class SystemService(Service):
    """Server status."""

    def __init__(self, client: VClient) -> None:
        super().__init__(client)

    async def health(self) -> SystemHealth:
        """Database and cache status, latency and server version."""
        return await self._call(CHECK_SYSTEM_HEALTH)
