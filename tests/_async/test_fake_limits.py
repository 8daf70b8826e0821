"""Rate limits in the fake (`FakeAPI(rate_limits=...)`): the server's buckets per key, on the fake's
clock, and the SDK's pacing and retries against them, without a real wait."""

from __future__ import annotations

from typing import Unpack

import pytest

from vclient._core._config import ClientSettings
from vclient.exceptions import ConfigurationError, RateLimitError
from vclient.testing import FakeAPI, FakeVClient

from ..concurrency import async_run_all

PNG = b"\x89PNG\r\n\x1a\n"


def limited(rate_limits: bool | str = True, **settings: Unpack[ClientSettings]) -> FakeVClient:
    settings.setdefault("set_as_default", False)
    return FakeVClient(FakeAPI(seed=1, rate_limits=rate_limits), **settings)


async def upload(client: FakeVClient) -> None:
    world = client.fake.world
    await client.users(world.admin_id).upload_avatar(world.player_ids[0], PNG, filename="me.png")


async def test_uploads_spend_the_servers_upload_bucket_and_reads_spend_none() -> None:
    client = limited(pace_requests=False, auto_retry_rate_limit=False)
    for _ in range(50):
        await upload(client)
    assert client.rate_limit is not None
    assert client.rate_limit.most_restrictive.name == "asset_upload"
    with pytest.raises(RateLimitError) as caught:
        await upload(client)
    assert caught.value.retry_after is not None
    assert 11.9 <= caught.value.retry_after <= 3600 / 300  # one upload more every 12 s
    assert caught.value.remaining == 0
    await client.companies.get(client.fake.world.company_id)  # under no bucket: not refused
    assert client.last_response is not None
    assert "ratelimit" not in client.last_response.headers

    client.fake.advance(12)
    await upload(client)
    with pytest.raises(RateLimitError):
        await upload(client)


async def test_every_key_has_buckets_of_its_own() -> None:
    fake = FakeAPI(seed=1, rate_limits="burst:2:1")
    fake.add_api_key("vk_second", admin=True)
    first = FakeVClient(fake, set_as_default=False, pace_requests=False, auto_retry_rate_limit=False)
    second = FakeVClient(fake, api_key="vk_second", set_as_default=False, auto_retry_rate_limit=False)
    for _ in range(2):
        await first.system.health()
    with pytest.raises(RateLimitError):
        await first.system.health()
    assert (await second.system.health()).database_status


async def test_a_global_policy_is_checked_before_a_routes_own() -> None:
    client = limited("burst:100:1", pace_requests=False)
    await upload(client)
    assert client.rate_limit is not None
    names = [(policy.name, policy.remaining) for policy in client.rate_limit.policies]
    assert names == [("burst", 99), ("asset_upload", 49)]
    await client.companies.get(client.fake.world.company_id)
    assert [policy.name for policy in client.rate_limit.policies] == ["burst"]


@pytest.mark.parametrize("pacing", [True, False], ids=["paced", "retried"])
async def test_a_long_run_goes_through_at_the_buckets_rate(pacing: bool) -> None:
    client = limited("burst:5:1", pace_requests=pacing)
    world = client.fake.world
    for _ in range(30):
        await client.companies.get(world.company_id)
    sent = len(client.fake.calls_to("getCompany"))
    if pacing:
        assert sent == 30  # none refused, so none repeated
    else:
        assert sent > 30  # refused and retried when the server said
    assert 24.5 <= client.fake.elapsed <= 25 / 0.95 * 1.1


async def test_tasks_of_one_client_take_turns_without_a_refusal() -> None:
    client = limited("burst:5:1")
    world = client.fake.world

    async def reads() -> None:
        for _ in range(6):
            await client.companies.get(world.company_id)

    await async_run_all(*[reads] * 5)
    assert len(client.fake.calls_to("getCompany")) == 30
    assert 24.5 <= client.fake.elapsed <= 25 / 0.95 * 1.1  # overlapping waits do not add up


async def test_the_servers_testing_header_bypasses_every_bucket() -> None:
    client = FakeVClient(
        FakeAPI(seed=1, rate_limits="burst:1:1"),
        set_as_default=False,
        auto_retry_rate_limit=False,
        headers={"X-Testing-Ignore-Rate-Limit": "true"},
    )
    for _ in range(3):
        await client.system.health()
    assert client.rate_limit is None
    assert client.fake.elapsed == 0


@pytest.mark.parametrize(
    "spec", ["burst", "burst:5", "burst:0:1", "burst:5:0", "burst:5:x", "b b:5:1", "a:5:1,a:6:1", 5]
)
def test_a_bad_policy_is_refused_with_the_format_it_needs(spec: object) -> None:
    with pytest.raises(ConfigurationError, match="rate"):
        FakeAPI(rate_limits=spec)  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", [True, "burst:30:5"], ids=["route-limits-alone", "server-wide"])
async def test_uploads_and_reads_from_tasks_wait_only_for_the_buckets_over_them(policy: bool | str) -> None:
    client = limited(policy)
    world = client.fake.world
    jobs = iter(["upload" if i % 8 == 0 else "read" for i in range(200)])  # 25 uploads: under their 50

    async def worker() -> None:
        for job in jobs:
            if job == "upload":
                await upload(client)
            else:
                await client.companies.get(world.company_id)

    await async_run_all(*[worker] * 20)
    assert len(client.fake.calls) == 200  # none refused
    if policy is True:
        assert client.fake.elapsed == 0  # nothing waited: reads are under no bucket
    else:
        best = (200 - 30) / 5
        assert best * 0.98 <= client.fake.elapsed <= best * 1.03
