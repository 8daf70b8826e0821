"""Retries, rate limits and idempotency keys, through the real loop with sleeping recorded."""

from __future__ import annotations

import email.utils
import time
import uuid

import httpx
import pytest

from vclient import APIConfig, VClient
from vclient._core._pacing import MARGIN
from vclient.exceptions import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RequestValidationError,
    ServerError,
)

from .. import payloads
from ..mockapi import MockAPI, problem
from .conftest import API_KEY, BASE_URL

COMPANY = f"/api/v1/companies/{payloads.COMPANY_ID}"
HEALTH = "/api/v1/health"


def ok(body: object, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def rate_limited(wait: int, body_wait: float = 19.89) -> httpx.Response:
    """A 429 as the real server sends it: no Retry-After, the wait in RateLimit `t` and the body."""
    response = problem(429, "Too Many Requests", "You are being rate limited.", retry_after=body_wait)
    response.headers["ratelimit"] = f'"strict";r=0;t={wait}'
    response.headers["ratelimit-policy"] = '"strict";q=5;w=60'
    return response


def configured(api: MockAPI, **settings: object) -> VClient:
    config = APIConfig(base_url=BASE_URL, api_key=API_KEY, **settings)  # type: ignore[arg-type]
    return VClient(
        config=config, http_client=httpx.AsyncClient(transport=api.transport), set_as_default=False
    )


async def test_server_errors_are_retried_with_capped_exponential_backoff(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route(
        "GET",
        HEALTH,
        problem(503, "Service Unavailable", "busy"),
        problem(502, "Bad Gateway", "x"),
        problem(504, "Gateway Timeout", "x"),
        ok(payloads.health()),
    )

    health = await client.system.health()

    assert health.database_status == "online"
    assert len(api.requests) == 4
    for attempt, slept in enumerate(sleeps):
        assert 0 <= slept <= min(2.0, 0.5 * 2**attempt)  # full jitter under a doubling cap of 2 s


async def test_a_500_is_not_retried_by_default(client: VClient, api: MockAPI, sleeps: list[float]) -> None:
    api.route("GET", HEALTH, problem(500, "Internal Server Error", "crash"), ok(payloads.health()))
    with pytest.raises(ServerError) as caught:
        await client.system.health()
    assert caught.value.status_code == 500
    assert (len(api.requests), sleeps) == (1, [])


async def test_retries_stop_after_max_retries_when_it_is_set(api: MockAPI, sleeps: list[float]) -> None:
    client = configured(api, max_retries=3)
    api.route("GET", HEALTH, problem(503, "Service Unavailable", "down"))
    with pytest.raises(ServerError) as caught:
        await client.system.health()
    assert len(api.requests) == 4
    assert len(sleeps) == 3
    assert caught.value.attempts == 4
    assert str(caught.value).endswith(f"(gave up after 4 attempts over {caught.value.elapsed:.1f} s)")


async def test_without_a_count_the_budget_ends_the_retries(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("GET", HEALTH, problem(503, "Service Unavailable", "down"))
    with pytest.raises(ServerError) as caught:
        await client.system.health()
    assert 58 <= sum(sleeps) <= 60
    assert caught.value.attempts == len(api.requests) > 30


async def test_the_servers_rate_limit_wait_is_honoured_as_given(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("GET", HEALTH, rate_limited(7), rate_limited(7), ok(payloads.health()))
    await client.system.health()
    assert sleeps == pytest.approx([7.0, 7.0], abs=0.01)  # never multiplied by 2**attempt


def says_now(ratelimit: bool, policy: bool) -> httpx.Response:
    """A 429 from a server that says "now" (`t=0`, `retry_after` 0), with or without its headers."""
    response = problem(429, "Too Many Requests", "You are being rate limited.", retry_after=0)
    if ratelimit:
        response.headers["ratelimit"] = '"burst";r=0;t=0'
    if policy:
        response.headers["ratelimit-policy"] = '"burst";q=30;w=6'
    return response


SAYING_NOW = pytest.mark.parametrize(
    ("ratelimit", "policy", "pace"),
    [(True, True, True), (True, False, True), (False, False, True), (True, True, False)],
)


@SAYING_NOW
async def test_a_server_that_keeps_saying_now_is_backed_off_and_the_call_ends_in_its_budget(
    api: MockAPI, sleeps: list[float], ratelimit: bool, policy: bool, pace: bool
) -> None:
    client = configured(api, retry_budget=10.0, pace_requests=pace)
    api.route("GET", HEALTH, says_now(ratelimit, policy))
    with pytest.raises(RateLimitError):
        await client.system.health()
    assert sum(sleeps) <= 10.0
    assert 4 <= len(api.requests) <= 60  # a handful a second, not hundreds in a few milliseconds


@SAYING_NOW
async def test_one_429_that_says_now_is_retried_at_once(
    api: MockAPI, sleeps: list[float], ratelimit: bool, policy: bool, pace: bool
) -> None:
    client = configured(api, pace_requests=pace)
    api.route("GET", HEALTH, says_now(ratelimit, policy), ok(payloads.health()))
    await client.system.health()
    assert (len(api.requests), sum(sleeps)) == (2, 0.0)


async def test_retry_after_as_an_http_date_is_honoured(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 12, usegmt=True)
    api.route("GET", HEALTH, httpx.Response(503, headers={"Retry-After": when}), ok(payloads.health()))
    await client.system.health()
    [slept] = sleeps
    assert 9.0 <= slept <= 12.0


async def test_a_wait_longer_than_the_cap_raises_at_once(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("GET", HEALTH, rate_limited(3600, body_wait=3599.5))
    with pytest.raises(RateLimitError) as caught:
        await client.system.health()
    assert sleeps == []
    assert len(api.requests) == 1
    assert caught.value.retry_after == 3600.0
    assert caught.value.remaining == 0


async def test_rate_limit_error_after_retries_carries_the_wait(api: MockAPI, sleeps: list[float]) -> None:
    client = configured(api, max_retries=1)
    api.route("GET", HEALTH, rate_limited(2))
    with pytest.raises(RateLimitError) as caught:
        await client.system.health()
    assert sleeps == pytest.approx([2.0], abs=0.01)
    assert caught.value.retry_after == 2.0


async def test_turning_off_rate_limit_retries_keeps_server_error_retries(
    api: MockAPI, sleeps: list[float]
) -> None:
    client = configured(api, auto_retry_rate_limit=False)
    api.route("GET", HEALTH, rate_limited(1))
    with pytest.raises(RateLimitError):
        await client.system.health()
    assert len(api.requests) == 1

    api.route("GET", HEALTH, problem(503, "Service Unavailable", "x"), ok(payloads.health()))
    await client.system.health()
    assert len(api.requests) == 3


async def test_the_retryable_statuses_can_be_widened_and_narrowed(api: MockAPI, sleeps: list[float]) -> None:
    wide = configured(api, retry_statuses={500, 502, 503, 504, 408})
    api.route("GET", HEALTH, httpx.Response(408), ok(payloads.health()))
    await wide.system.health()
    assert len(api.requests) == 2

    narrow = configured(api, retry_statuses=set())
    api.route("GET", HEALTH, problem(503, "Service Unavailable", "x"))
    with pytest.raises(ServerError):
        await narrow.system.health()
    assert len(api.requests) == 3


async def test_the_total_budget_bounds_the_time_spent_waiting(api: MockAPI, sleeps: list[float]) -> None:
    client = configured(api, max_retries=10, retry_budget=20.0)
    api.route("GET", HEALTH, rate_limited(8))
    with pytest.raises(RateLimitError):
        await client.system.health()
    assert sleeps == pytest.approx([8.0, 8.0], abs=0.01)


def bucket(left: int) -> httpx.Response:
    """An answer from a server whose bucket (30, refilled 5 a second) has `left` tokens."""
    headers = {"ratelimit": f'"burst";r={left};t={0 if left else 1}', "ratelimit-policy": '"burst";q=30;w=6'}
    return httpx.Response(200, json=payloads.health(), headers=headers)


TURN = 1 / (5 * MARGIN)  # how far apart paced requests go when the bucket above is empty


async def test_calls_after_an_empty_bucket_wait_their_turn(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("GET", HEALTH, bucket(0), bucket(0), bucket(0))
    for _ in range(3):
        await client.system.health()
    assert sleeps == pytest.approx([TURN, TURN], abs=0.01)


AVATAR = f"{COMPANY}/users/{payloads.USER_ID}/avatar"


def uploaded(left: int) -> httpx.Response:
    """An upload's answer on the real server's default configuration: only its route's policy applies."""
    headers = {
        "ratelimit": f'"asset_upload";r={left};t={0 if left else 12}',
        "ratelimit-policy": '"asset_upload";q=50;w=600',
    }
    return httpx.Response(200, json=payloads.user(), headers=headers)


async def test_uploads_wait_for_their_bucket_and_other_calls_never_do(
    client: VClient, api: MockAPI, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    api.route("PUT", AVATAR, uploaded(0))
    api.route("GET", COMPANY, ok(payloads.company()))  # answers without rate-limit headers
    api.route("GET", HEALTH, ok(payloads.health()))
    users = client.users(payloads.USER_ID, company_id=payloads.COMPANY_ID)
    await users.upload_avatar(payloads.USER_ID, b"\x89PNG", filename="me.png")
    for _ in range(60):
        await client.companies.get(payloads.COMPANY_ID)
        await client.system.health()
    assert sleeps == []
    with caplog.at_level("INFO", logger="vclient"):
        await users.upload_avatar(payloads.USER_ID, b"\x89PNG", filename="me.png")
    assert sleeps == pytest.approx([12.0], abs=0.5)  # the bucket's `t`, less the time the reads took
    [line] = [m for m in caplog.messages if "waits" in m]
    assert line == f'PUT {AVATAR} waits {sleeps[0]:.2f} s for a turn under rate limit "asset_upload"'

    await client.companies.get(payloads.COMPANY_ID)
    assert len(sleeps) == 1


async def test_a_new_key_starts_with_full_buckets(client: VClient, api: MockAPI, sleeps: list[float]) -> None:
    rotated = {"ratelimit": '"developer_key_rotation";r=0;t=720', "ratelimit-policy": '"x";q=5;w=3600'}
    api.route(
        "POST",
        "/api/v1/developers/me/new-key",
        httpx.Response(201, json={**payloads.developer(), "api_key": "sk-new"}, headers=rotated),
    )
    await client.developer.regenerate_api_key()
    await client.developer.regenerate_api_key()  # the new key's buckets are the server's new ones: full
    assert sleeps == []
    assert api.requests[-1].headers["x-api-key"] == "sk-new"


async def test_a_call_that_failed_gives_its_turn_back(api: MockAPI, sleeps: list[float]) -> None:
    client = configured(api, max_retries=0)
    api.route("GET", HEALTH, bucket(0), httpx.ConnectError("refused"), bucket(0), bucket(0))
    await client.system.health()
    with pytest.raises(APIConnectionError):
        await client.system.health()
    await client.system.health()
    await client.system.health()
    # The failed call waited its turn and never reached the server: the token it waited for is still
    # there, so the call after it goes at once, and only the last waits again.
    assert sleeps == pytest.approx([TURN, TURN], abs=0.01)


async def test_without_pacing_nothing_waits_for_a_turn(api: MockAPI, sleeps: list[float]) -> None:
    client = configured(api, pace_requests=False)
    api.route("GET", HEALTH, bucket(0), bucket(0), bucket(0))
    for _ in range(3):
        await client.system.health()
    assert sleeps == []


async def test_one_idempotency_key_per_call_reused_on_every_retry(client: VClient, api: MockAPI) -> None:
    created = {
        "company": payloads.company(),
        "admin_user": {
            "id": payloads.USER_ID,
            "date_created": "2026-11-21T23:37:35.552094Z",
            "date_modified": "2026-11-21T23:37:35.552094Z",
            "username": "nate",
            "email": "n@example.com",
            "role": "ADMIN",
            "company_id": payloads.COMPANY_ID,
        },
    }
    api.route("POST", "/api/v1/companies", problem(503, "Service Unavailable", "x"), ok(created, 201))

    await client.companies.create(name="Chicago", email="st@example.com")
    await client.companies.create(name="Chicago", email="st@example.com")

    keys = [request.headers["idempotency-key"] for request in api.requests]
    assert keys[0] == keys[1] != keys[2]
    assert uuid.UUID(keys[0]).version == 4


async def test_a_callers_own_key_is_sent_and_checked(client: VClient, api: MockAPI) -> None:
    api.json("PATCH", COMPANY, payloads.company())
    await client.companies.update(payloads.COMPANY_ID, name="New", idempotency_key="order-42")
    assert api.last.headers["idempotency-key"] == "order-42"
    with pytest.raises(RequestValidationError, match="idempotency_key"):
        await client.companies.update(payloads.COMPANY_ID, name="New", idempotency_key="x" * 256)


async def test_reads_and_deletes_carry_no_idempotency_key(client: VClient, api: MockAPI) -> None:
    api.json("GET", COMPANY, payloads.company())
    api.route("DELETE", COMPANY, httpx.Response(204))
    await client.companies.get(payloads.COMPANY_ID)
    await client.companies.delete(payloads.COMPANY_ID)
    assert all("idempotency-key" not in request.headers for request in api.requests)


async def test_without_a_key_a_post_the_server_may_have_seen_is_never_replayed(
    api: MockAPI, sleeps: list[float]
) -> None:
    client = configured(api, auto_idempotency_keys=False)
    api.route("PATCH", COMPANY, problem(503, "Service Unavailable", "x"), ok(payloads.company()))
    with pytest.raises(ServerError):
        await client.companies.update(payloads.COMPANY_ID, name="Xanadu")
    assert len(api.requests) == 1
    assert "idempotency-key" not in api.last.headers

    api.route("PATCH", COMPANY, httpx.ReadTimeout("read timed out"), ok(payloads.company()))
    with pytest.raises(APITimeoutError, match="no answer in time"):
        await client.companies.update(payloads.COMPANY_ID, name="Xanadu")
    assert len(api.requests) == 2


async def test_a_timed_out_create_hands_back_its_key_for_a_later_try_that_is_applied_once(
    client: VClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("PATCH", COMPANY, httpx.ReadTimeout("read timed out"), ok(payloads.company()))
    with pytest.raises(APITimeoutError) as caught:
        await client.companies.update(payloads.COMPANY_ID, name="Xanadu")
    key = caught.value.idempotency_key
    assert key is not None and len(api.requests) == 1 and api.last.headers["idempotency-key"] == key

    await client.companies.update(payloads.COMPANY_ID, name="Xanadu", idempotency_key=key)
    assert api.last.headers["idempotency-key"] == key


async def test_without_a_key_a_post_that_never_left_or_was_rate_limited_is_retried(
    api: MockAPI, sleeps: list[float]
) -> None:
    client = configured(api, auto_idempotency_keys=False)
    api.route("PATCH", COMPANY, httpx.ConnectError("refused"), rate_limited(1), ok(payloads.company()))
    company = await client.companies.update(payloads.COMPANY_ID, name="Xanadu")
    assert company.id == payloads.COMPANY_ID
    assert len(api.requests) == 3


async def test_the_latest_rate_limit_state_is_readable_and_the_strictest_policy_wins(
    client: VClient, api: MockAPI
) -> None:
    assert client.rate_limit is None
    api.json(
        "GET",
        HEALTH,
        payloads.health(),
        headers={
            "ratelimit-policy": '"hourly";q=100000;w=1000, "burst";q=1000;w=10',
            "ratelimit": '"hourly";r=99999;t=0, "burst";r=3;t=4',
        },
    )
    await client.system.health()
    info = client.rate_limit
    assert info is not None
    assert info.remaining == 3
    assert info.most_restrictive.name == "burst"
    assert info.most_restrictive.quota == 1000
    assert info.reset == 4.0
    assert client.with_options(timeout=1.0).rate_limit == info
