"""Users: roles and who may change them, approval, experience, avatars, identities and lookup."""

from __future__ import annotations

import hashlib
from typing import Any

from .._fabricate import NOW
from .._store import ARCHIVED_USERS, Problem, Store, page
from ._assets import image_upload
from ._common import (
    STORYTELLERS,
    Call,
    Rule,
    acting_user,
    company_path,
    experience,
    require_role,
    user,
    users_path,
)

COOL_POINT_XP = 10
"""Each cool point is also worth this much XP, as on the server."""


def check_new_role(role: str) -> None:
    if role in ("UNAPPROVED", "DEACTIVATED"):
        raise Problem.bad(f"Cannot create a user with initial role {role}")


def check_role_change(acting: dict[str, Any], target: dict[str, Any] | None, role: str) -> None:
    """The server's role matrix: who may give which role to whom."""
    if role == "UNAPPROVED":
        raise Problem.bad("Cannot assign UNAPPROVED role")
    if acting["role"] not in STORYTELLERS:
        raise Problem.forbidden("Requesting user is not authorized to change user roles")
    current = target["role"] if target else None
    if "DEACTIVATED" in (role, current) and acting["role"] != "ADMIN":
        raise Problem.forbidden("Only admins may deactivate or reactivate a user")
    if current == "ADMIN" and acting["role"] != "ADMIN":
        raise Problem.forbidden("Only admins may change an admin user's role")
    if acting["role"] == "STORYTELLER" and role not in ("STORYTELLER", "PLAYER"):
        raise Problem.forbidden("Storytellers may only assign STORYTELLER or PLAYER roles")


def create_user(store: Store, call: Call) -> tuple[int, Any]:
    check_new_role(call.body["role"])
    check_role_change(acting_user(store, call), None, call.body["role"])
    given = {**call.body, "company_id": call.path_params["company_id"]}
    return 201, store.insert(users_path(call), store.model("createUser", given))


def update_user(store: Store, call: Call) -> tuple[int, Any]:
    acting, target = acting_user(store, call), user(store, call, call.path_params["user_id"])
    if "role" in call.body and call.body["role"] != target["role"]:
        check_role_change(acting, target, call.body["role"])
    elif acting["id"] != target["id"] and acting["role"] != "ADMIN":
        raise Problem.forbidden("Requesting user is not authorized to manage this user")
    target.update(call.body, date_modified=NOW)
    return 200, target


def delete_user(store: Store, call: Call) -> tuple[int, Any]:
    acting, target = acting_user(store, call), user(store, call, call.path_params["user_id"])
    if acting["id"] != target["id"] and acting["role"] != "ADMIN":
        raise Problem.forbidden("Requesting user is not authorized to manage this user")
    archive(store, users_path(call), target)
    return 204, None


def archive(store: Store, collection: str, target: dict[str, Any]) -> None:
    """Archive a user (the global admin can still see and restore them); never the last admin."""
    if target["role"] == "ADMIN" and not any(
        u["role"] == "ADMIN" and u["id"] != target["id"] for u in store.items(collection).values()
    ):
        raise Problem(409, "Conflict", "Cannot remove the last admin from the company")
    del store.items(collection)[target["id"]]
    store.insert(ARCHIVED_USERS, target)


def unapproved_users(store: Store, call: Call) -> tuple[int, Any]:
    require_role(store, call, "ADMIN")
    waiting = [u for u in store.items(users_path(call)).values() if u["role"] == "UNAPPROVED"]
    return 200, page(sorted(waiting, key=lambda u: u["username"]), call.query, max_limit=100)


def _waiting(store: Store, call: Call, user_id: str) -> dict[str, Any]:
    found = user(store, call, user_id)
    if found["role"] != "UNAPPROVED":
        raise Problem.bad("User is not in UNAPPROVED status")
    return found


def approve_user(store: Store, call: Call) -> tuple[int, Any]:
    require_role(store, call, *STORYTELLERS)
    target = _waiting(store, call, call.path_params["user_id"])
    if call.body["role"] in ("UNAPPROVED", "DEACTIVATED"):
        raise Problem.bad(f"Cannot assign {call.body['role']} role via approval")
    target.update(role=call.body["role"], date_modified=NOW)
    return 201, target


def deny_user(store: Store, call: Call) -> tuple[int, Any]:
    require_role(store, call, *STORYTELLERS)
    target = _waiting(store, call, call.path_params["user_id"])
    archive(store, users_path(call), target)
    return 204, None


def merge_users(store: Store, call: Call) -> tuple[int, Any]:
    require_role(store, call, *STORYTELLERS)
    if call.body["primary_user_id"] == call.body["secondary_user_id"]:
        raise Problem.bad("Cannot merge a user with themselves")
    primary = user(store, call, call.body["primary_user_id"])
    secondary = user(store, call, call.body["secondary_user_id"])
    if secondary["role"] != "UNAPPROVED":
        raise Problem.bad("Secondary user must have UNAPPROVED role")
    for profile in ("google_profile", "github_profile", "discord_profile", "apple_profile"):
        primary[profile] = primary[profile] or secondary[profile]
    del store.items(users_path(call))[secondary["id"]]
    return 201, primary


# -- experience -----------------------------------------------------------------------------------


def campaign_experience(store: Store, call: Call) -> tuple[int, Any]:
    campaign_id = call.path_params["campaign_id"]
    store.find(f"{company_path(call)}/campaigns", campaign_id, "Campaign")
    return 200, experience(user(store, call, call.path_params["user_id"]), campaign_id, store)


def _change_experience(kind: str) -> Rule:
    def rule(store: Store, call: Call) -> tuple[int, Any]:
        target = user(store, call, call.path_params["user_id"])
        store.find(f"{company_path(call)}/campaigns", call.body["campaign_id"], "Campaign")
        entry, amount = experience(target, call.body["campaign_id"], store), call.body["amount"]
        if kind == "remove":
            if amount < 0 or entry["xp_current"] < amount:
                raise Problem.bad("User does not have enough XP to complete the action.")
            entry["xp_current"] -= amount
            return 201, entry
        xp = amount * COOL_POINT_XP if kind == "cool_points" else amount
        entry.update(xp_current=entry["xp_current"] + xp, xp_total=entry["xp_total"] + xp)
        target["lifetime_xp"] += xp
        if kind == "cool_points":
            entry["cool_points"] += amount
            target["lifetime_cool_points"] += amount
        return 201, entry

    return rule


# -- avatars and identities -------------------------------------------------------------------------


def _self_or_admin(store: Store, call: Call) -> dict[str, Any]:
    acting, target = acting_user(store, call), user(store, call, call.path_params["user_id"])
    if acting["role"] != "ADMIN" and acting["id"] != target["id"]:
        raise Problem.forbidden()
    return target


def set_avatar(store: Store, call: Call) -> tuple[int, Any]:
    target = _self_or_admin(store, call)
    filename = image_upload(call)
    target.update(avatar_url=f"https://cdn.example.com/avatars/{target['id']}/{filename}", date_modified=NOW)
    return 200, target


def delete_avatar(store: Store, call: Call) -> tuple[int, Any]:
    target = _self_or_admin(store, call)
    target.update(avatar_url=None, date_modified=NOW)
    return 200, target


def _account(token: str) -> str:
    """A stable account id for a provider token (the token itself is a secret and is not kept)."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]


def link_identity(store: Store, call: Call) -> tuple[int, Any]:
    target = user(store, call, call.path_params["user_id"])
    target[f"{call.body['provider']}_profile"] = {
        "id": _account(call.body["token"]),
        "username": target["username"],
    }
    return 200, target


def unlink_identity(store: Store, call: Call) -> tuple[int, Any]:
    target = user(store, call, call.path_params["user_id"])
    provider = call.path_params["provider"]
    if target.get(f"{provider}_profile") is None:
        raise Problem(
            404, "Not Found", f"No {provider} identity is linked to this user.", code="IDENTITY_NOT_LINKED"
        )
    linked = [p for p in ("google", "github", "discord", "apple") if target.get(f"{p}_profile") is not None]
    if len(linked) == 1:
        raise Problem(409, "Conflict", "Cannot remove the user's only linked identity.", code="LAST_IDENTITY")
    target[f"{provider}_profile"] = None
    return 200, target


def identify(store: Store, call: Call) -> tuple[int, Any]:
    """The user a provider token belongs to: the one it was linked to, or a new unapproved user."""
    profile, account = f"{call.body['provider']}_profile", _account(call.body["token"])
    for found in store.items(users_path(call)).values():
        if (found.get(profile) or {}).get("id") == account:
            return 200, {"resolution": "matched", "user": found}
    username = call.body.get("username") or f"{call.body['provider']}-{account[:8]}"
    given = {"username": username, "email": call.body.get("email") or f"{username}@example.com"}
    new = {**given, "role": "UNAPPROVED", "company_id": call.path_params["company_id"]}
    created = store.insert(
        users_path(call), store.model("createUser", {**new, profile: {"id": account, "username": username}})
    )
    return 200, {"resolution": "created", "user": created}


def lookup_user(store: Store, call: Call) -> tuple[int, Any]:
    """Every company's user with this email, or with this provider account (`discord_id`...) linked."""
    wanted = {name: values[0] for name, values in call.query.items() if values}
    email = wanted.pop("email", None)
    if email is None and not wanted:
        raise Problem.bad("One of email, discord_id, google_id, github_id or apple_id is required")
    found = []
    for company in store.items("/api/v1/companies").values():
        for each in store.items(f"/api/v1/companies/{company['id']}/users").values():
            linked = any(
                (each.get(f"{name.removesuffix('_id')}_profile") or {}).get("id") == value
                for name, value in wanted.items()
            )
            if linked or (email is not None and each["email"] == email):
                where = {"company_id": company["id"], "company_name": company["name"]}
                found.append({**where, "user_id": each["id"], "role": each["role"]})
    return 200, found


RULES: dict[str, Rule] = {
    "createUser": create_user,
    "updateUser": update_user,
    "deleteUser": delete_user,
    "listUnapprovedUsers": unapproved_users,
    "approveUser": approve_user,
    "denyUser": deny_user,
    "mergeUsers": merge_users,
    "getCampaignExperience": campaign_experience,
    "addXp": _change_experience("xp"),
    "removeXp": _change_experience("remove"),
    "addCpToCampaignExperience": _change_experience("cool_points"),
    "setUserAvatar": set_avatar,
    "deleteUserAvatar": delete_avatar,
    "linkUserIdentity": link_identity,
    "unlinkUserIdentity": unlink_identity,
    "identifyUser": identify,
    "lookupUser": lookup_user,
}
