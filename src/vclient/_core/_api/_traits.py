"""Traits as the server describes them (shared by dictionary terms, character traits and blueprints)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .._endpoint import Endpoint
from .._exceptions import RequestValidationError
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._enums import TraitModifyCurrency, TraitModifyCurrencyLike
from ._fields import Id, Name, Points


class TraitPower(Model):
    """One level of a power trait, with what it does."""

    id: str
    level: int
    name: str | None
    description: str | None
    system: str | None
    link: str | None


class GiftAttributes(Model):
    """What a werewolf gift adds to a trait: renown, cost, duration, and whether it is native."""

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
    """A trait of the catalog, with its costs, limits and, for powers, their levels."""

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
    """A trait a character holds, at its value."""

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
    """What changing a character's trait would cost, in XP and starting points, at each value."""

    name: str
    current_value: int
    trait: Trait
    xp_current: int
    starting_points_current: int
    options: dict[str, TraitValueOption]


class BulkAssignSuccess(Model):
    """A trait that a bulk assignment gave, as the character now holds it."""

    trait_id: str
    character_trait: CharacterTrait


class BulkAssignFailure(Model):
    """A trait that a bulk assignment could not give, and why."""

    trait_id: str
    error: str


class BulkAssignResult(Model):
    """What a bulk assignment did: each item either succeeded or failed, in the order given."""

    succeeded: list[BulkAssignSuccess]
    failed: list[BulkAssignFailure]


class TraitModifyRequest(Model):
    target_value: int
    currency: TraitModifyCurrencyLike


class TraitAssignment(Model, omit_defaults=True):
    """One trait to give a character at `value`, paid for in `currency` (the server's default if unset)."""

    trait_id: Id
    value: int = 0
    currency: TraitModifyCurrencyLike | Unset = UNSET


class CustomTraitCreate(Model, omit_defaults=True):
    name: Name
    category_id: Id
    currency: TraitModifyCurrencyLike
    description: str | Unset | None = UNSET
    max_value: Points | Unset = UNSET
    min_value: Points | Unset = UNSET
    show_when_zero: bool | Unset = UNSET
    is_rollable: bool | Unset = UNSET
    initial_cost: Points | Unset | None = UNSET
    upgrade_cost: Points | Unset | None = UNSET


BULK_ASSIGN_MAX = 200
"""The most items the server takes in one bulk assignment; the SDK sends larger lists in parts."""


def bulk_parts(
    items: Sequence[TraitAssignment], idempotency_key: str | None
) -> list[tuple[list[TraitAssignment], str | None]]:
    """The requests a bulk assignment takes, in order, each with its idempotency key.

    A long list goes in consecutive parts of up to 200, so balances still run down in list order.
    A given key is suffixed `-N` for part N when there is more than one part.
    """
    if isinstance(items, TraitAssignment):
        raise RequestValidationError("bulk_assign takes a list of TraitAssignment, not a single one")
    assignments = list(items)
    parts = [assignments[i : i + BULK_ASSIGN_MAX] for i in range(0, len(assignments), BULK_ASSIGN_MAX)]
    if idempotency_key is None or len(parts) < 2:
        return [(part, idempotency_key) for part in parts]
    return [(part, f"{idempotency_key}-{index}") for index, part in enumerate(parts)]


def merge_bulk_results(parts: Sequence[BulkAssignResult]) -> BulkAssignResult:
    """One result for a list sent in parts, successes and failures each kept in the order sent."""
    return BulkAssignResult(
        succeeded=[item for part in parts for item in part.succeeded],
        failed=[item for part in parts for item in part.failed],
    )


_TRAITS = "/api/v1/companies/{company_id}/characters/{character_id}/traits"
_CHARACTER_TRAIT = _TRAITS + "/{character_trait_id}"

LIST_CHARACTER_TRAITS: Endpoint[Page[CharacterTrait]] = Endpoint(
    "listCharacterTraits", "GET", _TRAITS, Page[CharacterTrait], query=(*PAGING, "category_id", "is_rollable")
)
GET_CHARACTER_TRAIT: Endpoint[CharacterTrait] = Endpoint(
    "getCharacterTrait", "GET", _CHARACTER_TRAIT, CharacterTrait
)
DELETE_CHARACTER_TRAIT: Endpoint[None] = Endpoint(
    "deleteCharacterTrait",
    "DELETE",
    _CHARACTER_TRAIT,
    None,
    query=("currency",),
    choices={"currency": TraitModifyCurrency},
    acting_user=True,
)
ASSIGN_TRAIT: Endpoint[CharacterTrait] = Endpoint(
    "assignTraitToCharacter",
    "POST",
    _TRAITS + "/assign",
    CharacterTrait,
    body=TraitAssignment,
    acting_user=True,
)
BULK_ASSIGN_TRAITS: Endpoint[BulkAssignResult] = Endpoint(
    "bulkAssignTraitsToCharacter",
    "POST",
    _TRAITS + "/bulk-assign",
    BulkAssignResult,
    body=list[TraitAssignment],
    acting_user=True,
)
CREATE_CUSTOM_TRAIT: Endpoint[CharacterTrait] = Endpoint(
    "createCustomTrait", "POST", _TRAITS + "/create", CharacterTrait, body=CustomTraitCreate, acting_user=True
)

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
