"""System: health check."""

from __future__ import annotations

from .._endpoint import Endpoint
from .._model import Model


class SystemHealth(Model):
    """The server's health: database and cache status and latency, uptime and version."""

    database_status: str
    cache_status: str
    database_latency_ms: float | None
    cache_latency_ms: float | None
    uptime: str
    version: str | None = None


CHECK_SYSTEM_HEALTH: Endpoint[SystemHealth] = Endpoint(
    "checkSystemHealth", "GET", "/api/v1/health", SystemHealth
)
