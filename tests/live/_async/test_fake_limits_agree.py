"""The fake's opt-in rate limits against the real server's: the same requests from a fresh key on both,
the same statuses, `RateLimit`/`RateLimit-Policy` headers and 429 bodies.

On the kit's default configuration only the per-route buckets exist (user registration, uploads, key
rotation); under `nox -s live`'s `ratelimited` run, its server-wide policy is checked first as well.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from vclient import VClient
from vclient._io import async_sleep
from vclient.models import CompanyPermission
from vclient.testing import FakeAPI, FakeVClient, fake_transport

from .. import wire
from ..conftest import UNLIMITED, Live, fresh_key, tiny_png
from .conftest import connect
from .test_fake_agrees import assert_same


@dataclass
class Side:
    client: VClient  # neither paced nor retrying: every answer is the server's first
    http: httpx.AsyncClient  # raw, with the key, under /api/v1/companies/{company_id}
    admin_user: str
    user_id: str


def seen(response: httpx.Response) -> object:
    """What the limits made of one answer: status, both headers, and a refusal's body."""
    said = (response.status_code, response.headers.get("ratelimit-policy"), response.headers.get("ratelimit"))
    if response.status_code != 429:
        return said
    body = response.json()
    return (*said, sorted(body), body["detail"], math.ceil(body["retry_after"]))


async def last(side: Side, call: Callable[[], Any]) -> object:
    await call()
    info = side.client.last_response
    assert info is not None
    return (info.status_code, info.headers.get("ratelimit-policy"), info.headers.get("ratelimit"))


async def identify(side: Side, **headers: str) -> object:
    return seen(await side.http.post("/auth/identify", json={"provider": "google"}, headers=headers))


async def upload(side: Side) -> object:
    return seen(
        await side.http.put(
            f"/users/{side.user_id}/avatar",
            files={"file": ("me.png", tiny_png(), "image/png")},
            headers={"On-Behalf-Of": side.admin_user},
        )
    )


async def route_limits(side: Side) -> list[object]:
    steps = [await identify(side) for _ in range(31)]  # 30 in the bucket, then refused
    steps.append(await identify(side, **UNLIMITED))  # the kit's testing header: no bucket at all
    steps.append(await upload(side))
    steps.append(seen(await side.http.get("")))  # a read: under no bucket, no headers
    steps.append(await last(side, side.client.developer.regenerate_api_key))
    return steps


async def server_wide(side: Side) -> list[object]:
    capacity = int(os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:5:1").split(":")[1])
    steps = [seen(await side.http.get("")) for _ in range(capacity + 1)]  # the last one refused
    steps.append(await upload(side))  # refused by the server-wide bucket, checked first
    await async_sleep(1.2)
    steps.append(await upload(side))  # both buckets named
    return steps


@contextlib.asynccontextmanager
async def live_side(live: Live) -> AsyncIterator[Side]:
    with fresh_key(live) as (key, user_id):
        async with (
            connect(live, key, pace_requests=False, max_retries=0) as client,
            wire.http_client(httpx.AsyncClient) as http,
        ):
            http.base_url = httpx.URL(f"{live.url}/api/v1/companies/{live.company_id}")
            http.headers["X-API-KEY"] = key
            yield Side(client, http, live.admin_user, user_id)


@contextlib.asynccontextmanager
async def fake_side(rate_limits: bool | str) -> AsyncIterator[Side]:
    fake = FakeAPI(seed=1, rate_limits=rate_limits)
    fake.add_api_key("vk_fake_fresh", permission=CompanyPermission.ADMIN)
    world = fake.world
    async with (
        FakeVClient(fake, api_key="vk_fake_fresh", pace_requests=False, max_retries=0) as client,
        httpx.AsyncClient(transport=fake_transport(fake)) as http,
    ):
        http.base_url = httpx.URL(f"{client.config.base_url}/api/v1/companies/{world.company_id}")
        http.headers["X-API-KEY"] = "vk_fake_fresh"
        yield Side(client, http, world.admin_id, world.player_ids[0])


async def compare(live: Live, scenario: Callable[[Side], Any], rate_limits: bool | str) -> None:
    async with live_side(live) as side:
        server = await scenario(side)
    async with fake_side(rate_limits) as side:
        fake = await scenario(side)
    assert_same(server, fake)


async def test_the_route_limits_answer_as_the_servers(live: Live) -> None:
    await compare(live, route_limits, True)


@pytest.mark.ratelimited
async def test_a_server_wide_policy_answers_as_the_servers(live: Live) -> None:
    await compare(live, server_wide, os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:5:1"))
