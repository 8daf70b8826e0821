# Generated from src/vclient/_async/_client.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The client: owns the HTTP connection pool and runs the send/retry loop.

Hand-written in `vclient._async` (with the services, the only I/O code); generated into `vclient._sync`.
"""

from __future__ import annotations

import dataclasses
import os
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from functools import cached_property
from typing import Any, NamedTuple, Self, TypeVar

import httpx

from .._core._config import USER_AGENT, APIConfig
from .._core._endpoint import IDEMPOTENCY_HEADER, Endpoint, PreparedRequest
from .._core._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    RequestValidationError,
)
from .._core._model import UNSET, Unset
from .._core._pacing import Pacer
from .._core._pagination import Page, check_count
from .._core._ratelimit import RateLimitInfo, parse_rate_limit
from .._core._response import ResponseInfo
from .._core._retry import DEFAULT_RETRY_STATUSES, plan_retry, server_wait
from .._io import Deadline, sync_create_file, clock, proxied
from .._io import sync_sleep as sleep
from .._logging import configure_from_env, log_attempt, log_turn
from . import _defaults
from ._services._admin import SyncGlobalAdminService
from ._services._autogen import SyncCharacterAutogenService
from ._services._blueprints import SyncCharacterBlueprintService
from ._services._campaigns import SyncBooksService, SyncCampaignsService, SyncChaptersService
from ._services._character_traits import SyncCharacterTraitsService
from ._services._characters import SyncCharactersService
from ._services._companies import SyncCompaniesService
from ._services._developers import SyncDeveloperService
from ._services._dicerolls import SyncDiceRollsService
from ._services._dictionary import SyncDictionaryService
from ._services._options import SyncOptionsService
from ._services._system import SyncSystemService
from ._services._users import SyncUserLookupService, SyncUsersService
from ._walks import Walk

__all__ = ["SyncVClient"]

API_KEY_HEADER = "X-API-KEY"

T = TypeVar("T")

_ASKED_AS = "_vclient_asked_as"
"""Where a page keeps how it was asked for, so that next_page() can ask for the one after it."""

_DEFAULTS = {f.name: f.default for f in dataclasses.fields(APIConfig)}
_DEFAULTS["headers"] = None


class _Session:
    """What a client and its `with_options` copies share: the pool, the live key, rate-limit state."""

    def __init__(
        self,
        http: httpx.Client,
        owns_http: bool,
        api_key: str,
        direct: httpx.BaseTransport | None = None,
    ) -> None:
        self.http = http
        self.owns_http = owns_http
        # The pool's own transport, called straight, when the SDK made the pool and nothing in the
        # environment asks for a proxy: it has no hooks, auth, cookies or mounts to apply, and httpx's
        # send would spend more time on them (cookie extraction above all) than the SDK on its own work.
        self.direct = direct
        self.api_key = api_key
        self.closed = False
        self.skip_wait: Callable[[float], None] | None = None  # the fake API moves its clock instead...
        self.skipped = 0.0  # ...and the waits they skip still count, on this session's clock
        # The RateLimit and RateLimit-Policy headers of the latest answer that carried them.
        self.rate_limit_headers: tuple[str | None, str | None] | None = None
        # One pacer per key: tasks (and threads, under the lock) take their turns from it.
        self.pacer = Pacer()
        self.pace_lock = threading.Lock()
        # Per task and per thread: concurrent calls each see their own.
        self.last_response: ContextVar[ResponseInfo | None] = ContextVar(
            "vclient_last_response", default=None
        )


_CAUSES: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connecting timed out",
    httpx.ReadTimeout: "no answer in time",
    httpx.WriteTimeout: "sending timed out",
    httpx.PoolTimeout: "no free connection in time",
    httpx.RemoteProtocolError: "the server closed the connection",
    httpx.ReadError: "the connection broke",
    httpx.WriteError: "the connection broke",
}


def _cause(exc: Exception) -> str:
    """The last cause of a failure, in a few words."""
    if isinstance(exc, TimeoutError):
        return "no complete answer within the timeout"
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect ({exc})" if str(exc) else "could not connect"
    for kind, words in _CAUSES.items():
        if isinstance(exc, kind):
            return words
    return str(exc) or type(exc).__name__


def _transport_failure(
    exc: Exception, request: PreparedRequest[Any], url: str, attempts: int, elapsed: float
) -> APIConnectionError:
    """The SDK error for a failed exchange (an httpx error or the attempt's deadline), telling the story."""
    story = f"gave up after {attempts} attempts over {elapsed:.1f} s: " if attempts > 1 else ""
    timed_out = isinstance(exc, TimeoutError | httpx.TimeoutException)
    error_class = APITimeoutError if timed_out else APIConnectionError
    method = request.method
    error = error_class(f"{story}{_cause(exc)} ({method} {url})", method=method, url=url)
    error.attempts, error.elapsed = attempts, elapsed
    error.idempotency_key = request.headers.get(IDEMPOTENCY_HEADER)
    return error


class _Try(NamedTuple):
    """One attempt's outcome: what came back (if anything), and whether the pacer took in its limits."""

    response: httpx.Response | None
    content: bytes
    failure: Exception | None
    paced: bool


class _Final(NamedTuple):
    """The answer a call ends with, and how it was reached."""

    response: httpx.Response
    content: bytes
    server_wait: float | None
    attempts: int
    elapsed: float


def _parse(request: PreparedRequest[T], url: str, final: _Final) -> T:
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


_READ = httpx.ByteStream(b"")
"""What a response's stream becomes once its body is read."""


def _read(response: httpx.Response, until: Deadline) -> bytes:
    """The whole body, within the attempt's deadline (checked between pieces, however slowly they come)."""
    chunks = []
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        if until.passed():
            response.close()
            raise TimeoutError
    # httpx's response and its stream refer to each other: left so, every page read stays in memory
    # until the cycle collector runs. The body is read and the stream closed, so let it go now.
    response.stream = _READ
    return b"".join(chunks)


def _rate_limit_headers(headers: httpx.Headers) -> tuple[str | None, str | None] | None:
    """The RateLimit and RateLimit-Policy headers, in one pass over the raw list (each lookup through
    httpx.Headers decodes every header again); None when the answer has no RateLimit."""
    ratelimit = policy = None
    for name, value in headers.raw:
        lower = name.lower()
        if lower == b"ratelimit":
            ratelimit = value.decode("latin-1")
        elif lower == b"ratelimit-policy":
            policy = value.decode("latin-1")
    return None if ratelimit is None else (ratelimit, policy)


def _never_sent(exc: Exception) -> bool:
    """The request cannot have reached the server (so even a POST without a key may be retried)."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _fixed_headers(config: APIConfig) -> dict[str, str]:
    return {
        "User-Agent": f"{USER_AGENT} httpx/{httpx.__version__}",
        "Accept": "application/json",
        **config.headers,
    }


class SyncVClient:
    """Client of the Valentina Noir API.

    Settings come from the arguments, else from `config`, else from the environment
    (VALENTINA_CLIENT_BASE_URL, VALENTINA_CLIENT_API_KEY, VALENTINA_CLIENT_DEFAULT_COMPANY_ID).
    Pass `http_client` to bring your own configured HTTP client (proxies, TLS, HTTP/2, transports);
    the SDK then leaves closing it to you.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 30.0,
        max_retries: int | None = None,
        retry_delay: float = 0.5,
        max_retry_delay: float = 2.0,
        retry_budget: float = 60.0,
        retry_statuses: Iterable[int] = DEFAULT_RETRY_STATUSES,
        auto_retry_rate_limit: bool = True,
        auto_idempotency_keys: bool = True,
        pace_requests: bool = True,
        page_concurrency: int = 4,
        default_company_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        set_as_default: bool = True,
        config: APIConfig | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        given: dict[str, Any] = {
            "base_url": base_url,
            "api_key": api_key,
            "timeout": timeout,
            "max_retries": max_retries,
            "retry_delay": retry_delay,
            "max_retry_delay": max_retry_delay,
            "retry_budget": retry_budget,
            "retry_statuses": retry_statuses,
            "auto_retry_rate_limit": auto_retry_rate_limit,
            "auto_idempotency_keys": auto_idempotency_keys,
            "pace_requests": pace_requests,
            "page_concurrency": page_concurrency,
            "default_company_id": default_company_id,
            "headers": headers,
        }
        explicit = {k: v for k, v in given.items() if v != _DEFAULTS[k]}
        if config is not None and explicit:
            raise ConfigurationError(
                f"pass settings either in config or as arguments, not both: {sorted(explicit)}"
            )
        if config is None:
            config = APIConfig(**{k: v for k, v in given.items() if k in explicit})
        config = config.resolve(os.environ)
        configure_from_env(os.environ)

        if http_client is not None and not isinstance(http_client, httpx.Client):
            expected = httpx.Client.__name__
            raise ConfigurationError(
                f"http_client must be an httpx.{expected}, got {type(http_client).__name__}"
            )
        owns_http = http_client is None
        direct = None
        if http_client is None and proxied(config.base_url or ""):
            http_client = httpx.Client()  # it mounts the proxies the environment names
        elif http_client is None:
            direct = httpx.HTTPTransport()  # what httpx would make for the pool itself
            http_client = httpx.Client(transport=direct)
        self._setup(config, _Session(http_client, owns_http, config.api_key or "", direct), owner=True)
        if set_as_default:
            _defaults.set_default_client(self)

    def _setup(self, config: APIConfig, session: _Session, *, owner: bool) -> None:
        self._config = config
        self._session = session
        self._owner = owner
        self._closed = False
        self._policy = config.retry_policy
        self._base_url = config.base_url or ""
        self._headers_cache: tuple[str, httpx.Headers] | None = None

    def __repr__(self) -> str:
        state = "closed" if self.is_closed else "open"
        return f"<{type(self).__name__} base_url={self._base_url!r} {state}>"

    # -- configuration -----------------------------------------------------------------------

    @property
    def config(self) -> APIConfig:
        """The settings in force (with the current key, after a key regeneration)."""
        return self._config.replace(api_key=self._session.api_key)

    @property
    def default_company_id(self) -> str | None:
        """The company company-scoped services use when not given `company_id=`."""
        return self._config.default_company_id

    @property
    def last_response(self) -> ResponseInfo | None:
        """The status, headers, request id and timing of this task's (or thread's) latest call.

        Set for every call that got an answer, failed ones included; None before the first.
        """
        return self._session.last_response.get()

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """Rate-limit state from the latest response that carried RateLimit headers."""
        headers = self._session.rate_limit_headers
        return None if headers is None else parse_rate_limit(*headers)

    def with_options(
        self,
        *,
        timeout: float | Unset = UNSET,
        max_retries: int | Unset | None = UNSET,
        retry_delay: float | Unset = UNSET,
        max_retry_delay: float | Unset = UNSET,
        retry_budget: float | Unset = UNSET,
        retry_statuses: Iterable[int] | Unset = UNSET,
        auto_retry_rate_limit: bool | Unset = UNSET,
        auto_idempotency_keys: bool | Unset = UNSET,
        pace_requests: bool | Unset = UNSET,
        page_concurrency: int | Unset = UNSET,
        headers: Mapping[str, str] | Unset = UNSET,
    ) -> Self:
        """A client with some settings changed (the others kept) that shares this one's connection pool,
        key and rate-limit state. `headers` are added to this client's.

        Closing the copy does not close the pool; closing this client does.
        """
        changes: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "retry_delay": retry_delay,
            "max_retry_delay": max_retry_delay,
            "retry_budget": retry_budget,
            "retry_statuses": retry_statuses,
            "auto_retry_rate_limit": auto_retry_rate_limit,
            "auto_idempotency_keys": auto_idempotency_keys,
            "pace_requests": pace_requests,
            "page_concurrency": page_concurrency,
        }
        if not isinstance(headers, Unset):
            changes["headers"] = {**self._config.headers, **headers}
        config = self._config.replace(**{k: v for k, v in changes.items() if v is not UNSET})
        clone = object.__new__(type(self))
        clone._setup(config, self._session, owner=False)
        return clone

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called; a closed client raises `ClientClosedError`."""
        return self._closed or self._session.closed

    def close(self) -> None:
        """Release the connection pool (unless it was passed in, or this is a `with_options` copy)."""
        if self._closed:
            return
        self._closed = True
        _defaults.forget_default_client(self)
        if self._owner:
            self._session.closed = True
            if self._session.owns_http:
                self._session.http.close()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _check_open(self) -> None:
        if self.is_closed:
            raise ClientClosedError(f"this {type(self).__name__} is closed; create a new client")

    # -- services ----------------------------------------------------------------------------

    @cached_property
    def companies(self) -> SyncCompaniesService:
        """Companies the key may use: list, read, create, change and delete them, grant access, statistics."""
        return SyncCompaniesService(self)

    @cached_property
    def developer(self) -> SyncDeveloperService:
        """The developer who owns the API key: their profile, their companies, a new key."""
        return SyncDeveloperService(self)

    @cached_property
    def system(self) -> SyncSystemService:
        """The server's health; needs no company or acting user."""
        return SyncSystemService(self)

    @cached_property
    def global_admin(self) -> SyncGlobalAdminService:
        """Developers, their keys, all users, the audit log and the server's logs (global admins only)."""
        return SyncGlobalAdminService(self)

    @cached_property
    def user_lookup(self) -> SyncUserLookupService:
        """Users found across the key's companies by email or an identity provider's account id."""
        return SyncUserLookupService(self)

    def users(self, on_behalf_of: str | None = None, *, company_id: str | None = None) -> SyncUsersService:
        """The users of a company (default: the client's), acting as the user `on_behalf_of`."""
        return SyncUsersService(self, self._company_id(company_id), on_behalf_of)

    def dicerolls(self, on_behalf_of: str, *, company_id: str | None = None) -> SyncDiceRollsService:
        """Dice rolls of a company, as the user `on_behalf_of` (every dice operation needs one)."""
        return SyncDiceRollsService(self, self._company_id(company_id), on_behalf_of)

    def dictionary(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncDictionaryService:
        """The dictionary terms of a company (default: the client's), acting as the user `on_behalf_of`."""
        return SyncDictionaryService(self, self._company_id(company_id), on_behalf_of)

    def options(self, *, company_id: str | None = None) -> SyncOptionsService:
        """The values each enumeration may take, as a company (default: the client's) sees them."""
        return SyncOptionsService(self, self._company_id(company_id))

    def campaigns(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCampaignsService:
        """The campaigns of a company (default: the client's), acting as the user `on_behalf_of`."""
        return SyncCampaignsService(self, self._company_id(company_id), on_behalf_of)

    def books(
        self, campaign_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncBooksService:
        """The books of campaign `campaign_id`, acting as the user `on_behalf_of`."""
        return SyncBooksService(self, self._company_id(company_id), campaign_id, on_behalf_of)

    def chapters(
        self,
        campaign_id: str,
        book_id: str,
        on_behalf_of: str | None = None,
        *,
        company_id: str | None = None,
    ) -> SyncChaptersService:
        """The chapters of book `book_id` of campaign `campaign_id`, acting as the user `on_behalf_of`."""
        return SyncChaptersService(self, self._company_id(company_id), campaign_id, book_id, on_behalf_of)

    def characters(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharactersService:
        """The characters of a company (default: the client's), acting as the user `on_behalf_of`."""
        return SyncCharactersService(self, self._company_id(company_id), on_behalf_of)

    def character_traits(
        self, character_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharacterTraitsService:
        """The traits of character `character_id`, acting as the user `on_behalf_of`."""
        return SyncCharacterTraitsService(self, self._company_id(company_id), character_id, on_behalf_of)

    def character_blueprint(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharacterBlueprintService:
        """The catalogue characters are built from: sections, categories, traits, concepts, clans, tribes."""
        return SyncCharacterBlueprintService(self, self._company_id(company_id), on_behalf_of)

    def character_autogen(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharacterAutogenService:
        """Generated characters and character-generation sessions, acting as the user `on_behalf_of`."""
        return SyncCharacterAutogenService(self, self._company_id(company_id), on_behalf_of)

    # -- the request path (used by services) -----------------------------------------------------

    def _use_api_key(self, api_key: str) -> None:
        """Switch every client sharing this session to a new key (after the old one was revoked)."""
        self._session.api_key = api_key
        with self._session.pace_lock:  # the server keeps its buckets per key: the new one's are full
            self._session.pacer = self._session.pacer.for_new_key()

    def _build(self, request: PreparedRequest[Any], url: str, timeout: float) -> httpx.Request:
        """The httpx request, with headers merged once per client and key rather than once per call.

        (Letting httpx merge per call costs more than all of the SDK's own work; `send` still applies
        the pool's transport, proxies, auth and event hooks.)
        """
        key = self._session.api_key
        if self._headers_cache is None or self._headers_cache[0] != key:
            merged = httpx.Headers(self._session.http.headers)
            merged.update(_fixed_headers(self._config))
            merged[API_KEY_HEADER] = key
            self._headers_cache = (key, merged)
        headers = self._headers_cache[1]
        if request.headers:
            headers = httpx.Headers(headers)
            headers.update(request.headers)
        return httpx.Request(
            request.method,
            url,
            params=request.params or None,  # an empty value still makes httpx re-parse the URL
            content=request.content,
            headers=headers,
            extensions={"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}},
        )

    def _prepare(
        self, endpoint: Endpoint[T], path: Mapping[str, object] | None = None, **kwargs: Any
    ) -> PreparedRequest[T]:
        return endpoint.prepare(path, auto_idempotency_key=self._config.auto_idempotency_keys, **kwargs)

    def _call(
        self, endpoint: Endpoint[T], path: Mapping[str, object] | None = None, **kwargs: Any
    ) -> T:
        return self._send(self._prepare(endpoint, path, **kwargs))

    def _send(self, request: PreparedRequest[T]) -> T:
        url = self._base_url + request.path
        final = self._exchange(request, url, stream=False)
        return _parse(request, url, final)

    def _stream(self, request: PreparedRequest[Any]) -> httpx.Response:
        """A successful response whose body is still unread, for the caller to stream and close."""
        url = self._base_url + request.path
        final = self._exchange(request, url, stream=True)
        if final.response.status_code >= 300:
            _parse(request, url, final)
        return final.response

    def _download(
        self, request: PreparedRequest[Any], destination: str | os.PathLike[str] | None
    ) -> tuple[httpx.Headers, bytes]:
        """A file response's headers and bytes; with a destination, the bytes go there chunk by chunk."""
        response = self._stream(request)
        url = self._base_url + request.path
        try:
            if destination is None:
                return response.headers, response.read()
            with sync_create_file(destination) as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
            return response.headers, b""
        except httpx.HTTPError as exc:
            raise _transport_failure(exc, request, url, 1, 0.0) from exc
        finally:
            response.close()

    def _exchange(self, request: PreparedRequest[Any], url: str, *, stream: bool) -> _Final:
        """Send, retrying as the policy allows: the final response, its body, and the server's wait.

        Each attempt ends by its deadline (`timeout`, or what is left of `retry_budget` for a retry).
        When streaming, the body of a successful response is left unread (and `b""` returned for it).
        """
        self._check_open()
        session, policy, method = self._session, self._policy, request.method
        began = self._now()
        attempt = 0
        at_least = 0.0  # a paced retry's wait, taken with its turn's
        while True:
            started = time.perf_counter()
            # The waits count even when a test (or the fake) skips them, so that the budget still ends.
            elapsed = self._now() - began
            seconds = (
                self._config.timeout if attempt == 0 else min(self._config.timeout, policy.budget - elapsed)
            )
            seconds = max(seconds, 0.001)
            response, content, failure, paced = self._attempt(
                request, url, seconds, stream=stream, room=policy.budget - elapsed, at_least=at_least
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
                    elapsed=self._now() - began,
                    method=method,
                    request_headers=request.headers,
                    status_code=status,
                    reached_server=failure is None or not _never_sent(failure),
                    timed_out=isinstance(failure, TimeoutError | httpx.ReadTimeout),
                    wait_hint=hint,
                    jitter=random.random(),
                )
            outcome = status if status is not None else type(failure).__name__
            headers = response.headers if response is not None else None
            log_attempt(method, request.path, outcome, time.perf_counter() - started, headers, attempt, delay)
            if delay is None:
                if failure is not None:
                    if response is not None:
                        response.close()
                    took = self._now() - began
                    raise _transport_failure(failure, request, url, attempt + 1, took) from failure
                assert response is not None
                took = self._now() - began
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
                return _Final(response, content, hint, attempt + 1, took)
            if response is not None:
                response.close()
            # After a 429 whose limits the pacer took in, the next attempt waits for its turn (so the
            # waiting tasks are spread over the refill), and never less than the retry's own wait.
            at_least = delay if status == 429 and paced else 0.0
            if not at_least:
                self._wait(delay)
            if self.is_closed:
                raise ClientClosedError(
                    f"the client was closed while the call waited to retry ({method} {url})"
                )
            attempt += 1

    def _attempt(
        self,
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
        session, method = self._session, request.method
        response: httpx.Response | None = None
        turn, wait, limits, asked = None, at_least, None, None
        failure: Exception | None = None
        if self._config.pace_requests:
            with session.pace_lock:
                asked = self._now()
                turn = session.pacer.reserve(request.endpoint.operation_id, asked)
            if turn.wait > wait:
                wait = turn.wait
                if wait <= room:
                    log_turn(method, request.path, wait, turn.bucket)
        try:
            if 0 < wait <= room:
                self._wait(wait, since=asked)
            if turn is not None and turn.wait > 0:
                with session.pace_lock:
                    session.pacer.send(turn)
            until = Deadline(seconds)
            outgoing = self._build(request, url, seconds)
            if session.direct is None:
                response = session.http.send(outgoing, stream=True)
            elif session.http.is_closed:
                raise RuntimeError("the pool is closed")
            else:
                response = session.direct.handle_request(outgoing)
            limits = _rate_limit_headers(response.headers)
            if limits is not None:
                session.rate_limit_headers = limits
            content = b""
            if not stream or response.status_code >= 300:
                content = _read(response, until)
        except (httpx.HTTPError, TimeoutError) as exc:
            failure = exc
            return _Try(response, b"", exc, paced=False)
        except RuntimeError as exc:  # httpx's "client has been closed"
            if session.http.is_closed or self.is_closed:
                raise ClientClosedError(f"the client was closed during the call ({method} {url})") from exc
            raise
        finally:  # the turn comes back, with what the server said of the limits or without
            if turn is not None:
                status = response.status_code if response is not None else None
                reached = failure is None or not _never_sent(failure)
                with session.pace_lock:
                    session.pacer.settle(turn, self._now(), status=status, limits=limits, reached=reached)
        return _Try(response, content, None, paced=turn is not None and limits is not None)

    def _page_width(self, operation: str, limit: int) -> int:
        """How many pages of a walk to ask for at once, up to `limit`: fewer when the rate limit has
        fewer tokens left (then requests one at a time keep the pacer's count exact, and no slower)."""
        if not self._config.pace_requests:
            return limit
        with self._session.pace_lock:
            room = self._session.pacer.headroom(operation, self._now())
        return limit if room is None else max(1, min(limit, int(room)))

    def _now(self) -> float:
        """The session's clock: monotonic, plus the waits the fake API skips (they count all the same)."""
        return clock() + self._session.skipped

    def _wait(self, seconds: float, since: float | None = None) -> None:
        """Wait `seconds` from `since` (a moment on the session's clock; now if not given)."""
        session = self._session
        if session.skip_wait is None:
            sleep(seconds)
            return
        with session.pace_lock:  # a skipped wait moves the clock to its end: overlapping ones do not add up
            now = self._now()
            ahead = (now if since is None else since) + seconds - now
            if ahead > 0:
                session.skipped += ahead
                session.skip_wait(ahead)

    def _company_id(self, company_id: str | None) -> str:
        """The company a scoped service works in: the argument, else the client's default."""
        resolved = company_id or self._config.default_company_id
        if not resolved:
            raise ConfigurationError(
                "no company: pass company_id=..., or set default_company_id on the client "
                "(or VALENTINA_CLIENT_DEFAULT_COMPANY_ID)"
            )
        return resolved

    def _page(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None = None,
        *,
        limit: int,
        offset: int,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Page[T]:
        page = self._send(
            endpoint.prepare_page(path, limit=limit, offset=offset, query=query, headers=headers)
        )
        page.__dict__[_ASKED_AS] = (endpoint, path, query, headers)
        return page

    def next_page(self, page: Page[T]) -> Page[T] | None:
        """The page after `page`, with its filters and acting user; None after the last page."""
        asked_as = getattr(page, "__dict__", {}).get(_ASKED_AS)
        if asked_as is None:
            raise RequestValidationError(
                "next_page() takes a page that a get_page() method returned, not one built or unpickled"
            )
        if not page.has_more:
            return None
        endpoint, path, query, headers = asked_as
        return self._page(
            endpoint, path, limit=page.limit, offset=page.next_offset, query=query, headers=headers
        )

    def _iterate(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None = None,
        *,
        limit: int,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Walk[T]:
        """Every item of a collection, fetched `limit` at a time. Arguments are checked now, not lazily."""
        self._check_open()
        check_count("limit", limit, 1, endpoint.max_limit)  # 0 would never advance
        endpoint.prepare_page(path, limit=limit, query=query, headers=headers)
        return Walk(self, endpoint, path, limit, query, headers)
