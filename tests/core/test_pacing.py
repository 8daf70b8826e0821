"""Pacing decisions, pure: given what the headers said and a clock, when may the next request go."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vclient._core._pacing import MARGIN, Pacer
from vclient._core._ratelimit import RateLimitInfo, parse_rate_limit


def said(ratelimit: str, policy: str) -> RateLimitInfo:
    info = parse_rate_limit(ratelimit, policy)
    assert info is not None
    return info


class ServerBucket:
    """The server's token bucket, as its rate-limit middleware keeps it."""

    def __init__(self, capacity: int, refill: float) -> None:
        self.capacity, self.refill, self.tokens, self.at = capacity, refill, float(capacity), 0.0

    def take(self, now: float) -> tuple[bool, str, str]:
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.refill)
        self.at = now
        allowed = self.tokens >= 1
        if allowed:
            self.tokens -= 1
        reset = max(0.0, 1 - self.tokens) / self.refill
        window = -(-self.capacity // self.refill)
        return (
            allowed,
            f'"burst";r={int(self.tokens)};t={-(-reset // 1):.0f}',
            f'"burst";q={self.capacity};w={window:.0f}',
        )


def test_with_nothing_seen_a_request_goes_at_once() -> None:
    assert Pacer().reserve("getCompany", 0.0) == 0.0


def test_an_empty_bucket_makes_requests_queue_over_the_refill() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=0;t=0', '"burst";q=30;w=6'), 100.0)  # 5 a second
    waits = [pacer.reserve("getCompany", 100.0) for _ in range(4)]
    step = 1 / (5 * MARGIN)
    assert waits == pytest.approx([step, 2 * step, 3 * step, 4 * step])


def test_after_a_429_nothing_goes_before_the_servers_wait_then_the_refill_paces() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=0;t=2', '"burst";q=30;w=6'), 100.0, refused=True)
    waits = [pacer.reserve("getCompany", 100.0) for _ in range(5)]
    step = 1 / (5 * MARGIN)
    # The next token comes when the server says: one request goes then, the others one per refill.
    assert waits == pytest.approx([2.0, 2.0 + step, 2.0 + 2 * step, 2.0 + 3 * step, 2.0 + 4 * step])


def test_tokens_left_go_at_once_and_refill_with_time() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=2;t=0', '"burst";q=30;w=6'), 0.0)
    assert [pacer.reserve("getCompany", 0.0) for _ in range(2)] == [0.0, 0.0]
    assert pacer.reserve("getCompany", 0.0) > 0
    assert pacer.reserve("getCompany", 60.0) == 0.0  # a minute later the bucket is full again


def test_the_most_restrictive_policy_decides() -> None:
    pacer = Pacer()
    pacer.observe(
        "getCompany", said('"hourly";r=0;t=30, "burst";r=9;t=0', '"hourly";q=100;w=3600, "burst";q=10;w=2'), 0
    )
    assert pacer.reserve("getCompany", 0.0) == pytest.approx(1 / (100 / 3600 * MARGIN))


def test_a_routes_own_policy_does_not_slow_the_others() -> None:
    pacer = Pacer()
    pacer.observe(
        "uploadUserAsset",
        said('"asset_upload";r=0;t=12, "burst";r=20;t=0', '"asset_upload";q=50;w=600, "burst";q=30;w=6'),
        0,
    )
    pacer.observe("getCompany", said('"burst";r=20;t=0', '"burst";q=30;w=6'), 0)
    assert pacer.reserve("uploadUserAsset", 0.0) == pytest.approx(1 / (50 / 600 * MARGIN))
    assert pacer.reserve("getCompany", 0.0) == 0.0
    assert pacer.reserve("listUsers", 0.0) == 0.0  # not seen yet: only what every answer carried


def test_the_server_is_trusted_when_it_says_less_is_left() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=20;t=0', '"burst";q=30;w=6'), 0)
    pacer.observe("getCompany", said('"burst";r=0;t=1', '"burst";q=30;w=6'), 0.1)  # another process used them
    assert pacer.reserve("getCompany", 0.1) == pytest.approx(1 / (5 * MARGIN))


@given(
    window=st.integers(min_value=1, max_value=20),
    refill=st.sampled_from([0.5, 1.0, 2.0, 5.0, 10.0]),
    calls=st.integers(min_value=1, max_value=150),
    latency=st.floats(min_value=0.001, max_value=0.05),
)
def test_paced_requests_are_never_refused_and_come_near_the_bucket_minimum(
    window: int, refill: float, calls: int, latency: float
) -> None:
    """Many callers of one client against a server bucket: after the first answer, no request is refused,
    and all of them are done within 1.15 times what the bucket allows at best.

    (Buckets whose window is a whole number of seconds: the server rounds the window it reports up, and
    the pacer, going by it, is then slower than it needs to be, never faster.)"""
    capacity = max(1, int(window * refill))
    server, pacer = ServerBucket(capacity, refill), Pacer()
    allowed, ratelimit, policy = server.take(0.0)
    pacer.observe("getCompany", said(ratelimit, policy), latency)
    # Every other caller asks for its turn at once; each goes when told, and its answer is taken in.
    sends = sorted(latency + pacer.reserve("getCompany", latency) for _ in range(calls - 1))
    refused, last = 0, 0.0
    for send in sends:
        allowed, ratelimit, policy = server.take(send + latency)
        refused += not allowed
        pacer.observe("getCompany", said(ratelimit, policy), send + 2 * latency)
        last = send
    assert refused == 0
    best = max(0.0, (calls - capacity) / refill)
    assert last <= 1.15 * best + 1.0 / refill + 2 * latency
