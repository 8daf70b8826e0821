"""Walks with page requests overlapped, as ratios to the bound of a walk that fetches page after page.

Every answer comes after `--latency` seconds (50 ms) from a transport that counts requests. `list_all`
over 30 pages is compared with 30 x latency; `iter_all` whose caller spends `--work` seconds (30 ms) on
every page with 30 x (latency + work). Targets: 0.35 and 0.75. Medians of `--rounds` rounds.

With VCLIENT_LIVE_URL and VCLIENT_LIVE_KEYS (the kit's keys file) set, the same walks run against that
server too, with the ratio to the same walk at page_concurrency=1 measured in the same run.

    python benchmarks/bench_walks.py [--rounds 3] [--latency 0.05] [--work 0.03]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import _library  # noqa: F401  (first: it picks the HTTP library)
import anyio
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for the shared test payloads

from tests import payloads
from vclient import SyncVClient, VClient

BASE = "https://api.test"
PAGES, LIMIT = 30, 10


class Slow:
    """Companies `LIMIT` at a time, each answer `latency` seconds late; counts requests per offset."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.items = [
            {**payloads.company(i), "id": f"0192f3c4-5b6a-7d8e-9f01-{i:012x}"} for i in range(PAGES * LIMIT)
        ]
        self.asked: list[int] = []
        self.lock = threading.Lock()

    def answer(self, request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        with self.lock:
            self.asked.append(offset)
        page = payloads.page(
            self.items[offset : offset + LIMIT], offset=offset, limit=LIMIT, total=len(self.items)
        )
        return httpx.Response(200, json=page)


class SlowAsync(Slow, httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await anyio.sleep(self.latency)
        return self.answer(request)


class SlowSync(Slow, httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self.latency)
        return self.answer(request)


def check(slow: Slow, walks: int) -> None:
    expected = sorted(list(range(0, PAGES * LIMIT, LIMIT)) * walks)
    if sorted(slow.asked) != expected:
        raise SystemExit(f"requests asked {sorted(slow.asked)}, expected each page once per walk")


async def async_round(latency: float, work: float) -> tuple[float, float, int]:
    slow = SlowAsync(latency)
    client = VClient(BASE, "bench-key", http_client=httpx.AsyncClient(transport=slow), set_as_default=False)
    started = time.perf_counter()
    assert len(await client.companies.list_all(limit=LIMIT)) == PAGES * LIMIT
    listed = time.perf_counter() - started
    started = time.perf_counter()
    index = 0
    async for _ in client.companies.iter_all(limit=LIMIT):
        index += 1
        if index % LIMIT == 0:
            await anyio.sleep(work)  # the caller's work on a page
    iterated = time.perf_counter() - started
    check(slow, 2)
    return listed, iterated, len(slow.asked)


def sync_round(latency: float, work: float) -> tuple[float, float, int]:
    slow = SlowSync(latency)
    client = SyncVClient(BASE, "bench-key", http_client=httpx.Client(transport=slow), set_as_default=False)
    started = time.perf_counter()
    assert len(client.companies.list_all(limit=LIMIT)) == PAGES * LIMIT
    listed = time.perf_counter() - started
    started = time.perf_counter()
    for index, _ in enumerate(client.companies.iter_all(limit=LIMIT)):
        if index % LIMIT == LIMIT - 1:
            time.sleep(work)
    iterated = time.perf_counter() - started
    check(slow, 2)
    return listed, iterated, len(slow.asked)


def refilled(client: SyncVClient) -> None:
    """Wait until the server's buckets are full again, so that each walk starts as the other did."""
    client.system.health()
    info = client.rate_limit
    for policy in info.policies if info is not None else ():
        if policy.quota and policy.window and policy.remaining is not None:
            time.sleep((policy.quota - policy.remaining) * policy.window / policy.quota + 0.5)


def live(rounds: int) -> None:
    """The global admin's audit logs, 100 a page, walked at page_concurrency 1 and 4 in turns."""
    url, keys = os.environ.get("VCLIENT_LIVE_URL"), os.environ.get("VCLIENT_LIVE_KEYS")
    if not (url and keys):
        print("live: not run (set VCLIENT_LIVE_URL and VCLIENT_LIVE_KEYS, the kit's keys file)")
        return
    settings = dict(line.split("=", 1) for line in Path(keys).read_text().splitlines() if "=" in line)
    client = SyncVClient(url, settings["GLOBAL_ADMIN_KEY"], set_as_default=False)
    developer = settings["GLOBAL_ADMIN_DEVELOPER_ID"]
    times: dict[int, list[float]] = {1: [], 4: []}
    refused = 0
    for _ in range(rounds):
        for concurrency, measured in times.items():
            refilled(client)
            started = time.perf_counter()
            logs = client.global_admin.list_all_audit_logs(developer, limit=100, page_concurrency=concurrency)
            measured.append(time.perf_counter() - started)
            refused += client.last_response is not None and client.last_response.attempts > 1
    one, four = (statistics.median(t) for t in times.values())
    print(
        f"live {url}: {len(logs)} audit log entries, 100 a page: page by page {one * 1000:.0f} ms, "
        f"4 at a time {four * 1000:.0f} ms = x{four / one:.3f}; last pages retried: {refused}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--work", type=float, default=0.03)
    args = parser.parse_args()
    list_bound, iter_bound = PAGES * args.latency, PAGES * (args.latency + args.work)
    print(
        f"{PAGES} pages, {args.latency * 1000:.0f} ms per answer, "
        f"{args.work * 1000:.0f} ms of caller work per page"
    )
    for name in ("async", "sync"):
        results = [
            anyio.run(async_round, args.latency, args.work)
            if name == "async"
            else sync_round(args.latency, args.work)
            for _ in range(args.rounds)
        ]
        listed = statistics.median(r[0] for r in results)
        iterated = statistics.median(r[1] for r in results)
        print(
            f"{name:5} list_all {listed * 1000:6.0f} ms = x{listed / list_bound:.3f} of page by page "
            "(target 0.35)  "
            f"iter_all {iterated * 1000:6.0f} ms = x{iterated / iter_bound:.3f} (target 0.75)  "
            f"{results[0][2]} requests for {2 * PAGES} pages"
        )
    live(args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
