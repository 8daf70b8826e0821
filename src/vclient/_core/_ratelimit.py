"""Parsing of the IETF draft `RateLimit` / `RateLimit-Policy` headers.

The server sends one entry per policy (`"burst";r=999;t=0, "hourly";r=99999;t=0`). Only the most
restrictive one matters to a caller, so that is what `RateLimitInfo` leads with. Parsing never
raises: a header we cannot read is treated as absent.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import msgspec

__all__ = ["BucketState", "RateLimitInfo", "RateLimitPolicy", "bucket_states", "parse_rate_limit"]


class RateLimitPolicy(msgspec.Struct, frozen=True):
    """One named policy: quota per window, what is left, and seconds until a request is allowed.

    (A Struct, not a frozen dataclass: one is made per policy on every answer the pacer reads.)
    """

    name: str
    quota: int | None = None
    window: int | None = None
    remaining: int | None = None
    reset: float | None = None


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """The rate-limit state from the latest response."""

    policies: tuple[RateLimitPolicy, ...]

    @property
    def most_restrictive(self) -> RateLimitPolicy:
        """The policy with the fewest requests left; on a tie, the longest wait."""
        return min(
            self.policies,
            key=lambda p: (
                p.remaining if p.remaining is not None else float("inf"),
                -(p.reset or 0.0),
            ),
        )

    @property
    def remaining(self) -> int | None:
        """Requests left under the most restrictive policy."""
        return self.most_restrictive.remaining

    def states(self) -> list[BucketState]:
        """The policies with a count, as the pacer reads them."""
        return [
            (p.name, p.quota, p.window, p.remaining, p.reset)
            for p in self.policies
            if p.remaining is not None
        ]

    @property
    def reset(self) -> float | None:
        """Seconds to wait before a request is allowed again (0 when not limited)."""
        waits = [p.reset for p in self.policies if p.reset is not None]
        return max(waits) if waits else None


_ENTRY = re.compile(r'\s*(?:"([^"]*)"?|([^\s",;]+))\s*((?:;[^,;]*)*)(?:,|\Z)')
_PARAM = re.compile(r";\s*([A-Za-z]+)\s*=\s*\"?([0-9]+(?:\.[0-9]*)?)\"?\s*(?=;|\Z)")


@functools.lru_cache(maxsize=128)
def _parse_entries(header: str) -> dict[str, dict[str, float]]:
    """Policy name -> its parameters, however odd the spacing or quoting; a parameter that is not a
    number (or negative) is left out. Cached (the result is only read): a policy header repeats on
    every answer."""
    entries: dict[str, dict[str, float]] = {}
    for entry in _ENTRY.finditer(header):
        name = (entry[1] or entry[2] or "").strip()
        if name:
            entries[name] = {key.lower(): float(value) for key, value in _PARAM.findall(entry[3])}
    return entries


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


@functools.lru_cache(maxsize=256)
def parse_rate_limit(ratelimit: str | None, policy: str | None) -> RateLimitInfo | None:
    """Combine the two headers into one `RateLimitInfo`; None when neither says anything usable.

    Cached: the same headers come again and again, and the result is immutable.
    """
    state = _parse_entries(ratelimit or "")
    limits = _parse_entries(policy or "")
    policies = tuple(
        RateLimitPolicy(
            name=name,
            quota=_int(limits.get(name, {}).get("q")),
            window=_int(limits.get(name, {}).get("w")),
            remaining=_int(state.get(name, {}).get("r")),
            reset=state.get(name, {}).get("t"),
        )
        for name in dict.fromkeys([*state, *limits])
    )
    return RateLimitInfo(policies) if policies else None


BucketState = tuple[str, int | None, int | None, int, float | None]
"""What the pacer reads of one policy that counted a request: name, quota, window, remaining, reset."""

_STATE_ENTRY = r'"([\w.-]+)";r=([0-9]+);t=([0-9]+(?:\.[0-9]*)?)'
_STATE = re.compile(_STATE_ENTRY)
_STATES = re.compile(rf"{_STATE_ENTRY}(?:, ?{_STATE_ENTRY})*")


@functools.lru_cache(maxsize=64)
def _quotas(policy: str) -> dict[str, tuple[int | None, int | None]]:
    return {
        name: (_int(values.get("q")), _int(values.get("w")))
        for name, values in _parse_entries(policy).items()
    }


def bucket_states(ratelimit: str, policy: str | None) -> list[BucketState] | None:
    """The policies with a count, as plain tuples: the pacer reads these on every answer, and the
    server's own format (`"burst";r=12;t=0, ...`) is read in one pass of one expression. None when
    the headers name no policy at all, as for `parse_rate_limit`."""
    if _STATES.fullmatch(ratelimit) is None:  # anything else: the general reading
        info = parse_rate_limit(ratelimit, policy)
        return None if info is None else info.states()
    quotas = _quotas(policy or "")
    found = {name: (remaining, reset) for name, remaining, reset in _STATE.findall(ratelimit)}
    states: list[BucketState] = []
    for name, (remaining, reset) in found.items():
        quota, window = quotas.get(name, (None, None))
        states.append((name, quota, window, int(remaining), float(reset)))
    return states
