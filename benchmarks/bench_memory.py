"""Peak memory of walking a large collection, on both clients: figures, not a timed test.

`iter_all` should hold one page at a time, however long the collection (10,000 and 100,000 items
should peak alike); `list_all` should hold the decoded items and little more. Peaks are traced
Python allocations (tracemalloc) while the walk runs, with the garbage collector left as it is.
Each page is 100 characters of about 2 kB each, as the real server sends them.

    python benchmarks/bench_memory.py [--items 10000 100000]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import _library  # noqa: F401  (first: it picks the HTTP library)
import anyio
import httpx
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for the shared test payloads

from tests import payloads
from vclient import SyncVClient, VClient

BASE = "https://api.test"
PAGE_SIZE = 100
CHARACTER = payloads.character(biography="A long life, told at length. " * 40)


def pages_of(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """A server holding `total` characters; each page is encoded when asked for, as a server would."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 10))
        count = max(0, min(limit, total - offset))
        items = [{**CHARACTER, "id": f"0192f3c4-5b6a-7d8e-9f01-{offset + i:012x}"} for i in range(count)]
        body = msgspec.json.encode(payloads.page(items, offset=offset, limit=limit, total=total))
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return handler


def peak(run: Callable[[], Any]) -> tuple[float, Any]:
    """Peak traced MB while `run` runs, and what it returned."""
    gc.collect()
    tracemalloc.start()
    try:
        result = run()
        _, top = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return top / 1e6, result


def sync_walk(total: int, collect: bool) -> tuple[float, Any]:
    client = SyncVClient(
        BASE,
        "bench-key",
        default_company_id=payloads.COMPANY_ID,
        http_client=httpx.Client(transport=httpx.MockTransport(pages_of(total))),
        set_as_default=False,
    )
    characters = client.characters("user")
    if collect:
        return peak(lambda: len(characters.list_all(limit=PAGE_SIZE)))
    return peak(lambda: sum(1 for _ in characters.iter_all(limit=PAGE_SIZE)))


def async_walk(total: int, collect: bool) -> tuple[float, Any]:
    async def walk() -> tuple[float, Any]:
        client = VClient(
            BASE,
            "bench-key",
            default_company_id=payloads.COMPANY_ID,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(pages_of(total))),
            set_as_default=False,
        )
        characters = client.characters("user")
        if collect:
            return await async_peak(lambda: length(characters.list_all(limit=PAGE_SIZE)))
        return await async_peak(lambda: count(characters.iter_all(limit=PAGE_SIZE)))

    # Traced inside the event loop, so that starting the loop is not counted.
    return anyio.run(walk)


async def count(items: AsyncIterator[object]) -> int:
    return sum([1 async for _ in items])


async def length(items: Awaitable[list[Any]]) -> int:
    return len(await items)


async def async_peak(run: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    gc.collect()
    tracemalloc.start()
    try:
        result = await run()
        _, top = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return top / 1e6, result


def decoded_size(total: int) -> float:
    """MB that `total` decoded characters take by themselves: what `list_all` cannot avoid holding."""
    from vclient.models import Character

    body = msgspec.json.encode([CHARACTER] * total)
    megabytes, _ = peak(lambda: msgspec.json.decode(body, type=list[Character]))
    return megabytes


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    page_kb = len(msgspec.json.encode(payloads.page([CHARACTER] * PAGE_SIZE, limit=PAGE_SIZE, total=1))) / 1e3
    print(f"Python {sys.version.split()[0]}; pages of {PAGE_SIZE} characters, {page_kb:.0f} kB each")
    for total in args.items:
        for name, walk in (("sync", sync_walk), ("async", async_walk)):
            walked, walked_count = walk(total, collect=False)
            assert walked_count == total, (walked_count, total)
            print(f"{name:<5} iter_all over {total:>7,} items: peak {walked:6.2f} MB")
    total = min(args.items)
    for name, walk in (("sync", sync_walk), ("async", async_walk)):
        collected, collected_count = walk(total, collect=True)
        assert collected_count == total
        print(f"{name:<5} list_all of  {total:>7,} items: peak {collected:6.2f} MB")
    print(f"      the {total:,} decoded items alone:  {decoded_size(total):6.2f} MB")
    for client_class in (SyncVClient, VClient):
        grown = copies_left(client_class, 100_000)
        print(f"{client_class.__name__}.with_options: 100,000 copies made and dropped leave {grown:,} bytes")
        if grown > 10_000:
            raise SystemExit("with_options copies are not freed")
    return 0


def copies_left(client_class: type[SyncVClient] | type[VClient], copies: int) -> int:
    """Traced bytes left after `copies` with_options copies were made (each used once) and dropped."""
    client = client_class("https://api.test", "bench-key", set_as_default=False)
    tracemalloc.start()
    try:
        for _ in range(1_000):
            client.with_options(timeout=5.0).companies  # noqa: B018
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(copies):
            client.with_options(timeout=5.0, headers={"X-Team": "a"}).companies  # noqa: B018
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


if __name__ == "__main__":
    sys.exit(main())
