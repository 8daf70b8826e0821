"""When to retry, and how long to wait: pure decisions, so the I/O loops stay trivial.

A call retries for as long as its `budget` of seconds lasts, not for a fixed number of attempts: a
server that restarts in 20 s costs its callers 20 s, not an error. While it waits, a call tries again
every second or two (full jitter, so that many waiting calls do not all arrive together when the server
is back). A wait the server asks for is honoured exactly; one that would not fit in what is left of the
budget fails at once instead of sleeping for minutes. A request the server may have seen is replayed
only when replaying it is safe.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._errors import body_retry_after
from ._ratelimit import parse_rate_limit

__all__ = ["DEFAULT_RETRY_STATUSES", "RetryPolicy", "backoff_delay", "plan_retry", "server_wait"]

DEFAULT_RETRY_STATUSES = frozenset({502, 503, 504})
"""Statuses that are transient on the real server: a gateway or a provider unavailable, a timeout.

Its 500s are not: each is an unhandled crash that recurs for the same request (for example every
`include=traits` of a werewolf holding a gift), so retrying one only adds seconds before the same error.
Add 500 to `retry_statuses` for a deployment whose 500s pass."""

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_CREATING_METHODS = frozenset({"POST", "PATCH"})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """`max_retries` None means: as many as `budget` (seconds for a whole call) allows."""

    max_retries: int | None = None
    base_delay: float = 0.5
    max_delay: float = 2.0
    budget: float = 60.0
    retry_statuses: frozenset[int] = field(default=DEFAULT_RETRY_STATUSES)
    retry_rate_limited: bool = True


def replay_safe(method: str, headers: Mapping[str, str]) -> bool:
    """Idempotent by HTTP semantics, or made so by an idempotency key."""
    return method in _SAFE_METHODS or "Idempotency-Key" in headers


def backoff_delay(policy: RetryPolicy, attempt: int, jitter: float) -> float:
    """Exponential backoff with full jitter: `jitter` of the way to min(max_delay, base * 2**attempt).

    `jitter` is a number in [0, 1], supplied by the caller so that this stays deterministic.
    """
    cap = min(policy.max_delay, policy.base_delay * 2.0 ** min(attempt, 62))
    return cap * min(max(jitter, 0.0), 1.0)


def server_wait(status_code: int, headers: Mapping[str, str], body: bytes, now: float) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked for none.

    `Retry-After` (seconds or an HTTP date) counts for any status; for a 429 also the `t` of the
    `RateLimit` header (0 means now), then the body's `retry_after`.
    """
    retry_after = headers.get("retry-after")
    if retry_after:
        text = retry_after.strip()
        try:
            seconds = float(text)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError, OverflowError):
                when = None
            if when is not None and when.tzinfo is not None:
                return max(0.0, when.timestamp() - now)
        else:
            if math.isfinite(seconds) and seconds >= 0:
                return seconds
    if status_code != 429:
        return None
    info = parse_rate_limit(headers.get("ratelimit"), None)
    if info is not None and info.reset is not None:
        return info.reset
    return body_retry_after(body)


def plan_retry(
    policy: RetryPolicy,
    *,
    attempt: int,
    elapsed: float,
    method: str,
    request_headers: Mapping[str, str],
    status_code: int | None,
    reached_server: bool,
    timed_out: bool = False,
    wait_hint: float | None = None,
    jitter: float = 0.5,
) -> float | None:
    """Seconds to wait before the next attempt, or None to stop and surface the failure.

    `status_code` is None for a transport failure; `reached_server` says whether the server may have
    seen the request (false for a refused connection), `timed_out` whether it may still be working on
    it. `elapsed` is the time since the call began; `wait_hint` is `server_wait(...)` of the response.
    """
    if policy.max_retries is not None and attempt >= policy.max_retries:
        return None
    if status_code == 429:
        if not policy.retry_rate_limited:
            return None
        # A 429 is refused before the handler runs, so replaying it is always safe.
    else:
        retryable = status_code is None or status_code in policy.retry_statuses
        if not retryable or (reached_server and not replay_safe(method, request_headers)):
            return None
        if timed_out and method in _CREATING_METHODS:
            # The first attempt may still be running: the server does not lock an idempotency key,
            # so a replay now could overtake it and create a second object (docs/retries.md).
            return None
    # The server's wait as given the first time; after that at least the backoff, so that a server
    # that keeps saying "now" is not hammered.
    backoff = backoff_delay(policy, attempt, jitter)
    delay = backoff if wait_hint is None else wait_hint if attempt == 0 else max(wait_hint, backoff)
    if elapsed + delay > policy.budget:
        return None
    return delay
