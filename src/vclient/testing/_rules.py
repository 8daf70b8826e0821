"""Operations that do more than store what they are sent: the game rules the fake plays by.

Each rule takes the store and the decoded request and returns `(status, body)`, or raises `Problem`.
They are simplified but consistent: a trait assigned is on the full sheet, a renumbered chapter moves
its siblings, a roll's statistics count, a chosen chargen character joins the campaign.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .._core._api import _enums
from ._fabricate import NOW
from ._store import CATALOG, Problem, Store, page

SERVER_VERSION = "0.27.0"
_HUMANIZED = {"CRITICAL": "Critical success", "SUCCESS": "Success", "FAILURE": "Failure", "BOTCH": "Botch"}
_FIRST_NAMES = ("Ada", "Bastien", "Carmen", "Dmitri", "Esme", "Felix", "Greta", "Hugo", "Iris", "Jules")
_LAST_NAMES = ("Ashdown", "Blackwood", "Corvin", "Delacroix", "Everly", "Fairchild", "Grimsby", "Holloway")
_AUTOGEN_CLASSES = ("VAMPIRE", "WEREWOLF", "MAGE", "HUNTER", "MORTAL")


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

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


Rule = Callable[[Store, Call], tuple[int, Any]]


# -- companies, users and experience -----------------------------------------------------------


def create_company(store: Store, call: Call) -> tuple[int, Any]:
    company = store.insert("/api/v1/companies", store.model("getCompany", call.body))
    admin = {"username": call.body["email"].split("@")[0], "email": call.body["email"], "role": "ADMIN"}
    user = store.insert(
        f"/api/v1/companies/{company['id']}/users",
        store.model("createUser", {**admin, "company_id": company["id"]}),
    )
    return 201, store.shape("createCompany", {"company": company, "admin_user": user})


def approve_user(store: Store, call: Call) -> tuple[int, Any]:
    user = _user(store, call, call.path_params["user_id"])
    user.update(role=call.body["role"], date_modified=NOW)
    return 201, user


def deny_user(store: Store, call: Call) -> tuple[int, Any]:
    _user(store, call, call.path_params["user_id"])
    del store.items(_users(call))[call.path_params["user_id"]]
    return 204, None


def merge_users(store: Store, call: Call) -> tuple[int, Any]:
    primary = _user(store, call, call.body["primary_user_id"])
    _user(store, call, call.body["secondary_user_id"])
    del store.items(_users(call))[call.body["secondary_user_id"]]
    return 201, primary


def unapproved_users(store: Store, call: Call) -> tuple[int, Any]:
    waiting = [user for user in store.items(_users(call)).values() if user["role"] == "UNAPPROVED"]
    return 200, page(waiting, call.query, max_limit=100)


def campaign_experience(store: Store, call: Call) -> tuple[int, Any]:
    campaign_id = call.path_params["campaign_id"]
    store.find(f"{_base(call)}/campaigns", campaign_id, "Campaign")
    return 200, _experience(_user(store, call, call.path_params["user_id"]), campaign_id, store)


def _change_experience(field: str, lifetime: str | None, sign: int) -> Rule:
    def rule(store: Store, call: Call) -> tuple[int, Any]:
        user = _user(store, call, call.path_params["user_id"])
        store.find(f"{_base(call)}/campaigns", call.body["campaign_id"], "Campaign")
        entry = _experience(user, call.body["campaign_id"], store)
        amount = call.body["amount"]
        if amount < 0 or entry[field] + sign * amount < 0:
            raise Problem.invalid(("amount", f"Cannot remove {amount}; only {entry[field]} available"))
        entry[field] += sign * amount
        if field == "xp_current" and sign > 0:
            entry["xp_total"] += amount
        if lifetime:
            user[lifetime] += amount
        return 201, entry

    return rule


def _experience(user: dict[str, Any], campaign_id: str, store: Store) -> dict[str, Any]:
    for entry in user["campaign_experience"]:
        if entry["campaign_id"] == campaign_id:
            return entry  # type: ignore[no-any-return]
    entry = {"id": store.new_id(), "campaign_id": campaign_id, "user_id": user["id"]}
    user["campaign_experience"].append({**entry, "xp_current": 0, "xp_total": 0, "cool_points": 0})
    return user["campaign_experience"][-1]  # type: ignore[no-any-return]


def set_avatar(store: Store, call: Call) -> tuple[int, Any]:
    user = _user(store, call, call.path_params["user_id"])
    user.update(avatar_url=f"https://cdn.example.com/avatars/{user['id']}.png", date_modified=NOW)
    return 200, user


def delete_avatar(store: Store, call: Call) -> tuple[int, Any]:
    user = _user(store, call, call.path_params["user_id"])
    user.update(avatar_url=None, date_modified=NOW)
    return 200, user


def link_identity(store: Store, call: Call) -> tuple[int, Any]:
    user = _user(store, call, call.path_params["user_id"])
    user[f"{call.body['provider']}_profile"] = {
        "id": _account(call.body["token"]),
        "username": user["username"],
    }
    return 200, user


def identify(store: Store, call: Call) -> tuple[int, Any]:
    """The user a provider token belongs to: the one it was linked to, or a new unapproved user."""
    profile, account = f"{call.body['provider']}_profile", _account(call.body["token"])
    for user in store.items(_users(call)).values():
        if (user.get(profile) or {}).get("id") == account:
            return 200, {"resolution": "matched", "user": user}
    username = call.body.get("username") or f"{call.body['provider']}-{account[:8]}"
    given = {"username": username, "email": call.body.get("email") or f"{username}@example.com"}
    new = {**given, "role": "UNAPPROVED", "company_id": call.path_params["company_id"]}
    user = store.insert(
        _users(call), store.model("createUser", {**new, profile: {"id": account, "username": username}})
    )
    return 200, {"resolution": "created", "user": user}


def lookup_user(store: Store, call: Call) -> tuple[int, Any]:
    """Every company's user with this email, or with this provider account (`discord_id`...) linked."""
    wanted = {name: values[0] for name, values in call.query.items() if values}
    email = wanted.pop("email", None)
    found = []
    for company in store.items("/api/v1/companies").values():
        for user in store.items(f"/api/v1/companies/{company['id']}/users").values():
            linked = any(
                (user.get(f"{name.removesuffix('_id')}_profile") or {}).get("id") == value
                for name, value in wanted.items()
            )
            if linked or (email is not None and user["email"] == email):
                where = {"company_id": company["id"], "company_name": company["name"]}
                found.append({**where, "user_id": user["id"], "role": user["role"]})
    return 200, found


def _account(token: str) -> str:
    """A stable account id for a provider token (the token itself is a secret and is not kept)."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]


def unlink_identity(store: Store, call: Call) -> tuple[int, Any]:
    user = _user(store, call, call.path_params["user_id"])
    user[f"{call.path_params['provider']}_profile"] = None
    return 200, user


# -- assets ------------------------------------------------------------------------------------------


def upload_asset(store: Store, call: Call) -> tuple[int, Any]:
    """Keep an uploaded file's description under its parent (the fake keeps no file contents)."""
    collection = call.path.removesuffix("/upload")
    filename = call.body.get("filename") or "upload.bin"
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    kind = mime.split("/")[0] if mime.split("/")[0] in ("image", "text", "audio", "video") else "document"
    parents = {
        name: call.path_params.get(name) for name in ("campaign_id", "book_id", "chapter_id", "character_id")
    }
    given = {
        **parents,
        "asset_type": kind,
        "mime_type": mime,
        "original_filename": filename,
        "company_id": call.path_params["company_id"],
        "uploaded_by_id": call.headers.get("on-behalf-of"),
        "user_parent_id": call.path_params.get("user_id"),
    }
    asset = store.model("uploadUserAsset", given)
    asset["public_url"] = f"https://cdn.example.com/{asset['id']}/{filename}"
    return 201, store.insert(collection, asset)


# -- developers and keys ----------------------------------------------------------------------------


def developer_me(store: Store, call: Call) -> tuple[int, Any]:
    me = _me(store)
    if call.body:
        me.update(call.body, date_modified=NOW)
    return 200, me


def new_key(store: Store, call: Call) -> tuple[int, Any]:
    """A fresh key the fake accepts from now on (the old one keeps working, unlike on the server)."""
    if "developer_id" in call.path_params:
        developer = store.find("/api/v1/admin/developers", call.path_params["developer_id"], "Developer")
    else:
        developer = _me(store)
    key = f"vk_fake_{store.new_id().replace('-', '')}"
    admin = bool(developer.get("is_global_admin"))
    store.api_keys[key] = admin
    answer = {**developer, "api_key": key, "key_generated": NOW, "is_global_admin": str(admin)}
    return 201, store.shape(call.operation, answer)


def _me(store: Store) -> dict[str, Any]:
    developers = store.items("/api/v1/developers")
    if not developers:
        me = {"username": "fake-developer", "email": "developer@example.com", "is_global_admin": True}
        store.insert("/api/v1/developers", store.model("getDeveloperMe", me))
    return next(iter(developers.values()))


# -- campaigns --------------------------------------------------------------------------------


def renumber(store: Store, call: Call) -> tuple[int, Any]:
    """Move a book or chapter to a number; its siblings close the gap and make room."""
    collection, item_id, _ = call.path.rsplit("/", 2)
    siblings = store.items(collection)
    item = store.find(collection, item_id, "Book" if collection.endswith("/books") else "Chapter")
    ordered = sorted((other for other in siblings.values() if other is not item), key=lambda i: i["number"])
    ordered.insert(min(call.body["number"], len(ordered) + 1) - 1, item)
    for number, each in enumerate(ordered, 1):
        each["number"] = number
    item["date_modified"] = NOW
    return 200, item


# -- characters and traits -----------------------------------------------------------------------


def create_character(store: Store, call: Call) -> tuple[int, Any]:
    body = dict(call.body)
    store.find(f"{_base(call)}/campaigns", body["campaign_id"], "Campaign")
    traits = body.pop("traits", [])
    for kind in ("vampire", "werewolf"):
        if body.get(f"{kind}_attributes"):
            body[f"{kind}_attributes"] = _named_attributes(store, kind, body[f"{kind}_attributes"])
    return 201, new_character(store, _base(call), body, call.headers.get("on-behalf-of"), traits)


def new_character(
    store: Store,
    base: str,
    given: dict[str, Any],
    creator: str | None,
    traits: Iterable[dict[str, Any]],
    *,
    keep: bool = True,
) -> dict[str, Any]:
    """A character (kept in the company unless `keep` is false) holding `traits`."""
    given = {
        "type": "PLAYER",
        "status": "ALIVE",
        "user_player_id": creator,
        **given,
        "company_id": base.rsplit("/", 1)[1],
    }
    if given.get("concept_id"):
        given["concept_name"] = store.find(f"{CATALOG}/concepts", given["concept_id"], "Concept")["name"]
    character = store.model("createCharacter", {"user_creator_id": creator, **given})
    if keep:
        store.insert(f"{base}/characters", character)
        held = f"{base}/characters/{character['id']}/traits"
        for trait in traits:
            _assign(store, held, character, trait)
    return character


def class_attributes(store: Store, character_class: str, details: dict[str, Any]) -> dict[str, Any]:
    """The class attributes of a new character from names (a clan, a tribe) or plain values."""

    def named(kind: str, name: str) -> dict[str, str]:
        found = next(e for e in store.items(f"{CATALOG}/{kind}").values() if e["name"] == name)
        return {"id": found["id"], "name": found["name"]}

    if character_class == "VAMPIRE":
        clan = named("vampire-clans", details["clan"])
        return {
            "vampire_attributes": {
                "clan_id": clan["id"],
                "clan_name": clan["name"],
                "generation": details["generation"],
            }
        }
    if character_class == "WEREWOLF":
        tribe, auspice = (
            named("werewolf-tribes", details["tribe"]),
            named("werewolf-auspices", details["auspice"]),
        )
        attributes = {
            "tribe_id": tribe["id"],
            "tribe_name": tribe["name"],
            "auspice_id": auspice["id"],
            "auspice_name": auspice["name"],
        }
        return {"werewolf_attributes": attributes}
    return {f"{character_class.lower()}_attributes": details}


def starting_traits(store: Store, character: dict[str, Any]) -> list[dict[str, Any]]:
    """Every attribute at 1 to 4, three skills at 1 to 3 and, for the four powered classes, two powers."""
    traits = [t for t in store.items(f"{CATALOG}/traits").values() if _fits(t, character)]
    attributes = [t for t in traits if t["sheet_section_name"] == "Attributes"]
    skills = store.random.sample([t for t in traits if t["sheet_section_name"] == "Skills"], 3)
    powers = [t for t in traits if t["sheet_section_name"] == "Powers"][:2]
    return [
        *({"trait_id": t["id"], "value": store.random.randint(1, 4)} for t in attributes),
        *({"trait_id": t["id"], "value": store.random.randint(1, 3)} for t in skills),
        *({"trait_id": t["id"], "value": store.random.randint(1, 2)} for t in powers),
    ]


def assign_trait(store: Store, call: Call) -> tuple[int, Any]:
    return 201, _assign(store, _held(call), _character(store, call), call.body)


def bulk_assign(store: Store, call: Call) -> tuple[int, Any]:
    character, succeeded, failed = _character(store, call), [], []
    for item in call.body:
        try:
            succeeded.append(
                {
                    "trait_id": item["trait_id"],
                    "character_trait": _assign(store, _held(call), character, item),
                }
            )
        except Problem as problem:
            failed.append({"trait_id": item["trait_id"], "error": problem.reason})
    return 200, {"succeeded": succeeded, "failed": failed}


def create_custom_trait(store: Store, call: Call) -> tuple[int, Any]:
    character = _character(store, call)
    body = {name: value for name, value in call.body.items() if name != "currency"}
    category = store.find(f"{CATALOG}/categories", body["category_id"], "Trait category")
    trait = store.model(
        "getCharacterBlueprintTrait",
        {
            "max_value": 5,
            "initial_cost": category["initial_cost"],
            "upgrade_cost": category["upgrade_cost"],
            "show_when_zero": True,
            **body,
            "category_name": category["name"],
            "sheet_section_id": category["sheet_section_id"],
            "sheet_section_name": category["sheet_section_name"],
            "custom_for_character_id": character["id"],
            "character_classes": [character["character_class"]],
            "game_versions": [character["game_version"]],
        },
    )
    held = store.model(
        "getCharacterTrait",
        {
            "character_id": character["id"],
            "value": min(max(trait["min_value"], 1), trait["max_value"]),
            "trait": trait,
        },
    )
    return 201, store.insert(_held(call), held)


def modify_trait_value(store: Store, call: Call) -> tuple[int, Any]:
    held = store.find(_held(call), call.path_params["character_trait_id"], "Character trait")
    _check_value(held["trait"], call.body["target_value"], "target_value")
    held.update(value=call.body["target_value"], date_modified=NOW)
    return 200, held


def trait_value_options(store: Store, call: Call) -> tuple[int, Any]:
    held = store.find(_held(call), call.path_params["character_trait_id"], "Character trait")
    character, trait, current = _character(store, call), held["trait"], held["value"]
    points = character["starting_points"]
    player = store.items(f"{_base(call)}/users").get(character["user_player_id"] or "")
    xp = _experience(player, character["campaign_id"], store)["xp_current"] if player else 0
    options = {}
    for value in range(trait["min_value"], trait["max_value"] + 1):
        if value == current:
            continue
        change = sum(
            level * trait["upgrade_cost"] for level in range(min(value, current) + 1, max(value, current) + 1)
        )
        change = change if value > current else -change
        options[str(value)] = {
            "direction": "increase" if value > current else "decrease",
            "point_change": change,
            "can_use_xp": xp >= change,
            "xp_after": xp - change,
            "can_use_starting_points": points >= change,
            "starting_points_after": points - change,
        }
    body = {"name": trait["name"], "current_value": current, "trait": trait, "xp_current": xp}
    return 200, {**body, "starting_points_current": points, "options": options}


def full_sheet(store: Store, call: Call) -> tuple[int, Any]:
    character = _character(store, call)
    sections = _sheet(store, call, character)
    return 200, store.shape("getCharacterFullSheet", {"sections": sections, "character": character})


def full_sheet_category(store: Store, call: Call) -> tuple[int, Any]:
    categories = [c for s in _sheet(store, call, _character(store, call)) for c in s["categories"]]
    wanted = call.path_params["category_id"]
    category = next((c for c in categories if c["id"] == wanted), None)
    if category is None:
        raise Problem.not_found("Trait category")
    return 200, category


def _sheet(store: Store, call: Call, character: dict[str, Any]) -> list[dict[str, Any]]:
    """Sections > categories > subcategories of the catalog that fit the class, with the traits held."""
    catalog = {
        kind: [entry for entry in store.items(f"{CATALOG}/{kind}").values() if _fits(entry, character)]
        for kind in ("sections", "categories", "subcategories", "traits")
    }
    held = list(store.items(_held(call)).values())
    held_ids = {h["trait"]["id"] for h in held}
    available = call.query_value("include_available_traits") == "true"

    def contents(category_id: str, subcategory_id: str | None) -> dict[str, Any]:
        mine = [
            h
            for h in held
            if (h["trait"]["category_id"], h["trait"]["subcategory_id"]) == (category_id, subcategory_id)
        ]
        free = [
            t
            for t in catalog["traits"]
            if (t["category_id"], t["subcategory_id"]) == (category_id, subcategory_id)
            and t["id"] not in held_ids
        ]
        return {"character_traits": mine, "available_traits": free if available else []}

    def category(entry: dict[str, Any]) -> dict[str, Any]:
        subcategories = [
            {**s, **contents(entry["id"], s["id"])}
            for s in catalog["subcategories"]
            if s["category_id"] == entry["id"]
        ]
        return {**entry, **contents(entry["id"], None), "subcategories": subcategories}

    categories = sorted(catalog["categories"], key=_order)
    return [
        {**section, "categories": [category(c) for c in categories if c["sheet_section_id"] == section["id"]]}
        for section in sorted(catalog["sections"], key=_order)
    ]


def _assign(store: Store, collection: str, character: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    trait = store.find(f"{CATALOG}/traits", item["trait_id"], "Trait")
    if any(held["trait"]["id"] == trait["id"] for held in store.items(collection).values()):
        raise Problem.invalid(("trait_id", f"{trait['name']} is already assigned to this character"))
    _check_value(trait, item.get("value", 0), "value")
    held = store.model(
        "getCharacterTrait", {"character_id": character["id"], "value": item.get("value", 0), "trait": trait}
    )
    return store.insert(collection, held)


def _check_value(trait: dict[str, Any], value: int, field: str) -> None:
    if not trait["min_value"] <= value <= trait["max_value"]:
        bounds = f"{trait['min_value']} and {trait['max_value']}"
        raise Problem.invalid((field, f"{trait['name']} must be between {bounds}"))


def _named_attributes(store: Store, kind: str, attributes: dict[str, Any]) -> dict[str, Any]:
    """Class attributes as stored: with the names of the clan, tribe or auspice they point at."""
    named = dict(attributes)
    lookups = {
        "vampire": (("clan", "vampire-clans"),),
        "werewolf": (("tribe", "werewolf-tribes"), ("auspice", "werewolf-auspices")),
    }
    for field, catalog in lookups[kind]:
        if named.get(f"{field}_id"):
            entry = store.items(f"{CATALOG}/{catalog}").get(named[f"{field}_id"])
            if entry is None:
                raise Problem.invalid((f"{kind}_attributes.{field}_id", f"No {field} with this id"))
            named[f"{field}_name"] = entry["name"]
    return named


# -- generated characters --------------------------------------------------------------------------


def autogenerate(store: Store, call: Call) -> tuple[int, Any]:
    return 201, _generated(store, call, keep=True)


def start_chargen(store: Store, call: Call) -> tuple[int, Any]:
    campaign_id = _campaign_from_query(store, call)
    choices = [_generated(store, call, keep=False) for _ in range(3)]
    session = {
        "user_id": call.headers.get("on-behalf-of", ""),
        "campaign_id": campaign_id,
        "characters": choices,
    }
    session = store.model(
        "startChargenSession", {**session, "expires_at": "2026-11-22T23:37:35Z", "requires_selection": True}
    )
    return 201, store.insert(_sessions(call), session)


def finalize_chargen(store: Store, call: Call) -> tuple[int, Any]:
    session = store.find(_sessions(call), call.body["session_id"], "Chargen session")
    chosen = next((c for c in session["characters"] if c["id"] == call.body["selected_character_id"]), None)
    if chosen is None:
        raise Problem.invalid(("selected_character_id", "Not one of this session's characters"))
    del store.items(_sessions(call))[session["id"]]
    store.insert(f"{_base(call)}/characters", chosen)
    for trait in starting_traits(store, chosen):
        _assign(store, f"{_base(call)}/characters/{chosen['id']}/traits", chosen, trait)
    return 201, chosen


def list_chargen_sessions(store: Store, call: Call) -> tuple[int, Any]:
    return 200, list(store.items(_sessions(call)).values())


def get_chargen_session(store: Store, call: Call) -> tuple[int, Any]:
    return 200, store.find(_sessions(call), call.path_params["session_id"], "Chargen session")


def _generated(store: Store, call: Call, *, keep: bool) -> dict[str, Any]:
    body = call.body or {}
    character_class = body.get("character_class") or store.random.choice(_AUTOGEN_CLASSES)
    given = {
        "name_first": store.random.choice(_FIRST_NAMES),
        "name_last": store.random.choice(_LAST_NAMES),
        "character_class": character_class,
        "game_version": "V5",
        "type": body.get("character_type", "PLAYER"),
        "campaign_id": _campaign_from_query(store, call),
        "concept_id": body.get("concept_id"),
    }
    acting = call.headers.get("on-behalf-of")
    return new_character(
        store, _base(call), given, acting, starting_traits(store, given) if keep else (), keep=keep
    )


# -- dice -------------------------------------------------------------------------------------


def create_roll(store: Store, call: Call) -> tuple[int, Any]:
    return 201, record_roll(store, _base(call), call.headers.get("on-behalf-of"), call.body)


def quick_roll(store: Store, call: Call) -> tuple[int, Any]:
    body = call.body
    pools = (store.items(f"{_users(call)}/{user}/quickrolls") for user in store.items(_users(call)))
    pool = next((found for saved in pools if (found := saved.get(body["quickroll_id"]))), None)
    if pool is None:
        raise Problem.not_found("Quick roll")
    character = store.find(f"{_base(call)}/characters", body["character_id"], "Character")
    held = store.items(f"{_base(call)}/characters/{character['id']}/traits").values()
    num_dice = sum(h["value"] for h in held if h["trait"]["id"] in pool["trait_ids"])
    roll = {
        **{name: body[name] for name in ("comment", "difficulty", "num_desperation_dice") if name in body},
        "num_dice": max(num_dice, 1),
        "trait_ids": pool["trait_ids"],
        "character_id": character["id"],
        "campaign_id": character["campaign_id"],
    }
    return 201, record_roll(store, _base(call), call.headers.get("on-behalf-of"), roll)


def record_roll(store: Store, base: str, user_id: str | None, body: dict[str, Any]) -> dict[str, Any]:
    """Roll the dice (from the store's seeded random source) and keep the roll."""
    size, difficulty = body.get("dice_size", 10), body.get("difficulty")
    player = [store.random.randint(1, size) for _ in range(body.get("num_dice", 1))]
    desperation = [store.random.randint(1, size) for _ in range(body.get("num_desperation_dice", 0))]
    dice = player + desperation
    if size == 10 and difficulty is not None:
        successes = sum(d >= difficulty for d in dice)
        tens = dice.count(10)
        total: int | None = successes + 2 * (tens // 2)
        kind = (
            "BOTCH"
            if not successes and 1 in dice
            else "FAILURE"
            if not successes
            else "CRITICAL"
            if tens >= 2
            else "SUCCESS"
        )
        humanized = _HUMANIZED[kind]
    else:
        total, kind, humanized = sum(dice), "OTHER", f"Total {sum(dice)}"

    rolls = {"total_dice_roll": dice, "player_roll": player, "desperation_roll": desperation}
    result = {
        "total_result": total,
        "total_result_type": kind,
        "total_result_humanized": humanized,
        "total_dice_roll": dice,
        "player_roll": player,
        "desperation_roll": desperation,
        **{f"{name}_shortcode": " ".join(f":d{size}_{d}:" for d in r) for name, r in rolls.items()},
        **{f"{name}_emoji": "\N{GAME DIE}" * len(r) for name, r in rolls.items()},
    }
    given = {
        "dice_size": size,
        "num_dice": len(player),
        **body,
        "user_id": user_id,
        "company_id": base.rsplit("/", 1)[1],
    }
    return store.insert(f"{base}/dicerolls", store.model("createDiceRoll", {**given, "result": result}))


def _statistics(field: str | None) -> Rule:
    """Roll statistics over the company's rolls, or those of one user, character or campaign."""

    def rule(store: Store, call: Call) -> tuple[int, Any]:
        rolls = [
            r
            for r in store.items(f"{_base(call)}/dicerolls").values()
            if field is None or r[field] == call.path_params[field]
        ]
        kinds = [r["result"]["total_result_type"] for r in rolls if r["result"]]
        count = {kind: kinds.count(kind) for kind in ("BOTCH", "SUCCESS", "FAILURE", "CRITICAL")}

        def share(kind: str) -> float:
            return round(100 * count[kind] / len(rolls), 2) if rolls else 0.0

        difficulties = [r["difficulty"] for r in rolls if r["difficulty"] is not None]
        return 200, {
            "botches": count["BOTCH"],
            "successes": count["SUCCESS"],
            "failures": count["FAILURE"],
            "criticals": count["CRITICAL"],
            "total_rolls": len(rolls),
            "criticals_percentage": share("CRITICAL"),
            "success_percentage": share("SUCCESS"),
            "failure_percentage": share("FAILURE"),
            "botch_percentage": share("BOTCH"),
            "average_difficulty": sum(difficulties) / len(difficulties) if difficulties else None,
            "average_pool": sum(r["num_dice"] for r in rolls) / len(rolls) if rolls else None,
        }

    return rule


# -- the system -------------------------------------------------------------------------------------


def options(store: Store, call: Call) -> tuple[int, Any]:
    """The server's enumerations by category, with links to the catalog endpoints."""
    groups = {
        "users": ("UserRole",),
        "characters": (
            "CharacterClass",
            "CharacterType",
            "CharacterStatus",
            "GameVersion",
            "InventoryItemType",
        ),
        "gameplay": ("DiceSize", "TraitModifyCurrency"),
        "assets": ("AssetType",),
    }
    catalog = f"{_base(call)}/characterblueprint"
    answer: dict[str, Any] = {
        group: {name: [member.value for member in getattr(_enums, name)] for name in names}
        for group, names in groups.items()
    }
    answer["characters"]["_related"] = {"traits": f"{catalog}/traits", "concepts": f"{catalog}/concepts"}
    return 200, answer


_LOG = (
    ("INFO", "vapi.server", "Application startup complete"),
    ("WARNING", "vapi.ratelimit", "Burst limit reached for one API key"),
    ("ERROR", "vapi.storage", "Upload to the asset store timed out; retried"),
    ("INFO", "vapi.access", "GET /api/v1/health 200"),
)


def server_logs(store: Store, call: Call) -> tuple[int, Any]:
    """The newest log lines, at or above `level`, at most `limit` of them."""
    levels = ["TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
    level = (call.query_value("level") or "TRACE").upper()
    if level not in levels:
        raise Problem.invalid(("level", f"Input should be one of {', '.join(levels)}"))
    floor = levels.index(level)
    lines = [
        {"timestamp": NOW, "level": level, "name": name, "message": message}
        for level, name, message in _LOG
        if levels.index(level) >= floor
    ]
    return 200, lines[-int(call.query_value("limit") or 100) :]


def health(store: Store, call: Call) -> tuple[int, Any]:
    return 200, {
        "database_status": "online",
        "cache_status": "online",
        "database_latency_ms": 0.8,
        "cache_latency_ms": 0.2,
        "uptime": "3 days, 4:05:06",
        "version": SERVER_VERSION,
    }


# -- pieces -----------------------------------------------------------------------------------------


def _base(call: Call) -> str:
    return f"/api/v1/companies/{call.path_params['company_id']}"


def _users(call: Call) -> str:
    return f"{_base(call)}/users"


def _user(store: Store, call: Call, user_id: str) -> dict[str, Any]:
    return store.find(_users(call), user_id, "User")


def _character(store: Store, call: Call) -> dict[str, Any]:
    return store.find(f"{_base(call)}/characters", call.path_params["character_id"], "Character")


def _held(call: Call) -> str:
    return f"{_base(call)}/characters/{call.path_params['character_id']}/traits"


def _sessions(call: Call) -> str:
    return f"{_base(call)}/characters/chargen/sessions"


def _campaign_from_query(store: Store, call: Call) -> str:
    campaign_id = call.query_value("campaign_id") or ""
    return store.find(f"{_base(call)}/campaigns", campaign_id, "Campaign")["id"]  # type: ignore[no-any-return]


def _fits(entry: dict[str, Any], character: dict[str, Any]) -> bool:
    classes = entry.get("character_classes") or []
    return not classes or character["character_class"] in classes


def _order(entry: dict[str, Any]) -> int:
    return entry["order"]  # type: ignore[no-any-return]


RULES: dict[str, Rule] = {
    "createCompany": create_company,
    "listUnapprovedUsers": unapproved_users,
    "approveUser": approve_user,
    "denyUser": deny_user,
    "mergeUsers": merge_users,
    "getCampaignExperience": campaign_experience,
    "addXp": _change_experience("xp_current", "lifetime_xp", 1),
    "removeXp": _change_experience("xp_current", None, -1),
    "addCpToCampaignExperience": _change_experience("cool_points", "lifetime_cool_points", 1),
    "renumberCampaignBook": renumber,
    "renumberCampaignChapter": renumber,
    "createCharacter": create_character,
    "assignTraitToCharacter": assign_trait,
    "bulkAssignTraitsToCharacter": bulk_assign,
    "createCustomTrait": create_custom_trait,
    "modifyTraitValue": modify_trait_value,
    "getTraitValueOptions": trait_value_options,
    "getCharacterFullSheet": full_sheet,
    "getCharacterFullSheetCategory": full_sheet_category,
    "autogenerateCharacter": autogenerate,
    "startChargenSession": start_chargen,
    "finalizeChargenSession": finalize_chargen,
    "listChargenSessions": list_chargen_sessions,
    "getChargenSession": get_chargen_session,
    "createDiceRoll": create_roll,
    "createQuickRoll": quick_roll,
    "getCompanyStatistics": _statistics(None),
    "getUserStatistics": _statistics("user_id"),
    "getCharacterStatistics": _statistics("character_id"),
    "getCampaignStatistics": _statistics("campaign_id"),
    "checkSystemHealth": health,
    "getCompanyOptions": options,
    "globalAdminTailServerLogs": server_logs,
    **{
        f"upload{parent}Asset": upload_asset
        for parent in ("Campaign", "Book", "Chapter", "Character", "User")
    },
    "setUserAvatar": set_avatar,
    "deleteUserAvatar": delete_avatar,
    "linkUserIdentity": link_identity,
    "identifyUser": identify,
    "lookupUser": lookup_user,
    "unlinkUserIdentity": unlink_identity,
    "getDeveloperMe": developer_me,
    "updateDeveloperMe": developer_me,
    "regenerateDeveloperMeApiKey": new_key,
    "globalAdminCreateDeveloperApiKey": new_key,
}
"""Operations answered by a rule; every other one is stored (collections) or shaped (actions)."""
