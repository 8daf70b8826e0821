"""Dice rolls (Gameplay)."""

from __future__ import annotations

from datetime import datetime

from .._endpoint import Endpoint
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._enums import CharacterType, DiceSizeLike
from ._fields import Id


class DiceRollResult(Model):
    """What a roll came to: the total, its kind (success, failure, botch, critical), and each die."""

    total_result: int | None
    total_result_type: str
    total_result_humanized: str
    total_dice_roll: list[int]
    player_roll: list[int]
    desperation_roll: list[int]
    total_dice_roll_emoji: str
    total_dice_roll_shortcode: str
    player_roll_emoji: str
    player_roll_shortcode: str
    desperation_roll_emoji: str
    desperation_roll_shortcode: str


class DiceRoll(Model):
    """A dice roll, with its pool, difficulty, result and who rolled it."""

    id: str
    date_created: datetime
    date_modified: datetime
    difficulty: int | None
    dice_size: int
    num_dice: int
    num_desperation_dice: int
    result: DiceRollResult | None
    comment: str | None
    trait_ids: list[str]
    user_id: str | None
    character_id: str | None
    campaign_id: str | None
    company_id: str


class DiceRollCreate(Model, omit_defaults=True):
    dice_size: DiceSizeLike | Unset = UNSET
    num_dice: int | Unset = UNSET
    difficulty: int | Unset | None = UNSET
    num_desperation_dice: int | Unset = UNSET
    comment: str | Unset | None = UNSET
    trait_ids: list[Id] | Unset = UNSET
    campaign_id: Id | Unset | None = UNSET
    character_id: Id | Unset | None = UNSET


class QuickRollRequest(Model, omit_defaults=True):
    quickroll_id: Id
    character_id: Id
    comment: str | Unset | None = UNSET
    difficulty: int | Unset = UNSET
    num_desperation_dice: int | Unset = UNSET


_DICEROLLS = "/api/v1/companies/{company_id}/dicerolls"

LIST_DICE_ROLLS: Endpoint[Page[DiceRoll]] = Endpoint(
    "listDiceRolls",
    "GET",
    _DICEROLLS,
    Page[DiceRoll],
    query=(*PAGING, "userid", "characterid", "campaignid", "character_type"),
    choices={"character_type": CharacterType},
    acting_user=True,
)
CREATE_DICE_ROLL: Endpoint[DiceRoll] = Endpoint(
    "createDiceRoll", "POST", _DICEROLLS, DiceRoll, body=DiceRollCreate, acting_user=True
)
CREATE_QUICK_ROLL: Endpoint[DiceRoll] = Endpoint(
    "createQuickRoll", "POST", _DICEROLLS + "/quickroll", DiceRoll, body=QuickRollRequest, acting_user=True
)
GET_DICE_ROLL: Endpoint[DiceRoll] = Endpoint(
    "getDiceRoll", "GET", _DICEROLLS + "/{diceroll_id}", DiceRoll, acting_user=True
)
