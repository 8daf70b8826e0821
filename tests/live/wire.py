"""What went over the wire in the live suite, and what our models made of it.

Every live client sends through a recording transport. Each exchange is matched to the operation it
reached, so the suite can tell which operations it exercised on which client, and each JSON answer is
decoded with the SDK's own model and compared with the raw JSON: a member the server sends that the
model drops is drift, and fails the test that caused it.
"""

from __future__ import annotations

import gzip
import time
import zlib
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import msgspec
import sniffio

from vclient._core._api import declared_endpoints, operation_for
from vclient._core._endpoint import BINARY

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)


@dataclass(frozen=True)
class Exchange:
    flavour: str  # "asyncio", "trio" or "sync"
    operation: str | None
    method: str
    path: str
    status: int
    content_type: str
    body: bytes
    ratelimit: tuple[str | None, str | None]  # the RateLimit and RateLimit-Policy headers
    at: float = field(default_factory=time.monotonic)  # when the answer arrived


@dataclass
class Wire:
    exchanges: list[Exchange] = field(default_factory=list)

    def record(
        self, flavour: str, request: httpx.Request, status: int, headers: httpx.Headers, raw: bytes
    ) -> None:
        found = operation_for(request.method, request.url.raw_path.decode().split("?")[0])
        body = _decoded(raw, headers.get("content-encoding", ""))
        self.exchanges.append(
            Exchange(
                flavour,
                found[0].operation_id if found else None,
                request.method,
                request.url.path,
                status,
                headers.get("content-type", ""),
                body,
                (headers.get("ratelimit"), headers.get("ratelimit-policy")),
            )
        )

    def operations(self, flavour: str, *, succeeded: bool | None = None) -> set[str]:
        return {
            e.operation
            for e in self.exchanges
            if e.flavour == flavour and e.operation and (succeeded is None or (e.status < 400) == succeeded)
        }


WIRE = Wire()
"""Everything the live suite sent, across all its tests."""


def _decoded(raw: bytes, encoding: str) -> bytes:
    if encoding.strip() == "gzip":
        return gzip.decompress(raw)
    if encoding.strip() == "deflate":
        return zlib.decompress(raw)
    return raw


class _AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if _is_file(response):  # a download is streamed to the caller untouched
            WIRE.record(sniffio.current_async_library(), request, response.status_code, response.headers, b"")
            return response
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        await response.aclose()
        WIRE.record(sniffio.current_async_library(), request, response.status_code, response.headers, raw)
        return httpx.Response(response.status_code, headers=response.headers, content=raw, request=request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class _SyncRecorder(httpx.BaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if _is_file(response):
            WIRE.record("sync", request, response.status_code, response.headers, b"")
            return response
        raw = b"".join(response.iter_raw())
        response.close()
        WIRE.record("sync", request, response.status_code, response.headers, raw)
        return httpx.Response(response.status_code, headers=response.headers, content=raw, request=request)

    def close(self) -> None:
        self._inner.close()


def _is_file(response: httpx.Response) -> bool:
    return "json" not in response.headers.get("content-type", "") and response.status_code < 300


def http_client(kind: type[HttpClient]) -> HttpClient:
    """An httpx client of `kind` whose every exchange is recorded on `WIRE`."""
    if kind is httpx.AsyncClient:
        return httpx.AsyncClient(transport=_AsyncRecorder(), timeout=30)  # type: ignore[return-value]
    return httpx.Client(transport=_SyncRecorder(), timeout=30)  # type: ignore[return-value]


# -- drift: what the server sends that our models drop ---------------------------------------------


def drift(exchange: Exchange) -> list[str]:
    """Members of a successful JSON answer that the operation's model does not keep (empty: none)."""
    if exchange.operation is None or exchange.status >= 300 or "json" not in exchange.content_type:
        return []
    raw = msgspec.json.decode(exchange.body)
    found: list[list[str]] = []
    for endpoint in declared_endpoints()[exchange.operation]:
        if endpoint.response is None or endpoint.response is BINARY:
            continue
        try:
            decoded = msgspec.json.decode(exchange.body, type=endpoint.response, strict=False)
        except msgspec.ValidationError:
            continue  # another variant's shape (the SDK decodes each answer with the variant it asked for)
        found.append(_dropped(raw, msgspec.to_builtins(decoded), "$"))
    return min(found, key=len) if found else []


def _dropped(raw: Any, kept: Any, where: str) -> list[str]:
    if isinstance(raw, dict):
        if not isinstance(kept, dict):
            return [f"{where} (an object, decoded as {type(kept).__name__})"]
        missing = [f"{where}.{name}" for name in raw if name not in kept]
        return missing + [
            p for name in raw if name in kept for p in _dropped(raw[name], kept[name], f"{where}.{name}")
        ]
    if isinstance(raw, list) and isinstance(kept, list):
        return [
            p
            for index, (a, b) in enumerate(zip(raw, kept, strict=False))
            for p in _dropped(a, b, f"{where}[{index}]")
        ]
    return []
