# Generated from tests/live/_async/conftest.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Clients of the live server, one per kind of API key, each recording what it sends (see `wire`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Callable
from typing import Any

import httpx
import pytest

from vclient import SyncVClient
from vclient._io import sync_sleep
from vclient.exceptions import AuthorizationError, NotFoundError

from .. import wire
from ..conftest import Live


@contextlib.contextmanager
def connect(live: Live, api_key: str, **settings: Any) -> Iterator[SyncVClient]:
    """A client of the live server for `api_key`, in the run's company, sending through the wire recorder."""
    with wire.http_client(httpx.Client) as http:
        client = SyncVClient(
            live.url,
            api_key,
            default_company_id=live.company_id,
            http_client=http,
            set_as_default=False,
            **settings,
        )
        with client:
            yield client


@pytest.fixture
def admin(live: Live) -> Iterator[SyncVClient]:
    """The global admin's key: may do anything, in any company."""
    with connect(live, live.keys["GLOBAL_ADMIN_KEY"]) as client:
        yield client


@pytest.fixture
def company_admin(live: Live) -> Iterator[SyncVClient]:
    """A developer with ADMIN permission on the run's company."""
    with connect(live, live.keys["COMPANY_ADMIN_KEY"]) as client:
        yield client


@pytest.fixture
def user_key(live: Live) -> Iterator[SyncVClient]:
    """A developer with USER permission on the run's company."""
    with connect(live, live.keys["USER_KEY"]) as client:
        yield client


class Undo:
    """What a test created, deleted in reverse order when it ends.

    Already gone is fine: a 404, or the 403 a deleted company gives its former owner.
    """

    def __init__(self) -> None:
        self._steps: list[Callable[[], Any]] = []

    def push(self, step: Callable[[], Any]) -> None:
        self._steps.append(step)

    def run(self) -> None:
        while self._steps:
            with contextlib.suppress(NotFoundError, AuthorizationError):
                self._steps.pop()()


@pytest.fixture
def undo() -> Iterator[Undo]:
    steps = Undo()
    yield steps
    steps.run()


def settled(read: Callable[[], Any], done: Callable[[Any], bool]) -> Any:
    """What `read()` returns once `done` holds for it, within a second.

    The server clears a key's cached answers only after it has sent the answer to that key's write, so
    a read of the same thing right after a write can still be served, for some milliseconds, from the
    cache (docs/real-server.md). Reads that repeat an earlier read after a write go through here.
    """
    for _ in range(50):
        result = read()
        if done(result):
            return result
        sync_sleep(0.02)
    raise AssertionError(f"still not as expected a second after the write: {result!r}")


def gone(read: Callable[[], Any], error: type[Exception] = NotFoundError) -> None:
    """Assert that `read()` raises `error` within a second (see `settled`)."""
    for _ in range(50):
        try:
            read()
        except error:
            return
        sync_sleep(0.02)
    raise AssertionError("still there a second after it was deleted")
