from __future__ import annotations

import os

# The library the suite runs on (nox -s tests runs it on each): httpx, or httpx2 with `import httpx`
# aliased to it, as an application migrating to httpx2 would. Chosen before anything imports either.
if os.environ.get("VCLIENT_TEST_HTTP", "httpx") == "httpx2":
    import httpx2

    httpx2.alias_httpx()
else:
    os.environ.setdefault("VCLIENT_HTTP_LIBRARY", "httpx")

import inspect
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import vclient
from vclient._async import _client as async_client
from vclient._sync import _client as sync_client

from .mockapi import MockAPI

LIVE = Path(__file__).parent / "live"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--live", action="store_true", help="run tests/live against a real server (nox -s live)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The live suite needs a server, so only `--live` (as `nox -s live` passes it) collects it."""
    if collection_path == LIVE and not config.getoption("--live"):
        return True
    return None


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
    """Every wait either client asks for, recorded instead of slept; the clients' clock moves on by it."""
    slept: list[float] = []

    async def record_async(seconds: float) -> None:
        slept.append(seconds)

    def record_sync(seconds: float) -> None:
        slept.append(seconds)

    def clock() -> float:
        return time.monotonic() + sum(slept)

    for module in (async_client, sync_client):
        monkeypatch.setattr(module, "clock", clock)
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
