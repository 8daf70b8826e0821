"""The server's own per-route limits (uploads: 50, then 300 an hour; key rotation: 5, then 5 an hour),
always on: they pace their own routes and nothing else. Each test has a developer and key of its own,
so that its buckets are fresh whatever else the run did."""

from __future__ import annotations

import time

from vclient import VClient
from vclient.models import CompanyPermission

from ..conftest import Live, tiny_png, unique
from .conftest import Undo, connect
from .test_users import new_user

READS = 120


async def fresh_key(admin: VClient, live: Live, undo: Undo) -> str:
    """The key of a new developer with ADMIN permission on the run's company."""
    name = unique("vclient-pace-")
    developer = await admin.global_admin.create_developer(username=name, email=f"{name}@example.com")
    undo.push(lambda: admin.global_admin.delete_developer(developer.id))
    await admin.companies.grant_access(live.company_id, developer.id, CompanyPermission.ADMIN)
    return (await admin.global_admin.create_api_key(developer.id)).api_key


async def reads(client: VClient, live: Live) -> float:
    """Seconds for READS plain reads of two operations."""
    campaigns = client.campaigns(live.admin_user)
    began = time.monotonic()
    for _ in range(READS // 2):
        await client.companies.get(live.company_id)
        await campaigns.get_page(limit=1)
    return time.monotonic() - began


def compare(after: float, plain: float, what: str) -> None:
    print(f"\n{READS} reads after {what}: {after:.2f} s; without: {plain:.2f} s ({after / plain:.2f}x)")
    assert after <= 2 * plain + 1.0


async def test_one_upload_does_not_slow_the_reads_after_it(live: Live, admin: VClient, undo: Undo) -> None:
    key = await fresh_key(admin, live, undo)
    async with connect(live, key) as client:
        user = await new_user(admin, live, undo)
        await client.users(live.admin_user).upload_avatar(user.id, tiny_png(2), filename="me.png")
        assert client.rate_limit is not None
        assert client.rate_limit.most_restrictive.name == "asset_upload"
        after = await reads(client, live)
    async with connect(live, key) as client:  # a new client: nothing learnt of the routes yet
        plain = await reads(client, live)
    compare(after, plain, "one upload")


async def test_a_key_rotation_does_not_slow_the_reads_after_it(
    live: Live, admin: VClient, undo: Undo
) -> None:
    async with connect(live, await fresh_key(admin, live, undo)) as client:
        await client.developer.regenerate_api_key()
        assert client.rate_limit is not None
        assert client.rate_limit.most_restrictive.name == "developer_key_rotation"
        after = await reads(client, live)
        key = client.config.api_key
        assert key is not None
    async with connect(live, key) as client:
        plain = await reads(client, live)
    compare(after, plain, "a key rotation")
