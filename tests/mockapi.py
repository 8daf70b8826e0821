"""A recording stand-in for the server, plugged under either client through httpx.MockTransport."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def problem(status: int, title: str, detail: str, **extra: Any) -> httpx.Response:
    """An error body the way the real server shapes it (problem+json, request id in the body)."""
    body = {"status": status, "title": title, "detail": detail, "instance": "https://api.test/x", **extra}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


class MockAPI:
    """Routes (method, path) to queued replies; the last reply of a route repeats. Records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._routes: dict[tuple[str, str], deque[Reply]] = {}

    def route(self, method: str, path: str, *replies: Reply) -> None:
        self._routes[(method, path)] = deque(replies)

    def json(
        self, method: str, path: str, body: Any, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        self.route(
            method,
            path,
            httpx.Response(status, json=body, headers={"x-request-id": "req_ok", **(headers or {})}),
        )

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._handle)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.raw_path.decode().split("?")[0]
        replies = self._routes.get((request.method, path))
        if not replies:
            return problem(404, "Not Found", f"no mock for {request.method} {path}")
        reply = replies.popleft() if len(replies) > 1 else replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply
