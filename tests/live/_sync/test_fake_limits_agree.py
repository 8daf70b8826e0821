# Generated from tests/live/_async/test_fake_limits_agree.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The fake's opt-in rate limits against the real server's: the same requests from a fresh key on both,
the same statuses, `RateLimit`/`RateLimit-Policy` headers and 429 bodies.

On the kit's default configuration only the per-route buckets exist (user registration, uploads, key
rotation); under `nox -s live`'s `ratelimited` run, its server-wide policy is checked first as well.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Iterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from vclient import SyncVClient
from vclient._io import sync_sleep
from vclient.models import CompanyPermission
from vclient.testing import FakeAPI, SyncFakeVClient, fake_transport

from .. import wire
from ..conftest import UNLIMITED, Live, fresh_key, tiny_png
from .conftest import connect
from .test_fake_agrees import assert_same


@dataclass
class Side:
    client: SyncVClient  # neither paced nor retrying: every answer is the server's first
    http: httpx.Client  # raw, with the key, under /api/v1/companies/{company_id}
    admin_user: str
    user_id: str


def seen(response: httpx.Response) -> object:
    """What the limits made of one answer: status, both headers, and a refusal's body."""
    said = (response.status_code, response.headers.get("ratelimit-policy"), response.headers.get("ratelimit"))
    if response.status_code != 429:
        return said
    body = response.json()
    return (*said, sorted(body), body["detail"], math.ceil(body["retry_after"]))


def last(side: Side, call: Callable[[], Any]) -> object:
    call()
    info = side.client.last_response
    assert info is not None
    return (info.status_code, info.headers.get("ratelimit-policy"), info.headers.get("ratelimit"))


def identify(side: Side, **headers: str) -> object:
    return seen(side.http.post("/auth/identify", json={"provider": "google"}, headers=headers))


def upload(side: Side) -> object:
    return seen(
        side.http.put(
            f"/users/{side.user_id}/avatar",
            files={"file": ("me.png", tiny_png(), "image/png")},
            headers={"On-Behalf-Of": side.admin_user},
        )
    )


def route_limits(side: Side) -> list[object]:
    steps = [identify(side) for _ in range(31)]  # 30 in the bucket, then refused
    steps.append(identify(side, **UNLIMITED))  # the kit's testing header: no bucket at all
    steps.append(upload(side))
    steps.append(seen(side.http.get("")))  # a read: under no bucket, no headers
    steps.append(last(side, side.client.developer.regenerate_api_key))
    return steps


def server_wide(side: Side) -> list[object]:
    capacity = int(os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:5:1").split(":")[1])
    steps = [seen(side.http.get("")) for _ in range(capacity + 1)]  # the last one refused
    steps.append(upload(side))  # refused by the server-wide bucket, checked first
    sync_sleep(1.2)
    steps.append(upload(side))  # both buckets named
    return steps


@contextlib.contextmanager
def live_side(live: Live) -> Iterator[Side]:
    with fresh_key(live) as (key, user_id):
        with (
            connect(live, key, pace_requests=False, max_retries=0) as client,
            wire.http_client(httpx.Client) as http,
        ):
            http.base_url = httpx.URL(f"{live.url}/api/v1/companies/{live.company_id}")
            http.headers["X-API-KEY"] = key
            yield Side(client, http, live.admin_user, user_id)


@contextlib.contextmanager
def fake_side(rate_limits: bool | str) -> Iterator[Side]:
    fake = FakeAPI(seed=1, rate_limits=rate_limits)
    fake.add_api_key("vk_fake_fresh", permission=CompanyPermission.ADMIN)
    world = fake.world
    with (
        SyncFakeVClient(fake, api_key="vk_fake_fresh", pace_requests=False, max_retries=0) as client,
        httpx.Client(transport=fake_transport(fake)) as http,
    ):
        http.base_url = httpx.URL(f"{client.config.base_url}/api/v1/companies/{world.company_id}")
        http.headers["X-API-KEY"] = "vk_fake_fresh"
        yield Side(client, http, world.admin_id, world.player_ids[0])


def compare(live: Live, scenario: Callable[[Side], Any], rate_limits: bool | str) -> None:
    with live_side(live) as side:
        server = scenario(side)
    with fake_side(rate_limits) as side:
        fake = scenario(side)
    assert_same(server, fake)


def test_the_route_limits_answer_as_the_servers(live: Live) -> None:
    compare(live, route_limits, True)


@pytest.mark.ratelimited
def test_a_server_wide_policy_answers_as_the_servers(live: Live) -> None:
    compare(live, server_wide, os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:5:1"))
