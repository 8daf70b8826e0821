"""A task cancelled in the middle of a walk leaves nothing running (async only: a thread is not cancelled)."""

from __future__ import annotations

import anyio
import httpx

from tests._async.test_walks import Collection
from vclient import VClient


async def test_a_task_cancelled_mid_walk_stops_the_fetch_ahead() -> None:
    collection = Collection(100, latency=0.02)
    client = VClient(
        "https://api.test", "k", http_client=httpx.AsyncClient(transport=collection), set_as_default=False
    )
    seen = 0
    with anyio.move_on_after(0.1):
        async for _ in client.companies.iter_all(limit=10):
            seen += 1
            await anyio.sleep(0.005)
    await anyio.sleep(0.1)
    assert 0 < seen < 100
    assert collection.flying == 0
    asked = len(collection.offsets)
    await anyio.sleep(0.1)
    assert len(collection.offsets) == asked  # nothing asked for after the walk ended


async def test_a_task_cancelled_during_list_all_stops_every_page() -> None:
    collection = Collection(100, latency=0.05)
    client = VClient(
        "https://api.test", "k", http_client=httpx.AsyncClient(transport=collection), set_as_default=False
    )
    with anyio.move_on_after(0.08):
        await client.companies.list_all(limit=10)
    assert collection.flying == 0
    assert len(collection.offsets) < 10
