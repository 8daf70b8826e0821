"""An in-memory Valentina Noir API: a pure function from a request to a response, with state.

Routes come from the SDK's own endpoint declarations, so every operation is served. Collections
(every paged GET) are stored; POST to one creates, GET/PATCH/DELETE on its items read, change and
remove; other operations answer with their declared shape, filled from what the request said.
No I/O happens here: `vclient.testing` plugs `FakeAPI.handle` under a client with httpx's MockTransport.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
import msgspec.inspect as mi

from .._core._api import declared_endpoints
from .._core._endpoint import ACTING_USER_HEADER, BINARY, Endpoint, Upload
from .._core._pagination import Page
from ._fabricate import NOW, fabricate

DEFAULT_API_KEY = "vk_fake_0123456789abcdef"
COMPANY_ID = str(uuid.UUID(int=0x0192F3C4_5B6A_7D8E_9F01_000000000C01))
_FILTER_FIELDS = {
    "user_role": "role",
    "character_type": "type",
    "userid": "user_id",
    "characterid": "character_id",
    "campaignid": "campaign_id",
}
_RATE_POLICY = '"hourly";q=100000;w=3600, "burst";q=1000;w=10'


@dataclass(frozen=True)
class Call:
    """One request the fake received, decoded."""

    operation: str
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


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


@dataclass(frozen=True)
class _Route:
    endpoint: Endpoint[Any]
    pattern: re.Pattern[str]
    kind: str  # list, create, get, update, delete or action
    collection: str | None  # the template of the collection it works on


def _routes() -> list[_Route]:
    endpoints = [variants[0] for variants in declared_endpoints().values()]
    collections = {e.path for e in endpoints if e.method == "GET" and _is_page(e.response)}
    routes = []
    for endpoint in endpoints:
        regex = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(endpoint.path))
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
        routes.append(_Route(endpoint, re.compile(regex), kind, collection))
    # Literal segments win over placeholders (`/users/unapproved` before `/users/{user_id}`).
    routes.sort(key=lambda r: r.endpoint.path.count("{"))
    return routes


def _is_page(response: Any) -> bool:
    return getattr(response, "__origin__", None) is Page


def _render(template: str, params: Mapping[str, str]) -> str:
    return re.sub(r"{(\w+)}", lambda m: params[m[1]], template)


class FakeAPI:
    """The fake server's state and its request handler. Deterministic: ids come from a counter."""

    def __init__(self, *, api_key: str = DEFAULT_API_KEY) -> None:
        self.calls: list[Call] = []
        self._keys = {api_key: True}
        self._endpoints = {op: variants[0] for op, variants in declared_endpoints().items()}
        self._routes = _routes()
        self._collections = {r.collection for r in self._routes if r.collection}
        self._store: dict[str, dict[str, dict[str, Any]]] = {}
        self._overrides: list[_Override] = []
        self._idempotent: dict[str, tuple[str, FakeResponse]] = {}
        self._counter = 0
        self._requests = 0
        company = {"id": COMPANY_ID, "name": "Chicago by Night", "email": "storyteller@example.com"}
        self._insert("/api/v1/companies", self._model("getCompany", company))

    # -- what tests use ---------------------------------------------------------------------------

    def add_api_key(self, api_key: str, *, admin: bool = False) -> None:
        """Accept another key; only admin keys may call the global-admin routes."""
        self._keys[api_key] = admin

    def override(
        self,
        operation: str,
        *,
        status: int = 200,
        json: Any = None,
        path_params: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> None:
        """Answer `operation` with `status` and `json` (an error body if omitted for an error status).

        Only for requests with these `path_params`, if given; only `times` times, if given.
        The latest override that matches wins; `reset()` clears them all.
        """
        if operation not in self._endpoints:
            raise ValueError(f"unknown operation {operation!r}")
        self._overrides.append(_Override(operation, status, json, dict(path_params or {}), times))

    def reset(self) -> None:
        """Forget the overrides and the recorded calls (the stored data stays)."""
        self._overrides.clear()
        self.calls.clear()

    def calls_to(self, operation: str) -> list[Call]:
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
        self._requests += 1
        key = headers.get("x-api-key")
        if key not in self._keys:
            return self._problem(
                401, "Unauthorized", "API key not provided" if key is None else "Invalid API key"
            )
        match = next(
            (
                (r, m)
                for r in self._routes
                if r.endpoint.method == method and (m := r.pattern.fullmatch(path))
            ),
            None,
        )
        if match is None:
            return self._problem(404, "Not Found", "Not Found")
        route, found = match
        endpoint, params = route.endpoint, found.groupdict()
        queries: dict[str, list[str]] = {}
        for name, value in query:
            queries.setdefault(name, []).append(value)
        decoded = self._decode(body, headers)
        self.calls.append(Call(endpoint.operation_id, method, path, params, queries, dict(headers), decoded))

        override = self._override(endpoint.operation_id, params)
        if override is not None:
            return override
        if path.startswith("/api/v1/admin") and not self._keys[key]:
            return self._problem(403, "Forbidden", "Only global admins may do this")
        if endpoint.acting_user and not headers.get(ACTING_USER_HEADER.lower()):
            return self._problem(400, "Bad Request", "The On-Behalf-Of header is required")
        idempotency_key = headers.get("idempotency-key") if method in ("POST", "PUT", "PATCH") else None
        fingerprint = hashlib.sha256(body).hexdigest()
        if idempotency_key is not None and idempotency_key in self._idempotent:
            seen, response = self._idempotent[idempotency_key]
            if seen != fingerprint:
                detail = (
                    f"Idempotency key '{idempotency_key}' was previously used with a different request body."
                )
                return self._problem(409, "Conflict", detail)
            return FakeResponse(response.status, self._headers(), response.content)
        invalid = self._invalid(endpoint, body, headers)
        if invalid is not None:
            return invalid
        missing = self._missing_parent(endpoint.path, params, route.kind)
        response = missing or self._dispatch(route, params, queries, decoded)
        if idempotency_key is not None and 200 <= response.status < 300:
            self._idempotent[idempotency_key] = (fingerprint, response)
        return response

    def _dispatch(
        self, route: _Route, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> FakeResponse:
        endpoint = route.endpoint
        collection = _render(route.collection, params) if route.collection else ""
        items = self._store.setdefault(collection, {}) if collection else {}
        item_id = params.get(endpoint.path_params[-1]) if endpoint.path_params else None
        if route.kind == "list":
            return self._list(endpoint, list(items.values()), query)
        if route.kind == "create":
            given = {**(body if isinstance(body, dict) else {}), **params, "number": len(items) + 1}
            item = self._insert(collection, self._model(endpoint.operation_id, given))
            return self._json(201, item)
        if route.kind in ("get", "update", "delete"):
            if item_id not in items:
                return self._problem(404, "Not Found", f"{_noun(endpoint)} not found")
            if route.kind == "delete":
                del items[item_id]
                return FakeResponse(204, self._headers(), b"")
            if route.kind == "update":
                items[item_id] = self._model(endpoint.operation_id, _merge(items[item_id], body or {}))
                items[item_id]["date_modified"] = NOW
            item = items[item_id]
            here = _render(endpoint.path, params)
            embedded = {
                name: list(self._store.get(f"{here}/{name}", {}).values())
                for name in query.get("include", [])
            }
            return self._json(200, {**item, **embedded})
        return self._action(endpoint, params, body)

    def _action(self, endpoint: Endpoint[Any], params: dict[str, str], body: Any) -> FakeResponse:
        status = 201 if endpoint.method == "POST" else 200
        if endpoint.response is None:
            return FakeResponse(204, self._headers(), b"")
        if endpoint.response is BINARY:
            disposition = {"content-disposition": 'attachment; filename="vapi-logs.zip"'}
            return FakeResponse(200, {**self._headers(), **disposition}, b"PK\x05\x06" + bytes(18))
        given = {**(body if isinstance(body, dict) else {}), **params}
        return self._json(status, fabricate(mi.type_info(endpoint.response), given))

    # -- pieces ---------------------------------------------------------------------------------

    def _list(
        self, endpoint: Endpoint[Any], items: list[dict[str, Any]], query: dict[str, list[str]]
    ) -> FakeResponse:
        try:
            limit, offset = int(query.get("limit", ["10"])[0]), int(query.get("offset", ["0"])[0])
        except ValueError:
            return self._problem(400, "Bad Request", "limit and offset must be integers")
        if not 0 <= limit <= endpoint.max_limit or offset < 0:
            return self._invalid_parameters(
                [("limit", f"Input should be between 0 and {endpoint.max_limit}")]
            )
        for name, values in query.items():
            wanted = _FILTER_FIELDS.get(name, name)
            if name in ("limit", "offset") or not items or wanted not in items[0]:
                continue
            items = [item for item in items if _text(item[wanted]) in {v.lower() for v in values}]
        page = {
            "items": items[offset : offset + limit],
            "limit": limit,
            "offset": offset,
            "total": len(items),
        }
        return self._json(200, page)

    def _model(self, operation: str, given: dict[str, Any]) -> dict[str, Any]:
        """A stored resource: the response model of `operation`, filled in from `given`."""
        endpoint = self._endpoints[operation]
        kind = mi.type_info(endpoint.response)
        given = {"date_created": NOW, "date_modified": NOW, **given}
        given.setdefault("id", self._new_id())
        item: dict[str, Any] = fabricate(kind, given)
        if "name_first" in item and "name_full" in item:
            item["name"] = item["name_full"] = f"{item['name_first']} {item['name_last']}".strip()
        return item

    def _insert(self, collection: str, item: dict[str, Any]) -> dict[str, Any]:
        self._store.setdefault(collection, {})[item["id"]] = item
        return item

    def _new_id(self) -> str:
        self._counter += 1
        return str(uuid.UUID(int=(0x0192F3C4_5B6A_7D8E_9F01 << 48) + self._counter))

    def _missing_parent(self, template: str, params: dict[str, str], kind: str) -> FakeResponse | None:
        """404 when an id in the path names a stored kind of thing that does not exist."""
        names = re.findall(r"{(\w+)}", template)
        checked = names[:-1] if kind in ("get", "update", "delete") else names
        for name in checked:
            prefix = template.split("{" + name + "}")[0].rstrip("/")
            if prefix in self._collections and params[name] not in self._store.get(
                _render(prefix, params), {}
            ):
                return self._problem(
                    404, "Not Found", f"{prefix.rsplit('/', 1)[-1].rstrip('s').capitalize()} not found"
                )
        return None

    def _invalid(
        self, endpoint: Endpoint[Any], body: bytes, headers: Mapping[str, str]
    ) -> FakeResponse | None:
        if endpoint.body is None or isinstance(endpoint.body, Upload):
            return None
        try:
            msgspec.json.decode(body, type=endpoint.body)
        except msgspec.ValidationError as exc:
            where = re.search(r"at `\$\.?([^`]*)`", str(exc))
            message = str(exc).split(" - at ")[0]
            return self._invalid_parameters([(where[1] if where else "body", message)])
        except msgspec.DecodeError:
            return self._problem(400, "Bad Request", "Input data was truncated")
        return None

    def _invalid_parameters(self, problems: list[tuple[str, str]]) -> FakeResponse:
        extra = {"invalid_parameters": [{"field": f, "message": m} for f, m in problems]}
        return self._problem(400, "Bad Request", "Validation failed for one or more fields.", extra)

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
                title = {404: "Not Found", 409: "Conflict", 429: "Too Many Requests"}.get(
                    override.status, "Error"
                )
                extra = {"retry_after": 0.01} if override.status == 429 else None
                return self._problem(override.status, title, f"Simulated {override.status}", extra)
            if override.status == 204:
                return FakeResponse(204, self._headers(), b"")
            return self._json(override.status, override.body)
        return None

    def _decode(self, body: bytes, headers: Mapping[str, str]) -> Any:
        if not body:
            return None
        if headers.get("content-type", "").startswith("multipart/"):
            name = re.search(rb'filename="([^"]*)"', body)
            return {"filename": name[1].decode() if name else None, "size": len(body)}
        try:
            return json.loads(body)
        except ValueError:
            return body

    def _headers(self) -> dict[str, str]:
        hourly, burst = max(0, 100000 - self._requests), max(0, 1000 - self._requests)
        return {
            "x-request-id": f"req_{self._requests:022d}",
            "ratelimit-policy": _RATE_POLICY,
            "ratelimit": f'"hourly";r={hourly};t=0, "burst";r={burst};t=0',
        }

    def _json(self, status: int, body: Any) -> FakeResponse:
        headers = {**self._headers(), "content-type": "application/json"}
        return FakeResponse(status, headers, msgspec.json.encode(body))

    def _problem(
        self, status: int, title: str, detail: str, extra: dict[str, Any] | None = None
    ) -> FakeResponse:
        body = {"status": status, "title": title, "detail": detail, "instance": "", **(extra or {})}
        if status not in (401, 409, 429):
            body["request_id"] = f"req_{self._requests:022d}"
        headers = {**self._headers(), "content-type": "application/problem+json"}
        return FakeResponse(status, headers, msgspec.json.encode(body))


def _noun(endpoint: Endpoint[Any]) -> str:
    name = getattr(endpoint.response, "__name__", "Resource")
    return name.removesuffix("Detail") if name else "Resource"


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value).lower()


def _merge(stored: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    merged = dict(stored)
    for name, value in change.items():
        if isinstance(value, dict) and isinstance(merged.get(name), dict):
            merged[name] = _merge(merged[name], value)
        else:
            merged[name] = value
    return merged
