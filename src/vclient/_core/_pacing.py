"""Pacing: when may the next request go, given what the server's rate-limit headers said.

The server keeps token buckets per API key and says, on each answer, how many tokens a policy has left
(`RateLimit: "burst";r=12;t=0`) and its size and window (`RateLimit-Policy: "burst";q=30;w=6`, so it
refills q/w a second). A client that sends many requests at once (tasks of one `VClient`, threads of one
`SyncVClient`) keeps one `Pacer`: each request reserves a token before it goes and waits its turn when
the bucket is empty, instead of finding out by a 429. Waits queue up, so the requests that wait (after a
429 too) are spread over the refill rather than all sent when the first token comes back.

Pure: the caller passes the clock, and holds a lock around `reserve` and `observe` if threads share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce

from ._ratelimit import RateLimitInfo

__all__ = ["Pacer"]

MARGIN = 0.95
"""Pace at 95% of the refill rate: requests do not reach the server at exactly the spacing they left at."""


@dataclass(slots=True)
class _Bucket:
    """One policy's bucket as this client sees it. Without a known rate, only an empty bucket's wait
    (`until`) is known, and every request waits for it."""

    quota: float | None
    rate: float | None  # tokens a second
    tokens: float  # what is left, reservations taken off (negative: requests queued)
    at: float
    until: float = 0.0

    def refill(self, now: float) -> None:
        if now > self.at:
            if self.rate is not None and self.quota is not None:
                self.tokens = min(self.quota, self.tokens + (now - self.at) * self.rate)
            self.at = now


@dataclass(slots=True)
class Pacer:
    """What one key's buckets hold, as far as this client can tell, and which apply to which operation."""

    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _scopes: dict[str, frozenset[str]] = field(default_factory=dict)

    def observe(self, operation: str, info: RateLimitInfo, now: float, *, refused: bool = False) -> None:
        """Take in an answer's rate-limit state, never more hopeful than the server (another process may
        share the key). After a 429 (`refused`), nothing goes before the wait the server gives."""
        seen = []
        for policy in info.policies:
            if policy.remaining is None:
                continue
            seen.append(policy.name)
            quota, window, reset = policy.quota, policy.window, policy.reset
            rate = quota / window * MARGIN if quota is not None and window else None
            bucket = self._buckets.get(policy.name)
            if bucket is None:
                start = float(quota if quota is not None else policy.remaining)
                bucket = self._buckets[policy.name] = _Bucket(quota, rate, start, now)
            bucket.refill(now)
            bucket.quota, bucket.rate = quota, rate
            if refused:  # it took no token; the server says when the next comes (`t`, rounded up)
                next_token = 1 - reset * rate if reset is not None and rate is not None else 0.0
                bucket.tokens = min(bucket.tokens + 1, next_token)
                if reset is not None:
                    bucket.until = max(bucket.until, now + reset)
            else:  # `t` on an answer that went through is rounded up to whole seconds: only `r` counts
                bucket.tokens = min(bucket.tokens, policy.remaining)
        if seen and self._scopes.get(operation) != (names := frozenset(seen)):
            self._scopes[operation] = names

    def reserve(self, operation: str, now: float) -> float:
        """Take a token from each bucket that applies to `operation`: the seconds to wait before sending.

        A policy seen on this operation's answers applies to it; for an operation not seen yet, the
        policies every answer so far has carried (the server-wide ones, not a route's own like uploads).
        """
        names = self._scopes.get(operation)
        if names is None:
            names = reduce(frozenset.intersection, self._scopes.values()) if self._scopes else frozenset()
        wait = 0.0
        for name in names:
            bucket = self._buckets[name]
            bucket.refill(now)
            wait = max(wait, bucket.until - now)
            if bucket.rate and bucket.tokens < 1:  # counted from the bucket's own time
                wait = max(wait, bucket.at - now + (1 - bucket.tokens) / bucket.rate)
            bucket.tokens -= 1
        return wait
