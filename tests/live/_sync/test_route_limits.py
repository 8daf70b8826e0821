# Generated from tests/live/_async/test_route_limits.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The server's own per-route limits (uploads: 50, then 300 an hour; key rotation: 5, then 5 an hour),
always on: they pace their own routes and nothing else. Each test has a developer and key of its own,
so that its buckets are fresh whatever else the run did."""

from __future__ import annotations

import time

from vclient import SyncVClient

from ..conftest import Live, fresh_key, tiny_png
from .conftest import connect

READS = 120


def reads(client: SyncVClient, live: Live) -> float:
    """Seconds for READS plain reads of two operations."""
    campaigns = client.campaigns(live.admin_user)
    began = time.monotonic()
    for _ in range(READS // 2):
        client.companies.get(live.company_id)
        campaigns.get_page(limit=1)
    return time.monotonic() - began


def compare(after: float, plain: float, what: str) -> None:
    print(f"\n{READS} reads after {what}: {after:.2f} s; without: {plain:.2f} s ({after / plain:.2f}x)")
    assert after <= 2 * plain + 1.0


def test_one_upload_does_not_slow_the_reads_after_it(live: Live) -> None:
    with fresh_key(live) as (key, user_id):
        with connect(live, key) as client:
            client.users(live.admin_user).upload_avatar(user_id, tiny_png(2), filename="me.png")
            assert client.rate_limit is not None
            assert client.rate_limit.most_restrictive.name == "asset_upload"
            after = reads(client, live)
        with connect(live, key) as client:  # a new client: nothing learnt of the routes yet
            plain = reads(client, live)
    compare(after, plain, "one upload")


def test_a_key_rotation_does_not_slow_the_reads_after_it(live: Live) -> None:
    with fresh_key(live) as (first_key, _):
        with connect(live, first_key) as client:
            client.developer.regenerate_api_key()
            assert client.rate_limit is not None
            assert client.rate_limit.most_restrictive.name == "developer_key_rotation"
            after = reads(client, live)
            key = client.config.api_key
            assert key is not None
        with connect(live, key) as client:
            plain = reads(client, live)
    compare(after, plain, "a key rotation")
