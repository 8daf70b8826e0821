"""What a call's final answer was beyond its body: for logs, metrics and support requests."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["ResponseInfo"]


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
