"""Tasks and threads of one client mixing uploads and reads: the upload route's own limit (50, then one
every 12 s, always on) paces uploads only; a server-wide policy, when the kit has one, paces them all.

On the kit's default configuration (the everyday live suite) nothing may wait or be refused. Under
`nox -s pacing` (a server-wide bucket of 30 refilled 5 a second) no request may be refused, no read may
wait for the upload bucket, and the whole takes at most 1.03 times what the server-wide bucket allows.
Each test has a developer and key of its own, so that its buckets are fresh.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

from vclient import SyncVClient, VClient

from . import wire
from .conftest import Live, fresh_key, tiny_png
from .test_pacing import full_bucket, policy

UPLOADS, READS = 25, 175  # uploads stay under their bucket's 50: it is in use, not empty
JOBS = ["upload" if i % 8 == 0 else "read" for i in range(UPLOADS + READS)]


class Waits(logging.Handler):
    """The `vclient` log's lines for requests that waited for a turn."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        line = record.getMessage()
        if " for a turn under rate limit " in line:
            self.lines.append(line)


@pytest.fixture
def waits() -> Iterator[Waits]:
    logger, handler = logging.getLogger("vclient"), Waits()
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def judge(flavour: str, took: float, start: int, waits: Waits, server_wide: bool) -> None:
    refused = sum(1 for e in wire.WIRE.exchanges[start:] if e.status == 429)
    read_waits = [line for line in waits.lines if line.startswith("GET ")]
    capacity, refill = policy()
    best = (len(JOBS) - capacity) / refill
    ratio = (
        f"{took / best:.3f} of the server-wide bucket's minimum" if server_wide else "no server-wide policy"
    )
    print(
        f"\n{flavour}: {UPLOADS} uploads and {READS} reads in {took:.1f} s ({ratio}); "
        f"429s: {refused}; waits: {len(waits.lines)}, of reads for the upload bucket: "
        f"{sum('asset_upload' in line for line in read_waits)}"
    )
    assert refused == 0
    assert not any("asset_upload" in line for line in read_waits)
    if server_wide:
        assert took / best <= 1.03
    else:
        assert waits.lines == []


def run_sync(live: Live, waits: Waits, server_wide: bool) -> None:
    with fresh_key(live) as (key, user_id), wire.http_client(httpx.Client) as http:
        client = SyncVClient(
            live.url, key, default_company_id=live.company_id, http_client=http, set_as_default=False
        )
        users, campaigns = client.users(live.admin_user), client.campaigns(live.admin_user)

        def job(index: int) -> None:
            if JOBS[index] == "upload":
                users.upload_avatar(user_id, tiny_png(index), filename="me.png")
            elif index % 2:
                client.companies.get(live.company_id)
            else:
                campaigns.get_page(limit=1)

        if server_wide:
            full_bucket(live)
        start, began = len(wire.WIRE.exchanges), time.monotonic()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(job, range(len(JOBS))))
        judge("sync, 8 threads", time.monotonic() - began, start, waits, server_wide)


async def run_async(live: Live, waits: Waits, server_wide: bool, flavour: str) -> None:
    with fresh_key(live) as (key, user_id):
        async with wire.http_client(httpx.AsyncClient) as http:
            client = VClient(
                live.url, key, default_company_id=live.company_id, http_client=http, set_as_default=False
            )
            users, campaigns = client.users(live.admin_user), client.campaigns(live.admin_user)
            indices = iter(range(len(JOBS)))

            async def worker() -> None:
                for index in indices:
                    if JOBS[index] == "upload":
                        await users.upload_avatar(user_id, tiny_png(index), filename="me.png")
                    elif index % 2:
                        await client.companies.get(live.company_id)
                    else:
                        await campaigns.get_page(limit=1)

            if server_wide:
                full_bucket(live)
            start, began = len(wire.WIRE.exchanges), time.monotonic()
            async with anyio.create_task_group() as group:
                for _ in range(20):
                    group.start_soon(worker)
            judge(f"{flavour}, 20 tasks", time.monotonic() - began, start, waits, server_wide)


def test_threads_on_the_route_limits_alone(live: Live, waits: Waits) -> None:
    run_sync(live, waits, server_wide=False)


async def test_tasks_on_the_route_limits_alone(live: Live, waits: Waits, anyio_backend: str) -> None:
    await run_async(live, waits, False, anyio_backend)


@pytest.mark.pacing
def test_threads_under_a_server_wide_policy_and_the_route_limits(live: Live, waits: Waits) -> None:
    run_sync(live, waits, server_wide=True)


@pytest.mark.pacing
async def test_tasks_under_a_server_wide_policy_and_the_route_limits(
    live: Live, waits: Waits, anyio_backend: str
) -> None:
    await run_async(live, waits, True, anyio_backend)
