"""Company settings that widen or narrow what each role may do, enforced where the server enforces them.

The defaults are the server's: anyone may manage campaigns and NPCs, grant experience and change
traits at no cost. A company that says STORYTELLER (or PLAYER, or WITHIN_24_HOURS) gets the server's 403s.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .._store import Problem, Store
from ._common import STORYTELLERS, Call, Check, acting_user, character

DEFAULTS = {
    "character_autogen_xp_cost": 10,
    "character_autogen_num_choices": 3,
    "character_autogen_starting_points": 0,
    "permission_manage_campaign": "UNRESTRICTED",
    "permission_manage_npc": "UNRESTRICTED",
    "permission_grant_xp": "UNRESTRICTED",
    "permission_free_trait_changes": "UNRESTRICTED",
    "permission_recoup_xp": "DENIED",
}


def with_defaults(company: dict[str, Any], given: dict[str, Any] | None) -> dict[str, Any]:
    """A new company with the settings it was `given`, and the server's defaults for the rest."""
    chosen = {name: value for name, value in (given or {}).items() if value is not None}
    company["settings"] = {"id": company["settings"]["id"], **DEFAULTS, **chosen}
    return company


def setting(store: Store, call: Call, name: str) -> Any:
    company = store.items("/api/v1/companies").get(call.path_params["company_id"]) or {}
    return (company.get("settings") or {}).get(name, DEFAULTS[name])


def manages_campaigns(store: Store, call: Call) -> None:
    """`permission_manage_campaign`: campaigns, books, chapters and their assets are changed by whom."""
    acting = acting_user(store, call)
    if (
        setting(store, call, "permission_manage_campaign") == "STORYTELLER"
        and acting["role"] not in STORYTELLERS
    ):
        raise Problem.forbidden()


def may_manage_npcs(store: Store, call: Call, acting: dict[str, Any]) -> bool:
    """`permission_manage_npc`: storytellers always may; the others unless the company says STORYTELLER."""
    return acting["role"] in STORYTELLERS or setting(store, call, "permission_manage_npc") != "STORYTELLER"


def makes_npcs(store: Store, call: Call) -> None:
    """Creating a character as an NPC, or turning one into an NPC, takes the right to manage NPCs."""
    npc = isinstance(call.body, dict) and call.body.get("type") == "NPC"
    if npc and not may_manage_npcs(store, call, acting_user(store, call)):
        raise Problem.forbidden()


def manages_traits(store: Store, call: Call) -> None:
    """Changing a character's traits: storytellers, the player who owns it, anyone for an NPC (by setting).

    At no cost, a player's own character also needs `permission_free_trait_changes`.
    """
    acting, target = acting_user(store, call), character(store, call)
    if acting["role"] in STORYTELLERS:
        return
    if target["type"] == "NPC":
        if not may_manage_npcs(store, call, acting):
            raise Problem.forbidden("User does not own this character")
        return
    if target["user_player_id"] != acting["id"]:
        raise Problem.forbidden("User does not own this character")
    if target["type"] == "PLAYER" and _at_no_cost(call) and not _free_changes(store, call, target):
        raise Problem.forbidden()


def grants_experience(store: Store, call: Call) -> None:
    """`permission_grant_xp`: who may add or remove experience and cool points for whom."""
    acting, allowed = acting_user(store, call), setting(store, call, "permission_grant_xp")
    if allowed == "UNRESTRICTED" or acting["role"] in STORYTELLERS:
        return
    if allowed == "PLAYER" and acting["id"] == call.path_params["user_id"]:
        return
    raise Problem.forbidden("User not authorized to grant or remove XP for this user")


def _at_no_cost(call: Call) -> bool:
    """Whether the change is paid with nothing (a bulk assignment is checked as a whole, as on the server)."""
    if call.operation == "bulkAssignTraitsToCharacter":
        return True
    if call.operation == "deleteCharacterTrait":
        return False
    return bool((call.body or {}).get("currency", "NO_COST") == "NO_COST")


def _free_changes(store: Store, call: Call, target: dict[str, Any]) -> bool:
    allowed = setting(store, call, "permission_free_trait_changes")
    if allowed == "WITHIN_24_HOURS":
        made = datetime.fromisoformat(target["date_created"])
        return made + timedelta(days=1) > store.now()
    return bool(allowed == "UNRESTRICTED")


CRUD = ("create", "update", "delete")
CAMPAIGN_CHANGES = (
    *(f"{verb}{thing}" for thing in ("Campaign", "CampaignBook", "CampaignChapter") for verb in CRUD),
    "renumberCampaignBook",
    "renumberCampaignChapter",
    *(f"{verb}{thing}Asset" for thing in ("Campaign", "Book", "Chapter") for verb in ("upload", "delete")),
)
TRAIT_CHANGES = (
    "assignTraitToCharacter",
    "bulkAssignTraitsToCharacter",
    "createCustomTrait",
    "modifyTraitValue",
    "deleteCharacterTrait",
)
CHECKS: dict[str, Check] = {
    **dict.fromkeys(CAMPAIGN_CHANGES, manages_campaigns),
    **dict.fromkeys(TRAIT_CHANGES, manages_traits),
    **dict.fromkeys(("createCharacter", "updateCharacter"), makes_npcs),
    **dict.fromkeys(("addXp", "removeXp", "addCpToCampaignExperience"), grants_experience),
}
