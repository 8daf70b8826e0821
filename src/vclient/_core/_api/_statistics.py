"""Dice-roll statistics, shared by companies, users, campaigns and characters."""

from __future__ import annotations

import msgspec

from .._endpoint import Endpoint
from .._model import Model


class RollStatistics(Model):
    """Dice-roll statistics: results by kind, success rate, and the most rolled traits."""

    botches: int
    successes: int
    failures: int
    criticals: int
    total_rolls: int
    criticals_percentage: float
    success_percentage: float
    failure_percentage: float
    botch_percentage: float
    average_difficulty: float | None = None
    average_pool: float | None = None
    top_traits: list[dict[str, int | str]] = msgspec.field(default_factory=list)


STATISTICS_QUERY = ("num_top_traits",)

GET_COMPANY_STATISTICS: Endpoint[RollStatistics] = Endpoint(
    "getCompanyStatistics",
    "GET",
    "/api/v1/companies/{company_id}/statistics",
    RollStatistics,
    query=STATISTICS_QUERY,
)
