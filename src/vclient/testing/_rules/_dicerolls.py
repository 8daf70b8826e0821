"""Dice: real results from the seeded random source, quick rolls from held traits, and statistics."""

from __future__ import annotations

from typing import Any

from .._store import Problem, Store, page
from ._common import STORYTELLERS, Call, Rule, acting_user, company_path, users_path

HUMANIZED = {"CRITICAL": "Critical success", "SUCCESS": "Success", "FAILURE": "Failure", "BOTCH": "Botch"}


def create_roll(store: Store, call: Call) -> tuple[int, Any]:
    return 201, record_roll(store, company_path(call), call.acting_user_id, call.body)


def list_rolls(store: Store, call: Call) -> tuple[int, Any]:
    """The newest rolls first, filtered by user, character, campaign and the type of the character rolled for.

    Only storytellers and admins see the rolls of storyteller characters.
    """
    base, acting = company_path(call), acting_user(store, call)
    characters = store.items(f"{base}/characters")

    def kind_of(roll: dict[str, Any]) -> str | None:
        return (characters.get(roll["character_id"] or "") or {}).get("type")

    rolls = list(reversed(store.items(f"{base}/dicerolls").values()))
    kind = call.query_value("character_type")
    if kind is not None:
        rolls = [r for r in rolls if kind_of(r) == kind]
    if acting["role"] not in STORYTELLERS:
        rolls = [r for r in rolls if kind_of(r) != "STORYTELLER"]
    query = {name: values for name, values in call.query.items() if name != "character_type"}
    return 200, page(rolls, query, max_limit=100)


def quick_roll(store: Store, call: Call) -> tuple[int, Any]:
    body = call.body
    pools = (store.items(f"{users_path(call)}/{user}/quickrolls") for user in store.items(users_path(call)))
    pool = next((found for saved in pools if (found := saved.get(body["quickroll_id"]))), None)
    if pool is None:
        raise Problem.not_found("Quick roll")
    held_by = store.find(f"{company_path(call)}/characters", body["character_id"], "Character")
    held = store.items(f"{company_path(call)}/characters/{held_by['id']}/traits").values()
    num_dice = sum(h["value"] for h in held if h["trait"]["id"] in pool["trait_ids"])
    roll = {
        **{name: body[name] for name in ("comment", "difficulty", "num_desperation_dice") if name in body},
        "num_dice": max(num_dice, 1),
        "trait_ids": pool["trait_ids"],
        "character_id": held_by["id"],
        "campaign_id": held_by["campaign_id"],
    }
    return 201, record_roll(store, company_path(call), call.acting_user_id, roll)


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
            "BOTCH" if not successes and 1 in dice
            else "FAILURE" if not successes
            else "CRITICAL" if tens >= 2
            else "SUCCESS"
        )  # fmt: skip
        humanized = HUMANIZED[kind]
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
            for r in store.items(f"{company_path(call)}/dicerolls").values()
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


RULES: dict[str, Rule] = {
    "createDiceRoll": create_roll,
    "listDiceRolls": list_rolls,
    "createQuickRoll": quick_roll,
    "getCompanyStatistics": _statistics(None),
    "getUserStatistics": _statistics("user_id"),
    "getCharacterStatistics": _statistics("character_id"),
    "getCampaignStatistics": _statistics("campaign_id"),
}
