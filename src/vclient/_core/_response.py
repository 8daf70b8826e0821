"""What a call's final answer was beyond its body: for logs, metrics and support requests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TypeAlias

__all__ = ["AsyncAttemptHook", "AttemptHook", "AttemptInfo", "ResponseInfo"]


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """The status, headers and timing of the answer a call ended with (after any retries)."""

    operation_id: str
    method: str
    url: str
    status_code: int
    headers: Mapping[str, str]
    """Case-insensitive, as the server sent them."""
    attempts: int
    """Requests sent for the call: 1, plus one per retry."""
    elapsed: float
    """Seconds from the first attempt to the final answer, waits included."""

    @property
    def request_id(self) -> str | None:
        """The server's id for the request (`x-request-id`): quote it when asking for support."""
        return self.headers.get("x-request-id")


@dataclass(frozen=True, slots=True)
class AttemptInfo:
    """One HTTP attempt of a call, as the client's `on_attempt` hooks see it, once it is over.

    A call makes one attempt, plus one per retry; `retry_in` says whether this one is followed by
    another, and after how long.
    """

    operation_id: str
    """The OpenAPI operation (for a raw `request()`, the declared one its path matches, else
    `"<METHOD> <path>"` with its ids replaced by `{id}`)."""
    method: str
    url: str
    """With the path's ids and the query."""
    request_headers: Mapping[str, str]
    """As sent, without the API key."""
    attempt: int
    """1 for the first attempt of a call, 2 for its first retry, ..."""
    elapsed: float
    """Seconds this attempt took, from taking its turn to the body read (a paced wait included)."""
    status_code: int | None
    """The answer's status; None when no answer came (see `error`)."""
    response_headers: Mapping[str, str] | None
    error: Exception | None
    """The transport failure (an httpx or httpx2 exception, or TimeoutError) when no answer came."""
    retry_in: float | None
    """Seconds until the next attempt; None when this attempt is the call's last."""

    @property
    def will_retry(self) -> bool:
        """Whether another attempt follows (after `retry_in` seconds)."""
        return self.retry_in is not None


AttemptHook: TypeAlias = Callable[[AttemptInfo], object]
"""An `on_attempt` hook of the sync client: called after each attempt."""
AsyncAttemptHook: TypeAlias = Callable[[AttemptInfo], Awaitable[object]]
"""An `on_attempt` hook of the async client: an async callable, awaited after each attempt."""
