"""What the fake server holds, and the error it answers with when a request cannot be served."""

from __future__ import annotations

import functools
import random
import re
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import msgspec.inspect as mi

from .._core._api import declared_endpoints
from ._fabricate import NOW, fabricate

_ID_PREFIX = 0x0192F3C4_5B6A_7D8E_9F01 << 48
_START = datetime.fromisoformat(NOW)
CATALOG = "/api/v1/companies/*/characterblueprint"
"""The reference catalog is the server's, not a company's: every company's blueprint paths read it."""
DEVELOPERS = "/api/v1/admin/developers"
ARCHIVED_USERS = "/archived/users"
"""Users a delete archived: the global admin still sees (and can restore) them; their company does not."""


_FILTER_FIELDS = {
    "user_role": "role",
    "character_type": "type",
    "userid": "user_id",
    "characterid": "character_id",
    "campaignid": "campaign_id",
    "character_class": "character_classes",
    "game_version": "game_versions",
    "section_id": "sheet_section_id",
}


class Problem(Exception):
    """An error answer (RFC 9457 body) raised from anywhere in the fake's handling of a request."""

    def __init__(self, status: int, title: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.extra = status, title, detail, extra
        self.headers: dict[str, str] = {}

    @classmethod
    def not_found(cls, noun: str) -> Problem:
        return cls(404, "Not Found", f"{noun} not found")

    @classmethod
    def forbidden(cls, detail: str = "No rights to access this resource") -> Problem:
        return cls(403, "Forbidden", detail)

    @classmethod
    def bad(cls, detail: str) -> Problem:
        """A 400 the way the server words one its database refused: the reason in `detail` only."""
        generic = [{"field": "body", "message": "One or more fields did not pass validation."}]
        return cls(400, "Bad Request", detail, invalid_parameters=generic)

    @classmethod
    def invalid(cls, *problems: tuple[str, str]) -> Problem:
        parameters = [{"field": field, "message": message} for field, message in problems]
        return cls(
            400, "Bad Request", "Validation failed for one or more fields.", invalid_parameters=parameters
        )

    @property
    def reason(self) -> str:
        """The most specific message: the first invalid parameter's, or the detail."""
        parameters = self.extra.get("invalid_parameters")
        return str(parameters[0]["message"]) if parameters else self.detail


class Store:
    """Collections of JSON objects keyed by their collection's path, and deterministic ids."""

    def __init__(self, seed: int | None = None) -> None:
        self.random = random.Random(seed)
        self.api_keys: dict[str, str] = {}  # key -> the id of the developer it belongs to
        self._collections: dict[str, dict[str, dict[str, Any]]] = {}
        self._counter = 0
        self.elapsed = 0.0
        """Seconds on the fake's clock: it starts at the fake's timestamps and moves only when told to."""

    def now(self) -> datetime:
        return _START + timedelta(seconds=self.elapsed)

    def developer(self, api_key: str | None) -> dict[str, Any] | None:
        """The developer a key belongs to, or None for a key the fake does not know."""
        developer_id = self.api_keys.get(api_key or "")
        return self.items(DEVELOPERS).get(developer_id or "")

    def issue_key(self, developer: dict[str, Any]) -> str:
        key = f"vk_fake_{self.new_id().replace('-', '')}"
        self.api_keys[key] = developer["id"]
        return key

    def new_id(self) -> str:
        self._counter += 1
        return str(uuid.UUID(int=_ID_PREFIX + self._counter))

    def shape(self, operation: str, given: Any) -> Any:
        """`given` completed into the response body `operation` declares."""
        return fabricate(_response_type(operation), given, self.new_id)

    def model(self, operation: str, given: Mapping[str, Any]) -> dict[str, Any]:
        """A new resource shaped as `operation` answers it, with an id and timestamps."""
        given = {"id": self.new_id(), "date_created": NOW, "date_modified": NOW, **given}
        item: dict[str, Any] = self.shape(operation, given)
        if "name_first" in item and "name_full" in item:
            item["name"] = item["name_full"] = f"{item['name_first']} {item['name_last']}".strip()
        return item

    def items(self, collection: str) -> dict[str, dict[str, Any]]:
        return self._collections.setdefault(collection, {})

    def insert(self, collection: str, item: dict[str, Any]) -> dict[str, Any]:
        self.items(collection)[item["id"]] = item
        return item

    def find(self, collection: str, item_id: str, noun: str) -> dict[str, Any]:
        try:
            return self.items(collection)[item_id]
        except KeyError:
            raise Problem.not_found(noun) from None


@functools.cache
def _response_type(operation: str) -> mi.Type:
    return mi.type_info(declared_endpoints()[operation][0].response)


def collection_key(template: str, params: Mapping[str, str]) -> str:
    """Where a collection path's items are kept (all companies share the blueprint catalog)."""
    path = re.sub(r"{(\w+)}", lambda m: params[m[1]], template)
    return re.sub(r"^/api/v1/companies/[^/]+/characterblueprint", CATALOG, path)


def page(items: list[dict[str, Any]], query: dict[str, list[str]], max_limit: int) -> dict[str, Any]:
    """One page of the items the query's filters keep."""
    limit, offset = whole_number(query, "limit", 10), whole_number(query, "offset", 0)
    if not 0 <= limit <= max_limit:
        raise Problem.invalid(("limit", f"Expected `int` <= {max_limit}"))
    if offset < 0:
        raise Problem.invalid(("offset", "Expected `int` >= 0"))
    for name, values in query.items():
        if name in ("limit", "offset") or not items:
            continue
        field = name if name in items[0] else _FILTER_FIELDS.get(name, name)
        if field not in items[0]:
            continue
        wanted = {value.lower() for value in values}
        items = [item for item in items if _matches(item[field], wanted)]
    return {"items": items[offset : offset + limit], "limit": limit, "offset": offset, "total": len(items)}


def whole_number(query: Mapping[str, list[str]], name: str, default: int) -> int:
    """A query parameter that must be an integer; a 400 naming it otherwise, as the server answers."""
    values = query.get(name)
    if not values:
        return default
    try:
        return int(values[0])
    except ValueError:
        raise Problem.invalid((name, "Expected `int`, got `str`")) from None


def ordered(items: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored items as the server lists them: books and chapters by number, the rest as created."""
    listed = list(items.values())
    if listed and "number" in listed[0]:
        listed.sort(key=lambda item: item["number"])
    return listed


def _matches(value: Any, wanted: set[str]) -> bool:
    """A filter keeps an item whose field equals a wanted value (or, for a list field, contains one)."""
    if isinstance(value, list):
        return not value or any(_text(v) in wanted for v in value)
    return _text(value) in wanted


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value).lower()
