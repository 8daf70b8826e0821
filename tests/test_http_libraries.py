"""httpx and httpx2: either library's client works as http_client=, on both SDK clients, with its
failures mapped into the SDK's exceptions; the SDK's own pools use the library chosen."""

from __future__ import annotations

import importlib
import os
import re
from types import ModuleType
from typing import Any

import anyio
import pytest

import vclient
from vclient import SyncVClient, VClient
from vclient._http import ENV_LIBRARY, _preferred, library_of
from vclient.exceptions import APIConnectionError, APITimeoutError, ConfigurationError, NotFoundError
from vclient.testing import DEFAULT_API_KEY, FakeAPI, SyncFakeVClient, fake_transport

LIBRARIES = ["httpx", "httpx2"]
BASE = "https://api.test"


def library(name: str) -> ModuleType:
    return importlib.import_module(name)  # under the suite's httpx2 run, `httpx` is httpx2 too


def test_the_suite_runs_on_the_library_it_was_asked_for() -> None:
    wanted = os.environ.get("VCLIENT_TEST_HTTP", "httpx")
    with SyncFakeVClient() as client:
        assert client._session.library.module.__name__ == wanted
        client.system.health()
        assert (
            client.fake.calls[-1].headers["user-agent"].endswith(f" {wanted}/{library(wanted).__version__}")
        )


@pytest.mark.parametrize("name", LIBRARIES)
def test_either_librarys_client_is_answered_by_the_fake(name: str) -> None:
    lib, fake = library(name), FakeAPI(seed=1)
    with SyncVClient(BASE, DEFAULT_API_KEY, http_client=lib.Client(transport=fake_transport(fake))) as client:
        assert client.system.health().version
        with pytest.raises(NotFoundError):
            client.companies.get("00000000-0000-0000-0000-000000000000")

    async def main() -> None:
        http = lib.AsyncClient(transport=fake_transport(fake))
        async with VClient(BASE, DEFAULT_API_KEY, http_client=http, set_as_default=False) as client:
            assert (await client.system.health()).version
        await http.aclose()

    anyio.run(main)


def _failing(lib: ModuleType, failure: Exception, asynchronous: bool) -> Any:
    def fail(request: Any) -> Any:
        raise failure

    transport = lib.MockTransport(fail)
    return lib.AsyncClient(transport=transport) if asynchronous else lib.Client(transport=transport)


@pytest.mark.parametrize("name", LIBRARIES)
@pytest.mark.parametrize(
    ("failure", "expected", "words"),
    [
        ("ConnectError", APIConnectionError, "could not connect (refused)"),
        ("ReadTimeout", APITimeoutError, "no answer in time"),
        ("RemoteProtocolError", APIConnectionError, "the server closed the connection"),
    ],
)
def test_either_librarys_failures_become_the_sdks_exceptions(
    name: str, failure: str, expected: type[Exception], words: str
) -> None:
    lib = library(name)
    error: Exception = getattr(lib, failure)("refused")
    sync = SyncVClient(
        BASE, "k", http_client=_failing(lib, error, False), max_retries=0, set_as_default=False
    )
    with pytest.raises(expected, match=re.escape(words)) as raised:
        sync.system.health()
    assert raised.value.__cause__ is error

    async def main() -> None:
        http = _failing(lib, error, True)
        client = VClient(BASE, "k", http_client=http, max_retries=0, set_as_default=False)
        with pytest.raises(expected, match=re.escape(words)):
            await client.system.health()

    anyio.run(main)


@pytest.mark.parametrize("name", LIBRARIES)
def test_the_wrong_flavour_of_either_library_is_refused(name: str) -> None:
    lib = library(name)
    with pytest.raises(
        ConfigurationError, match=re.escape("http_client must be an httpx.AsyncClient or httpx2.AsyncClient")
    ):
        VClient(BASE, "k", http_client=lib.Client(), set_as_default=False)
    with pytest.raises(ConfigurationError, match=re.escape("got builtins.object")):
        SyncVClient(BASE, "k", http_client=object(), set_as_default=False)  # type: ignore[arg-type]
    assert library_of(object()) is None


@pytest.mark.parametrize("name", LIBRARIES)
def test_the_environment_chooses_the_library_of_the_sdks_own_pools(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_LIBRARY, name)
    assert _preferred() is library(name)
    monkeypatch.setenv(ENV_LIBRARY, "requests")
    with pytest.raises(ConfigurationError, match="must be httpx or httpx2"):
        _preferred()


def test_without_a_choice_httpx2_is_preferred_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_LIBRARY, raising=False)
    assert _preferred().__name__ == "httpx2"
    assert vclient.__version__
