"""An in-memory Valentina Noir API: a pure function from a request to a response, with state.

Routes come from the SDK's own endpoint declarations, so every operation is served. Collections
(every paged GET) are stored; POST to one creates, GET/PATCH/DELETE on its items read, change and
remove; other operations answer with their declared shape, filled from what the request said.
No I/O happens here: `vclient.testing` plugs `FakeAPI.handle` under a client with httpx's MockTransport.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import re
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

import msgspec

from .._core._api import declared_endpoints, operation_for
from .._core._endpoint import BINARY, Endpoint, Upload
from .._core._exceptions import ConfigurationError
from .._core._pagination import Page
from ._fabricate import NOW
from ._limits import Buckets, parse_policies
from ._operations import OPERATIONS, OperationId
from ._rules import CHECKS, RULES, Call, authorize
from ._rules._assets import image_type
from ._rules._companies import grant
from ._rules._developers import new_developer
from ._rules._settings import with_defaults
from ._store import Problem, Store, collection_key, ordered, page
from ._world import World, build_catalog, seed_world

DEFAULT_API_KEY = "vk_fake_0123456789abcdef"
COMPANY_ID = str(uuid.UUID(int=0x0192F3C4_5B6A_7D8E_9F01_000000000C01))
_RATE_POLICY = '"hourly";q=100000;w=3600, "burst";q=1000;w=10'


@dataclass(frozen=True)
class FakeResponse:
    status: int
    headers: dict[str, str]
    content: bytes


@dataclass
class _Override:
    operation: str
    status: int
    body: Any
    path_params: dict[str, str]
    times: int | None
    headers: dict[str, str]


@dataclass(frozen=True)
class _Route:
    endpoint: Endpoint[Any]
    kind: str  # list, create, get, update, delete or action
    collection: str | None  # the template of the collection it works on


@functools.cache
def _routes() -> dict[str, _Route]:
    """How the fake serves each operation, by operation id."""
    endpoints = [variants[0] for variants in declared_endpoints().values()]
    collections = {e.path for e in endpoints if e.method == "GET" and _is_page(e.response)}
    routes = {}
    for endpoint in endpoints:
        parent = endpoint.path.rsplit("/", 1)[0]
        if endpoint.path in collections and endpoint.method == "GET":
            kind, collection = "list", endpoint.path
        elif endpoint.path in collections and endpoint.method == "POST" and endpoint.body is not None:
            kind, collection = "create", endpoint.path
        elif endpoint.path.endswith("/upload") and parent in collections:
            kind, collection = "create", parent
        elif (
            parent in collections
            and endpoint.path.endswith("}")
            and endpoint.method in ("GET", "PATCH", "DELETE")
        ):
            kind, collection = {"GET": "get", "PATCH": "update", "DELETE": "delete"}[endpoint.method], parent
        else:
            kind, collection = "action", None
        routes[endpoint.operation_id] = _Route(endpoint, kind, collection)
    return routes


def _is_page(response: Any) -> bool:
    return getattr(response, "__origin__", None) is Page


class FakeAPI:
    """The fake server's state and its request handler.

    Deterministic: ids come from a counter and dice from a random source seeded with `seed`.
    The reference catalog (sheet sections to werewolf auspices) is always there, as on the server.
    With a `seed`, the default company also holds a small world (see `world`); without, it is empty.
    `api_key` belongs to a global admin who also owns the default company; `add_api_key` adds others.

    `rate_limits` makes the fake keep the server's token buckets, per key, on its own clock (see
    `advance`): True for the buckets the server always keeps on uploads, key rotation and user
    registration; a string such as "burst:5:1" for those and global policies, written as the server
    kit's `VSERVER_RATE_LIMIT`. Off by default: then nothing is limited and the `RateLimit` headers
    show a large quota.
    """

    def __init__(
        self, *, api_key: str = DEFAULT_API_KEY, seed: int | None = None, rate_limits: bool | str = False
    ) -> None:
        self.calls: list[Call] = []
        self._buckets = _buckets(rate_limits)
        self._lock = threading.Lock()  # a sync client's threads may share one fake
        self._started = time.monotonic()
        self._limits_said: dict[str, str] = {}
        self._routes = _routes()
        self._nouns = {r.collection: _noun(r.endpoint) for r in self._routes.values() if r.kind == "get"}
        self._store = Store(seed)
        self._overrides: list[_Override] = []
        self._idempotent: dict[str, tuple[str, FakeResponse]] = {}
        self._requests = 0
        company = {"id": COMPANY_ID, "name": "Chicago by Night", "email": "storyteller@example.com"}
        made = with_defaults(self._store.model("getCompany", company), None)
        self._company = self._store.insert("/api/v1/companies", made)
        self._add_developer(api_key, admin=True, permission="OWNER")
        build_catalog(self._store)
        self._world = None if seed is None else seed_world(self._store, COMPANY_ID)

    @property
    def world(self) -> World:
        """Ids of the seeded company, users, campaign and characters."""
        if self._world is None:
            raise RuntimeError("this fake has no world: make it with a seed, e.g. FakeAPI(seed=1)")
        return self._world

    # -- what tests use ---------------------------------------------------------------------------

    def add_api_key(self, api_key: str, *, admin: bool = False, permission: str | None = "USER") -> None:
        """Accept another key, of a developer of its own.

        `admin` makes them a global admin (the `/admin` routes, and every company). Otherwise
        `permission` is what they may do in the default company: "USER", "ADMIN" or "OWNER"
        (`CompanyPermission`), or None for nothing; a company's other routes answer them 403.
        """
        self._add_developer(api_key, admin=admin, permission=permission)

    def _add_developer(self, api_key: str, *, admin: bool, permission: str | None) -> None:
        number = len(self._store.api_keys) + 1
        developer = new_developer(
            self._store, f"developer-{number}", f"developer-{number}@example.com", admin=admin
        )
        if permission is not None:
            grant(developer, self._company, str(permission))
        self._store.api_keys[api_key] = developer["id"]

    def override(
        self,
        operation: OperationId,
        *,
        status: int = 200,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        path_params: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer `operation` with `status`, `json` and `headers`.

        An error status without `json` gets the server's kind of error body; a 429 also its rate-limit
        headers, saying the bucket is empty for a second (give `headers={"Retry-After": "5"}` or a
        `RateLimit` header to test other waits). Only for requests with these `path_params`, if given;
        only `times` times, if given. The latest override that matches wins; `reset()` clears them all.
        """
        _known(operation)
        given = _Override(operation, status, json, dict(path_params or {}), times, dict(headers or {}))
        self._overrides.append(given)

    def advance(self, seconds: float) -> None:
        """Move the fake's clock on: rate-limit buckets refill, a character made a day ago is a day old.

        The clock starts at the time the fake stamps on what it makes and moves only when told to.
        A `FakeVClient` moves it by each wait it skips (a retry's backoff, a paced turn). Buckets
        also refill as real time passes, as the server's do, so a client's pacing sees them as it
        would see the server's.
        """
        if seconds < 0:
            raise ValueError("the fake's clock only moves forward")
        self._store.elapsed += seconds

    @property
    def elapsed(self) -> float:
        """Seconds the fake's clock was moved on, by `advance` or by the waits a `FakeVClient` skipped."""
        return self._store.elapsed

    def reset(self) -> None:
        """Forget the overrides and the recorded calls (the stored data stays)."""
        self._overrides.clear()
        self.calls.clear()

    def calls_to(self, operation: OperationId) -> list[Call]:
        """The recorded calls of one operation, in order."""
        _known(operation)
        return [call for call in self.calls if call.operation == operation]

    # -- the handler ------------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> FakeResponse:
        """The response to one request. `headers` must have lower-case names."""
        with self._lock:
            self._requests += 1
            self._limits_said = self._large_quota() if self._buckets is None else {}
            try:
                return self._handle(method, path, query, headers, body)
            except Problem as problem:
                return self._problem(problem)

    def _handle(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> FakeResponse:
        key = headers.get("x-api-key")
        developer = self._store.developer(key)
        if developer is None:
            raise Problem(
                401, "Unauthorized", "API key not provided" if key is None else "Unauthorized API key"
            )
        found = operation_for(method, path.rstrip("/") or "/")  # the server ignores a trailing slash
        if found is None:
            raise Problem(404, "Not Found", "Not Found")
        endpoint, params = found
        route = self._routes[endpoint.operation_id]
        queries: dict[str, list[str]] = {}
        for name, value in query:
            queries.setdefault(name, []).append(value)
        call = Call(
            endpoint.operation_id,
            method,
            path,
            params,
            queries,
            dict(headers),
            _decode(body, headers),
            developer,
        )
        self.calls.append(call)
        if self._buckets is not None and headers.get("x-testing-ignore-rate-limit") != "true":
            now = self._store.elapsed + time.monotonic() - self._started  # real time refills too
            self._limits_said = self._buckets.take(str(key), endpoint.operation_id, now)

        override = self._override(endpoint.operation_id, params)
        if override is not None:
            return override
        authorize(self._store, call)
        if endpoint.acting_user:
            acting = call.acting_user_id
            if not acting:
                raise Problem(400, "Bad Request", "The On-Behalf-Of header is required")
            if acting not in self._store.items(f"/api/v1/companies/{params['company_id']}/users"):
                raise Problem(404, "Not Found", f"User '{acting}' not found")
        _check_ids(params)
        idempotency_key = headers.get("idempotency-key") if method in ("POST", "PUT", "PATCH") else None
        fingerprint = hashlib.sha256(body).hexdigest()
        if idempotency_key is not None and idempotency_key in self._idempotent:
            seen, response = self._idempotent[idempotency_key]
            if seen != fingerprint:
                detail = (
                    f"Idempotency key '{idempotency_key}' was previously used with a different request body."
                )
                raise Problem(409, "Conflict", detail)
            return FakeResponse(response.status, self._headers(), response.content)
        _check_body(endpoint, body)
        self._check_parents(endpoint.path, params, route.kind)
        for check in CHECKS.get(endpoint.operation_id, ()):
            check(self._store, call)
        response = self._dispatch(route, call)
        if idempotency_key is not None and 200 <= response.status < 300:
            self._idempotent[idempotency_key] = (fingerprint, response)
        return response

    def _dispatch(self, route: _Route, call: Call) -> FakeResponse:
        endpoint, params, store = route.endpoint, call.path_params, self._store
        if endpoint.operation_id in RULES:
            status, answer = RULES[endpoint.operation_id](store, call)
            return self._json(status, answer)
        collection = collection_key(route.collection, params) if route.collection else ""
        items = store.items(collection) if collection else {}
        if route.kind == "list":
            return self._json(200, page(ordered(items), call.query, endpoint.max_limit))
        if route.kind == "create":
            given = {**(call.body if isinstance(call.body, dict) else {}), **params, "number": len(items) + 1}
            return self._json(201, store.insert(collection, store.model(endpoint.operation_id, given)))
        if route.kind in ("get", "update", "delete"):
            item = store.find(collection, params[endpoint.path_params[-1]], self._nouns[route.collection])
            if route.kind == "delete":
                del items[item["id"]]
                return self._json(204, None)
            if route.kind == "update":
                item = store.model(endpoint.operation_id, _merge(item, call.body or {}))
                item["date_modified"] = NOW
                items[item["id"]] = item
            embedded = {
                name: ordered(store.items(f"{call.path}/{name}")) for name in call.query.get("include", [])
            }
            return self._json(200, {**item, **embedded})
        if endpoint.response is None:
            return self._json(204, None)
        if endpoint.response is BINARY:
            disposition = {"content-disposition": 'attachment; filename="vapi-logs.zip"'}
            return FakeResponse(200, {**self._headers(), **disposition}, b"PK\x05\x06" + bytes(18))
        given = {**(call.body if isinstance(call.body, dict) else {}), **params}
        return self._json(
            201 if endpoint.method == "POST" else 200, store.shape(endpoint.operation_id, given)
        )

    # -- pieces ---------------------------------------------------------------------------------

    def _check_parents(self, template: str, params: dict[str, str], kind: str) -> None:
        """404 when an id in the path names a stored kind of thing that does not exist."""
        names = re.findall(r"{(\w+)}", template)
        for name in names[:-1] if kind in ("get", "update", "delete") else names:
            prefix = template.split("{" + name + "}")[0].rstrip("/")
            if prefix in self._nouns:
                self._store.find(collection_key(prefix, params), params[name], self._nouns[prefix])

    def _override(self, operation: str, params: dict[str, str]) -> FakeResponse | None:
        for override in reversed(self._overrides):
            if override.operation != operation or any(
                params.get(k) != v for k, v in override.path_params.items()
            ):
                continue
            if override.times is not None:
                override.times -= 1
                if override.times <= 0:
                    self._overrides.remove(override)
            if override.status >= 400 and override.body is None:
                title = HTTPStatus(override.status).phrase if override.status in _STATUSES else "Error"
                limited = override.status == 429
                problem = Problem(
                    override.status, title, f"Simulated {override.status}", **_LIMITED if limited else {}
                )
                problem.headers = {**(_LIMITED_HEADERS if limited else {}), **override.headers}
                raise problem
            response = self._json(override.status, override.body)
            return FakeResponse(response.status, {**response.headers, **override.headers}, response.content)
        return None

    def _headers(self) -> dict[str, str]:
        return {"x-request-id": f"req_{self._requests:022d}", **self._limits_said}

    def _large_quota(self) -> dict[str, str]:
        hourly, burst = max(0, 100000 - self._requests), max(0, 1000 - self._requests)
        return {
            "ratelimit-policy": _RATE_POLICY,
            "ratelimit": f'"hourly";r={hourly};t=0, "burst";r={burst};t=0',
        }

    def _json(self, status: int, body: Any) -> FakeResponse:
        if status == 204:
            return FakeResponse(204, self._headers(), b"")
        headers = {**self._headers(), "content-type": "application/json"}
        return FakeResponse(status, headers, msgspec.json.encode(body))

    def _problem(self, problem: Problem) -> FakeResponse:
        body = {
            "status": problem.status,
            "title": problem.title,
            "detail": problem.detail,
            "instance": "",
            "request_id": f"req_{self._requests:022d}",
            **problem.extra,
        }
        headers = {**self._headers(), "content-type": "application/problem+json"}
        if problem.status in (401, 409, 429):  # the server's answers of these carry no request id header
            del headers["x-request-id"]
        if problem.status == 429:  # and only the exhausted policy
            headers = {k: v for k, v in headers.items() if not k.startswith("ratelimit")}
        return FakeResponse(problem.status, {**headers, **problem.headers}, msgspec.json.encode(body))


_STATUSES = frozenset(int(status) for status in HTTPStatus)
_LIMITED = {"retry_after": 1.0}
_LIMITED_HEADERS = {"ratelimit": '"burst";r=0;t=1', "ratelimit-policy": '"burst";q=1000;w=10'}


def _buckets(rate_limits: bool | str) -> Buckets | None:
    if rate_limits is False:
        return None
    if rate_limits is True:
        return Buckets()
    if not isinstance(rate_limits, str):
        raise ConfigurationError(f"rate_limits must be True, False or a policy string, not {rate_limits!r}")
    try:
        return Buckets(parse_policies(rate_limits))
    except ValueError as error:
        raise ConfigurationError(str(error)) from None


def _known(operation: str) -> None:
    if operation not in _routes():
        close = difflib.get_close_matches(operation, OPERATIONS, n=3)
        hint = (
            f"; did you mean {' or '.join(map(repr, close))}?"
            if close
            else " (vclient.testing.OPERATIONS lists them)"
        )
        raise ValueError(f"unknown operation {operation!r}{hint}")


def _check_ids(params: Mapping[str, str]) -> None:
    """A path id that is not a UUID is a 400 naming the parameter, as on the server.

    A character's is a 404: the server's character guards look the character up before anything else.
    """
    for name, value in params.items():
        if name.endswith("_id"):
            try:
                uuid.UUID(unquote(value))
            except ValueError:
                if name == "character_id":
                    raise Problem(404, "Not Found", f"Character '{unquote(value)}' not found") from None
                raise Problem.invalid((name, "Invalid UUID")) from None


def _check_body(endpoint: Endpoint[Any], body: bytes) -> None:
    """A body that does not fit the operation's model (the server's rules too) is a 400 naming the field."""
    if endpoint.body is None or isinstance(endpoint.body, Upload):
        return
    try:
        msgspec.json.decode(body, type=endpoint.body)
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `$")
        field = where.strip("`.").split("[")[0].split(".")[-1] or "data"
        raise Problem.invalid((field, message)) from None
    except (msgspec.DecodeError, RecursionError):
        raise Problem(400, "Bad Request", "Input data was truncated") from None


def _decode(body: bytes, headers: Mapping[str, str]) -> Any:
    if not body:
        return None
    content_type = headers.get("content-type", "")
    if content_type.startswith("multipart/"):
        return _upload(body, content_type)
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return body


def _upload(body: bytes, content_type: str) -> dict[str, Any] | None:
    """The uploaded file as the fake keeps it: name, size and image type; None if it has no file part."""
    boundary = re.search(r'boundary="?([^";]+)"?', content_type)
    if boundary is None:
        return None
    for part in body.split(b"--" + boundary[1].encode()):
        head, separator, content = part.partition(b"\r\n\r\n")
        name = re.search(rb'filename="([^"]*)"', head)
        if separator and name:
            content = content.removesuffix(b"\r\n")
            return {
                "filename": name[1].decode("utf-8", "replace"),
                "size": len(content),
                "image": image_type(content),
            }
    return None


def _noun(endpoint: Endpoint[Any]) -> str:
    """`CharacterTrait` -> "Character trait": how a 404 names what is missing."""
    name = getattr(endpoint.response, "__name__", "Resource").removesuffix("Detail")
    return re.sub(r"(?<!^)([A-Z])", lambda m: " " + m[1].lower(), name)


def _merge(stored: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    merged = dict(stored)
    for name, value in change.items():
        if isinstance(value, dict) and isinstance(merged.get(name), dict):
            merged[name] = _merge(merged[name], value)
        else:
            merged[name] = value
    return merged
