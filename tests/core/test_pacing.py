"""Pacing decisions, pure: given what the headers said and a clock, when may the next request go."""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Iterator

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


def test_after_a_429_the_next_goes_when_the_server_says_then_one_per_refill() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"strict";r=0;t=7', '"strict";q=5;w=60'), 100.0, refused=True)
    waits = [pacer.reserve("getCompany", 100.0) for _ in range(3)]
    step = 1 / (5 / 60 * MARGIN)
    assert waits == pytest.approx([7.0, 7.0 + step, 7.0 + 2 * step])


def test_a_wait_rounded_up_to_a_second_does_not_hold_back_a_faster_refill() -> None:
    pacer = Pacer()  # 5 a second: the next token is due in 0.2 s at most, whatever `t=1` says
    pacer.observe("getCompany", said('"burst";r=0;t=1', '"burst";q=30;w=6'), 100.0, refused=True)
    assert pacer.reserve("getCompany", 100.0) == pytest.approx(1 / (5 * MARGIN))


def test_without_a_known_rate_a_429_holds_every_request_for_the_servers_wait() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=0;t=3', ""), 100.0, refused=True)
    assert [pacer.reserve("getCompany", 100.0) for _ in range(2)] == [3.0, 3.0]


def test_a_refused_request_goes_again_after_those_already_queued() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=0;t=1', '"burst";q=30;w=6'), 0.0)
    waits = [pacer.reserve("getCompany", 0.0) for _ in range(3)]
    step = 1 / (5 * MARGIN)
    assert waits == pytest.approx([step, 2 * step, 3 * step])
    pacer.observe("getCompany", said('"burst";r=0;t=1', '"burst";q=30;w=6'), step, refused=True)
    # The server had less than the pacer thought: the retry goes after the two still queued.
    assert pacer.reserve("getCompany", step) == pytest.approx(3 * step)


def test_requests_sent_before_anything_was_known_are_counted_by_the_first_answer() -> None:
    pacer = Pacer()
    assert [pacer.reserve("getCompany", 0.0) for _ in range(3)] == [0.0] * 3  # all sent blind
    pacer.observe("getCompany", said('"burst";r=29;t=0', '"burst";q=30;w=6'), 0.01)
    # 29 left when the first was counted; the other two may not have been yet.
    assert [pacer.reserve("getCompany", 0.01) for _ in range(28)].count(0.0) == 27


def test_tokens_left_go_at_once_and_refill_with_time() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=2;t=0', '"burst";q=30;w=6'), 0.0)
    assert [pacer.reserve("getCompany", 0.0) for _ in range(2)] == [0.0, 0.0]
    assert pacer.reserve("getCompany", 0.0) > 0
    assert pacer.reserve("getCompany", 60.0) == 0.0  # a minute later the bucket is full again


def test_the_most_restrictive_policy_decides() -> None:
    pacer = Pacer()
    pacer.observe(
        "getCompany",
        said('"hourly";r=0;t=30, "burst";r=9;t=0', '"hourly";q=100;w=3600, "burst";q=10;w=2'),
        0,
    )
    assert pacer.reserve("getCompany", 0.0) == pytest.approx(30.0)  # the hourly one's `t`


def test_a_routes_own_policy_does_not_slow_the_others() -> None:
    pacer = Pacer()
    pacer.observe(
        "uploadUserAsset",
        said('"asset_upload";r=0;t=12, "burst";r=20;t=0', '"asset_upload";q=50;w=600, "burst";q=30;w=6'),
        0,
    )
    pacer.observe("getCompany", said('"burst";r=20;t=0', '"burst";q=30;w=6'), 0)
    assert pacer.reserve("uploadUserAsset", 0.0) == pytest.approx(12.0)
    assert pacer.reserve("getCompany", 0.0) == 0.0
    assert pacer.reserve("listUsers", 0.0) == 0.0  # not seen yet: only what every answer carried


def test_the_server_is_trusted_when_it_says_less_is_left() -> None:
    pacer = Pacer()
    pacer.observe("getCompany", said('"burst";r=20;t=0', '"burst";q=30;w=6'), 0)
    # Another process used them.
    pacer.observe("getCompany", said('"burst";r=0;t=1', '"burst";q=30;w=6'), 0.1)
    assert pacer.reserve("getCompany", 0.1) == pytest.approx(1 / (5 * MARGIN))


def run_callers(server: ServerBucket, callers: int, calls: int, legs: Iterator[float]) -> tuple[int, float]:
    """`callers` callers of one client (one pacer) share `calls` requests: each asks for its turn, sends
    when told, and asks again once its answer is in; each way to or from the server takes the next of
    `legs`. Returns how many requests the server refused and when the last one was sent."""
    pacer = Pacer()
    order = itertools.count()  # ties in time go in the order they were planned
    events: list[tuple[float, int, str, RateLimitInfo | None]] = [
        (0.0, next(order), "ask", None) for _ in range(min(callers, calls))
    ]
    asked = refused = 0
    last = 0.0
    while events:
        now, _, what, info = heapq.heappop(events)
        if what == "ask" and asked < calls:
            asked += 1
            wait = pacer.reserve("getCompany", now)
            last = max(last, now + wait)
            heapq.heappush(events, (now + wait + next(legs), next(order), "arrive", None))
        elif what == "arrive":
            allowed, ratelimit, policy = server.take(now)
            refused += not allowed
            answer = "refused" if not allowed else "answer"
            heapq.heappush(events, (now + next(legs), next(order), answer, said(ratelimit, policy)))
        elif info is not None:
            pacer.observe("getCompany", info, now, refused=what == "refused")
            heapq.heappush(events, (now, next(order), "ask", None))
    return refused, last


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
    waits = [pacer.reserve("getCompany", latency) for _ in range(calls - 1)]
    refused, last = 0, 0.0
    for wait in waits:
        send = latency + wait
        allowed, ratelimit, policy = server.take(send + latency)
        refused += not allowed
        pacer.observe("getCompany", said(ratelimit, policy), send + 2 * latency)
        last = send
    assert refused == 0
    best = max(0.0, (calls - capacity) / refill)
    assert last <= 1.15 * best + 1.0 / refill + 2 * latency


@given(
    window=st.integers(min_value=1, max_value=20),
    refill=st.sampled_from([0.5, 1.0, 2.0, 5.0, 10.0]),
    callers=st.integers(min_value=1, max_value=25),
    calls=st.integers(min_value=1, max_value=200),
    jitter=st.floats(min_value=0.001, max_value=0.05),
    seed=st.integers(min_value=0),
)
def test_callers_in_a_loop_are_refused_only_when_sent_blind_and_come_near_the_bucket_minimum(
    window: int, refill: float, callers: int, calls: int, jitter: float, seed: int
) -> None:
    """Callers that each send again when answered, with latencies that vary (so answers come out of
    order): only requests sent before anything was known may be refused, and the whole takes the
    bucket's minimum at the pacer's margin, plus a refill or two for the blind start."""
    capacity = max(1, int(window * refill))
    rng = random.Random(seed)
    legs = iter(lambda: rng.uniform(0.001, jitter), None)
    refused, last = run_callers(ServerBucket(capacity, refill), callers, calls, legs)
    blind = min(callers, calls)  # sent at once, before any answer told the client of the bucket
    assert refused <= max(0, blind - capacity)
    best = max(0.0, (calls - capacity) / refill)
    assert last <= best / MARGIN + min(blind, capacity) / refill + calls / callers * 2 * jitter
