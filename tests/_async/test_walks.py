"""Walks that overlap their page requests: `list_all` fetches the pages the first one promises at once,
`iter_all` fetches one page ahead; both return what a walk one page after another returns."""

from __future__ import annotations

import gc
import threading
from typing import Any

import httpx
import pytest

from vclient import VClient
from vclient._io import async_sleep
from vclient.exceptions import ConfigurationError, NotFoundError, RequestValidationError
from vclient.testing import FakeAPI, FakeVClient

from .. import payloads
from ..mockapi import problem
from .conftest import API_KEY, BASE_URL


class Collection(httpx.AsyncBaseTransport):
    """Companies served `limit` at a time by offset, each answer after `latency` seconds of real time;
    counts the requests in flight and remembers the offsets asked for."""

    def __init__(self, total: int, latency: float = 0.0, fail_at: int | None = None) -> None:
        self.items = [payloads.company(i) for i in range(1, total + 1)]
        for index, item in enumerate(self.items):
            item["id"] = f"0192f3c4-5b6a-7d8e-9f01-{index:012x}"
        self.latency, self.fail_at = latency, fail_at
        self.offsets: list[int] = []
        self.flying = self.most_flying = self.finished = 0
        self.lock = threading.Lock()
        self.on_answer: Any = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        with self.lock:
            self.offsets.append(offset)
            self.flying += 1
            self.most_flying = max(self.most_flying, self.flying)
        try:
            if self.latency:
                await async_sleep(self.latency)
            if offset == self.fail_at:
                return problem(404, "Not Found", "gone")
            body = payloads.page(
                self.items[offset : offset + limit], offset=offset, limit=limit, total=len(self.items)
            )
            if self.on_answer is not None:
                self.on_answer(offset)
            return httpx.Response(200, json=body)
        finally:
            with self.lock:
                self.flying -= 1
                self.finished += 1


def on(collection: Collection, **settings: Any) -> VClient:
    http = httpx.AsyncClient(transport=collection)
    return VClient(BASE_URL, API_KEY, http_client=http, set_as_default=False, **settings)


def ids(items: list[Any]) -> list[str]:
    return [item.id for item in items]


@pytest.mark.parametrize(
    ("total", "limit", "page_concurrency"),
    [(0, 10, 4), (1, 10, 4), (10, 10, 4), (11, 10, 4), (95, 10, 1), (95, 10, 3), (95, 10, 16), (250, 100, 2)],
)
async def test_list_all_returns_what_a_walk_page_by_page_returns_asking_each_page_once(
    total: int, limit: int, page_concurrency: int
) -> None:
    collection = Collection(total)
    client = on(collection)
    everything = await client.companies.list_all(limit=limit, page_concurrency=page_concurrency)
    assert ids(everything) == [item["id"] for item in collection.items]
    assert sorted(collection.offsets) == list(range(0, max(total, 1), limit))
    walked = [
        company async for company in on(Collection(total), page_concurrency=1).companies.iter_all(limit=limit)
    ]
    assert ids(walked) == ids(everything)


@pytest.mark.parametrize("page_concurrency", [2, 4])
async def test_list_all_keeps_at_most_page_concurrency_requests_in_flight(page_concurrency: int) -> None:
    collection = Collection(100, latency=0.01)
    client = on(collection, page_concurrency=page_concurrency)
    assert len(await client.companies.list_all(limit=10)) == 100
    assert 1 < collection.most_flying <= page_concurrency
    sequential = Collection(100, latency=0.01)
    await on(sequential).companies.list_all(limit=10, page_concurrency=1)
    assert sequential.most_flying == 1


async def test_iter_all_fetches_one_page_ahead_and_no_more() -> None:
    collection = Collection(50, latency=0.005)
    walk = on(collection).companies.iter_all(limit=10)
    first = await walk.__anext__()
    for _ in range(200):  # the caller at work: the next page is asked for meanwhile...
        await async_sleep(0.01)
        if collection.finished == 2:
            break
    await async_sleep(0.05)
    assert collection.offsets == [0, 10]  # ...and only that one
    rest = [company async for company in walk]
    assert ids([first, *rest]) == [item["id"] for item in collection.items]
    assert collection.offsets == [0, 10, 20, 30, 40]


async def test_stopping_a_walk_early_leaves_no_request_running() -> None:
    collection = Collection(50, latency=0.02)
    async for company in on(collection).companies.iter_all(limit=10):
        assert company.id == collection.items[0]["id"]
        break
    await async_sleep(0.05)
    assert collection.flying == 0
    assert set(collection.offsets) <= {0, 10}  # at most the page ahead was asked for, nothing after
    assert not [t for t in threading.enumerate() if t.name.startswith("vclient-")]

    dropped = on(collection).companies.iter_all(limit=10)
    await dropped.__anext__()
    del dropped  # garbage: its fetch ahead is stopped with it
    gc.collect()
    await async_sleep(0.05)
    assert collection.flying == 0

    walk = on(collection).companies.iter_all(limit=10)
    await walk.__anext__()
    await walk.aclose()  # type: ignore[attr-defined]
    assert [company async for company in walk] == []
    await async_sleep(0.05)
    assert collection.flying == 0


@pytest.mark.parametrize("page_concurrency", [1, 4])
async def test_a_page_failing_mid_walk_is_raised_once_and_ends_the_walk(page_concurrency: int) -> None:
    collection = Collection(100, latency=0.005, fail_at=30)
    client = on(collection, page_concurrency=page_concurrency)
    with pytest.raises(NotFoundError):
        await client.companies.list_all(limit=10)
    assert collection.flying == 0
    walk = client.companies.iter_all(limit=10)
    seen: list[Any] = []

    async def walk_into_seen() -> None:
        async for company in walk:
            seen.append(company)

    with pytest.raises(NotFoundError):
        await walk_into_seen()
    assert ids(seen) == [item["id"] for item in collection.items[:30]]
    assert [company async for company in walk] == []


@pytest.mark.parametrize("page_concurrency", [1, 4])
async def test_items_added_during_a_walk_never_make_an_item_come_twice(page_concurrency: int) -> None:
    collection = Collection(45)
    original = [item["id"] for item in collection.items]
    added = iter(range(1000, 1100))

    def newest_first(offset: int) -> None:  # two new items at the front after every answer
        for _ in range(2):
            item = payloads.company(1)
            item["id"] = f"0192f3c4-5b6a-7d8e-9f01-{next(added):012x}"
            collection.items.insert(0, item)

    collection.on_answer = newest_first
    everything = await on(collection).companies.list_all(limit=10, page_concurrency=page_concurrency)
    assert len(ids(everything)) == len(set(ids(everything)))
    assert set(original) <= set(ids(everything))  # shifted back, never skipped


async def test_list_all_and_iter_all_leave_last_response_set() -> None:
    client = on(Collection(30))
    await client.companies.list_all(limit=10)
    assert client.last_response is not None
    assert client.last_response.operation_id == "listCompanies"
    async for _ in client.with_options().companies.iter_all(limit=10):
        pass
    assert client.last_response.status_code == 200


async def test_page_concurrency_is_checked_where_it_is_given() -> None:
    with pytest.raises(ConfigurationError, match="page_concurrency"):
        on(Collection(1), page_concurrency=0)
    with pytest.raises(ConfigurationError, match="page_concurrency"):
        on(Collection(1)).with_options(page_concurrency=True)
    collection = Collection(1)
    with pytest.raises(RequestValidationError, match="page_concurrency"):
        await on(collection).companies.list_all(page_concurrency=0)
    assert collection.offsets == []


async def test_a_concurrent_walk_takes_its_turns_from_the_pacer_and_is_never_refused() -> None:
    fake = FakeAPI(seed=1, rate_limits="burst:5:1")
    client = FakeVClient(fake, set_as_default=False, auto_retry_rate_limit=False, page_concurrency=8)
    dictionary = client.dictionary()
    first = await dictionary.list_all(limit=1)
    for _ in range(4):  # 5 pages a walk, from a bucket of 5 refilled at 1 a second: pacing alone keeps it
        assert ids(await dictionary.list_all(limit=1)) == ids(first)
        assert ids([term async for term in dictionary.iter_all(limit=1)]) == ids(first)
    assert fake.elapsed >= 35  # 45 requests, 40 of them on the refill
