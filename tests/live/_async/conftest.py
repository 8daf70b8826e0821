"""Clients of the live server, one per kind of API key, each recording what it sends (see `wire`)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from vclient import VClient
from vclient._io import async_sleep
from vclient.exceptions import AuthorizationError, NotFoundError

from .. import wire
from ..conftest import Live


@contextlib.asynccontextmanager
async def connect(live: Live, api_key: str, **settings: Any) -> AsyncIterator[VClient]:
    """A client of the live server for `api_key`, in the run's company, sending through the wire recorder."""
    async with wire.http_client(httpx.AsyncClient) as http:
        client = VClient(
            live.url,
            api_key,
            default_company_id=live.company_id,
            http_client=http,
            set_as_default=False,
            **settings,
        )
        async with client:
            yield client


@pytest.fixture
async def admin(live: Live) -> AsyncIterator[VClient]:
    """The global admin's key: may do anything, in any company."""
    async with connect(live, live.keys["GLOBAL_ADMIN_KEY"]) as client:
        yield client


@pytest.fixture
async def company_admin(live: Live) -> AsyncIterator[VClient]:
    """A developer with ADMIN permission on the run's company."""
    async with connect(live, live.keys["COMPANY_ADMIN_KEY"]) as client:
        yield client


@pytest.fixture
async def user_key(live: Live) -> AsyncIterator[VClient]:
    """A developer with USER permission on the run's company."""
    async with connect(live, live.keys["USER_KEY"]) as client:
        yield client


class Undo:
    """What a test created, deleted in reverse order when it ends.

    Already gone is fine: a 404, or the 403 a deleted company gives its former owner.
    """

    def __init__(self) -> None:
        self._steps: list[Callable[[], Any]] = []

    def push(self, step: Callable[[], Any]) -> None:
        self._steps.append(step)

    async def run(self) -> None:
        while self._steps:
            with contextlib.suppress(NotFoundError, AuthorizationError):
                await self._steps.pop()()


@pytest.fixture
async def undo() -> AsyncIterator[Undo]:
    steps = Undo()
    yield steps
    await steps.run()


async def settled(read: Callable[[], Any], done: Callable[[Any], bool]) -> Any:
    """What `read()` returns once `done` holds for it, within a second.

    The server clears a key's cached answers only after it has sent the answer to that key's write, so
    a read of the same thing right after a write can still be served, for some milliseconds, from the
    cache (docs/real-server.md). Reads that repeat an earlier read after a write go through here.
    """
    for _ in range(50):
        result = await read()
        if done(result):
            return result
        await async_sleep(0.02)
    raise AssertionError(f"still not as expected a second after the write: {result!r}")


async def gone(read: Callable[[], Any], error: type[Exception] = NotFoundError) -> None:
    """Assert that `read()` raises `error` within a second (see `settled`)."""
    for _ in range(50):
        try:
            await read()
        except error:
            return
        await async_sleep(0.02)
    raise AssertionError("still there a second after it was deleted")
