"""The server's rate limits: token buckets per API key, kept on the fake's clock.

Opt-in (`FakeAPI(rate_limits=...)`). The server checks its global policies first, then the route's
own, each taking a token as it goes, so a request refused by a route's bucket has still spent one
of the global bucket's. An answer names every bucket that let it through; a 429 only the one that
refused it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ._store import Problem


@dataclass(frozen=True)
class Policy:
    name: str
    capacity: int
    refill_rate: float  # tokens a second
    priority: int = 0  # the server checks the highest first

    @property
    def window(self) -> float:
        """Seconds to refill an empty bucket."""
        return self.capacity / self.refill_rate


_UPLOADS = Policy("asset_upload", 50, 300 / 3600, priority=10)

ROUTE_POLICIES: dict[str, tuple[Policy, ...]] = {
    "identifyUser": (Policy("user_registration", 30, 60 / 3600, priority=10),),
    "regenerateDeveloperMeApiKey": (Policy("developer_key_rotation", 5, 5 / 3600, priority=10),),
    **dict.fromkeys(
        (
            "setUserAvatar",
            "uploadBookAsset",
            "uploadCampaignAsset",
            "uploadChapterAsset",
            "uploadCharacterAsset",
            "uploadUserAsset",
        ),
        (_UPLOADS,),
    ),
}
"""The buckets the server keeps on some routes whatever its configuration."""

_SPEC = re.compile(r"([A-Za-z0-9_-]+):([0-9]+):([0-9]*\.?[0-9]+)(?::(-?[0-9]+))?")


def parse_policies(spec: str) -> tuple[Policy, ...]:
    """Policies as the kit's `VSERVER_RATE_LIMIT` gives them: `name:capacity:refill[:priority],...`."""
    policies = []
    for part in filter(None, (piece.strip() for piece in spec.split(","))):
        match = _SPEC.fullmatch(part)
        if match is None or float(match[3]) <= 0 or int(match[2]) < 1:
            raise ValueError(
                f"bad rate-limit policy {part!r}: expected name:capacity:refill_per_second[:priority],"
                " with a capacity of at least 1 and a refill rate above 0, e.g. 'burst:5:1'"
            )
        policies.append(Policy(match[1], int(match[2]), float(match[3]), int(match[4] or 0)))
    if len({policy.name for policy in policies}) < len(policies):
        raise ValueError(f"rate-limit policies need names of their own: {spec!r}")
    return tuple(policies)


def _by_priority(policies: Sequence[Policy]) -> list[Policy]:
    return sorted(policies, key=lambda policy: -policy.priority)


@dataclass
class _Bucket:
    tokens: float
    refilled: float  # on the fake's clock


class Buckets:
    """Every key's buckets, under the server's per-route policies and the given global ones."""

    def __init__(self, global_policies: Sequence[Policy] = ()) -> None:
        self._global = _by_priority(global_policies)
        self._routes = {operation: _by_priority(found) for operation, found in ROUTE_POLICIES.items()}
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def take(self, api_key: str, operation: str, now: float) -> dict[str, str]:
        """A token from each bucket over `operation`; the rate-limit headers of its answer.

        Raises the server's 429 when a bucket is empty.
        """
        policies, limits = [], []
        for policy in (*self._global, *self._routes.get(operation, ())):
            bucket = self._buckets.setdefault((api_key, policy.name), _Bucket(policy.capacity, now))
            refill = max(0.0, now - bucket.refilled) * policy.refill_rate
            bucket.tokens = min(policy.capacity, bucket.tokens + refill)
            bucket.refilled = max(bucket.refilled, now)
            allowed = bucket.tokens >= 1
            if allowed:
                bucket.tokens -= 1
            wait = min(policy.window, max(0.0, 1 - bucket.tokens) / policy.refill_rate)
            said = (
                f'"{policy.name}";q={policy.capacity};w={math.ceil(policy.window)}',
                f'"{policy.name}";r={int(bucket.tokens)};t={math.ceil(wait)}',
            )
            if not allowed:
                problem = Problem(
                    429, "Too Many Requests", "You are being rate limited.", retry_after=_round_up(wait)
                )
                problem.headers = {"ratelimit-policy": said[0], "ratelimit": said[1]}
                raise problem
            policies.append(said[0])
            limits.append(said[1])
        return {"ratelimit-policy": ", ".join(policies), "ratelimit": ", ".join(limits)} if policies else {}


def _round_up(seconds: float) -> float:
    return math.ceil(seconds * 100) / 100
