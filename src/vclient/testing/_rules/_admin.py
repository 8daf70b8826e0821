"""The global admin's view of users: every company's, the archived ones too, and restoring them."""

from __future__ import annotations

from typing import Any

from .._fabricate import NOW
from .._store import ARCHIVED_USERS, Problem, Store, page
from ._common import Call, Rule
from ._companies import COMPANIES
from ._users import archive, check_new_role


def _everyone(store: Store) -> list[tuple[str, dict[str, Any]]]:
    """(collection, user) for each user of each company, then each archived user."""
    found = [
        (f"{COMPANIES}/{company_id}/users", each)
        for company_id in store.items(COMPANIES)
        for each in store.items(f"{COMPANIES}/{company_id}/users").values()
    ]
    return found + [(ARCHIVED_USERS, each) for each in store.items(ARCHIVED_USERS).values()]


def _shown(where: str, user: dict[str, Any]) -> dict[str, Any]:
    return {**user, "is_archived": where == ARCHIVED_USERS}


def _find(store: Store, user_id: str) -> tuple[str, dict[str, Any]]:
    found = next(((where, u) for where, u in _everyone(store) if u["id"] == user_id), None)
    if found is None:
        raise Problem.not_found("User")
    return found


def list_users(store: Store, call: Call) -> tuple[int, Any]:
    wanted = {name: call.query_value(name) for name in ("company_id", "role", "email", "is_archived")}
    users = [_shown(where, u) for where, u in _everyone(store)]
    users = [
        u
        for u in users
        if all(value is None or str(u[name]).lower() == value.lower() for name, value in wanted.items())
    ]
    query = {name: values for name, values in call.query.items() if name in ("limit", "offset")}
    return 200, page(sorted(users, key=lambda u: u["username"]), query, max_limit=100)


def get_user(store: Store, call: Call) -> tuple[int, Any]:
    return 200, _shown(*_find(store, call.path_params["user_id"]))


def create_user(store: Store, call: Call) -> tuple[int, Any]:
    check_new_role(call.body["role"])
    company = store.find(COMPANIES, call.body["company_id"], "Company")
    made = store.insert(f"{COMPANIES}/{company['id']}/users", store.model("createUser", call.body))
    return 201, _shown("", made)


def update_user(store: Store, call: Call) -> tuple[int, Any]:
    where, user = _find(store, call.path_params["user_id"])
    change = dict(call.body)
    archived = change.pop("is_archived", where == ARCHIVED_USERS)
    user.update(change, date_modified=NOW)
    home = f"{COMPANIES}/{user['company_id']}/users"
    if archived and where != ARCHIVED_USERS:
        archive(store, where, user)
        where = ARCHIVED_USERS
    elif not archived and where == ARCHIVED_USERS:
        del store.items(ARCHIVED_USERS)[user["id"]]
        store.insert(home, user)
        where = home
    return 200, _shown(where, user)


def delete_user(store: Store, call: Call) -> tuple[int, Any]:
    where, user = _find(store, call.path_params["user_id"])
    if where != ARCHIVED_USERS:
        archive(store, where, user)
    return 204, None


RULES: dict[str, Rule] = {
    "globalAdminListUsers": list_users,
    "globalAdminGetUser": get_user,
    "globalAdminCreateUser": create_user,
    "globalAdminUpdateUser": update_user,
    "globalAdminDeleteUser": delete_user,
}
