"""Traits a character holds: assigning, bulk assignment, custom traits, values, and the full sheet."""

from __future__ import annotations

from typing import Any

from .._fabricate import NOW
from .._store import CATALOG, Problem, Store, page
from ._common import (
    Call,
    Rule,
    catalog,
    character,
    experience,
    fits,
    held_traits_path,
    sheet_order,
    users_path,
)


def assign(store: Store, collection: str, holder: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """Give `holder` the catalog trait `item` names, at its value (within the trait's bounds, once)."""
    trait = store.find(f"{CATALOG}/traits", item["trait_id"], "Trait")
    _check_value(trait, item.get("value", 0), "value")
    if any(held["trait"]["id"] == trait["id"] for held in store.items(collection).values()):
        detail = f"Trait named '{trait['name']}' already exists on character. Use modify trait value instead."
        raise Problem(409, "Conflict", detail)
    held = store.model(
        "getCharacterTrait", {"character_id": holder["id"], "value": item.get("value", 0), "trait": trait}
    )
    return store.insert(collection, held)


def _check_value(trait: dict[str, Any], value: int, field: str) -> None:
    if not trait["min_value"] <= value <= trait["max_value"]:
        bounds = f"{trait['min_value']} and {trait['max_value']}"
        raise Problem.invalid((field, f"{trait['name']} must be between {bounds}"))


def list_traits(store: Store, call: Call) -> tuple[int, Any]:
    character(store, call)
    held = list(store.items(held_traits_path(call)).values())
    category, rollable = call.query_value("category_id"), call.query_value("is_rollable")
    if category is not None:
        held = [h for h in held if h["trait"]["category_id"] == category]
    if rollable is not None:
        held = [h for h in held if str(h["trait"]["is_rollable"]).lower() == rollable]
    query = {name: values for name, values in call.query.items() if name in ("limit", "offset")}
    return 200, page(held, query, max_limit=100)


def assign_trait(store: Store, call: Call) -> tuple[int, Any]:
    return 201, assign(store, held_traits_path(call), character(store, call), call.body)


def bulk_assign(store: Store, call: Call) -> tuple[int, Any]:
    holder, succeeded, failed = character(store, call), [], []
    for item in call.body:
        try:
            held = assign(store, held_traits_path(call), holder, item)
        except Problem as problem:
            failed.append({"trait_id": item["trait_id"], "error": problem.reason})
        else:
            succeeded.append({"trait_id": item["trait_id"], "character_trait": held})
    return 200, {"succeeded": succeeded, "failed": failed}


def create_custom_trait(store: Store, call: Call) -> tuple[int, Any]:
    holder = character(store, call)
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
            "custom_for_character_id": holder["id"],
            "character_classes": [holder["character_class"]],
            "game_versions": [holder["game_version"]],
        },
    )
    value = min(max(trait["min_value"], 1), trait["max_value"])
    held = store.model("getCharacterTrait", {"character_id": holder["id"], "value": value, "trait": trait})
    return 201, store.insert(held_traits_path(call), held)


def modify_trait_value(store: Store, call: Call) -> tuple[int, Any]:
    held = store.find(held_traits_path(call), call.path_params["character_trait_id"], "Character trait")
    _check_value(held["trait"], call.body["target_value"], "target_value")
    held.update(value=call.body["target_value"], date_modified=NOW)
    return 200, held


def trait_value_options(store: Store, call: Call) -> tuple[int, Any]:
    held = store.find(held_traits_path(call), call.path_params["character_trait_id"], "Character trait")
    holder, trait, current = character(store, call), held["trait"], held["value"]
    points = holder["starting_points"]
    player = store.items(users_path(call)).get(holder["user_player_id"] or "")
    xp = experience(player, holder["campaign_id"], store)["xp_current"] if player else 0
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
    holder = character(store, call)
    sections = _sheet(store, call, holder)
    return 200, store.shape("getCharacterFullSheet", {"sections": sections, "character": holder})


def full_sheet_category(store: Store, call: Call) -> tuple[int, Any]:
    categories = [c for s in _sheet(store, call, character(store, call)) for c in s["categories"]]
    wanted = call.path_params["category_id"]
    category = next((c for c in categories if c["id"] == wanted), None)
    if category is None:
        raise Problem.not_found("Trait category")
    return 200, category


def _sheet(store: Store, call: Call, holder: dict[str, Any]) -> list[dict[str, Any]]:
    """Sections > categories > subcategories of the catalog that fit the class, with the traits held."""
    entries = {
        kind: [entry for entry in catalog(store, kind).values() if fits(entry, holder)]
        for kind in ("sections", "categories", "subcategories", "traits")
    }
    held = list(store.items(held_traits_path(call)).values())
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
            for t in entries["traits"]
            if (t["category_id"], t["subcategory_id"]) == (category_id, subcategory_id)
            and t["id"] not in held_ids
        ]
        return {"character_traits": mine, "available_traits": free if available else []}

    def category(entry: dict[str, Any]) -> dict[str, Any]:
        subcategories = [
            {**s, **contents(entry["id"], s["id"])}
            for s in entries["subcategories"]
            if s["category_id"] == entry["id"]
        ]
        return {**entry, **contents(entry["id"], None), "subcategories": subcategories}

    categories = sorted(entries["categories"], key=sheet_order)
    return [
        {**section, "categories": [category(c) for c in categories if c["sheet_section_id"] == section["id"]]}
        for section in sorted(entries["sections"], key=sheet_order)
    ]


RULES: dict[str, Rule] = {
    "listCharacterTraits": list_traits,
    "assignTraitToCharacter": assign_trait,
    "bulkAssignTraitsToCharacter": bulk_assign,
    "createCustomTrait": create_custom_trait,
    "modifyTraitValue": modify_trait_value,
    "getTraitValueOptions": trait_value_options,
    "getCharacterFullSheet": full_sheet,
    "getCharacterFullSheetCategory": full_sheet_category,
}
