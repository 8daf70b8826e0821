# Generated from tests/_async/test_edges.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The clients at their edges: hostile values, slow and hostile servers, closing mid-call (all three clients).

The core's own tests generate the inputs (tests/core/test_edges.py); these check that each client keeps
what the core promises: refusals before anything is sent, deadlines that hold, our exceptions only.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import httpx
import pytest

from vclient import SyncVClient
from vclient._sync import _client as client_module
from vclient._io import sync_sleep
from vclient.exceptions import (
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    NotFoundError,
    PaginationError,
    RequestValidationError,
    ServerError,
)
from vclient.models import TraitAssignment

from .. import payloads
from ..mockapi import MockAPI, problem
from .conftest import API_KEY, BASE_URL

COMPANY = f"/api/v1/companies/{payloads.COMPANY_ID}"
HEALTH = "/api/v1/health"


def client_for(api: MockAPI, **settings: object) -> SyncVClient:
    http = httpx.Client(transport=api.transport)
    return SyncVClient(BASE_URL, API_KEY, http_client=http, set_as_default=False, **settings)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "key", ["vk_key\n", " vk_key", "vk\r\nX-Evil: 1", "vk_kéy", "vk\x00key", "\tvk", "vk key "]
)
def test_a_key_that_cannot_be_a_header_is_refused_at_construction(key: str) -> None:
    with pytest.raises(ConfigurationError, match="api_key") as caught:
        SyncVClient(BASE_URL, key, set_as_default=False)
    assert key.strip() not in str(caught.value)


def test_a_key_read_from_the_environment_with_its_newline_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VALENTINA_CLIENT_API_KEY", "vk_from_a_file\n")
    with pytest.raises(ConfigurationError, match="whitespace"):
        SyncVClient(BASE_URL, set_as_default=False)


@pytest.mark.parametrize(
    "url", ["https://user:hunter2@api.test", "http://api.test:70000", "https://[::1", "https://api.test?x=1"]
)
def test_bad_urls_are_refused_at_construction_without_their_secrets(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url") as caught:
        SyncVClient(url, API_KEY, set_as_default=False)
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0])
def test_impossible_timeouts_are_refused_at_construction(value: float) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        SyncVClient(BASE_URL, API_KEY, timeout=value, set_as_default=False)


def test_hostile_values_per_call_are_refused_before_anything_is_sent(api: MockAPI) -> None:
    client = client_for(api)
    for acting in ("user\r\nX-Evil: 1", "user ", "usér", ""):
        with pytest.raises(RequestValidationError, match="on_behalf_of"):
            client.campaigns(acting, company_id=payloads.COMPANY_ID)
    for key in ("k\n", " k", "k" * 256):
        with pytest.raises(RequestValidationError, match="idempotency_key"):
            client.companies.update(payloads.COMPANY_ID, name="Renamed", idempotency_key=key)
    for target in ("..", ".", "a/b", "x\ny"):
        with pytest.raises(RequestValidationError, match="campaign_id"):
            client.campaigns(payloads.USER_ID, company_id=payloads.COMPANY_ID).delete(target)
    with pytest.raises(RequestValidationError, match="would reach another operation"):
        client.users(payloads.USER_ID, company_id=payloads.COMPANY_ID).get("unapproved")
    assert api.requests == []


def test_a_bulk_assignment_is_checked_whole_before_the_first_part_goes(api: MockAPI) -> None:
    traits = client_for(api, default_company_id=payloads.COMPANY_ID).character_traits(
        payloads.CHARACTER_ID, payloads.USER_ID
    )
    items = [TraitAssignment(trait_id=payloads.USER_ID)] * 250
    with pytest.raises(RequestValidationError, match="idempotency_key"):  # part 1's key would be 256 long
        traits.bulk_assign(items, idempotency_key="k" * 254)
    assert api.requests == []


class Drip(httpx.SyncByteStream):
    """A body that comes a byte at a time: each read is quick, the whole takes five seconds."""

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(100):
            sync_sleep(0.05)
            yield b" "


# Leaving a body early leaves httpx's own stream generators suspended (the connection itself is closed);
# trio reports them when they are collected. That is httpx's way with any early exit from a body.
DRIP_WARNINGS = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@DRIP_WARNINGS
def test_a_slow_body_cannot_keep_a_call_past_its_timeout(api: MockAPI) -> None:
    api.route("GET", HEALTH, lambda request: httpx.Response(200, stream=Drip()))
    client = client_for(api, timeout=0.3, max_retries=0)
    began = time.monotonic()
    with pytest.raises(APITimeoutError, match="no complete answer"):
        client.system.health()
    assert time.monotonic() - began < 0.6


@DRIP_WARNINGS
def test_every_retry_stays_inside_the_budget(api: MockAPI) -> None:
    api.route("GET", HEALTH, lambda request: httpx.Response(200, stream=Drip()))
    client = client_for(api, timeout=0.4, retry_budget=1.0)
    began = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        client.system.health()
    assert time.monotonic() - began < 1.3
    assert caught.value.attempts is not None and caught.value.attempts >= 2


@pytest.mark.parametrize("status", [404, 429, 500, 503])
def test_a_deeply_nested_error_body_is_still_our_exception(api: MockAPI, status: int) -> None:
    body = b'{"detail":' * 50_000 + b"1" + b"}" * 50_000
    api.route("GET", HEALTH, httpx.Response(status, content=body))
    with pytest.raises(APIStatusError) as caught:
        client_for(api, max_retries=0).system.health()
    assert caught.value.status_code == status
    assert len(str(caught.value)) < 1000


def test_a_deeply_nested_success_body_is_a_decode_error_not_a_recursion_error(api: MockAPI) -> None:
    api.route("GET", HEALTH, httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(Exception) as caught:
        client_for(api).system.health()
    assert type(caught.value).__name__ == "ResponseDecodeError"


def test_a_collection_that_keeps_growing_ends_with_a_pagination_error(api: MockAPI) -> None:
    served = 0

    def growing(request: httpx.Request) -> httpx.Response:
        nonlocal served
        offset = int(request.url.params["offset"])
        served += 1
        page = {"items": [payloads.company()], "limit": 1, "offset": offset, "total": offset + 2}
        return httpx.Response(200, json=page)

    api.route("GET", "/api/v1/companies", growing)
    with pytest.raises(PaginationError, match="kept growing"):
        client_for(api).companies.list_all(limit=1)
    assert served <= 5


def test_a_rate_limit_wait_of_zero_is_retried_at_once(api: MockAPI, sleeps: list[float]) -> None:
    limited = httpx.Response(429, headers={"RateLimit": '"burst";r=0;t=0'}, json={"status": 429})
    api.route("GET", HEALTH, limited, httpx.Response(200, json=payloads.health()))
    client_for(api).system.health()
    assert sleeps in ([], [0.0])  # no wait at all (the pacer has nothing to wait for either)
    assert len(api.requests) == 2


def test_closing_while_a_call_waits_to_retry_is_a_client_closed_error(
    api: MockAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.route("GET", HEALTH, problem(503, "Service Unavailable", "busy"))
    for copy in (False, True):
        parent = client_for(api)
        caller = parent.with_options(timeout=5.0) if copy else parent

        def close_meanwhile(seconds: float, parent: SyncVClient = parent) -> None:
            parent.close()

        monkeypatch.setattr(client_module, "sleep", close_meanwhile)
        with pytest.raises(ClientClosedError, match="closed while the call waited"):
            caller.system.health()


def test_a_closed_http_client_passed_in_is_a_client_closed_error(api: MockAPI) -> None:
    http = httpx.Client(transport=api.transport)
    client = SyncVClient(BASE_URL, API_KEY, http_client=http, set_as_default=False)
    http.close()
    with pytest.raises(ClientClosedError):
        client.system.health()


def test_no_key_and_no_credentials_in_any_log_line_or_error(
    api: MockAPI, caplog: pytest.LogCaptureFixture
) -> None:
    api.route("GET", COMPANY, problem(404, "Not Found", "Company not found"))
    caplog.set_level(logging.DEBUG, logger="vclient")
    client = client_for(api, max_retries=0)
    with pytest.raises(NotFoundError) as caught:
        client.companies.get(payloads.COMPANY_ID)
    error = caught.value
    shown = " ".join([str(error), repr(error), error.url, repr(client), repr(client.config), caplog.text])
    assert API_KEY not in shown
    assert API_KEY not in json.dumps(error.__dict__, default=str)


def test_server_errors_stay_server_errors_after_their_retries(api: MockAPI) -> None:
    api.route("GET", HEALTH, problem(503, "Service Unavailable", "down"))
    with pytest.raises(ServerError) as caught:
        client_for(api, max_retries=2).system.health()
    assert (caught.value.attempts, len(api.requests)) == (3, 3)
