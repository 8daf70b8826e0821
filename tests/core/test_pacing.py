"""Pacing decisions, pure: given what the headers said and a clock, when may the next request go."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vclient._core._pacing import MARGIN, Pacer, Turn

from ..pacing_sim import ServerBucket, run_callers, said

BURST = '"burst";q=30;w=6'  # 30 requests, refilled 5 a second
UPLOADS = '"asset_upload";q=50;w=600'  # the server's own limit on uploads: 50, then one every 12 s
STEP = 1 / (5 * MARGIN)  # how far apart paced requests go under BURST when it is empty
UPLOAD_STEP = 1 / (50 / 600 * MARGIN)


def answer(
    pacer: Pacer,
    operation: str,
    now: float,
    ratelimit: str | None = None,
    policy: str = BURST,
    status: int = 200,
) -> Turn:
    """One request of `operation`, sent when its turn comes and answered at once: its turn."""
    turn = pacer.reserve(operation, now)
    pacer.send(turn)
    info = said(ratelimit, policy) if ratelimit is not None else None
    pacer.observe(turn, info, now + turn.wait, status)
    return turn


def waits(pacer: Pacer, operation: str, now: float, count: int) -> list[float]:
    return [pacer.reserve(operation, now).wait for _ in range(count)]


# -- one bucket --------------------------------------------------------------------------------------


def test_with_nothing_seen_a_request_goes_at_once() -> None:
    turn = Pacer().reserve("getCompany", 0.0)
    assert (turn.wait, turn.bucket) == (0.0, None)


def test_an_empty_bucket_makes_requests_queue_over_the_refill() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 100.0, '"burst";r=0;t=1')
    assert waits(pacer, "getCompany", 100.0, 4) == pytest.approx([STEP, 2 * STEP, 3 * STEP, 4 * STEP])
    assert pacer.reserve("getCompany", 100.0).bucket == "burst"  # what the log line names


def test_after_a_429_the_next_goes_when_the_server_says_then_one_per_refill() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 100.0, '"strict";r=0;t=7', '"strict";q=5;w=60', status=429)
    step = 1 / (5 / 60 * MARGIN)
    assert waits(pacer, "getCompany", 100.0, 3) == pytest.approx([7.0, 7.0 + step, 7.0 + 2 * step])


def test_a_wait_rounded_up_to_a_second_does_not_hold_back_a_faster_refill() -> None:
    pacer = Pacer()  # 5 a second: the next token is due in 0.2 s at most, whatever `t=1` says
    answer(pacer, "getCompany", 100.0, '"burst";r=0;t=1', status=429)
    assert pacer.reserve("getCompany", 100.0).wait == pytest.approx(STEP)


def test_without_a_known_rate_a_429_holds_every_request_for_the_servers_wait() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 100.0, '"burst";r=0;t=3', "", status=429)
    assert waits(pacer, "getCompany", 100.0, 2) == [3.0, 3.0]


def test_a_refused_request_goes_again_after_those_already_queued() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=0;t=1')
    queued = [pacer.reserve("getCompany", 0.0) for _ in range(3)]
    assert [turn.wait for turn in queued] == pytest.approx([STEP, 2 * STEP, 3 * STEP])
    pacer.send(queued[0])
    pacer.observe(queued[0], said('"burst";r=0;t=1', BURST), STEP, 429)
    # The server had less than the pacer thought: the retry goes after the two still queued.
    assert pacer.reserve("getCompany", STEP).wait == pytest.approx(3 * STEP)


def test_requests_sent_before_anything_was_known_are_counted_by_the_first_answer() -> None:
    pacer = Pacer()
    blind = [pacer.reserve("getCompany", 0.0) for _ in range(3)]
    assert [turn.wait for turn in blind] == [0.0] * 3
    pacer.observe(blind[0], said('"burst";r=29;t=0', BURST), 0.01, 200)
    # 29 left when the first was counted; the other two may not have been yet.
    assert waits(pacer, "getCompany", 0.01, 28).count(0.0) == 27


def test_tokens_left_go_at_once_and_refill_with_time() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=2;t=0')
    assert waits(pacer, "getCompany", 0.0, 2) == [0.0, 0.0]
    assert pacer.reserve("getCompany", 0.0).wait > 0
    assert pacer.reserve("getCompany", 60.0).wait == 0.0  # a minute later the bucket is full again


def test_the_most_restrictive_policy_decides() -> None:
    pacer = Pacer()
    answer(
        pacer,
        "getCompany",
        0.0,
        '"hourly";r=0;t=30, "burst";r=9;t=0',
        '"hourly";q=100;w=3600, "burst";q=10;w=2',
    )
    turn = pacer.reserve("getCompany", 0.0)
    assert turn.wait == pytest.approx(30.0)  # the hourly one's `t`
    assert turn.bucket == "hourly"


# -- the server's count, trusted when nothing else was on its way -------------------------------------


def test_alone_the_servers_count_replaces_the_pacers_even_when_higher() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=0;t=1')
    turn = pacer.reserve("getCompany", 0.0)  # the pacer expects the next token at 95% of the refill
    assert turn.wait == pytest.approx(STEP)
    pacer.send(turn)
    pacer.observe(turn, said('"burst";r=3;t=0', BURST), STEP, 200)  # the server refilled faster
    assert waits(pacer, "getCompany", STEP, 4) == pytest.approx([0.0, 0.0, 0.0, STEP])


def test_the_servers_count_replaces_the_pacers_when_lower() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=20;t=0')
    answer(pacer, "getCompany", 0.1, '"burst";r=0;t=1')  # another process used them
    assert pacer.reserve("getCompany", 0.1).wait == pytest.approx(STEP)


def test_an_answer_that_may_be_stale_never_makes_the_pacer_more_hopeful() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=2;t=0')
    first, second = pacer.reserve("getCompany", 0.0), pacer.reserve("getCompany", 0.0)
    assert first.wait == second.wait == 0.0  # both on their way at once
    # The server counted the first, then the second; the second's answer comes back first.
    pacer.observe(second, said('"burst";r=0;t=1', BURST), 0.01, 200)
    pacer.observe(first, said('"burst";r=1;t=0', BURST), 0.02, 200)  # stale: no token is left
    assert pacer.reserve("getCompany", 0.02).wait >= STEP


def test_requests_queued_but_not_sent_are_not_in_the_servers_count() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=0;t=1')
    going = pacer.reserve("getCompany", 0.0)
    queued = [pacer.reserve("getCompany", 0.0) for _ in range(2)]
    assert [going.wait, *(t.wait for t in queued)] == pytest.approx([STEP, 2 * STEP, 3 * STEP])
    pacer.send(going)
    pacer.observe(going, said('"burst";r=4;t=0', BURST), STEP, 200)
    # 4 left once it was counted; the two queued will take two of them: two more may go now.
    assert waits(pacer, "getCompany", STEP, 3) == pytest.approx([0.0, 0.0, STEP])


# -- which buckets apply to which operation -----------------------------------------------------------


def test_one_upload_does_not_slow_the_reads_after_it() -> None:
    """The issue's case on the kit's default configuration: only the upload route has a policy."""
    pacer = Pacer()
    answer(pacer, "setUserAvatar", 0.0, '"asset_upload";r=49;t=0', UPLOADS)
    reads = ["getCompany", "listCampaigns", "getUser", "listCharacters"]
    slept = [answer(pacer, reads[i % 4], 0.0).wait for i in range(120)]
    assert slept == [0.0] * 120


def test_after_the_upload_bucket_is_empty_reads_do_not_wait() -> None:
    pacer = Pacer()
    for left in range(49, -1, -1):
        answer(pacer, "setUserAvatar", 0.0, f'"asset_upload";r={left};t={0 if left else 12}', UPLOADS)
    assert pacer.reserve("setUserAvatar", 0.0).wait > 10  # uploads wait for the bucket...
    # ...but reads do not: the only operation seen may have a policy of its own, not a server-wide one.
    reads = [answer(pacer, f"read{i % 7}", 100.0) for i in range(120)]
    assert [turn.wait for turn in reads] == [0.0] * 120


def test_an_answer_without_headers_frees_an_operation_it_was_guessed_to_be_under() -> None:
    pacer = Pacer()
    answer(pacer, "setUserAvatar", 0.0, '"asset_upload";r=1;t=0', UPLOADS)
    answer(pacer, "setCharacterImage", 0.0, '"asset_upload";r=0;t=12', UPLOADS)
    guessed = answer(pacer, "getCompany", 0.0)  # not seen yet: under what both operations were under
    assert guessed.bucket == "asset_upload"
    assert pacer.reserve("getCompany", 0.0).wait == 0.0
    assert pacer.reserve("listUsers", 0.0).wait == 0.0  # not seen either: a route policy is not guessed
    # The guess took no token the server counted: uploads wait as they would have without it.
    assert pacer.reserve("setUserAvatar", 0.0).wait == pytest.approx(12.0)


def test_a_server_error_without_headers_says_nothing_of_the_policies() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=0;t=1')
    answer(pacer, "getCompany", 0.0, status=502)  # a gateway's answer, not the server's
    assert pacer.reserve("getCompany", STEP).bucket == "burst"


def test_a_routes_own_policy_paces_its_route_and_the_server_wide_one_everything() -> None:
    pacer = Pacer()
    both = '"burst";r=20;t=0, "asset_upload";r=0;t=12'
    answer(pacer, "setUserAvatar", 0.0, both, f"{BURST}, {UPLOADS}")
    answer(pacer, "getCompany", 0.0, '"burst";r=19;t=0')
    upload = pacer.reserve("setUserAvatar", 0.0)
    assert upload.wait == pytest.approx(12.0)
    assert upload.bucket == "asset_upload"
    assert pacer.reserve("getCompany", 0.0).wait == 0.0
    assert pacer.reserve("listUsers", 0.0).bucket is None  # not seen: under burst, which has tokens
    answer(pacer, "getCompany", 0.0, '"burst";r=0;t=1')
    assert pacer.reserve("listUsers", 0.0).bucket == "burst"  # the server-wide policy applies to all


def test_a_429_names_only_the_policy_that_refused_it() -> None:
    pacer = Pacer()
    answer(pacer, "setUserAvatar", 0.0, '"burst";r=20;t=0, "asset_upload";r=3;t=0', f"{BURST}, {UPLOADS}")
    answer(pacer, "setUserAvatar", 0.0, '"burst";r=0;t=1', BURST, status=429)
    assert {t.bucket for t in (pacer.reserve("setUserAvatar", 0.0) for _ in range(4))} >= {"asset_upload"}


def test_a_request_that_never_reached_the_server_hands_its_token_back() -> None:
    pacer = Pacer()
    answer(pacer, "getCompany", 0.0, '"burst";r=1;t=0')
    lost = pacer.reserve("getCompany", 0.0)
    pacer.release(lost, reached=False)
    assert pacer.reserve("getCompany", 0.0).wait == 0.0
    timed_out = pacer.reserve("getCompany", 0.0)
    pacer.release(timed_out, reached=True)  # it may have been counted
    assert pacer.reserve("getCompany", 0.0).wait > 0
    pacer.release(timed_out, reached=False)  # a turn comes back once
    assert pacer.reserve("getCompany", 0.0).wait > STEP


def test_a_new_key_starts_with_full_buckets_and_what_was_learnt_of_the_routes() -> None:
    pacer = Pacer()
    answer(pacer, "regenerateDeveloperMeApiKey", 0.0, '"developer_key_rotation";r=0;t=720', '"x";q=5;w=3600')
    answer(pacer, "getCompany", 0.0)
    fresh = pacer.for_new_key()
    assert fresh.reserve("regenerateDeveloperMeApiKey", 0.0).wait == 0.0
    assert fresh.reserve("listUsers", 0.0).bucket is None


# -- many callers ------------------------------------------------------------------------------------


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
    bucket's minimum at the pacer's margin at most, plus a refill or two for the blind start."""
    capacity = max(1, int(window * refill))
    rng = random.Random(seed)
    legs = iter(lambda: rng.uniform(0.001, jitter), None)
    refused, last = run_callers(ServerBucket(capacity, refill), callers, calls, legs)
    blind = min(callers, calls)  # sent at once, before any answer told the client of the bucket
    assert refused <= max(0, blind - capacity)
    best = max(0.0, (calls - capacity) / refill)
    assert last <= best / MARGIN + min(blind, capacity) / refill + calls / callers * 2 * jitter


@given(
    refill=st.sampled_from([1.0, 2.0, 5.0, 10.0]),
    callers=st.integers(min_value=1, max_value=25),
    latency=st.floats(min_value=0.0005, max_value=0.01),
)
def test_over_a_long_run_the_pacer_reaches_the_full_refill_rate(
    refill: float, callers: int, latency: float
) -> None:
    """Answers that come back before the next turn is due are exact, and correct the 95% margin: a long
    run takes the bucket's minimum, not the minimum over the margin (the issue's 1.03 at most)."""
    capacity, calls = 30, 30 + int(170 * refill / 5)
    legs = itertools.repeat(latency)
    refused, last = run_callers(ServerBucket(capacity, refill), callers, calls, legs)
    assert refused <= max(0, min(callers, calls) - capacity)
    best = (calls - capacity) / refill
    assert last <= 1.02 * best + 2 / refill


def test_headroom_is_the_tokens_a_walk_may_spend_at_once() -> None:
    pacer = Pacer()
    assert pacer.headroom("listCompanies", 0.0) is None  # nothing known: no bucket is known to apply
    answer(pacer, "listCompanies", 0.0, '"burst";r=3;t=0')
    assert pacer.headroom("listCompanies", 0.0) == 3
    assert pacer.headroom("listCompanies", 1.0) == pytest.approx(3 + 5 * MARGIN)  # refilled meanwhile
    answer(pacer, "getCompany", 1.0)  # an answer without headers: no bucket applies to it
    assert pacer.headroom("getCompany", 1.0) is None
    for _ in range(4):
        pacer.reserve("listCompanies", 1.0)  # turns taken and not back count as spent
    assert pacer.headroom("listCompanies", 1.0) == pytest.approx(3 + 5 * MARGIN - 4)
