"""Walks through a collection: `iter_all` (one page ahead) and `list_all` (pages fetched at once).

Hand-written in `vclient._async`; generated into `vclient._sync`, where the background work runs in
threads.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._core._endpoint import Endpoint, PreparedRequest
from .._core._pagination import Page, PageWalk, Seen, check_count
from .._core._response import ResponseInfo
from .._tasks import AsyncBackground, async_run_bounded

if TYPE_CHECKING:
    from ._client import VClient

__all__ = ["Walk", "collect"]

T = TypeVar("T")


async def _fetch(client: VClient, request: PreparedRequest[Page[T]]) -> tuple[Page[T], ResponseInfo | None]:
    """A page, and the `last_response` it left (in a task or thread of its own, so the caller's is
    set from it)."""
    page = await client._send(request)
    return page, client._session.last_response.get()


def _page_width(client: VClient, operation: str, limit: int) -> int:
    """How many pages of a walk to ask for at once, up to `limit`: fewer when the rate limit has
    fewer tokens left (then requests one at a time keep the pacer's count exact, and no slower)."""
    if not client._config.pace_requests:
        return limit
    session = client._session
    with session.pace_lock:
        room = session.pacer.headroom(operation, client._now())
    return limit if room is None else max(1, min(limit, int(room)))


class Walk(Generic[T]):
    """Every item of a collection, in the server's order, none twice.

    Iterated, it holds one page and, with `page_concurrency` above 1, fetches the next while the
    caller handles this one. Closed (`aclose()`, a `break` that drops it, garbage collection, a
    cancellation), it stops that fetch.
    """

    __slots__ = ("_ahead", "_asked", "_client", "_items", "_next", "_seen", "_walk")

    def __init__(
        self,
        client: VClient,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None,
        limit: int,
        query: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        self._ahead: AsyncBackground[tuple[Page[T], ResponseInfo | None]] | None = None
        self._client = client
        self._asked = (endpoint, path, query, headers)
        self._walk = PageWalk(limit)
        self._seen = Seen(window=2 * limit)  # a list_all keeps every id: it holds every item anyway
        self._next: int | None = 0
        self._items: Iterator[T] = iter(())

    def _request(self, offset: int) -> PreparedRequest[Page[T]]:
        endpoint, path, query, headers = self._asked
        return endpoint.prepare_page(
            path, limit=self._walk.limit, offset=offset, query=query, headers=headers
        )

    def _fetcher(self, offset: int) -> Any:
        return partial(_fetch, self._client, self._request(offset))  # not bound to the walk: it may go

    def __aiter__(self) -> Walk[T]:
        return self

    async def __anext__(self) -> T:
        while True:
            for item in self._items:
                if self._seen.first(item):
                    return item
            if self._next is None:
                raise StopAsyncIteration
            self._items = iter((await self._take()).items)

    async def _take(self) -> Page[T]:
        """The next page (the one fetched ahead, if any); the walk ends with any failure."""
        ahead, self._ahead = self._ahead, None
        answer: tuple[Page[T], ResponseInfo | None]
        try:
            if ahead is None:
                answer = await self._fetcher(self._next or 0)()
            else:
                answer = await ahead.result()
            page = answer[0]
            self._client._session.last_response.set(answer[1])
            self._next = self._walk.next_offset(page)
        except BaseException:
            self._next = None
            if ahead is not None:
                ahead.cancel()
            raise
        if self._next is not None and self._client._config.page_concurrency > 1:
            self._ahead = AsyncBackground(self._fetcher(self._next))
        return page

    async def aclose(self) -> None:
        """Stop the walk, and the fetch of the page ahead."""
        self._close()

    def _close(self) -> None:
        self._next, self._items = None, iter(())
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            ahead.cancel()

    def __del__(self) -> None:
        self._close()

    async def _all(self, page_concurrency: int | None) -> list[T]:
        limit = self._client._config.page_concurrency if page_concurrency is None else page_concurrency
        check_count("page_concurrency", limit, 1)
        if self._next != 0 or self._ahead is not None:
            raise RuntimeError("a walk is collected once, before it is iterated")
        items: list[T] = []
        self._seen = Seen()
        answers = [await self._fetcher(0)()]
        while True:
            self._client._session.last_response.set(answers[-1][1])
            for page, _ in answers:
                items.extend(item for item in page.items if self._seen.first(item))
                self._next = self._walk.next_offset(page)
                if self._next is None:
                    return items
            # Once a page has said the total, the pages it promises are fetched at once; a walk that
            # finds the collection grown goes on from the last of them.
            offsets = list(self._walk.planned(page)) if limit > 1 else [self._next]
            answers = []
            while offsets:
                width = _page_width(self._client, self._asked[0].operation_id, limit)
                batch, offsets = (offsets, []) if width == limit else (offsets[:width], offsets[width:])
                answers += await async_run_bounded([self._fetcher(offset) for offset in batch], width)


async def collect(items: Any, page_concurrency: int | None) -> list[T]:
    """A `list_all`: the walk an `iter_all` returned, its pages fetched `page_concurrency` at a time."""
    assert isinstance(items, Walk)
    return await items._all(page_concurrency)
