from __future__ import annotations

import email.utils

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vclient._core._retry import RetryPolicy, backoff_delay, plan_retry, server_wait

NOW = 1_800_000_000.0


DEFAULT = RetryPolicy()


def plan(policy: RetryPolicy = DEFAULT, **overrides: object) -> float | None:
    arguments: dict[str, object] = {
        "attempt": 0,
        "elapsed": 0.0,
        "method": "GET",
        "request_headers": {},
        "status_code": 503,
        "reached_server": True,
        "wait_hint": None,
        "jitter": 0.5,
        **overrides,
    }
    return plan_retry(policy, **arguments)  # type: ignore[arg-type]


@given(
    base=st.one_of(st.just(0.0), st.floats(min_value=0.001, max_value=60)),
    cap=st.floats(min_value=0, max_value=600),
    attempt=st.integers(min_value=0, max_value=10_000),
    jitter=st.floats(min_value=0, max_value=1),
)
def test_backoff_is_full_jitter_below_its_cap(base: float, cap: float, attempt: int, jitter: float) -> None:
    policy = RetryPolicy(base_delay=base, max_delay=cap)
    # With base 0 or >= 0.001, 2**100 exceeds every cap, so the formula need not be evaluated beyond.
    ceiling = min(cap, base * 2.0 ** min(attempt, 100))
    assert backoff_delay(policy, attempt, jitter) == pytest.approx(ceiling * jitter)


def test_backoff_doubles_until_the_cap() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=2.0)
    assert [backoff_delay(policy, a, 1.0) for a in range(5)] == [0.5, 1.0, 2.0, 2.0, 2.0]


def test_a_call_retries_while_its_budget_lasts_not_a_fixed_count() -> None:
    """A restart of the server is ridden out: connection refused, every second or two, for a minute."""
    waits, elapsed, attempt = [], 0.0, 0
    while (
        delay := plan(attempt=attempt, elapsed=elapsed, status_code=None, reached_server=False)
    ) is not None:
        waits.append(delay)
        elapsed, attempt = elapsed + delay + 0.01, attempt + 1
    assert 55 <= elapsed <= DEFAULT.budget
    assert max(waits) <= DEFAULT.max_delay  # back within two seconds of the server
    assert len(waits) > 30


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"retry-after": "7"}, b"", 7.0),
        ({"retry-after": "2.5"}, b"", 2.5),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, b"", 30.0),
        ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, b"", 0.0),
        ({"ratelimit": '"strict";r=0;t=20'}, b'{"retry_after": 19.89}', 20.0),
        ({"ratelimit": '"strict";r=0;t=0'}, b'{"retry_after": 19.89}', 0.0),  # t=0: now, not after backoff
        ({}, b'{"status": 429, "retry_after": 19.89}', 19.89),
        ({"retry-after": "soon"}, b"", None),
        ({}, b"not json", None),
        ({}, b'{"retry_after": "x"}', None),
    ],
)
def test_server_wait_reads_every_form_the_server_may_use(
    headers: dict[str, str], body: bytes, expected: float | None
) -> None:
    assert server_wait(429, headers, body, NOW) == pytest.approx(expected)


def test_a_5xx_waits_only_for_retry_after_not_for_rate_limit_headers() -> None:
    assert server_wait(503, {"ratelimit": '"burst";r=9;t=0'}, b'{"retry_after": 5}', NOW) is None
    assert server_wait(503, {"retry-after": "3"}, b"", NOW) == 3.0


@given(
    st.sampled_from([429, 503]),
    st.dictionaries(st.sampled_from(["retry-after", "ratelimit"]), st.text()),
    st.binary(),
)
def test_server_wait_never_raises_and_is_never_negative(
    status: int, headers: dict[str, str], body: bytes
) -> None:
    wait = server_wait(status, headers, body, NOW)
    assert wait is None or wait >= 0


def test_a_server_wait_is_used_unchanged_at_every_attempt() -> None:
    assert [plan(status_code=429, attempt=a, wait_hint=7.0) for a in range(3)] == [7.0, 7.0, 7.0]


def test_a_server_wait_longer_than_the_budget_left_gives_up_at_once() -> None:
    assert plan(RetryPolicy(budget=60.0), status_code=429, wait_hint=61.0) is None
    assert plan(RetryPolicy(budget=60.0), status_code=429, elapsed=50.0, wait_hint=10.0) == 10.0
    assert plan(RetryPolicy(budget=60.0), status_code=429, wait_hint=30.0) == 30.0  # over max_delay: fine


def test_attempts_and_budget_are_bounded() -> None:
    assert plan(RetryPolicy(max_retries=2), attempt=2) is None
    assert plan(RetryPolicy(budget=10.0), elapsed=9.0, wait_hint=2.0) is None
    assert plan(RetryPolicy(budget=10.0), elapsed=8.0, wait_hint=2.0) == 2.0


@pytest.mark.parametrize(
    ("method", "retried"), [("POST", False), ("PATCH", False), ("PUT", True), ("GET", True)]
)
def test_a_write_that_timed_out_is_not_replayed_while_it_may_still_run(method: str, retried: bool) -> None:
    keyed = {"Idempotency-Key": "k"}
    decision = plan(method=method, request_headers=keyed, status_code=None, timed_out=True)
    assert (decision is not None) is retried


def test_rate_limit_switch_only_affects_429() -> None:
    policy = RetryPolicy(retry_rate_limited=False)
    assert plan(policy, status_code=429) is None
    assert plan(policy, status_code=503) is not None
    assert plan(policy, status_code=None) is not None


@pytest.mark.parametrize(
    ("method", "headers", "status", "reached", "retried"),
    [
        ("GET", {}, 503, True, True),
        ("DELETE", {}, None, True, True),
        ("PUT", {}, 502, True, True),
        ("GET", {}, 500, True, False),
        ("POST", {}, 503, True, False),
        ("PATCH", {}, None, True, False),
        ("POST", {"Idempotency-Key": "k"}, 503, True, True),
        ("POST", {}, None, False, True),
        ("POST", {}, 429, True, True),
        ("GET", {}, 404, True, False),
        ("GET", {}, 400, True, False),
    ],
)
def test_only_safe_replays_are_retried(
    method: str, headers: dict[str, str], status: int | None, reached: bool, retried: bool
) -> None:
    decision = plan(method=method, request_headers=headers, status_code=status, reached_server=reached)
    assert (decision is not None) is retried
