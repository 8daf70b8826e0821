"""Client construction, configuration, headers, lifecycle and the default client."""

from __future__ import annotations

import gc
import logging
import platform
import weakref
from typing import Any

import httpx
import pytest

import vclient
from vclient import (
    APIConfig,
    VClient,
    character_traits_service,
    companies_service,
    default_client,
    developer_service,
    dicerolls_service,
    dictionary_service,
    global_admin_service,
    options_service,
    system_service,
    user_lookup_service,
    users_service,
)
from vclient.exceptions import APIConnectionError, ClientClosedError, ConfigurationError, NotFoundError

from .. import payloads
from ..concurrency import async_run_all
from ..mockapi import MockAPI, problem
from .conftest import API_KEY, BASE_URL


def mock_client(api: MockAPI, **kwargs: object) -> VClient:
    return VClient(BASE_URL, API_KEY, http_client=httpx.AsyncClient(transport=api.transport), **kwargs)  # type: ignore[arg-type]


async def test_every_request_carries_the_key_user_agent_and_custom_headers(api: MockAPI) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    client = mock_client(api, headers={"X-Trace": "abc"}, set_as_default=False)

    await client.system.health()

    sent = api.last.headers
    assert sent["x-api-key"] == API_KEY
    assert sent["x-trace"] == "abc"
    assert sent["accept"] == "application/json"
    agent = sent["user-agent"]
    assert agent.startswith(f"vclient/{vclient.__version__} ")
    assert f"Python/{platform.python_version()}" in agent


async def test_a_pool_the_sdk_owns_sends_the_same_headers(owned_client: VClient, api: MockAPI) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    api.json("PATCH", "/api/v1/developers/me", payloads.developer())
    copy = owned_client.with_options(headers={"X-Extra": "b"})

    await owned_client.system.health()
    await copy.developer.update_me(username="x")

    first, second = api.requests
    for sent in (first.headers, second.headers):
        assert sent["x-api-key"] == API_KEY
        assert sent["x-team"] == "a"
        assert sent["user-agent"].startswith("vclient/")
    assert "x-extra" not in first.headers
    assert second.headers["x-extra"] == "b"
    assert "idempotency-key" in second.headers


async def test_environment_supplies_missing_settings_and_arguments_win(
    api: MockAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VALENTINA_CLIENT_BASE_URL", "https://env.test")
    monkeypatch.setenv("VALENTINA_CLIENT_API_KEY", "env-key")
    monkeypatch.setenv("VALENTINA_CLIENT_DEFAULT_COMPANY_ID", "env-company")
    api.json("GET", "/api/v1/health", payloads.health())
    http = httpx.AsyncClient(transport=api.transport)

    from_env = VClient(http_client=http, set_as_default=False)
    await from_env.system.health()
    assert str(api.last.url) == "https://env.test/api/v1/health"
    assert api.last.headers["x-api-key"] == "env-key"
    assert from_env.default_company_id == "env-company"

    explicit = VClient(
        BASE_URL, "arg-key", default_company_id="arg-company", http_client=http, set_as_default=False
    )
    await explicit.system.health()
    assert str(api.last.url) == f"{BASE_URL}/api/v1/health"
    assert api.last.headers["x-api-key"] == "arg-key"
    assert explicit.default_company_id == "arg-company"


@pytest.mark.parametrize(
    ("kwargs", "missing"),
    [
        ({"api_key": "k"}, "VALENTINA_CLIENT_BASE_URL"),
        ({"base_url": "https://x.test"}, "VALENTINA_CLIENT_API_KEY"),
    ],
)
def test_missing_url_or_key_names_both_ways_to_give_it(kwargs: dict[str, Any], missing: str) -> None:
    argument = "base_url" if "BASE_URL" in missing else "api_key"
    with pytest.raises(ConfigurationError, match=f"{argument}=.*{missing}"):
        VClient(**kwargs, set_as_default=False)


async def test_config_object_is_accepted_and_cannot_be_mixed_with_arguments(api: MockAPI) -> None:
    config = APIConfig(base_url=BASE_URL, api_key=API_KEY, max_retries=0, timeout=5.0)
    http = httpx.AsyncClient(transport=api.transport)
    client = VClient(config=config, http_client=http, set_as_default=False)
    assert client.config.max_retries == 0
    assert client.config.timeout == 5.0
    with pytest.raises(ConfigurationError, match="not both"):
        VClient(config=config, timeout=3.0, http_client=http, set_as_default=False)


@pytest.mark.parametrize(
    "bad",
    [
        {"timeout": -1.0},
        {"timeout": 0},
        {"max_retries": -1},
        {"base_url": "ftp://x"},
        {"base_url": "https://"},
        {"base_url": "https://x.test?q=1"},
        {"retry_delay": -2.0},
    ],
)
def test_invalid_settings_are_rejected(bad: dict[str, object]) -> None:
    settings: dict[str, object] = {"base_url": BASE_URL, "api_key": API_KEY, **bad}
    with pytest.raises(ConfigurationError):
        VClient(**settings, set_as_default=False)  # type: ignore[arg-type]


def test_wrong_kind_of_http_client_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="http_client"):
        VClient(BASE_URL, API_KEY, http_client=object(), set_as_default=False)  # type: ignore[arg-type]


def test_the_api_key_appears_in_no_repr(client: VClient) -> None:
    for text in (repr(client), str(client), repr(client.config), str(client.config)):
        assert API_KEY not in text
    assert "<redacted>" in repr(client.config)


async def test_a_users_own_http_client_is_left_open(api: MockAPI) -> None:
    http = httpx.AsyncClient(transport=api.transport)
    async with VClient(BASE_URL, API_KEY, http_client=http, set_as_default=False) as client:
        assert not client.is_closed
    assert client.is_closed
    assert not http.is_closed


async def test_an_owned_pool_is_closed_and_a_closed_client_refuses_requests() -> None:
    client = VClient(BASE_URL, API_KEY, set_as_default=False)
    pool = client._session.http
    await client.close()
    await client.close()  # closing twice is harmless
    assert client.is_closed
    assert pool.is_closed
    with pytest.raises(ClientClosedError, match="closed"):
        await client.system.health()
    with pytest.raises(ClientClosedError):
        client.companies.iter_all()


async def test_with_options_shares_the_pool_and_changes_only_what_it_names(api: MockAPI) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    client = mock_client(api, headers={"X-Team": "a"}, set_as_default=False)
    quick = client.with_options(timeout=2.5, max_retries=0, headers={"X-Extra": "b"})

    assert quick._session is client._session
    assert quick.config.timeout == 2.5
    assert quick.config.max_retries == 0
    assert client.config.timeout == 30.0
    await quick.system.health()
    assert api.last.headers["x-team"] == "a"
    assert api.last.headers["x-extra"] == "b"
    assert api.last.extensions["timeout"]["read"] == 2.5

    await quick.close()
    assert quick.is_closed
    assert not client.is_closed  # closing a copy leaves the shared pool alone
    await client.system.health()
    assert "x-extra" not in api.last.headers


async def test_factories_use_the_latest_default_client(api: MockAPI) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    with pytest.raises(ConfigurationError, match="no default client"):
        default_client()
    mock_client(api)
    second = mock_client(api)
    private = mock_client(api, set_as_default=False)

    assert default_client() is second
    assert default_client() is not private
    assert companies_service() is second.companies
    assert developer_service() is second.developer
    assert global_admin_service() is second.global_admin
    assert user_lookup_service() is second.user_lookup
    scoped = [
        users_service("actor", company_id="c1"),
        dicerolls_service("actor", company_id="c1"),
        dictionary_service(company_id="c1"),
        options_service(company_id="c1"),
        character_traits_service("ch1", "actor", company_id="c1"),
    ]
    assert all(service._client is second and service._path["company_id"] == "c1" for service in scoped)
    health = await system_service().health()
    assert health.database_status == "online"


async def test_logging_is_silent_by_default_and_never_shows_the_key(
    api: MockAPI, caplog: pytest.LogCaptureFixture
) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    client = mock_client(api, set_as_default=False)
    assert not logging.getLogger("vclient").handlers

    with caplog.at_level(logging.INFO, logger="vclient"):
        await client.system.health()

    [record] = caplog.records
    assert record.levelno == logging.INFO
    line = record.getMessage()
    assert line.startswith("GET /api/v1/health -> 200 in ")
    assert "request_id=req_ok retry=0" in line
    assert API_KEY not in line


async def test_logging_survives_a_broken_filter_and_a_transport_without_timings(
    api: MockAPI, caplog: pytest.LogCaptureFixture
) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    client = mock_client(api, set_as_default=False)
    logger = logging.getLogger("vclient")

    def broken(record: logging.LogRecord) -> bool:
        raise RuntimeError("a misbehaving filter")

    logger.addFilter(broken)
    try:
        with caplog.at_level(logging.DEBUG, logger="vclient"):
            health = await client.system.health()
    finally:
        logger.removeFilter(broken)
    assert health.version == "0.27.0"


async def test_last_response_tells_status_headers_request_id_and_retries_of_each_call(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    assert client.last_response is None
    busy = problem(503, "Service Unavailable", "busy")
    fine = httpx.Response(200, json=payloads.health(), headers={"x-request-id": "req_health"})
    api.route("GET", "/api/v1/health", busy, fine)
    await client.system.health()
    info = client.last_response
    assert info is not None
    assert (info.operation_id, info.method, info.status_code, info.request_id, info.attempts) == (
        "checkSystemHealth",
        "GET",
        200,
        "req_health",
        2,
    )
    assert info.url.endswith("/api/v1/health") and info.elapsed >= sleeps[0] > 0
    assert info.headers["X-Request-ID"] == "req_health"  # case-insensitive, as sent

    with pytest.raises(NotFoundError):
        await client.companies.get(payloads.COMPANY_ID)  # no route: the mock answers 404
    assert client.last_response is not None and client.last_response.status_code == 404


async def test_concurrent_calls_each_see_their_own_last_response(client: VClient, api: MockAPI) -> None:
    api.json("GET", "/api/v1/health", payloads.health(), headers={"x-request-id": "req_health"})
    api.json(
        "GET",
        f"/api/v1/companies/{payloads.COMPANY_ID}",
        payloads.company(),
        headers={"x-request-id": "req_co"},
    )
    seen: dict[str, str | None] = {}

    async def health() -> None:
        await client.system.health()
        seen["health"] = client.last_response.request_id if client.last_response else None

    async def company() -> None:
        await client.companies.get(payloads.COMPANY_ID)
        seen["company"] = client.last_response.request_id if client.last_response else None

    await async_run_all(*[health, company] * 5)
    assert seen == {"health": "req_health", "company": "req_co"}


async def test_a_read_response_is_freed_at_once_not_by_the_cycle_collector(api: MockAPI) -> None:
    """A walk over many pages holds one at a time only if each response dies when the SDK is done."""
    seen: list[weakref.ref[httpx.Response]] = []

    async def remember(response: httpx.Response) -> None:
        seen.append(weakref.ref(response))

    http = httpx.AsyncClient(transport=api.transport, event_hooks={"response": [remember]})
    client = VClient(BASE_URL, API_KEY, http_client=http, set_as_default=False)
    body = payloads.page([payloads.company()], limit=1, total=1)
    api.route("GET", "/api/v1/companies", lambda request: httpx.Response(200, json=body))
    gc.disable()
    try:
        for _ in range(3):
            assert len(await client.companies.get_page(limit=1)) == 1
        assert len(seen) == 3 and [ref() for ref in seen] == [None, None, None]
    finally:
        gc.enable()


async def test_the_pool_the_sdk_makes_honours_a_proxy_from_the_environment(
    api: MockAPI, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    """The SDK calls its own pool's transport straight only when no proxy applies; here one does."""
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda: api.transport)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
    api.json("GET", "/api/v1/health", payloads.health())
    async with VClient(BASE_URL, API_KEY, retry_budget=1.0, set_as_default=False) as client:
        with pytest.raises(APIConnectionError):
            await client.system.health()
    assert api.requests == []  # it went to the proxy, not past it

    monkeypatch.delenv("HTTPS_PROXY")
    async with VClient(BASE_URL, API_KEY, set_as_default=False) as client:
        assert (await client.system.health()).database_status == "online"
    assert len(api.requests) == 1


def test_with_options_copies_are_freed_when_dropped() -> None:
    """Copies share the pool, key and pacer, and hold nothing back on it: made and dropped by the
    thousand, they leave traced memory where it was (`nox -s bench` makes 100,000)."""
    import gc
    import tracemalloc

    client = VClient("https://api.test", API_KEY, set_as_default=False)
    tracemalloc.start()
    try:
        for _ in range(200):
            client.with_options(timeout=5.0).companies  # noqa: B018
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(5_000):
            client.with_options(timeout=5.0, headers={"X-Team": "a"}).companies  # noqa: B018
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 10_000
