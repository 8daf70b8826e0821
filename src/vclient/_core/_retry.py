"""When to retry, and how long to wait: pure decisions, so the I/O loops stay trivial.

Two rules the original client broke are kept here in one place: a wait the server gives is honoured
as given (never multiplied), and a wait longer than the cap fails at once instead of sleeping for
minutes. A request the server may have seen is replayed only when replaying it is safe.
"""

from __future__ import annotations

import email.utils
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


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay: float = 1.0
    max_delay: float = 30.0
    budget: float = 120.0
    retry_statuses: frozenset[int] = field(default=DEFAULT_RETRY_STATUSES)
    retry_rate_limited: bool = True


def replay_safe(method: str, headers: Mapping[str, str]) -> bool:
    """Idempotent by HTTP semantics, or made so by an idempotency key."""
    return method in _SAFE_METHODS or "Idempotency-Key" in headers


def backoff_delay(policy: RetryPolicy, attempt: int, jitter: float) -> float:
    """Exponential backoff with equal jitter: within [cap/2, cap], cap = min(max_delay, base * 2**attempt).

    `jitter` is a number in [0, 1), supplied by the caller so that this stays deterministic.
    """
    cap = min(policy.max_delay, policy.base_delay * 2.0 ** min(attempt, 62))
    return cap / 2 + cap / 2 * min(max(jitter, 0.0), 1.0)


def server_wait(headers: Mapping[str, str], body: bytes, now: float) -> float | None:
    """The wait the server asked for, in seconds: Retry-After (seconds or HTTP-date), RateLimit `t`, body."""
    retry_after = headers.get("retry-after")
    if retry_after:
        text = retry_after.strip()
        try:
            seconds = float(text)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                when = None
            if when is not None and when.tzinfo is not None:
                return max(0.0, when.timestamp() - now)
        else:
            if seconds >= 0 and seconds != float("inf"):
                return seconds
    info = parse_rate_limit(headers.get("ratelimit"), None)
    if info is not None and info.reset:
        return info.reset
    return body_retry_after(body)


def plan_retry(
    policy: RetryPolicy,
    *,
    attempt: int,
    waited: float,
    method: str,
    request_headers: Mapping[str, str],
    status_code: int | None,
    reached_server: bool,
    wait_hint: float | None = None,
    jitter: float = 0.5,
) -> float | None:
    """Seconds to wait before the next attempt, or None to stop and surface the failure.

    `status_code` is None for a transport failure; `reached_server` says whether the server may have
    seen the request (false for a refused connection). `wait_hint` is `server_wait(...)` of the response.
    """
    if attempt >= policy.max_retries:
        return None
    if status_code == 429:
        if not policy.retry_rate_limited:
            return None
        # A 429 is refused before the handler runs, so replaying it is always safe.
    else:
        retryable = status_code is None or status_code in policy.retry_statuses
        if not retryable or (reached_server and not replay_safe(method, request_headers)):
            return None

    if wait_hint is not None:
        if wait_hint > policy.max_delay:
            return None
        delay = wait_hint
    else:
        delay = backoff_delay(policy, attempt, jitter)
    if waited + delay > policy.budget:
        return None
    return delay
