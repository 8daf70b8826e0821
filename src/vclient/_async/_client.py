"""The client: owns the HTTP connection pool and runs the send/retry loop.

Hand-written in `vclient._async` (with the services, the only I/O code); generated into `vclient._sync`.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from functools import cached_property
from typing import Any, Self, TypeVar, overload

from .._core._config import USER_AGENT, APIConfig
from .._core._endpoint import API_KEY_HEADER, Endpoint, PreparedRequest
from .._core._exceptions import (
    ClientClosedError,
    ConfigurationError,
    RequestValidationError,
)
from .._core._model import UNSET, Unset
from .._core._pacing import Pacer
from .._core._pagination import Page, check_count
from .._core._ratelimit import RateLimitInfo, parse_rate_limit
from .._core._raw import prepare_raw
from .._core._response import AsyncAttemptHook, ResponseInfo
from .._core._retry import DEFAULT_RETRY_STATUSES
from .._http import AsyncHTTPClient, httpx, library_of
from .._io import async_create_file, async_hooks, clock, proxied
from .._io import async_sleep as sleep
from .._logging import configure_from_env
from . import _defaults
from ._exchange import exchange, parse_final, transport_failure
from ._services._admin import GlobalAdminService
from ._services._autogen import CharacterAutogenService
from ._services._base import FileInput, read_upload
from ._services._blueprints import CharacterBlueprintService
from ._services._campaigns import BooksService, CampaignsService, ChaptersService
from ._services._character_traits import CharacterTraitsService
from ._services._characters import CharactersService
from ._services._companies import CompaniesService
from ._services._developers import DeveloperService
from ._services._dicerolls import DiceRollsService
from ._services._dictionary import DictionaryService
from ._services._options import OptionsService
from ._services._system import SystemService
from ._services._users import UserLookupService, UsersService
from ._walks import Walk

__all__ = ["VClient"]


T = TypeVar("T")

_ASKED_AS = "_vclient_asked_as"
"""Where a page keeps how it was asked for, so that next_page() can ask for the one after it."""

_DEFAULTS = {f.name: f.default for f in dataclasses.fields(APIConfig)}
_DEFAULTS["headers"] = None


class _Session:
    """What a client and its `with_options` copies share: the pool, the live key, rate-limit state."""

    def __init__(
        self,
        http: AsyncHTTPClient,
        owns_http: bool,
        api_key: str,
        direct: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        library = library_of(http)
        assert library is not None  # the client checked its http_client
        self.http = http
        self.library = library
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


def _fixed_headers(config: APIConfig, library: str) -> dict[str, str]:
    return {
        "User-Agent": f"{USER_AGENT} {library}",
        "Accept": "application/json",
        **config.headers,
    }


class VClient:
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
        http_client: AsyncHTTPClient | None = None,
        on_attempt: AsyncAttemptHook | Sequence[AsyncAttemptHook] = (),
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

        library = library_of(http_client) if http_client is not None else None
        expected = "AsyncClient"
        if http_client is not None and (
            library is None or not isinstance(http_client, getattr(library.module, expected))
        ):
            raise ConfigurationError(
                f"http_client must be an httpx.{expected} or httpx2.{expected}, "
                f"got {type(http_client).__module__}.{type(http_client).__qualname__}"
            )
        owns_http = http_client is None
        direct = None
        if http_client is None and proxied(config.base_url or ""):
            http_client = httpx.AsyncClient()  # it mounts the proxies the environment names
        elif http_client is None:
            direct = httpx.AsyncHTTPTransport()  # what httpx would make for the pool itself
            http_client = httpx.AsyncClient(transport=direct)
        session = _Session(http_client, owns_http, config.api_key or "", direct)
        self._setup(config, session, async_hooks(on_attempt), owner=True)
        if set_as_default:
            _defaults.set_default_client(self)

    def _setup(
        self, config: APIConfig, session: _Session, hooks: tuple[AsyncAttemptHook, ...], *, owner: bool
    ) -> None:
        self._config = config
        self._hooks = hooks
        self._session = session
        self._owner = owner
        self._closed = False
        self._policy = config.retry_policy
        self._base_url = config.base_url or ""
        self._headers_cache: tuple[str, Any] | None = None

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
        on_attempt: AsyncAttemptHook | Sequence[AsyncAttemptHook] | Unset = UNSET,
    ) -> Self:
        """A client with some settings changed (the others kept) that shares this one's connection pool,
        key and rate-limit state. `headers` are added to this client's; `on_attempt` replaces its hooks.

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
        hooks = self._hooks if isinstance(on_attempt, Unset) else async_hooks(on_attempt)
        clone._setup(config, self._session, hooks, owner=False)
        return clone

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called; a closed client raises `ClientClosedError`."""
        return self._closed or self._session.closed

    async def close(self) -> None:
        """Release the connection pool (unless it was passed in, or this is a `with_options` copy)."""
        if self._closed:
            return
        self._closed = True
        _defaults.forget_default_client(self)
        if self._owner:
            self._session.closed = True
            if self._session.owns_http:
                await self._session.http.aclose()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def _check_open(self) -> None:
        if self.is_closed:
            raise ClientClosedError(f"this {type(self).__name__} is closed; create a new client")

    # -- services ----------------------------------------------------------------------------

    @cached_property
    def companies(self) -> CompaniesService:
        """Companies the key may use: list, read, create, change and delete them, grant access, statistics."""
        return CompaniesService(self)

    @cached_property
    def developer(self) -> DeveloperService:
        """The developer who owns the API key: their profile, their companies, a new key."""
        return DeveloperService(self)

    @cached_property
    def system(self) -> SystemService:
        """The server's health; needs no company or acting user."""
        return SystemService(self)

    @cached_property
    def global_admin(self) -> GlobalAdminService:
        """Developers, their keys, all users, the audit log and the server's logs (global admins only)."""
        return GlobalAdminService(self)

    @cached_property
    def user_lookup(self) -> UserLookupService:
        """Users found across the key's companies by email or an identity provider's account id."""
        return UserLookupService(self)

    def users(self, on_behalf_of: str | None = None, *, company_id: str | None = None) -> UsersService:
        """The users of a company (default: the client's), acting as the user `on_behalf_of`."""
        return UsersService(self, self._company_id(company_id), on_behalf_of)

    def dicerolls(self, on_behalf_of: str, *, company_id: str | None = None) -> DiceRollsService:
        """Dice rolls of a company, as the user `on_behalf_of` (every dice operation needs one)."""
        return DiceRollsService(self, self._company_id(company_id), on_behalf_of)

    def dictionary(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> DictionaryService:
        """The dictionary terms of a company (default: the client's), acting as the user `on_behalf_of`."""
        return DictionaryService(self, self._company_id(company_id), on_behalf_of)

    def options(self, *, company_id: str | None = None) -> OptionsService:
        """The values each enumeration may take, as a company (default: the client's) sees them."""
        return OptionsService(self, self._company_id(company_id))

    def campaigns(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> CampaignsService:
        """The campaigns of a company (default: the client's), acting as the user `on_behalf_of`."""
        return CampaignsService(self, self._company_id(company_id), on_behalf_of)

    def books(
        self, campaign_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> BooksService:
        """The books of campaign `campaign_id`, acting as the user `on_behalf_of`."""
        return BooksService(self, self._company_id(company_id), campaign_id, on_behalf_of)

    def chapters(
        self,
        campaign_id: str,
        book_id: str,
        on_behalf_of: str | None = None,
        *,
        company_id: str | None = None,
    ) -> ChaptersService:
        """The chapters of book `book_id` of campaign `campaign_id`, acting as the user `on_behalf_of`."""
        return ChaptersService(self, self._company_id(company_id), campaign_id, book_id, on_behalf_of)

    def characters(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> CharactersService:
        """The characters of a company (default: the client's), acting as the user `on_behalf_of`."""
        return CharactersService(self, self._company_id(company_id), on_behalf_of)

    def character_traits(
        self, character_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> CharacterTraitsService:
        """The traits of character `character_id`, acting as the user `on_behalf_of`."""
        return CharacterTraitsService(self, self._company_id(company_id), character_id, on_behalf_of)

    def character_blueprint(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> CharacterBlueprintService:
        """The catalogue characters are built from: sections, categories, traits, concepts, clans, tribes."""
        return CharacterBlueprintService(self, self._company_id(company_id), on_behalf_of)

    def character_autogen(
        self, on_behalf_of: str | None = None, *, company_id: str | None = None
    ) -> CharacterAutogenService:
        """Generated characters and character-generation sessions, acting as the user `on_behalf_of`."""
        return CharacterAutogenService(self, self._company_id(company_id), on_behalf_of)

    # -- raw calls -------------------------------------------------------------------------------

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = ...,
        json: object = ...,
        content: bytes | None = ...,
        files: Mapping[str, FileInput] | None = ...,
        headers: Mapping[str, str] | None = ...,
        on_behalf_of: str | None = ...,
        idempotency_key: str | None = ...,
        cast_to: type[T],
    ) -> T: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = ...,
        json: object = ...,
        content: bytes | None = ...,
        files: Mapping[str, FileInput] | None = ...,
        headers: Mapping[str, str] | None = ...,
        on_behalf_of: str | None = ...,
        idempotency_key: str | None = ...,
        cast_to: Any = ...,
    ) -> Any: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        content: bytes | None = None,
        files: Mapping[str, FileInput] | None = None,
        headers: Mapping[str, str] | None = None,
        on_behalf_of: str | None = None,
        idempotency_key: str | None = None,
        cast_to: Any = None,
    ) -> Any:
        """Call a route the services do not wrap (yet), as they would: with the key, pacing, retries,
        an idempotency key on writes, the log line, `last_response` and the SDK's exceptions.

        `path` is a path on the base URL (`/api/v1/...`, ids included); anything that could leave it is
        refused before sending. The answer is decoded into `cast_to` (a model, `list[Model]`, `dict`,
        ...), or returned as plain JSON when it is None (None for an empty body); `bytes` returns the
        body as it came. One body at most: `json=` (anything msgspec encodes), `content=` (bytes) or
        `files={"field": bytes | path | binary file}`.
        """
        self._check_open()
        uploads = None
        if files is not None:
            if not isinstance(files, Mapping):
                raise RequestValidationError("files takes a mapping of a form field to its file")
            uploads = {field: await read_upload(file, None, None) for field, file in files.items()}
        request = prepare_raw(
            method,
            path,
            base_url=self._base_url,
            params=params,
            json=json,
            content=content,
            files=uploads,
            headers=headers,
            on_behalf_of=on_behalf_of,
            idempotency_key=idempotency_key,
            auto_idempotency_key=self._config.auto_idempotency_keys,
            cast_to=cast_to,
        )
        return await self._send(request)

    # -- the request path (used by services) -----------------------------------------------------

    def _use_api_key(self, api_key: str) -> None:
        """Switch every client sharing this session to a new key (after the old one was revoked)."""
        self._session.api_key = api_key
        with self._session.pace_lock:  # the server keeps its buckets per key: the new one's are full
            self._session.pacer = self._session.pacer.for_new_key()

    def _build(self, request: PreparedRequest[Any], url: str, timeout: float) -> Any:
        """The library's request, with headers merged once per client and key rather than once per call.

        (Letting httpx merge per call costs more than all of the SDK's own work; `send` still applies
        the pool's transport, proxies, auth and event hooks.)
        """
        key = self._session.api_key
        if self._headers_cache is None or self._headers_cache[0] != key:
            merged = self._session.library.Headers(self._session.http.headers)
            merged.update(_fixed_headers(self._config, self._session.library.user_agent))
            merged[API_KEY_HEADER] = key
            self._headers_cache = (key, merged)
        headers = self._headers_cache[1]
        if request.headers:
            headers = self._session.library.Headers(headers)
            headers.update(request.headers)
        return self._session.library.Request(
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

    async def _call(
        self, endpoint: Endpoint[T], path: Mapping[str, object] | None = None, **kwargs: Any
    ) -> T:
        return await self._send(self._prepare(endpoint, path, **kwargs))

    async def _send(self, request: PreparedRequest[T]) -> T:
        url = self._base_url + request.path
        final = await exchange(self, request, url, stream=False)
        return parse_final(request, url, final)

    async def _stream(self, request: PreparedRequest[Any]) -> Any:
        """A successful response whose body is still unread, for the caller to stream and close."""
        url = self._base_url + request.path
        final = await exchange(self, request, url, stream=True)
        if final.response.status_code >= 300:
            parse_final(request, url, final)
        return final.response

    async def _download(
        self, request: PreparedRequest[Any], destination: str | os.PathLike[str] | None
    ) -> tuple[Mapping[str, str], bytes]:
        """A file response's headers and bytes; with a destination, the bytes go there chunk by chunk."""
        response = await self._stream(request)
        url = self._base_url + request.path
        try:
            if destination is None:
                return response.headers, await response.aread()
            async with await async_create_file(destination) as out:
                async for chunk in response.aiter_bytes():
                    await out.write(chunk)
            return response.headers, b""
        except self._session.library.http_error as exc:
            raise transport_failure(exc, request, url, 1, 0.0) from exc
        finally:
            await response.aclose()

    def _now(self) -> float:
        """The session's clock: monotonic, plus the waits the fake API skips (they count all the same)."""
        return clock() + self._session.skipped

    async def _wait(self, seconds: float, since: float | None = None) -> None:
        """Wait `seconds` from `since` (a moment on the session's clock; now if not given)."""
        session = self._session
        if session.skip_wait is None:
            await sleep(seconds)
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

    async def _page(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None = None,
        *,
        limit: int,
        offset: int,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Page[T]:
        page = await self._send(
            endpoint.prepare_page(path, limit=limit, offset=offset, query=query, headers=headers)
        )
        page.__dict__[_ASKED_AS] = (endpoint, path, query, headers)
        return page

    async def next_page(self, page: Page[T]) -> Page[T] | None:
        """The page after `page`, with its filters and acting user; None after the last page."""
        asked_as = getattr(page, "__dict__", {}).get(_ASKED_AS)
        if asked_as is None:
            raise RequestValidationError(
                "next_page() takes a page that a get_page() method returned, not one built or unpickled"
            )
        if not page.has_more:
            return None
        endpoint, path, query, headers = asked_as
        return await self._page(
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
