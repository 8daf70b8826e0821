"""Characters: made with their class attributes named from the catalog, and starting traits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._store import CATALOG, Problem, Store
from ._common import STORYTELLERS, Call, Check, Rule, acting_user, catalog, character, company_path, fits
from ._settings import may_manage_npcs
from ._traits import assign


def create_character(store: Store, call: Call) -> tuple[int, Any]:
    body = dict(call.body)
    store.find(f"{company_path(call)}/campaigns", body["campaign_id"], "Campaign")
    traits = body.pop("traits", [])
    for kind in ("vampire", "werewolf"):
        if body.get(f"{kind}_attributes"):
            body[f"{kind}_attributes"] = _named_attributes(store, kind, body[f"{kind}_attributes"])
    return 201, new_character(store, company_path(call), body, call.acting_user_id, traits)


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
    made = store.model("createCharacter", {"user_creator_id": creator, **given})
    if keep:
        store.insert(f"{base}/characters", made)
        held = f"{base}/characters/{made['id']}/traits"
        for trait in traits:
            assign(store, held, made, trait)
    return made


def class_attributes(store: Store, character_class: str, details: dict[str, Any]) -> dict[str, Any]:
    """The class attributes of a new character from names (a clan, a tribe) or plain values."""

    def named(kind: str, name: str) -> dict[str, str]:
        found = next(e for e in catalog(store, kind).values() if e["name"] == name)
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


def starting_traits(store: Store, made: dict[str, Any]) -> list[dict[str, Any]]:
    """Every attribute at 1 to 4, three skills at 1 to 3 and, for the four powered classes, two powers."""
    traits = [t for t in catalog(store, "traits").values() if fits(t, made)]
    attributes = [t for t in traits if t["sheet_section_name"] == "Attributes"]
    skills = store.random.sample([t for t in traits if t["sheet_section_name"] == "Skills"], 3)
    powers = [t for t in traits if t["sheet_section_name"] == "Powers"][:2]
    return [
        *({"trait_id": t["id"], "value": store.random.randint(1, 4)} for t in attributes),
        *({"trait_id": t["id"], "value": store.random.randint(1, 3)} for t in skills),
        *({"trait_id": t["id"], "value": store.random.randint(1, 2)} for t in powers),
    ]


def _named_attributes(store: Store, kind: str, attributes: dict[str, Any]) -> dict[str, Any]:
    """Class attributes as stored: with the names of the clan, tribe or auspice they point at."""
    named = dict(attributes)
    lookups = {
        "vampire": (("clan", "vampire-clans"),),
        "werewolf": (("tribe", "werewolf-tribes"), ("auspice", "werewolf-auspices")),
    }
    for field, kind_of in lookups[kind]:
        if named.get(f"{field}_id"):
            entry = catalog(store, kind_of).get(named[f"{field}_id"])
            if entry is None:
                raise Problem.invalid((f"{kind}_attributes.{field}_id", f"No {field} with this id"))
            named[f"{field}_name"] = entry["name"]
    return named


def player_or_storyteller(store: Store, call: Call) -> None:
    """Changing a character takes its player, or a storyteller or admin (an NPC: by the company's setting)."""
    acting, target = acting_user(store, call), character(store, call)
    if target["type"] == "NPC":
        allowed = may_manage_npcs(store, call, acting)
    else:
        allowed = acting["role"] in STORYTELLERS or target["user_player_id"] == acting["id"]
    if not allowed:
        raise Problem.forbidden()


RULES: dict[str, Rule] = {"createCharacter": create_character}
PLAYER_OR_STORYTELLER = (
    "updateCharacter",
    "deleteCharacter",
    "createCharacterInventoryItem",
    "updateCharacterInventoryItem",
    "deleteCharacterInventoryItem",
    "uploadCharacterAsset",
    "deleteCharacterAsset",
)
CHECKS: dict[str, Check] = dict.fromkeys(PLAYER_OR_STORYTELLER, player_or_storyteller)
