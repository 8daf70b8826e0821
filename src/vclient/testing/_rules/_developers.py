"""Developers: each key's own profile, new keys, and the global admin's developer management."""

from __future__ import annotations

from typing import Any

from .._fabricate import NOW
from .._store import DEVELOPERS, Store
from ._common import Call, Rule


def new_developer(store: Store, username: str, email: str, *, admin: bool = False) -> dict[str, Any]:
    given = {"username": username, "email": email, "is_global_admin": admin, "companies": []}
    return store.insert(DEVELOPERS, store.model("globalAdminGetDeveloper", given))


def developer_me(store: Store, call: Call) -> tuple[int, Any]:
    """The profile of the key's developer (changed first, for a PATCH)."""
    me = call.developer
    if call.operation == "updateDeveloperMe" and call.body:
        me.update(call.body, date_modified=NOW)
    return 200, store.shape("getDeveloperMe", me)


def new_key(store: Store, call: Call) -> tuple[int, Any]:
    """A fresh key the fake accepts from now on (the old one keeps working, as on the server for a while)."""
    if "developer_id" in call.path_params:
        developer = store.find(DEVELOPERS, call.path_params["developer_id"], "Developer")
    else:
        developer = call.developer
    developer.update(key_generated=NOW)
    companies = [
        {"company_id": c["company_id"], "company_name": c["name"], "permission": c["permission"]}
        for c in developer["companies"]
    ]
    answer = {
        **developer,
        "api_key": store.issue_key(developer),
        "is_global_admin": str(developer["is_global_admin"]),  # as the server sends it
        "companies": companies,
    }
    return 201, store.shape(call.operation, answer)


RULES: dict[str, Rule] = {
    "getDeveloperMe": developer_me,
    "updateDeveloperMe": developer_me,
    "regenerateDeveloperMeApiKey": new_key,
    "globalAdminCreateDeveloperApiKey": new_key,
}
