"""Generated characters: one outright (storytellers only), or a chargen session's choice (costs XP)."""

from __future__ import annotations

from typing import Any

from .._store import Problem, Store
from ._characters import new_character, starting_traits
from ._common import (
    STORYTELLERS,
    Call,
    Rule,
    acting_user,
    campaign_from_query,
    company_path,
    experience,
    require_role,
    sessions_path,
)
from ._settings import setting
from ._traits import assign

FIRST_NAMES = ("Ada", "Bastien", "Carmen", "Dmitri", "Esme", "Felix", "Greta", "Hugo", "Iris", "Jules")
LAST_NAMES = ("Ashdown", "Blackwood", "Corvin", "Delacroix", "Everly", "Fairchild", "Grimsby", "Holloway")
CLASSES = ("VAMPIRE", "WEREWOLF", "MAGE", "HUNTER", "MORTAL")


def autogenerate(store: Store, call: Call) -> tuple[int, Any]:
    require_role(store, call, *STORYTELLERS)
    return 201, _generated(store, call, keep=True)


def start_chargen(store: Store, call: Call) -> tuple[int, Any]:
    """Characters to choose from, for the company's price in XP (its settings say how many, and how much)."""
    player = acting_user(store, call)
    campaign_id = campaign_from_query(store, call)
    spent = experience(player, campaign_id, store)
    cost, choices = (setting(store, call, f"character_autogen_{name}") for name in ("xp_cost", "num_choices"))
    if spent["xp_current"] < cost:
        raise Problem.bad("User does not have enough XP to complete the action.")
    spent["xp_current"] -= cost
    made = [_generated(store, call, keep=False) for _ in range(choices)]
    session = {"user_id": player["id"], "campaign_id": campaign_id, "characters": made}
    session = store.model(
        "startChargenSession",
        {**session, "expires_at": "2026-11-22T23:37:35Z", "requires_selection": choices > 1},
    )
    return 201, store.insert(sessions_path(call), session)


def finalize_chargen(store: Store, call: Call) -> tuple[int, Any]:
    session = store.items(sessions_path(call)).get(call.body["session_id"])
    if session is None:  # finalized already, or never started
        raise Problem.invalid(("session_id", "Session not found"))
    chosen = next((c for c in session["characters"] if c["id"] == call.body["selected_character_id"]), None)
    if chosen is None:
        raise Problem.invalid(("selected_character_id", "Not one of this session's characters"))
    del store.items(sessions_path(call))[session["id"]]
    chosen["is_temporary"] = False
    store.insert(f"{company_path(call)}/characters", chosen)
    for trait in starting_traits(store, chosen):
        assign(store, f"{company_path(call)}/characters/{chosen['id']}/traits", chosen, trait)
    return 201, chosen


def list_chargen_sessions(store: Store, call: Call) -> tuple[int, Any]:
    """The acting user's open sessions (each player sees their own)."""
    mine = [s for s in store.items(sessions_path(call)).values() if s["user_id"] == call.acting_user_id]
    return 200, mine


def get_chargen_session(store: Store, call: Call) -> tuple[int, Any]:
    session = store.items(sessions_path(call)).get(call.path_params["session_id"])
    if session is None:
        raise Problem.invalid(("session_id", "Session not found or expired"))
    return 200, session


def _generated(store: Store, call: Call, *, keep: bool) -> dict[str, Any]:
    body = call.body or {}
    given = {
        "name_first": store.random.choice(FIRST_NAMES),
        "name_last": store.random.choice(LAST_NAMES),
        "character_class": body.get("character_class") or store.random.choice(CLASSES),
        "game_version": "V5",
        "type": body.get("character_type", "PLAYER"),
        "campaign_id": campaign_from_query(store, call),
        "concept_id": body.get("concept_id"),
        "is_temporary": not keep,
    }
    traits = starting_traits(store, given) if keep else ()
    return new_character(store, company_path(call), given, call.acting_user_id, traits, keep=keep)


RULES: dict[str, Rule] = {
    "autogenerateCharacter": autogenerate,
    "startChargenSession": start_chargen,
    "finalizeChargenSession": finalize_chargen,
    "listChargenSessions": list_chargen_sessions,
    "getChargenSession": get_chargen_session,
}
