"""The system: health, the server's enumerations, and its log."""

from __future__ import annotations

from typing import Any

from ..._core._api import _enums
from .._fabricate import NOW
from .._store import Problem, Store, whole_number
from ._common import Call, Rule, company_path

SERVER_VERSION = "0.27.0"
LOG = (
    ("INFO", "vapi.server", "Application startup complete"),
    ("WARNING", "vapi.ratelimit", "Burst limit reached for one API key"),
    ("ERROR", "vapi.storage", "Upload to the asset store timed out; retried"),
    ("INFO", "vapi.access", "GET /api/v1/health 200"),
)
LEVELS = ["TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


def health(store: Store, call: Call) -> tuple[int, Any]:
    return 200, {
        "database_status": "online",
        "cache_status": "online",
        "database_latency_ms": 0.8,
        "cache_latency_ms": 0.2,
        "uptime": "3 days, 4:05:06",
        "version": SERVER_VERSION,
    }


def options(store: Store, call: Call) -> tuple[int, Any]:
    """The server's enumerations by category, with links to the catalog endpoints."""
    groups = {
        "users": ("UserRole",),
        "characters": (
            "CharacterClass",
            "CharacterType",
            "CharacterStatus",
            "GameVersion",
            "InventoryItemType",
        ),
        "gameplay": ("DiceSize", "TraitModifyCurrency"),
        "assets": ("AssetType",),
    }
    catalog = f"{company_path(call)}/characterblueprint"
    answer: dict[str, Any] = {
        group: {name: [member.value for member in getattr(_enums, name)] for name in names}
        for group, names in groups.items()
    }
    answer["characters"]["_related"] = {"traits": f"{catalog}/traits", "concepts": f"{catalog}/concepts"}
    return 200, answer


def server_logs(store: Store, call: Call) -> tuple[int, Any]:
    """The newest log lines, at or above `level`, at most `limit` of them."""
    level = (call.query_value("level") or "TRACE").upper()
    if level not in LEVELS:
        raise Problem.invalid(("level", f"Input should be one of {', '.join(LEVELS)}"))
    floor = LEVELS.index(level)
    lines = [
        {"timestamp": NOW, "level": at, "name": name, "message": message}
        for at, name, message in LOG
        if LEVELS.index(at) >= floor
    ]
    limit = whole_number(call.query, "limit", 100)
    if not 1 <= limit <= 500:
        raise Problem.invalid(("limit", "Expected `int` between 1 and 500"))
    return 200, lines[-limit:]


RULES: dict[str, Rule] = {
    "checkSystemHealth": health,
    "getCompanyOptions": options,
    "globalAdminTailServerLogs": server_logs,
}
