"""Pacing: when may the next request go, given what the server's rate-limit headers said.

The server keeps token buckets per API key and says, on each answer, how many tokens a policy has left
(`RateLimit: "burst";r=12;t=0`) and its size and window (`RateLimit-Policy: "burst";q=30;w=6`, so it
refills q/w a second). A client that sends many requests at once (tasks of one `VClient`, threads of one
`SyncVClient`) keeps one `Pacer`: each request reserves a token before it goes and waits its turn when
the bucket is empty, instead of finding out by a 429. Waits queue up, so the requests that wait (after a
429 too) are spread over the refill rather than all sent when the first token comes back.

Every reserved turn comes back, by `observe` or `release`: while out, the server may not have counted it.
Pure: the caller passes the clock, and holds a lock around the calls if threads share the pacer.
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
    last: float = float("-inf")  # the latest turn given while the bucket was empty

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
    _out: int = 0  # requests that reserved a turn and are not back yet

    def observe(self, operation: str, info: RateLimitInfo, now: float, *, refused: bool = False) -> None:
        """Take in the rate-limit state of an answer to a request that reserved a turn.

        The server's count leaves out the other requests still out (some may be in it already: they are
        taken off all the same). It is never more hopeful than this pacer's own count, except after a 429
        (`refused`): that request took no token, and the server says how much is left. Without a known
        rate, a 429 holds every request back for the server's wait; with one, the refill says when the
        next token comes, better than a `t` rounded up to whole seconds."""
        self._out = max(0, self._out - 1)
        seen = []
        for policy in info.policies:
            if policy.remaining is None:
                continue
            seen.append(policy.name)
            quota, window, reset = policy.quota, policy.window, policy.reset
            rate = quota / window * MARGIN if quota is not None and window else None
            # An empty bucket's `t` (when the next token comes, rounded up) says how much of one is there.
            part = max(0.0, 1 - reset * rate) if not policy.remaining and reset and rate else 0.0
            left = policy.remaining + part - self._out
            bucket = self._buckets.get(policy.name)
            if bucket is None:
                bucket = self._buckets[policy.name] = _Bucket(quota, rate, left, now)
            bucket.refill(now)
            bucket.quota, bucket.rate = quota, rate
            bucket.tokens = left if refused else min(bucket.tokens, left)
            if not self._out:  # no turn given is still to come
                bucket.last = float("-inf")
            if refused and rate is None and reset is not None:
                bucket.until = max(bucket.until, now + reset)
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
                # Never before a turn still to come: after a 429, the count may free a place that
                # is not free (it was given, to a request that waits for a later one).
                turn = max(bucket.at + (1 - bucket.tokens) / bucket.rate, bucket.last + 1 / bucket.rate)
                bucket.last = turn
                wait = max(wait, turn - now)
            bucket.tokens -= 1
        self._out += 1
        return wait

    def release(self) -> None:
        """A request that reserved a turn is back without rate-limit headers (it failed, or was
        cancelled): it is no longer out."""
        self._out = max(0, self._out - 1)
