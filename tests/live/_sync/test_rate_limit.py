# Generated from tests/live/_async/test_rate_limit.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Against a server whose rate limit is on (`nox -s live` restarts the kit with one for these tests)."""

from __future__ import annotations

import itertools
import time

import pytest

from vclient import SyncVClient
from vclient._core._ratelimit import parse_rate_limit
from vclient._io import sync_sleep
from vclient.exceptions import RateLimitError

from ..conftest import Live
from ..wire import WIRE
from .conftest import connect

pytestmark = pytest.mark.ratelimited


def test_a_429_is_waited_out_as_the_server_says(live: Live) -> None:
    with connect(live, live.keys["USER_KEY"], pace_requests=False) as client:
        start = len(WIRE.exchanges)
        began = time.monotonic()
        for _ in range(live.burst + 3):
            assert (client.system.health()).database_status == "online"
        took = time.monotonic() - began
        seen = WIRE.exchanges[start:]
        limited = [(e, after) for e, after in itertools.pairwise(seen) if e.status == 429]
        assert limited, "the burst never ran out"
        for refused, retry in limited:
            info = parse_rate_limit(*refused.ratelimit)
            assert info is not None and info.reset is not None
            assert retry.at - refused.at >= info.reset - 0.05  # the retry went when the server said
        assert took >= 3 / live.refill - 1

        last = parse_rate_limit(*seen[-1].ratelimit)
        assert client.rate_limit == last
        assert client.rate_limit is not None
        strictest = client.rate_limit.most_restrictive
        assert (strictest.name, strictest.quota) == ("burst", live.burst)


def exhaust(client: SyncVClient, calls: int) -> None:
    for _ in range(calls):
        client.system.health()


def test_without_rate_limit_retries_the_wait_reaches_the_caller(live: Live) -> None:
    settings = {"auto_retry_rate_limit": False, "pace_requests": False}
    with connect(live, live.keys["COMPANY_ADMIN_KEY"], **settings) as client:
        with pytest.raises(RateLimitError) as caught:
            exhaust(client, live.burst + 3)
    assert caught.value.remaining == 0
    assert caught.value.retry_after is not None and 0 < caught.value.retry_after <= 1 / live.refill + 1


def test_paced_requests_are_never_refused_even_without_retries(live: Live) -> None:
    sync_sleep(live.burst / live.refill)  # a full bucket: the client can know only what it was told
    settings = {"auto_retry_rate_limit": False, "pace_requests": True}
    with connect(live, live.keys["GLOBAL_ADMIN_KEY"], **settings) as client:
        start = len(WIRE.exchanges)
        exhaust(client, live.burst + 3)
    assert [e.status for e in WIRE.exchanges[start:]].count(429) == 0


def test_walks_at_eight_pages_at_a_time_take_turns_and_are_never_refused(live: Live) -> None:
    """The latest few hundred audit logs, 50 a page, walked whole and then one page ahead, under the
    burst policy (the log grows as the walks go: each request is logged)."""
    developer = live.keys["GLOBAL_ADMIN_DEVELOPER_ID"]
    sync_sleep(live.burst / live.refill)  # a full bucket: a new client knows nothing of it yet
    with connect(
        live, live.keys["GLOBAL_ADMIN_KEY"], auto_retry_rate_limit=False, page_concurrency=8
    ) as client:
        admin = client.global_admin
        oldest = admin.get_audit_log_page(developer, limit=1, offset=199)
        since = oldest[0].date_created if oldest.items else None
        start = len(WIRE.exchanges)
        logs = admin.list_all_audit_logs(developer, limit=50, date_from=since)
        walked = [entry for entry in admin.iter_all_audit_logs(developer, limit=50, date_from=since)]
        seen = WIRE.exchanges[start:]
        assert [e.status for e in seen if e.status == 429] == []
        assert len(seen) >= 2 * -(-len(logs) // 50)
        assert len({entry.id for entry in logs}) == len(logs)
        assert len({entry.id for entry in walked}) == len(walked) >= len(logs) - 50
