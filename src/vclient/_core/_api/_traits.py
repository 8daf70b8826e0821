"""Traits as the server describes them (shared by dictionary terms, character traits and blueprints)."""

from __future__ import annotations

from datetime import datetime

from .._endpoint import Endpoint
from .._model import Model
from ._enums import TraitModifyCurrency


class TraitPower(Model):
    id: str
    level: int
    name: str | None
    description: str | None
    system: str | None
    link: str | None


class GiftAttributes(Model):
    renown: str
    cost: str | None
    duration: str | None
    minimum_renown: int | None
    is_native_gift: bool
    tribe_id: str | None
    tribe_name: str | None
    auspice_id: str | None
    auspice_name: str | None


class Trait(Model):
    id: str
    name: str
    description: str | None
    character_classes: list[str]
    game_versions: list[str]
    link: str | None
    show_when_zero: bool
    max_value: int
    min_value: int
    initial_cost: int
    upgrade_cost: int
    count_based_cost_multiplier: int | None
    is_rollable: bool
    sheet_section_id: str
    sheet_section_name: str | None
    category_id: str
    category_name: str | None
    custom_for_character_id: str | None
    subcategory_id: str | None
    subcategory_name: str | None
    pool: str | None
    opposing_pool: str | None
    system: str | None
    gift_attributes: GiftAttributes | None
    powers: list[TraitPower]
    date_created: datetime
    date_modified: datetime


class CharacterTrait(Model):
    id: str
    character_id: str
    value: int
    trait: Trait
    date_created: datetime
    date_modified: datetime


class TraitValueOption(Model):
    """What moving a trait to one value would cost, and whether it is affordable."""

    direction: str
    point_change: int
    can_use_xp: bool
    xp_after: int
    can_use_starting_points: bool
    starting_points_after: int


class TraitValueOptions(Model):
    name: str
    current_value: int
    trait: Trait
    xp_current: int
    starting_points_current: int
    options: dict[str, TraitValueOption]


class TraitModifyRequest(Model):
    target_value: int
    currency: TraitModifyCurrency


_CHARACTER_TRAIT = "/api/v1/companies/{company_id}/characters/{character_id}/traits/{character_trait_id}"

GET_TRAIT_VALUE_OPTIONS: Endpoint[TraitValueOptions] = Endpoint(
    "getTraitValueOptions", "GET", _CHARACTER_TRAIT + "/value-options", TraitValueOptions
)
MODIFY_TRAIT_VALUE: Endpoint[CharacterTrait] = Endpoint(
    "modifyTraitValue",
    "PUT",
    _CHARACTER_TRAIT + "/value",
    CharacterTrait,
    body=TraitModifyRequest,
    acting_user=True,
)
