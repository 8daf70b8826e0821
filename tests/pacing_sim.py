"""A token bucket as the server keeps it, and callers of one client taking turns from one pacer, in
simulated time: what the pacing tests and `benchmarks/bench_pacing.py` run the sans-IO pacer against."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator

from vclient._core._pacing import Pacer, Turn
from vclient._core._ratelimit import RateLimitInfo, parse_rate_limit
from vclient.testing._limits import Buckets, Policy
from vclient.testing._store import Problem


def said(ratelimit: str, policy: str) -> RateLimitInfo:
    info = parse_rate_limit(ratelimit, policy)
    assert info is not None
    return info


class ServerBucket:
    """The server's token bucket: one global policy of the fake API's buckets, for one key."""

    def __init__(self, capacity: int, refill: float, name: str = "burst") -> None:
        self._buckets = Buckets((Policy(name, capacity, refill),))

    def take(self, now: float) -> tuple[bool, str, str]:
        try:
            said = self._buckets.take("key", "getCompany", now)
        except Problem as refused:
            return False, refused.headers["ratelimit"], refused.headers["ratelimit-policy"]
        return True, said["ratelimit"], said["ratelimit-policy"]


def run_callers(
    server: ServerBucket, callers: int, calls: int, legs: Iterator[float], pacer: Pacer | None = None
) -> tuple[int, float]:
    """`callers` callers of one client (one pacer) share `calls` requests: each asks for its turn, sends
    when told, and asks again once its answer is in; each way to or from the server takes the next of
    `legs`. Returns how many requests the server refused and when the last one was sent."""
    pacer = pacer or Pacer()
    order = itertools.count()  # ties in time go in the order they were planned
    events: list[tuple[float, int, str, Turn | None, RateLimitInfo | None]] = [
        (0.0, next(order), "ask", None, None) for _ in range(min(callers, calls))
    ]
    asked = refused = 0
    last = 0.0
    while events:
        now, _, what, turn, info = heapq.heappop(events)
        if what == "ask" and asked < calls:
            asked += 1
            turn = pacer.reserve("getCompany", now)
            heapq.heappush(events, (now + turn.wait, next(order), "send", turn, None))
        elif what == "send" and turn is not None:
            pacer.send(turn)
            last = max(last, now)
            heapq.heappush(events, (now + next(legs), next(order), "arrive", turn, None))
        elif what == "arrive":
            allowed, ratelimit, policy = server.take(now)
            refused += not allowed
            answer_ = "refused" if not allowed else "answer"
            heapq.heappush(events, (now + next(legs), next(order), answer_, turn, said(ratelimit, policy)))
        elif turn is not None:
            pacer.observe(turn, info, now, 429 if what == "refused" else 200)
            heapq.heappush(events, (now, next(order), "ask", None, None))
    return refused, last
