"""SDK overhead per call, as ratios to two floors measured in the same run.

The client floor is a bare httpx client on the same MockTransport, sending the same request, plus
`msgspec.json.decode` of the same bytes into the same model. It carries httpx's own client work
(cookie extraction, URL merging, hooks). The transport floor is what no client can avoid: an
`httpx.Request` built and handed to the same transport's `handle_request`, the body read, and the
same decode. The SDK adds request building, validation, retry bookkeeping, pacing, rate-limit
capture and logging checks on top of the client floor.

Rounds alternate floor and SDK so that machine noise hits both alike; medians are reported.

    python benchmarks/bench_overhead.py [--rounds 31] [--calls 200]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import _library  # noqa: F401  (first: it picks the HTTP library)
import anyio
import httpx
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for the shared test payloads

from tests import payloads
from vclient import SyncVClient, VClient
from vclient.models import Company, Page

BASE = "https://api.test"
KEY = "bench-key"
COMPANY_BODY = msgspec.json.encode(payloads.company())
PAGE_BODY = msgspec.json.encode(
    payloads.page([payloads.company(i) for i in range(1, 101)], limit=100, total=500)
)
# Rate-limit headers as a server sends them when its limits are far off (each bucket refills its whole
# quota every second), so that the SDK reads them and paces, but never has to wait. What is left
# changes from answer to answer, as on the real server, so no parse is served from a cache.
HEADERS = {
    "content-type": "application/json",
    "x-request-id": "req_0123456789abcdefghijkl",
    "ratelimit-policy": '"hourly";q=100000;w=1, "burst";q=100000;w=1',
}
_answers = itertools.count()


def handler(request: httpx.Request) -> httpx.Response:
    body = PAGE_BODY if request.url.path == "/api/v1/companies" else COMPANY_BODY
    left = 99_999 - next(_answers) % 50_000
    headers = {**HEADERS, "ratelimit": f'"hourly";r={left};t=0, "burst";r={left};t=0'}
    return httpx.Response(200, content=body, headers=headers)


TRANSPORT = httpx.MockTransport(handler)
COMPANY_URL = f"{BASE}/api/v1/companies/{payloads.COMPANY_ID}"
PAGE_URL = f"{BASE}/api/v1/companies"
PAGE_PARAMS = {"limit": 100, "offset": 0}
company_decoder = msgspec.json.Decoder(Company)
page_decoder = msgspec.json.Decoder(Page[Company])


def time_sync(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


async def time_async(call: Callable[[], Awaitable[object]], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - started) / calls


def report(
    name: str, bare: list[float], floor: list[float], yours: list[float], own: list[float]
) -> tuple[float, float, float]:
    """Median times, and the medians of per-round ratios (each round measures all four back to back).

    `yours`: the SDK on an httpx client you pass in (its send runs: your hooks, auth, proxies, mounts);
    `own`: the SDK on the pool it makes itself, whose transport it calls straight.
    """

    def ratio(top: list[float], bottom: list[float]) -> float:
        return statistics.median(t / b for b, t in zip(bottom, top, strict=True))

    def us(times: list[float]) -> str:
        return f"{statistics.median(times) * 1e6:6.1f} us"

    print(
        f"{name:<26} transport {us(bare)}  httpx client {us(floor)}  "
        f"vclient on your client {us(yours)} "
        f"(x{ratio(yours, floor):.3f} client, x{ratio(yours, bare):.3f} transport)  "
        f"on its own pool {us(own)} (x{ratio(own, floor):.3f} client, x{ratio(own, bare):.3f} transport)"
    )
    return ratio(own, floor), ratio(yours, floor), ratio(own, bare)


def bare_request(url: str, params: dict[str, int] | None = None) -> httpx.Request:
    return httpx.Request("GET", url, params=params, headers={"X-API-KEY": KEY})


def bare_sync(url: str, decoder: msgspec.json.Decoder[Any], params: dict[str, int] | None = None) -> object:
    response = TRANSPORT.handle_request(bare_request(url, params))
    return decoder.decode(response.read())


async def bare_async(
    url: str, decoder: msgspec.json.Decoder[Any], params: dict[str, int] | None = None
) -> object:
    response = await TRANSPORT.handle_async_request(bare_request(url, params))
    return decoder.decode(await response.aread())


ClientT = TypeVar("ClientT", VClient, SyncVClient)


def own_pool(client_class: type[ClientT]) -> ClientT:
    """A client on the pool it makes itself, that pool's transport swapped for the same mock."""
    real = httpx.HTTPTransport, httpx.AsyncHTTPTransport
    httpx.HTTPTransport = httpx.AsyncHTTPTransport = lambda: TRANSPORT  # type: ignore[assignment,misc]
    try:
        return client_class(BASE, KEY, set_as_default=False)
    finally:
        httpx.HTTPTransport, httpx.AsyncHTTPTransport = real  # type: ignore[misc]


def bench_sync(rounds: int, calls: int) -> dict[str, tuple[float, float, float]]:
    http = httpx.Client(transport=TRANSPORT, headers={"X-API-KEY": KEY})
    client = SyncVClient(BASE, KEY, http_client=httpx.Client(transport=TRANSPORT), set_as_default=False)
    own = own_pool(SyncVClient)
    cases = {
        "sync companies.get()": (
            lambda: bare_sync(COMPANY_URL, company_decoder),
            lambda: company_decoder.decode(http.get(COMPANY_URL).content),
            lambda: client.companies.get(payloads.COMPANY_ID),
            lambda: own.companies.get(payloads.COMPANY_ID),
        ),
        "sync get_page(limit=100)": (
            lambda: bare_sync(PAGE_URL, page_decoder, PAGE_PARAMS),
            lambda: page_decoder.decode(http.get(PAGE_URL, params=PAGE_PARAMS).content),
            lambda: client.companies.get_page(limit=100),
            lambda: own.companies.get_page(limit=100),
        ),
    }
    ratios = {}
    for name, paths in cases.items():
        for path in paths:
            time_sync(path, calls // 4)  # warm up every path
        times: list[list[float]] = [[], [], [], []]
        for _ in range(rounds):
            for path, measured in zip(paths, times, strict=True):
                measured.append(time_sync(path, calls))
        ratios[name] = report(name, *times)
    return ratios


async def bench_async(rounds: int, calls: int) -> dict[str, tuple[float, float, float]]:
    http = httpx.AsyncClient(transport=TRANSPORT, headers={"X-API-KEY": KEY})
    client = VClient(BASE, KEY, http_client=httpx.AsyncClient(transport=TRANSPORT), set_as_default=False)
    own = own_pool(VClient)

    async def floor_get() -> Company:
        return company_decoder.decode((await http.get(COMPANY_URL)).content)

    async def floor_page() -> Page[Company]:
        return page_decoder.decode((await http.get(PAGE_URL, params=PAGE_PARAMS)).content)

    cases: dict[str, tuple[Callable[[], Awaitable[object]], ...]] = {
        "async companies.get()": (
            lambda: bare_async(COMPANY_URL, company_decoder),
            floor_get,
            lambda: client.companies.get(payloads.COMPANY_ID),
            lambda: own.companies.get(payloads.COMPANY_ID),
        ),
        "async get_page(limit=100)": (
            lambda: bare_async(PAGE_URL, page_decoder, PAGE_PARAMS),
            floor_page,
            lambda: client.companies.get_page(limit=100),
            lambda: own.companies.get_page(limit=100),
        ),
    }
    ratios = {}
    for name, paths in cases.items():
        for path in paths:
            await time_async(path, calls // 4)
        times: list[list[float]] = [[], [], [], []]
        for _ in range(rounds):
            for path, measured in zip(paths, times, strict=True):
                measured.append(await time_async(path, calls))
        ratios[name] = report(name, *times)
    return ratios


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--target", type=float, default=1.15)
    parser.add_argument("--transport-target", type=float, default=1.6)
    args = parser.parse_args()
    print(
        f"Python {sys.version.split()[0]}, {httpx.__name__} {httpx.__version__}, "
        f"msgspec {msgspec.__version__}; "
        f"median of {args.rounds} rounds x {args.calls} calls"
    )
    ratios = bench_sync(args.rounds, args.calls)
    ratios |= anyio.run(bench_async, args.rounds, args.calls)
    own, yours, transport = (max(three[i] for three in ratios.values()) for i in (0, 1, 2))
    print(
        f"worst ratio to the httpx client floor: {own:.3f} on the SDK's own pool (the default; "
        f"target {args.target}), {yours:.3f} on a client you pass (httpx's send runs in full)"
    )
    print(
        f"worst ratio to the bare transport floor on the SDK's own pool: {transport:.3f} "
        f"(target {args.transport_target}; companies.get was at 2.4 sync and 2.6 async before the "
        "pacer read rate-limit headers as plain tuples)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
