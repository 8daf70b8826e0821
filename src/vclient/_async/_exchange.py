"""The send/retry loop: one call's attempts, their pacing, their log lines and hooks.

Hand-written in `vclient._async`; generated into `vclient._sync`.
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .._core._endpoint import API_KEY_HEADER, IDEMPOTENCY_HEADER, PreparedRequest
from .._core._exceptions import APIConnectionError, APIError, APITimeoutError, ClientClosedError
from .._core._response import AttemptInfo, ResponseInfo
from .._core._retry import plan_retry, server_wait
from .._io import Deadline
from .._logging import log_attempt, log_hook_failure, log_turn

if TYPE_CHECKING:
    from ._client import VClient

__all__ = ["Final", "exchange", "parse_final", "transport_failure"]

T = TypeVar("T")

_KEY = API_KEY_HEADER.lower()

# By class name, which httpx and httpx2 share (a client may speak either).
_CAUSES = {
    "ConnectTimeout": "connecting timed out",
    "ReadTimeout": "no answer in time",
    "WriteTimeout": "sending timed out",
    "PoolTimeout": "no free connection in time",
    "RemoteProtocolError": "the server closed the connection",
    "ReadError": "the connection broke",
    "WriteError": "the connection broke",
}
_NEVER_SENT = frozenset({"ConnectError", "ConnectTimeout", "PoolTimeout"})


def _kinds(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _cause(exc: Exception) -> str:
    """The last cause of a failure, in a few words."""
    if isinstance(exc, TimeoutError):
        return "no complete answer within the timeout"
    kinds = _kinds(exc)
    if "ConnectError" in kinds:
        return f"could not connect ({exc})" if str(exc) else "could not connect"
    for kind, words in _CAUSES.items():
        if kind in kinds:
            return words
    return str(exc) or type(exc).__name__


def transport_failure(
    exc: Exception, request: PreparedRequest[Any], url: str, attempts: int, elapsed: float
) -> APIConnectionError:
    """The SDK error for a failed exchange (an HTTP library's error or the attempt's deadline),
    telling the story."""
    story = f"gave up after {attempts} attempts over {elapsed:.1f} s: " if attempts > 1 else ""
    timed_out = isinstance(exc, TimeoutError) or "TimeoutException" in _kinds(exc)
    error_class = APITimeoutError if timed_out else APIConnectionError
    method = request.method
    error = error_class(f"{story}{_cause(exc)} ({method} {url})", method=method, url=url)
    error.attempts, error.elapsed = attempts, elapsed
    error.idempotency_key = request.headers.get(IDEMPOTENCY_HEADER)
    return error


def _timed_out_reading(exc: Exception) -> bool:
    """The attempt's deadline passed, or the library gave up waiting for the answer."""
    return isinstance(exc, TimeoutError) or "ReadTimeout" in _kinds(exc)


def _never_sent(exc: Exception) -> bool:
    """The request cannot have reached the server (so even a POST without a key may be retried)."""
    return not _NEVER_SENT.isdisjoint(_kinds(exc))


class _Try(NamedTuple):
    """One attempt's outcome: what came back (if anything), and whether the pacer took in its limits."""

    response: Any  # the library's Response
    content: bytes
    failure: Exception | None
    paced: bool
    sent: Any  # the library's Request, once built


class Final(NamedTuple):
    """The answer a call ends with, and how it was reached."""

    response: Any  # the library's Response
    content: bytes
    server_wait: float | None
    attempts: int
    elapsed: float


def parse_final(request: PreparedRequest[T], url: str, final: Final) -> T:
    """The answer's model, or its exception told how many attempts it took."""
    response = final.response
    try:
        return request.endpoint.parse(
            response.status_code,
            response.headers,
            final.content,
            method=request.method,
            url=url,
            retry_after=final.server_wait,
        )
    except APIError as error:
        error.attempts, error.elapsed = final.attempts, final.elapsed
        if final.attempts > 1:
            error.message += f" (gave up after {final.attempts} attempts over {final.elapsed:.1f} s)"
            error.args = (error.message,)
        raise


async def _read(response: Any, until: Deadline, empty: Any) -> bytes:
    """The whole body, within the attempt's deadline (checked between pieces, however slowly they come)."""
    chunks = []
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        if until.passed():
            await response.aclose()
            raise TimeoutError
    # The library's response and its stream refer to each other: left so, every page read stays in
    # memory until the cycle collector runs. The body is read and the stream closed, so let it go now.
    response.stream = empty
    return b"".join(chunks)


def _shown_headers(sent: Any) -> dict[str, str]:
    """A request's headers as hooks see them: all but the API key."""
    if sent is None:
        return {}
    return {name: value for name, value in sent.headers.items() if name.lower() != _KEY}


def _rate_limit_headers(headers: Any) -> tuple[str | None, str | None] | None:
    """The RateLimit and RateLimit-Policy headers, in one pass over the raw list (each lookup through
    the library's Headers decodes every header again); None when the answer has no RateLimit."""
    ratelimit = policy = None
    for name, value in headers.raw:
        lower = name.lower()
        if lower == b"ratelimit":
            ratelimit = value.decode("latin-1")
        elif lower == b"ratelimit-policy":
            policy = value.decode("latin-1")
    return None if ratelimit is None else (ratelimit, policy)


async def exchange(client: VClient, request: PreparedRequest[Any], url: str, *, stream: bool) -> Final:
    """Send, retrying as the policy allows: the final response, its body, and the server's wait.

    Each attempt ends by its deadline (`timeout`, or what is left of `retry_budget` for a retry).
    When streaming, the body of a successful response is left unread (and `b""` returned for it).
    """
    client._check_open()
    session, policy, method, config = client._session, client._policy, request.method, client._config
    began = client._now()
    attempt = 0
    at_least = 0.0  # a paced retry's wait, taken with its turn's
    while True:
        started = time.perf_counter()
        # The waits count even when a test (or the fake) skips them, so that the budget still ends.
        elapsed = client._now() - began
        seconds = config.timeout if attempt == 0 else min(config.timeout, policy.budget - elapsed)
        seconds = max(seconds, 0.001)
        response, content, failure, paced, sent = await _attempt(
            client, request, url, seconds, stream=stream, room=policy.budget - elapsed, at_least=at_least
        )
        status = hint = delay = None
        if response is not None and failure is None:
            status = response.status_code
            if status == 429 or status in policy.retry_statuses:
                hint = server_wait(status, response.headers, content, time.time())
        if failure is not None or status == 429 or status in policy.retry_statuses:
            delay = plan_retry(
                policy,
                attempt=attempt,
                elapsed=client._now() - began,
                method=method,
                request_headers=request.headers,
                status_code=status,
                reached_server=failure is None or not _never_sent(failure),
                timed_out=failure is not None and _timed_out_reading(failure),
                wait_hint=hint,
                jitter=random.random(),
            )
        took_attempt = time.perf_counter() - started
        outcome = status if status is not None else type(failure).__name__
        headers = response.headers if response is not None else None
        log_attempt(method, request.path, outcome, took_attempt, headers, attempt, delay)
        if client._hooks:
            seen = AttemptInfo(
                request.endpoint.operation_id,
                method,
                url if sent is None else str(sent.url),
                _shown_headers(sent),
                attempt + 1,
                took_attempt,
                status,
                headers,
                failure,
                delay,
            )
            for hook in client._hooks:
                try:
                    await hook(seen)
                except Exception as exc:  # an observer never changes the outcome of a call
                    log_hook_failure(hook, exc)
        if delay is None:
            if failure is not None:
                if response is not None:
                    await response.aclose()
                took = client._now() - began
                raise transport_failure(failure, request, url, attempt + 1, took) from failure
            took = client._now() - began
            info = ResponseInfo(
                request.endpoint.operation_id,
                method,
                url,
                response.status_code,
                response.headers,
                attempt + 1,
                took,
            )
            session.last_response.set(info)
            return Final(response, content, hint, attempt + 1, took)
        if response is not None:
            await response.aclose()
        # After a 429 whose limits the pacer took in, the next attempt waits for its turn (so the
        # waiting tasks are spread over the refill), and never less than the retry's own wait.
        at_least = delay if status == 429 and paced else 0.0
        if not at_least:
            await client._wait(delay)
        if client.is_closed:
            raise ClientClosedError(f"the client was closed while the call waited to retry ({method} {url})")
        attempt += 1


async def _attempt(
    client: VClient,
    request: PreparedRequest[Any],
    url: str,
    seconds: float,
    *,
    stream: bool,
    room: float,
    at_least: float,
) -> _Try:
    """One try: wait for a turn if pacing (unless it is further off than `room`, the budget left: then
    send anyway and let the server say), send, read the body by `seconds`, note the rate limit."""
    session, method = client._session, request.method
    library = session.library
    response = outgoing = None
    turn, wait, limits, asked = None, at_least, None, None
    failure: Exception | None = None
    if client._config.pace_requests:
        with session.pace_lock:
            asked = client._now()
            turn = session.pacer.reserve(request.endpoint.operation_id, asked)
        if turn.wait > wait:
            wait = turn.wait
            if wait <= room:
                log_turn(method, request.path, wait, turn.bucket)
    try:
        if 0 < wait <= room:
            await client._wait(wait, since=asked)
        if turn is not None and turn.wait > 0:
            with session.pace_lock:
                session.pacer.send(turn)
        until = Deadline(seconds)
        outgoing = client._build(request, url, seconds)
        if session.direct is None:
            response = await session.http.send(outgoing, stream=True)
        elif session.http.is_closed:
            raise RuntimeError("the pool is closed")
        else:
            response = await session.direct.handle_async_request(outgoing)
        limits = _rate_limit_headers(response.headers)
        if limits is not None:
            session.rate_limit_headers = limits
        content = b""
        if not stream or response.status_code >= 300:
            content = await _read(response, until, library.empty_stream)
    except (library.http_error, TimeoutError) as exc:
        failure = exc
        return _Try(response, b"", exc, False, outgoing)
    except RuntimeError as exc:  # the library's "client has been closed"
        if session.http.is_closed or client.is_closed:
            raise ClientClosedError(f"the client was closed during the call ({method} {url})") from exc
        raise
    finally:  # the turn comes back, with what the server said of the limits or without
        if turn is not None:
            status = response.status_code if response is not None else None
            reached = failure is None or not _never_sent(failure)
            with session.pace_lock:
                session.pacer.settle(turn, client._now(), status=status, limits=limits, reached=reached)
    return _Try(response, content, None, turn is not None and limits is not None, outgoing)
