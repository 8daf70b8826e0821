"""SDK overhead per call, as a ratio to the floor measured in the same run.

The floor is what any client must do: a bare httpx client on the same MockTransport, sending the
same request, plus `msgspec.json.decode` of the same bytes into the same model. The SDK adds request
building, validation, retry bookkeeping, rate-limit capture and logging checks on top of that.

Rounds alternate floor and SDK so that machine noise hits both alike; medians are reported.

    python benchmarks/bench_overhead.py [--rounds 31] [--calls 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

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
# quota every second), so that the SDK reads them and paces, but never has to wait.
HEADERS = {
    "content-type": "application/json",
    "x-request-id": "req_0123456789abcdefghijkl",
    "ratelimit-policy": '"hourly";q=100000;w=1, "burst";q=100000;w=1',
    "ratelimit": '"hourly";r=99999;t=0, "burst";r=99999;t=0',
}


def handler(request: httpx.Request) -> httpx.Response:
    body = PAGE_BODY if request.url.path == "/api/v1/companies" else COMPANY_BODY
    return httpx.Response(200, content=body, headers=HEADERS)


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


def report(name: str, floor: list[float], sdk: list[float]) -> float:
    """Median times, and the median of the per-round ratios (each round measures both back to back)."""
    ratio = statistics.median(s / f for f, s in zip(floor, sdk, strict=True))
    print(
        f"{name:<28} floor {statistics.median(floor) * 1e6:7.1f} us   "
        f"vclient {statistics.median(sdk) * 1e6:7.1f} us   ratio {ratio:5.3f}"
    )
    return ratio


def bench_sync(rounds: int, calls: int) -> dict[str, float]:
    http = httpx.Client(transport=TRANSPORT, headers={"X-API-KEY": KEY})
    client = SyncVClient(BASE, KEY, http_client=httpx.Client(transport=TRANSPORT), set_as_default=False)
    cases = {
        "sync companies.get()": (
            lambda: company_decoder.decode(http.get(COMPANY_URL).content),
            lambda: client.companies.get(payloads.COMPANY_ID),
        ),
        "sync get_page(limit=100)": (
            lambda: page_decoder.decode(http.get(PAGE_URL, params=PAGE_PARAMS).content),
            lambda: client.companies.get_page(limit=100),
        ),
    }
    ratios = {}
    for name, (floor_call, sdk_call) in cases.items():
        time_sync(floor_call, calls // 4)  # warm up both paths
        time_sync(sdk_call, calls // 4)
        floor, sdk = [], []
        for _ in range(rounds):
            floor.append(time_sync(floor_call, calls))
            sdk.append(time_sync(sdk_call, calls))
        ratios[name] = report(name, floor, sdk)
    return ratios


async def bench_async(rounds: int, calls: int) -> dict[str, float]:
    http = httpx.AsyncClient(transport=TRANSPORT, headers={"X-API-KEY": KEY})
    client = VClient(BASE, KEY, http_client=httpx.AsyncClient(transport=TRANSPORT), set_as_default=False)

    async def floor_get() -> Company:
        return company_decoder.decode((await http.get(COMPANY_URL)).content)

    async def floor_page() -> Page[Company]:
        return page_decoder.decode((await http.get(PAGE_URL, params=PAGE_PARAMS)).content)

    cases = {
        "async companies.get()": (floor_get, lambda: client.companies.get(payloads.COMPANY_ID)),
        "async get_page(limit=100)": (floor_page, lambda: client.companies.get_page(limit=100)),
    }
    ratios = {}
    for name, (floor_call, sdk_call) in cases.items():
        await time_async(floor_call, calls // 4)
        await time_async(sdk_call, calls // 4)
        floor, sdk = [], []
        for _ in range(rounds):
            floor.append(await time_async(floor_call, calls))
            sdk.append(await time_async(sdk_call, calls))
        ratios[name] = report(name, floor, sdk)
    return ratios


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--target", type=float, default=1.15)
    args = parser.parse_args()
    print(
        f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, msgspec {msgspec.__version__}; "
        f"median of {args.rounds} rounds x {args.calls} calls"
    )
    ratios = bench_sync(args.rounds, args.calls)
    ratios |= anyio.run(bench_async, args.rounds, args.calls)
    worst = max(ratios.values())
    print(f"worst ratio {worst:.3f} (target {args.target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
