"""What every rule shares: the decoded request, where a company's things are kept, and who is asking."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._store import CATALOG, Problem, Store

SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "en",
        "for",
        "if",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "v",
        "via",
        "vs",
    ]
)

STORYTELLERS = ("STORYTELLER", "ADMIN")
"""The roles the server lets run a story: see storyteller characters, manage NPCs and campaigns."""


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
    developer: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The developer whose key made the request (the fake's own record; not for assertions)."""

    def query_value(self, name: str) -> str | None:
        """The first value of query parameter `name`, or None when it was not sent."""
        values = self.query.get(name)
        return values[0] if values else None

    @property
    def acting_user_id(self) -> str | None:
        """The user the request acted for (its On-Behalf-Of header), if any."""
        return self.headers.get("on-behalf-of")


Rule = Callable[[Store, Call], tuple[int, Any]]
"""An operation's whole answer: `(status, body)`, or a `Problem` raised."""

Check = Callable[[Store, Call], None]
"""Runs before an operation's rule or the stored-collection handling: raises a `Problem`, or
normalises `call.body` in place as the server does before storing it (title case, lower case)."""


def company_path(call: Call) -> str:
    return f"/api/v1/companies/{call.path_params['company_id']}"


def users_path(call: Call) -> str:
    return f"{company_path(call)}/users"


def user(store: Store, call: Call, user_id: str) -> dict[str, Any]:
    return store.find(users_path(call), user_id, "User")


def acting_user(store: Store, call: Call) -> dict[str, Any]:
    """The user the request acts for, who must be approved and active (as the server's guards say)."""
    found = store.items(users_path(call)).get(call.acting_user_id or "")
    if found is None:
        raise Problem(404, "Not Found", f"User '{call.acting_user_id}' not found")
    if found["role"] == "UNAPPROVED":
        raise Problem.forbidden("User has not been approved yet")
    if found["role"] == "DEACTIVATED":
        raise Problem.forbidden("User account is deactivated")
    return found


def require_role(store: Store, call: Call, *roles: str) -> dict[str, Any]:
    acting = acting_user(store, call)
    if acting["role"] not in roles:
        raise Problem.forbidden("No rights to access this resource")
    return acting


def experience(target: dict[str, Any], campaign_id: str, store: Store) -> dict[str, Any]:
    """A user's experience in one campaign, made at zero on first use."""
    for entry in target["campaign_experience"]:
        if entry["campaign_id"] == campaign_id:
            return entry  # type: ignore[no-any-return]
    entry = {"id": store.new_id(), "campaign_id": campaign_id, "user_id": target["id"]}
    target["campaign_experience"].append({**entry, "xp_current": 0, "xp_total": 0, "cool_points": 0})
    return target["campaign_experience"][-1]  # type: ignore[no-any-return]


def character(store: Store, call: Call) -> dict[str, Any]:
    return store.find(f"{company_path(call)}/characters", call.path_params["character_id"], "Character")


def held_traits_path(call: Call) -> str:
    return f"{company_path(call)}/characters/{call.path_params['character_id']}/traits"


def sessions_path(call: Call) -> str:
    return f"{company_path(call)}/characters/chargen/sessions"


def campaign_from_query(store: Store, call: Call) -> str:
    campaign_id = call.query_value("campaign_id") or ""
    return store.find(f"{company_path(call)}/campaigns", campaign_id, "Campaign")["id"]  # type: ignore[no-any-return]


def fits(entry: dict[str, Any], character: dict[str, Any]) -> bool:
    """Whether a catalog entry is for the character's class (an empty class list means every class)."""
    classes = entry.get("character_classes") or []
    return not classes or character["character_class"] in classes


def sheet_order(entry: dict[str, Any]) -> int:
    return entry["order"]  # type: ignore[no-any-return]


def titlecase(text: str) -> str:
    """Names as the server stores them: each word capitalised, small words after the first left alone."""
    words = re.split(r"(\s+)", text.strip())
    done = []
    for index, word in enumerate(words):
        small = index > 0 and word.lower() in SMALL_WORDS
        done.append(word if small or not word or word.isspace() else word[0].upper() + word[1:])
    return "".join(done)


def catalog(store: Store, kind: str) -> dict[str, dict[str, Any]]:
    return store.items(f"{CATALOG}/{kind}")
