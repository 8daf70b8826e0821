# Generated from tests/_async/test_hooks.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""on_attempt hooks: every attempt of every call, seen once it is over, without the key."""

from __future__ import annotations

import logging

import httpx
import pytest

from vclient import AttemptInfo, SyncVClient
from vclient.exceptions import APIConnectionError, ConfigurationError, NotFoundError
from vclient.testing import SyncFakeVClient

from .. import payloads
from ..mockapi import MockAPI, problem
from .conftest import API_KEY, BASE_URL

HEALTH = "/api/v1/health"
COMPANIES = "/api/v1/companies"


def hooked(api: MockAPI, seen: list[AttemptInfo], **settings: object) -> SyncVClient:
    def record(attempt: AttemptInfo) -> None:
        seen.append(attempt)

    http = httpx.Client(transport=api.transport)
    return SyncVClient(BASE_URL, API_KEY, http_client=http, set_as_default=False, on_attempt=record, **settings)  # type: ignore[arg-type]


def test_each_attempt_is_seen_with_its_outcome_and_the_retry_planned(
    api: MockAPI, sleeps: list[float]
) -> None:
    seen: list[AttemptInfo] = []
    client = hooked(api, seen)
    api.route(
        "GET",
        HEALTH,
        problem(503, "Service Unavailable", "busy"),
        httpx.Response(200, json=payloads.health()),
    )
    client.system.health()
    first, second = seen
    assert (first.attempt, first.status_code, first.will_retry) == (1, 503, True)
    assert first.retry_in == sleeps[0]
    assert (second.attempt, second.status_code, second.will_retry, second.retry_in) == (2, 200, False, None)
    for attempt in seen:
        assert attempt.operation_id == "checkSystemHealth"
        assert (attempt.method, attempt.url, attempt.error) == ("GET", BASE_URL + HEALTH, None)
        assert attempt.elapsed >= 0
    assert (
        second.response_headers is not None and second.response_headers["content-type"] == "application/json"
    )


def test_a_hook_sees_the_url_with_its_query_and_the_headers_without_the_key(api: MockAPI) -> None:
    seen: list[AttemptInfo] = []
    client = hooked(api, seen, headers={"X-Team": "a"})
    api.json("GET", COMPANIES, payloads.page([payloads.company()]))
    client.companies.get_page(limit=5)
    [attempt] = seen
    assert attempt.url == f"{BASE_URL}{COMPANIES}?limit=5&offset=0"
    assert attempt.request_headers["x-team"] == "a"
    assert "x-api-key" not in {name.lower() for name in attempt.request_headers}
    assert API_KEY not in repr(attempt) and API_KEY not in str(attempt.request_headers)


def test_a_transport_failure_is_seen_as_its_error_and_so_is_the_final_one(
    api: MockAPI, sleeps: list[float]
) -> None:
    seen: list[AttemptInfo] = []
    client = hooked(api, seen, max_retries=1)
    api.route("GET", HEALTH, httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        client.system.health()
    assert [(a.attempt, a.status_code, a.will_retry) for a in seen] == [(1, None, True), (2, None, False)]
    assert all(isinstance(a.error, httpx.ConnectError) for a in seen)
    assert seen[0].retry_in == sleeps[0]


def test_an_error_answer_is_seen_before_it_is_raised(api: MockAPI) -> None:
    seen: list[AttemptInfo] = []
    client = hooked(api, seen)
    with pytest.raises(NotFoundError):
        client.request("GET", "/api/v1/nowhere")
    [attempt] = seen
    assert (attempt.status_code, attempt.will_retry, attempt.operation_id) == (
        404,
        False,
        "GET /api/v1/nowhere",
    )


def test_a_hook_that_raises_is_logged_and_the_call_goes_on(
    api: MockAPI, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def broken(attempt: AttemptInfo) -> None:
        raise RuntimeError(f"exporter down {API_KEY[:3]}")

    def counting(attempt: AttemptInfo) -> None:
        calls.append(attempt.attempt)

    http = httpx.Client(transport=api.transport)
    client = SyncVClient(BASE_URL, API_KEY, http_client=http, set_as_default=False, on_attempt=[broken, counting])
    api.json("GET", HEALTH, payloads.health())
    with caplog.at_level(logging.WARNING, logger="vclient"):
        health = client.system.health()
    assert health.database_status  # the answer is the call's, as if no hook had failed
    assert calls == [1]  # the hooks after the broken one still ran
    [record] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "broken" in record.getMessage() and "RuntimeError" in record.getMessage()
    assert API_KEY not in record.getMessage()


def test_with_options_keeps_the_hooks_or_replaces_them(api: MockAPI) -> None:
    seen: list[AttemptInfo] = []
    other: list[AttemptInfo] = []

    def elsewhere(attempt: AttemptInfo) -> None:
        other.append(attempt)

    client = hooked(api, seen)
    api.json("GET", HEALTH, payloads.health())
    client.with_options(timeout=5).system.health()
    client.with_options(on_attempt=elsewhere).system.health()
    client.with_options(on_attempt=()).system.health()
    assert (len(seen), len(other)) == (1, 1)


@pytest.mark.parametrize("bad", [42, "print", [print, 3]])
def test_hooks_must_be_callables(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="on_attempt takes a callable"):
        SyncVClient(BASE_URL, API_KEY, set_as_default=False, on_attempt=bad)  # type: ignore[arg-type]


def test_the_fake_client_calls_hooks_too() -> None:
    seen: list[AttemptInfo] = []

    def record(attempt: AttemptInfo) -> None:
        seen.append(attempt)

    with SyncFakeVClient(seed=2, on_attempt=record) as client:
        client.companies.get(client.fake.world.company_id)
    [attempt] = seen
    assert (attempt.operation_id, attempt.status_code) == ("getCompany", 200)
