"""Pacing: when may the next request go, given what the server's rate-limit headers said.

The server keeps token buckets per API key and says, on each answer, how many tokens the policies that
applied to it have left (`RateLimit: "burst";r=12;t=0`) and their size and window
(`RateLimit-Policy: "burst";q=30;w=6`, so it refills q/w a second). Some policies are server-wide; others
belong to a few routes (uploads, key rotation), and an answer to a route no policy covers carries no
headers at all. So the pacer learns, per operation, which buckets apply, and a request takes a turn
only from those: one upload never slows the reads that follow it.

A client that sends many requests at once (tasks of one `VClient`, threads of one `SyncVClient`) keeps
one `Pacer`: each request reserves a `Turn` before it goes (a token of each bucket that applies, and a
wait when one is empty), says when it leaves (`send`), and hands the turn back with what the answer
said (`observe`) or without (`release`). Its count is never more hopeful than the server's; while no
other request of a bucket was on its way, the server's count is exact and replaces its own, higher or
lower, so a 95% margin between resyncs costs no throughput in the long run.

Pure: the caller passes the clock, and holds a lock around the calls if threads share the pacer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._ratelimit import BucketState, RateLimitInfo, bucket_states

__all__ = ["MARGIN", "Pacer", "Turn"]

MARGIN = 0.95
"""Pace at 95% of the refill rate: requests do not reach the server at exactly the spacing they left at."""


@dataclass(slots=True, eq=False)
class _Bucket:
    """One policy's bucket as this client sees it. Without a known rate, only an empty bucket's wait
    (`until`) is known, and every request under it waits for that."""

    name: str
    quota: float | None
    rate: float | None  # tokens a second
    tokens: float  # what is left, the turns not back yet taken off (negative: requests queued)
    at: float
    until: float = 0.0
    held: int = 0  # turns that took a token and are not back
    flying: int = 0  # of those, the ones sent
    sends: int = 0  # turns ever sent under it: a flight overlapped another when this moved meanwhile
    last: float = float("-inf")  # the latest turn given while it was empty

    def refill(self, now: float) -> None:
        if now > self.at:
            if self.rate is not None and self.quota is not None:
                self.tokens = min(self.quota, self.tokens + (now - self.at) * self.rate)
            self.at = now


@dataclass(slots=True, eq=False)
class Turn:
    """A request's place: wait `wait` seconds before sending it; `bucket` names the bucket it waits for."""

    operation: str
    wait: float
    bucket: str | None
    _held: tuple[_Bucket, ...]
    _blind: bool  # its operation had no known scope: the buckets it took are a guess
    _marks: tuple[int, ...] = ()  # per bucket held, when sent: its `sends`, or -1 if another was flying
    _blind_mark: int = -1  # when sent: the pacer's blind sends, or -1 if a blind request was flying
    _sent: bool = False
    _back: bool = False


class _Scopes:
    """Which buckets apply to which operation, as answers said: knowledge of the deployment, not of a
    key, so a new key keeps it. `common` holds the buckets every operation seen so far was under, once
    there are two: one operation's buckets may all be its route's own (an upload's, a key rotation's)."""

    __slots__ = ("common", "known")

    def __init__(self) -> None:
        self.known: dict[str, frozenset[str]] = {}
        self.common: frozenset[str] = frozenset()

    def learn(self, operation: str, names: frozenset[str]) -> None:
        if self.known.get(operation) != names:
            self.known[operation] = names
            if len(self.known) > 1:
                self.common = frozenset.intersection(*self.known.values())


@dataclass(slots=True)
class Pacer:
    """What one key's buckets hold, as far as this client can tell, and which apply to which operation."""

    _scopes: _Scopes = field(default_factory=_Scopes)
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _blind_out: int = 0  # turns of operations not seen yet, not back
    _blind_flying: int = 0
    _blind_sends: int = 0

    def for_new_key(self) -> Pacer:
        """A pacer for a new key of the same deployment: fresh buckets, the same scopes."""
        return Pacer(self._scopes)

    def reserve(self, operation: str, now: float) -> Turn:
        """Take a token from each bucket that applies to `operation`; the turn says how long to wait.

        An operation seen before is under the buckets its latest answer named (none, for an answer
        without rate-limit headers). One not seen yet is under those every operation seen so far was
        under, once two were: the server-wide policies.
        """
        names = self._scopes.known.get(operation)
        blind = names is None
        if names is None:
            names = self._scopes.common
        wait, why = 0.0, None
        held = []
        for name in names:
            bucket = self._buckets.get(name)
            if bucket is None:
                continue
            bucket.refill(now)
            seconds = bucket.until - now
            if bucket.rate and bucket.tokens < 1:
                # When its count, queue included, reaches one, and a refill after the turn before:
                # turns queued together would all come due when a full bucket has room for fewer.
                at = max(now + (1 - bucket.tokens) / bucket.rate, bucket.last + 1 / bucket.rate)
                bucket.last = at
                seconds = max(seconds, at - now)
            if seconds > wait:
                wait, why = seconds, name
            bucket.tokens -= 1
            bucket.held += 1
            held.append(bucket)
        self._blind_out += blind
        turn = Turn(operation, wait, why, tuple(held), blind)
        if wait <= 0:
            self.send(turn)
        return turn

    def headroom(self, operation: str, now: float) -> float | None:
        """How many requests of `operation` may go now without waiting: the tokens of the emptiest
        bucket known to apply (None when none is known to). Requests sent together cannot bring this
        pacer's count back to the server's, so a walk sends no more at once than this."""
        names = self._scopes.known.get(operation)
        left = None
        for name in self._scopes.common if names is None else names:
            bucket = self._buckets.get(name)
            if bucket is not None:
                bucket.refill(now)
                left = bucket.tokens if left is None else min(left, bucket.tokens)
        return left

    def send(self, turn: Turn) -> None:
        """The request of `turn` leaves now (a turn without a wait is sent when it is given)."""
        if turn._sent:
            return
        turn._sent = True
        marks = []
        for bucket in turn._held:
            bucket.sends += 1
            bucket.flying += 1
            marks.append(bucket.sends if bucket.flying == 1 else -1)
        turn._marks = tuple(marks)
        if turn._blind:
            self._blind_sends += 1
            self._blind_flying += 1
        elif not self._blind_flying:
            turn._blind_mark = self._blind_sends

    def observe(self, turn: Turn, info: RateLimitInfo | None, now: float, status: int) -> None:
        """Take back `turn` with its answer: `status` and the rate-limit state its headers gave.

        A bucket's count becomes the server's when no other request under it (nor one whose buckets
        were a guess) was on its way meanwhile: then nothing the server counted is unknown. Otherwise
        the server's count, less the requests still out, only ever lowers this pacer's. After a 429 it
        replaces it all the same: the request was sent because the pacer thought a token was there.
        Without a known rate, a 429 holds every request back for the server's wait; with one, the
        refill says when the next token comes, better than a `t` rounded up to whole seconds.
        """
        states = None
        if info is not None:
            states = [
                (p.name, p.quota, p.window, p.remaining, p.reset)
                for p in info.policies
                if p.remaining is not None
            ]
        self._observe(turn, states, now, status)

    def _observe(self, turn: Turn, states: list[BucketState] | None, now: float, status: int) -> None:
        if not self._take_back(turn):
            return
        refused = status == 429
        if states is None:
            if status < 500 and not refused:  # a 5xx may come from a proxy in front of the server
                # No policy of this key applies to the operation, until an answer says otherwise.
                self._scopes.learn(turn.operation, frozenset())
                for held in turn._held:
                    held.tokens += 1  # a guess, and a wrong one: the server took no token
            return
        names = []
        for name, quota, window, remaining, reset in states:
            names.append(name)
            rate = quota / window * MARGIN if quota is not None and window else None
            # An empty bucket's `t` (when the next token comes, rounded up) says how much of one is there.
            part = 0.0
            if remaining == 0 and reset is not None and rate is not None:
                part = max(0.0, 1 - reset * rate)  # `t=0`: the next token is there
            bucket = self._buckets.get(name)
            if bucket is None:
                left = remaining + part - self._blind_out
                bucket = self._buckets[name] = _Bucket(name, quota, rate, left, now)
            else:
                # Requests still out may not be in the server's count yet: they are taken off.
                left = remaining + part - bucket.held - self._blind_out
                bucket.refill(now)
                bucket.quota, bucket.rate = quota, rate
                if not turn._blind and self._alone(turn, bucket) and not self._crowded(bucket, left, now):
                    # What the margin held back comes back: the next turn comes that much sooner.
                    if left > bucket.tokens and rate:
                        bucket.last -= (left - bucket.tokens) / rate
                    bucket.tokens = left
                else:
                    bucket.tokens = left if refused else min(bucket.tokens, left)
            if refused and rate is None and reset is not None:
                bucket.until = max(bucket.until, now + reset)
        seen = frozenset(names)
        if refused:  # a 429 names only the policy that refused it
            seen |= self._scopes.known.get(turn.operation, frozenset())
        else:
            for held in turn._held:
                if held.name not in seen:
                    held.tokens += 1  # a guess, and a wrong one: the server took no token
        self._scopes.learn(turn.operation, seen)

    def settle(
        self,
        turn: Turn,
        now: float,
        *,
        status: int | None,
        limits: tuple[str | None, str | None] | None,
        reached: bool,
    ) -> None:
        """Take back `turn` when its attempt is over: with the answer's `status` and its `RateLimit` and
        `RateLimit-Policy` headers (`limits`, None without them), or, with no answer (`status` None), as
        lost (`reached`: whether the server may have counted it)."""
        if status is None:
            self.release(turn, reached=reached)
        else:
            ratelimit, policy = limits or (None, None)
            self._observe(turn, None if ratelimit is None else bucket_states(ratelimit, policy), now, status)

    def release(self, turn: Turn, *, reached: bool) -> None:
        """Take back `turn` without an answer (the request failed, or was cancelled). If it cannot have
        `reached` the server, its tokens go back; otherwise the server may have counted it."""
        if self._take_back(turn) and not (reached and turn._sent):
            for bucket in turn._held:
                bucket.tokens += 1

    def _take_back(self, turn: Turn) -> bool:
        if turn._back:
            return False
        turn._back = True
        for bucket in turn._held:
            bucket.held -= 1
            bucket.flying -= turn._sent
            if not bucket.held:  # no turn given is still to come
                bucket.last = float("-inf")
        if turn._blind:
            self._blind_out -= 1
            self._blind_flying -= turn._sent
        return True

    @staticmethod
    def _crowded(bucket: _Bucket, left: float, now: float) -> bool:
        """Whether the server's bucket may be full before the turns queued are done: refill beyond its
        size is lost, so tokens counted on it may never come."""
        if not bucket.held or bucket.quota is None or not bucket.rate:
            return False
        # At the server's full rate (the margin is this client's), before the last queued turn's take.
        rate = bucket.rate / MARGIN
        return left + max(0.0, bucket.last - now) * rate + 2 >= bucket.quota

    def _alone(self, turn: Turn, bucket: _Bucket) -> bool:
        """Whether no other request under `bucket`, and no blind one, was on its way while this one was."""
        if turn._blind_mark != self._blind_sends:
            return False
        for held, mark in zip(turn._held, turn._marks, strict=False):
            if held is bucket:
                return mark == bucket.sends
        return False
