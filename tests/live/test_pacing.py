"""Many tasks, one rate limit (`nox -s pacing`, with the kit's limit at 30 requests refilled 5 a second).

200 `companies.get` calls from 20 tasks of one `VClient` (asyncio and trio) and from 8 threads of one
`SyncVClient`, with pacing on (the default) and off. With pacing on, no call may fail, hardly a request
may be refused on the wire, and all must be done within 1.03 times what the bucket allows at best;
one caller alone must keep the bucket's full rate just as well.
Each run starts from a full bucket and a server that knows the key (see `full_bucket`).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

from vclient import SyncVClient, VClient
from vclient.exceptions import APIError

from . import wire
from .conftest import UNLIMITED, Live

pytestmark = pytest.mark.pacing

CALLS = 200


def policy() -> tuple[int, float]:
    """The bucket's size and refill rate, from the policy `nox -s pacing` switched on."""
    _, capacity, refill, *_ = os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:30:5").split(":")
    return int(capacity), float(refill)


def full_bucket(live: Live) -> None:
    """Wait until an earlier run's use of the key has refilled (every run starts from a full bucket),
    and have the server look the key up once, past its rate limit: its first look at a key after its
    caches were emptied takes seconds (more with many at once), which is the server's, not pacing's."""
    capacity, refill = policy()
    time.sleep(capacity / refill + 1)
    headers = {"X-API-KEY": live.keys["USER_KEY"], **UNLIMITED}
    httpx.get(
        f"{live.url}/api/v1/companies/{live.company_id}", headers=headers, timeout=30
    ).raise_for_status()


def report(flavour: str, pacing: bool, took: float, errors: list[str], start: int) -> dict[str, object]:
    capacity, refill = policy()
    best = (CALLS - capacity) / refill
    refused = sum(1 for e in wire.WIRE.exchanges[start:] if e.status == 429)
    figures: dict[str, object] = {
        "flavour": flavour,
        "pacing": "on" if pacing else "off",
        "calls": CALLS,
        "429s on the wire": refused,
        "errors": len(errors),
        "time s": round(took, 1),
        "bucket minimum s": round(best, 1),
        "ratio": round(took / best, 3),
    }
    print("\n" + " | ".join(f"{k}: {v}" for k, v in figures.items()))
    for error in errors[:2]:
        print("   ", error)
    return figures


def judge(figures: dict[str, object], pacing: bool) -> None:
    if pacing:
        assert figures["errors"] == 0
        assert isinstance(figures["429s on the wire"], int) and figures["429s on the wire"] <= 3
        assert isinstance(figures["ratio"], float) and figures["ratio"] <= 1.03


@pytest.mark.parametrize(
    ("threads", "pacing"), [(8, True), (8, False), (1, True)], ids=["paced", "unpaced", "alone"]
)
def test_threads_of_one_sync_client(live: Live, threads: int, pacing: bool) -> None:
    full_bucket(live)
    errors: list[str] = []
    with wire.http_client(httpx.Client) as http:
        client = SyncVClient(
            live.url, live.keys["USER_KEY"], http_client=http, set_as_default=False, pace_requests=pacing
        )
        start = len(wire.WIRE.exchanges)

        def call(_: int) -> None:
            try:
                client.companies.get(live.company_id)
            except APIError as error:
                errors.append(f"{type(error).__name__}: {error}")

        began = time.monotonic()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(call, range(CALLS)))
        took = time.monotonic() - began
    judge(report(f"sync, {threads} threads", pacing, took, errors, start), pacing)


@pytest.mark.parametrize(
    ("tasks", "pacing"), [(20, True), (20, False), (1, True)], ids=["paced", "unpaced", "alone"]
)
async def test_tasks_of_one_async_client(live: Live, tasks: int, pacing: bool, anyio_backend: str) -> None:
    full_bucket(live)
    errors: list[str] = []
    async with wire.http_client(httpx.AsyncClient) as http:
        client = VClient(
            live.url, live.keys["USER_KEY"], http_client=http, set_as_default=False, pace_requests=pacing
        )
        start = len(wire.WIRE.exchanges)
        calls = iter(range(CALLS))

        async def worker() -> None:
            for _ in calls:
                try:
                    await client.companies.get(live.company_id)
                except APIError as error:
                    errors.append(f"{type(error).__name__}: {error}")

        began = time.monotonic()
        async with anyio.create_task_group() as group:
            for _ in range(tasks):
                group.start_soon(worker)
        took = time.monotonic() - began
    judge(report(f"{anyio_backend}, {tasks} tasks", pacing, took, errors, start), pacing)
