# Generated from src/vclient/_async/_client.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The client: owns the HTTP connection pool and runs the send/retry loop.

Hand-written in `vclient._async` (with the services, the only I/O code); generated into `vclient._sync`.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any, Self, TypeVar

import httpx

from .._core._config import USER_AGENT, APIConfig
from .._core._endpoint import Endpoint, PreparedRequest
from .._core._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
)
from .._core._pagination import Page, check_count, next_offset
from .._core._ratelimit import RateLimitInfo, parse_rate_limit
from .._core._retry import plan_retry, server_wait
from .._io import sync_create_file
from .._io import sync_sleep as sleep
from .._logging import configure_from_env, log_attempt
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

__all__ = ["SyncVClient"]

API_KEY_HEADER = "X-API-KEY"

T = TypeVar("T")

_SETTINGS_DEFAULTS: dict[str, Any] = {
    "base_url": None,
    "api_key": None,
    "timeout": 30.0,
    "max_retries": 3,
    "retry_delay": 1.0,
    "auto_retry_rate_limit": True,
    "auto_idempotency_keys": True,
    "default_company_id": None,
    "headers": None,
}


class _Session:
    """What a client and its `with_options` copies share: the pool, the live key, rate-limit state."""

    def __init__(self, http: httpx.Client, owns_http: bool, api_key: str) -> None:
        self.http = http
        self.owns_http = owns_http
        self.api_key = api_key
        self.closed = False
        self.skip_waits = False  # set by the fake API's clients: retries run, but do not wait
        # The latest response headers that carried RateLimit, parsed only when someone asks.
        self.rate_limit_headers: httpx.Headers | None = None
        self.rate_limit_parsed: tuple[httpx.Headers | None, RateLimitInfo | None] = (None, None)


def _transport_failure(exc: httpx.HTTPError, method: str, url: str) -> tuple[APIConnectionError, bool]:
    """The SDK error for an httpx failure, and whether the server may have seen the request."""
    never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"timed out: {method} {url} ({type(exc).__name__})", method=method, url=url), (
            not never_sent
        )
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(f"connection failed: {method} {url}: {detail}", method=method, url=url), (
        not never_sent
    )


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
        max_retries: int = 3,
        retry_delay: float = 1.0,
        auto_retry_rate_limit: bool = True,
        auto_idempotency_keys: bool = True,
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
            "auto_retry_rate_limit": auto_retry_rate_limit,
            "auto_idempotency_keys": auto_idempotency_keys,
            "default_company_id": default_company_id,
            "headers": headers,
        }
        explicit = {k: v for k, v in given.items() if v != _SETTINGS_DEFAULTS[k]}
        if config is not None and explicit:
            raise ConfigurationError(
                f"pass settings either in config or as arguments, not both: {sorted(explicit)}"
            )
        if config is None:
            config = APIConfig(**{k: v for k, v in given.items() if v is not None})
        config = config.resolve(os.environ)
        configure_from_env(os.environ)

        if http_client is not None and not isinstance(http_client, httpx.Client):
            expected = httpx.Client.__name__
            raise ConfigurationError(
                f"http_client must be an httpx.{expected}, got {type(http_client).__name__}"
            )
        owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client()
        self._setup(config, _Session(http_client, owns_http, config.api_key or ""), owner=True)
        if set_as_default:
            _defaults.set_default_client(self)

    def _setup(self, config: APIConfig, session: _Session, *, owner: bool) -> None:
        self._config = config
        self._session = session
        self._owner = owner
        self._closed = False
        self._policy = config.retry_policy
        self._base_url = config.base_url or ""
        self._extensions = {"timeout": httpx.Timeout(config.timeout).as_dict()}
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
        return self._config.default_company_id

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """Rate-limit state from the latest response that carried RateLimit headers."""
        session = self._session
        headers = session.rate_limit_headers
        parsed_from, info = session.rate_limit_parsed
        if headers is not parsed_from and headers is not None:
            info = parse_rate_limit(headers.get("ratelimit"), headers.get("ratelimit-policy"))
            session.rate_limit_parsed = (headers, info)
        return info

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        retry_delay: float | None = None,
        auto_retry_rate_limit: bool | None = None,
        auto_idempotency_keys: bool | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with some settings changed that shares this one's connection pool.

        Closing the copy does not close the pool; closing this client does.
        """
        changes: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "retry_delay": retry_delay,
            "auto_retry_rate_limit": auto_retry_rate_limit,
            "auto_idempotency_keys": auto_idempotency_keys,
        }
        config = self._config.replace(**{k: v for k, v in changes.items() if v is not None})
        if headers is not None:
            config = config.replace(headers={**config.headers, **headers})
        clone = object.__new__(type(self))
        clone._setup(config, self._session, owner=False)
        return clone

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        return self._closed or self._session.closed

    def close(self) -> None:
        """Release the connection pool (unless it was passed in, or this is a `with_options` copy)."""
        if self._closed:
            return
        self._closed = True
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
        return SyncCompaniesService(self)

    @cached_property
    def developer(self) -> SyncDeveloperService:
        return SyncDeveloperService(self)

    @cached_property
    def system(self) -> SyncSystemService:
        return SyncSystemService(self)

    @cached_property
    def global_admin(self) -> SyncGlobalAdminService:
        return SyncGlobalAdminService(self)

    @cached_property
    def user_lookup(self) -> SyncUserLookupService:
        return SyncUserLookupService(self)

    def users(self, on_behalf_of: str | None = None, *, company_id: str | None = None) -> SyncUsersService:
        """The users of a company (default: the client's), acting as the user `on_behalf_of`."""
        return SyncUsersService(self, self._company_id(company_id), on_behalf_of)

    def dicerolls(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncDiceRollsService:
        return SyncDiceRollsService(self, self._company_id(company_id), on_behalf_of)

    def dictionary(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncDictionaryService:
        return SyncDictionaryService(self, self._company_id(company_id), on_behalf_of)

    def options(self, *, company_id: str | None = None) -> SyncOptionsService:
        return SyncOptionsService(self, self._company_id(company_id))

    def campaigns(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCampaignsService:
        return SyncCampaignsService(self, self._company_id(company_id), on_behalf_of)

    def books(
        self, campaign_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncBooksService:
        return SyncBooksService(self, self._company_id(company_id), campaign_id, on_behalf_of)

    def chapters(
        self,
        campaign_id: str,
        book_id: str,
        on_behalf_of: str | None = None,
        *,
        company_id: str | None = None,
    ) -> SyncChaptersService:
        return SyncChaptersService(self, self._company_id(company_id), campaign_id, book_id, on_behalf_of)

    def characters(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharactersService:
        return SyncCharactersService(self, self._company_id(company_id), on_behalf_of)

    def character_traits(
        self, character_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharacterTraitsService:
        return SyncCharacterTraitsService(self, self._company_id(company_id), character_id, on_behalf_of)

    def character_blueprint(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharacterBlueprintService:
        return SyncCharacterBlueprintService(self, self._company_id(company_id), on_behalf_of)

    def character_autogen(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> SyncCharacterAutogenService:
        return SyncCharacterAutogenService(self, self._company_id(company_id), on_behalf_of)

    # -- the request path (used by services) -----------------------------------------------------

    def _use_api_key(self, api_key: str) -> None:
        """Switch every client sharing this session to a new key (after the old one was revoked)."""
        self._session.api_key = api_key

    def _build(self, request: PreparedRequest[Any], url: str) -> httpx.Request:
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
            extensions=dict(self._extensions),
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
        response, wait = self._exchange(request, url, stream=False)
        return request.endpoint.parse(
            response.status_code,
            response.headers,
            response.content,
            method=request.method,
            url=url,
            retry_after=wait,
        )

    def _stream(self, request: PreparedRequest[Any]) -> httpx.Response:
        """A successful response whose body is still unread, for the caller to stream and close."""
        url = self._base_url + request.path
        response, wait = self._exchange(request, url, stream=True)
        if response.status_code >= 300:
            request.endpoint.parse(
                response.status_code,
                response.headers,
                response.content,
                method=request.method,
                url=url,
                retry_after=wait,
            )
        return response

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
            raise _transport_failure(exc, request.method, url)[0] from exc
        finally:
            response.close()

    def _exchange(
        self, request: PreparedRequest[Any], url: str, *, stream: bool
    ) -> tuple[httpx.Response, float | None]:
        """Send, retrying as the policy allows; the final response and the server's wait, if it gave one.

        When streaming, the body of a successful response is left unread.
        """
        self._check_open()
        session = self._session
        method = request.method
        attempt = 0
        waited = 0.0
        while True:
            started = time.perf_counter()
            response: httpx.Response | None = None
            failure: httpx.HTTPError | None = None
            reached = True
            try:
                response = session.http.send(self._build(request, url), stream=stream)
                if stream and response.status_code >= 300:
                    response.read()
            except httpx.HTTPError as exc:
                failure = exc
                error, reached = _transport_failure(exc, method, url)
            status = hint = delay = None
            if response is not None:
                status = response.status_code
                # One pass over the raw list: every httpx.Headers lookup re-decodes all headers.
                if any(name.lower() == b"ratelimit" for name, _ in response.headers.raw):
                    session.rate_limit_headers = response.headers
                if status == 429 or status in self._policy.retry_statuses:
                    hint = server_wait(response.headers, response.content, time.time())
            if response is None or status == 429 or status in self._policy.retry_statuses:
                delay = plan_retry(
                    self._policy,
                    attempt=attempt,
                    waited=waited,
                    method=method,
                    request_headers=request.headers,
                    status_code=status,
                    reached_server=reached,
                    wait_hint=hint,
                    jitter=random.random(),
                )
            outcome = status if status is not None else type(failure).__name__
            headers = response.headers if response is not None else None
            log_attempt(method, request.path, outcome, time.perf_counter() - started, headers, attempt, delay)
            if delay is None:
                if response is None:
                    raise error from failure
                return response, hint
            if response is not None:
                response.close()
            if not self._session.skip_waits:
                sleep(delay)
            waited += delay
            attempt += 1

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
        return self._send(
            endpoint.prepare_page(path, limit=limit, offset=offset, query=query, headers=headers)
        )

    def _iterate(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None = None,
        *,
        limit: int,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Iterator[T]:
        """Every item of a collection, fetched `limit` at a time. Arguments are checked now, not lazily."""
        self._check_open()
        check_count("limit", limit, 1, endpoint.max_limit)  # 0 would never advance
        endpoint.prepare_page(path, limit=limit, query=query, headers=headers)
        return self._walk(endpoint, path, limit, query, headers)

    def _walk(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None,
        limit: int,
        query: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
    ) -> Iterator[T]:
        offset: int | None = 0
        while offset is not None:
            request = endpoint.prepare_page(path, limit=limit, offset=offset, query=query, headers=headers)
            page = self._send(request)
            for item in page.items:
                yield item
            offset = next_offset(page, offset)
