from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vclient._core._ratelimit import RateLimitPolicy, parse_rate_limit


def test_the_servers_headers_combine_per_policy_and_the_strictest_leads() -> None:
    info = parse_rate_limit(
        '"hourly";r=99999;t=0, "burst";r=999;t=0',
        '"hourly";q=100000;w=1000, "burst";q=1000;w=10',
    )
    assert info is not None
    assert info.policies == (
        RateLimitPolicy("hourly", quota=100000, window=1000, remaining=99999, reset=0.0),
        RateLimitPolicy("burst", quota=1000, window=10, remaining=999, reset=0.0),
    )
    assert info.most_restrictive.name == "burst"
    assert info.remaining == 999


def test_an_exhausted_policy_wins_over_a_fuller_one_listed_first() -> None:
    info = parse_rate_limit('"hourly";r=500;t=0, "strict";r=0;t=20', None)
    assert info is not None
    assert info.most_restrictive.name == "strict"
    assert (info.remaining, info.reset) == (0, 20.0)


def test_on_equal_remaining_the_longer_wait_wins() -> None:
    info = parse_rate_limit('"a";r=0;t=3, "b";r=0;t=9', None)
    assert info is not None
    assert info.most_restrictive.name == "b"


def test_unquoted_names_and_odd_spacing_are_accepted() -> None:
    info = parse_rate_limit("burst ; r=4 ; t=2", "burst;q=10;w=5")
    assert info is not None
    assert info.policies == (RateLimitPolicy("burst", quota=10, window=5, remaining=4, reset=2.0),)


def test_absent_or_unusable_headers_give_none() -> None:
    assert parse_rate_limit(None, None) is None
    assert parse_rate_limit("", "  ,  ") is None


def test_garbage_values_are_dropped_not_raised() -> None:
    info = parse_rate_limit('"x";r=abc;t=-4;w', None)
    assert info is not None
    assert info.policies == (RateLimitPolicy("x"),)


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)
counts = st.integers(min_value=0, max_value=10**9)


@given(st.dictionaries(names, st.tuples(counts, counts, counts, counts), min_size=1, max_size=5))
def test_any_well_formed_header_pair_round_trips(policies: dict[str, tuple[int, int, int, int]]) -> None:
    state = ", ".join(f'"{n}";r={r};t={t}' for n, (_q, _w, r, t) in policies.items())
    limits = ", ".join(f'"{n}";q={q};w={w}' for n, (q, w, _r, _t) in policies.items())
    info = parse_rate_limit(state, limits)
    assert info is not None
    assert {p.name: (p.quota, p.window, p.remaining, p.reset) for p in info.policies} == {
        n: (q, w, r, float(t)) for n, (q, w, r, t) in policies.items()
    }
    assert info.remaining == min(r for _q, _w, r, _t in policies.values())


@given(st.text(), st.text())
def test_parsing_never_raises(ratelimit: str, policy: str) -> None:
    info = parse_rate_limit(ratelimit, policy)
    if info is not None:
        assert info.most_restrictive in info.policies


@given(st.text(alphabet='"abc_-.;=, 0123456789rtqw', max_size=60), st.text(max_size=30))
def test_the_pacers_reading_agrees_with_the_public_one(ratelimit: str, policy: str) -> None:
    from vclient._core._ratelimit import bucket_states

    info = parse_rate_limit(ratelimit, policy)
    assert bucket_states(ratelimit, policy) == (None if info is None else info.states())


@given(st.dictionaries(names, st.tuples(counts, counts, counts, counts), min_size=1, max_size=4))
def test_the_pacer_reads_the_servers_format_as_the_public_reading_does(
    policies: dict[str, tuple[int, int, int, int]],
) -> None:
    from vclient._core._ratelimit import bucket_states

    state = ", ".join(f'"{n}";r={r};t={t}' for n, (_q, _w, r, t) in policies.items())
    limits = ", ".join(f'"{n}";q={q};w={w}' for n, (q, w, _r, _t) in policies.items())
    info = parse_rate_limit(state, limits)
    assert info is not None
    assert (
        bucket_states(state, limits)
        == info.states()
        == [(n, q, w, r, float(t)) for n, (q, w, r, t) in policies.items()]
    )
