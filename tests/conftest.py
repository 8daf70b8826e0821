from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest

import vclient
from vclient._async import _client as async_client
from vclient._sync import _client as sync_client

from .mockapi import MockAPI


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: object) -> None:
    """Every coroutine test runs on asyncio and trio (anyio reads the mark right after this hook).

    Marking here rather than with `pytestmark` keeps the async test modules free of the word
    `anyio`, which the sync generation maps to `time`.
    """
    if inspect.iscoroutinefunction(obj):
        pytest.mark.anyio(obj)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait either client asks for, recorded instead of slept."""
    slept: list[float] = []

    async def record_async(seconds: float) -> None:
        slept.append(seconds)

    def record_sync(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(async_client, "sleep", record_async)
    monkeypatch.setattr(sync_client, "sleep", record_sync)
    return slept


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in (
        "VALENTINA_CLIENT_BASE_URL",
        "VALENTINA_CLIENT_API_KEY",
        "VALENTINA_CLIENT_DEFAULT_COMPANY_ID",
        "VALENTINA_CLIENT_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
    yield
    vclient.clear_default_client()
    vclient.clear_sync_default_client()


@pytest.fixture
def api() -> MockAPI:
    return MockAPI()
