"""Characters: the class-specific attributes, the full sheet, inventory, notes and assets."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypedDict

import msgspec

from .._endpoint import Endpoint, enum_choices
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._assets import Asset, AssetEndpoints
from ._enums import (
    CharacterClassLike,
    CharacterInclude,
    CharacterStatusLike,
    CharacterTypeLike,
    GameVersionLike,
    InventoryItemTypeLike,
)
from ._fields import Id, Label, Name, Text
from ._notes import Note, NoteEndpoints
from ._statistics import STATISTICS_QUERY, RollStatistics
from ._traits import CharacterTrait, Trait


class Specialty(Model):
    """A specialty a character concept grants."""

    id: str
    name: str
    type: str
    description: str | None


class VampireAttributes(Model):
    """A vampire's own attributes: clan, generation, sire, bane and compulsion."""

    clan_id: str | None
    clan_name: str | None
    generation: int | None
    sire: str | None
    bane_name: str | None
    bane_description: str | None
    compulsion_name: str | None
    compulsion_description: str | None


class WerewolfAttributes(Model):
    """A werewolf's own attributes: tribe, auspice and pack."""

    tribe_id: str | None
    tribe_name: str | None
    auspice_id: str | None
    auspice_name: str | None
    pack_name: str | None
    total_renown: int


class MageAttributes(Model):
    """A mage's own attributes: their sphere and tradition."""

    sphere: str | None
    tradition: str | None


class HunterAttributes(Model):
    """A hunter's own attributes: their creed."""

    creed: str | None


class Character(Model):
    """A character of a campaign, player's or storyteller's, with its class-specific attributes."""

    id: str
    name_first: str
    name_last: str
    name_nick: str | None
    name: str
    name_full: str
    character_class: str
    type: str
    game_version: str
    status: str
    starting_points: int
    age: int | None
    date_of_birth: date | None
    biography: str | None
    demeanor: str | None
    nature: str | None
    concept_id: str | None
    concept_name: str | None
    is_temporary: bool
    date_killed: datetime | None
    user_creator_id: str | None
    user_player_id: str | None
    company_id: str
    campaign_id: str
    num_inventory_items: int
    num_notes: int
    num_assets: int
    specialties: list[Specialty]
    vampire_attributes: VampireAttributes | None
    werewolf_attributes: WerewolfAttributes | None
    mage_attributes: MageAttributes | None
    hunter_attributes: HunterAttributes | None
    chapter_ids: list[str]
    date_created: datetime
    date_modified: datetime


class InventoryItem(Model):
    """An item a character carries."""

    id: str
    name: str
    description: str | None
    type: str
    character_id: str
    date_created: datetime
    date_modified: datetime


class CharacterDetail(Character):
    """A character with the child collections asked for with `include=`; the others stay empty."""

    traits: list[CharacterTrait] = msgspec.field(default_factory=list)
    inventory: list[InventoryItem] = msgspec.field(default_factory=list)
    notes: list[Note] = msgspec.field(default_factory=list)
    assets: list[Asset] = msgspec.field(default_factory=list)


# -- the full character sheet: sections > categories > subcategories > traits --------------------


class FullSheetTrait(Model):
    """A trait the character has, with its value."""

    id: str
    value: int
    character_id: str
    trait: Trait


class FullSheetSubcategory(Model):
    """A subcategory of a full sheet's category, with the character's traits in it."""

    id: str
    name: str
    description: str | None
    initial_cost: int
    upgrade_cost: int
    show_when_empty: bool
    requires_parent: bool
    pool: str | None
    system: str | None
    hunter_edge_type: str | None
    character_traits: list[FullSheetTrait]
    available_traits: list[Trait]


class FullSheetCategory(Model):
    """A category of the sheet; `available_traits` is filled only when asked for."""

    id: str
    name: str
    description: str | None
    initial_cost: int
    upgrade_cost: int
    show_when_empty: bool
    order: int
    subcategories: list[FullSheetSubcategory]
    character_traits: list[FullSheetTrait]
    available_traits: list[Trait]


class FullSheetSection(Model):
    """A section of a character's full sheet (attributes, skills, powers), in sheet order."""

    id: str
    name: str
    description: str | None
    order: int
    show_when_empty: bool
    categories: list[FullSheetCategory]


class CharacterFullSheet(Model):
    """Everything needed to draw a character sheet, in sheet order."""

    sections: list[FullSheetSection]
    character: Character


# -- inputs ---------------------------------------------------------------------------------------


class VampireAttributesCreate(Model, omit_defaults=True):
    """A new vampire's own attributes."""

    clan_id: Id
    generation: int | Unset | None = UNSET
    sire: Name | Unset | None = UNSET
    bane_name: str | Unset | None = UNSET
    bane_description: str | Unset | None = UNSET
    compulsion_name: str | Unset | None = UNSET
    compulsion_description: str | Unset | None = UNSET


class VampireAttributesPatch(Model, omit_defaults=True):
    """Changes to a vampire's own attributes: left out is unchanged, None clears."""

    clan_id: Id | Unset = UNSET
    generation: int | Unset | None = UNSET
    sire: Name | Unset | None = UNSET
    bane_name: str | Unset | None = UNSET
    bane_description: str | Unset | None = UNSET
    compulsion_name: str | Unset | None = UNSET
    compulsion_description: str | Unset | None = UNSET


class WerewolfAttributesCreate(Model, omit_defaults=True):
    """A new werewolf's own attributes."""

    tribe_id: Id
    auspice_id: Id
    pack_name: Name | Unset | None = UNSET


class WerewolfAttributesPatch(Model, omit_defaults=True):
    """Changes to a werewolf's own attributes: left out is unchanged, None clears."""

    tribe_id: Id | Unset = UNSET
    auspice_id: Id | Unset = UNSET
    pack_name: Name | Unset | None = UNSET


class MageAttributesInput(Model, omit_defaults=True):
    """Mage attributes, for creating a mage or changing one (every field optional)."""

    sphere: Name | Unset | None = UNSET
    tradition: Name | Unset | None = UNSET


class HunterAttributesInput(Model, omit_defaults=True):
    """Hunter attributes, for creating a hunter or changing one."""

    creed: Name | Unset | None = UNSET


class InitialTrait(Model, omit_defaults=True):
    """A trait a new character starts with."""

    trait_id: Id
    value: int = 0


class CharacterCreate(Model, omit_defaults=True):
    name_first: Name
    name_last: Name
    character_class: CharacterClassLike
    game_version: GameVersionLike
    campaign_id: Id
    name_nick: Name | Unset | None = UNSET
    type: CharacterTypeLike | Unset = UNSET
    age: int | Unset | None = UNSET
    date_of_birth: date | Unset | None = UNSET
    biography: Text | Unset | None = UNSET
    demeanor: Name | Unset | None = UNSET
    nature: Name | Unset | None = UNSET
    concept_id: Id | Unset | None = UNSET
    vampire_attributes: VampireAttributesCreate | Unset | None = UNSET
    werewolf_attributes: WerewolfAttributesCreate | Unset | None = UNSET
    mage_attributes: MageAttributesInput | Unset | None = UNSET
    hunter_attributes: HunterAttributesInput | Unset | None = UNSET
    traits: list[InitialTrait] | Unset = UNSET
    user_player_id: Id | Unset | None = UNSET


class CharacterPatch(Model, omit_defaults=True):
    name_first: Name | Unset = UNSET
    name_last: Name | Unset = UNSET
    name_nick: Name | Unset | None = UNSET
    type: CharacterTypeLike | Unset = UNSET
    status: CharacterStatusLike | Unset = UNSET
    age: int | Unset | None = UNSET
    date_of_birth: date | Unset | None = UNSET
    biography: Text | Unset | None = UNSET
    demeanor: Name | Unset | None = UNSET
    nature: Name | Unset | None = UNSET
    concept_id: Id | Unset | None = UNSET
    is_temporary: bool | Unset = UNSET
    user_player_id: Id | Unset | None = UNSET
    vampire_attributes: VampireAttributesPatch | Unset = UNSET
    werewolf_attributes: WerewolfAttributesPatch | Unset = UNSET
    mage_attributes: MageAttributesInput | Unset = UNSET
    hunter_attributes: HunterAttributesInput | Unset = UNSET


class InventoryItemCreate(Model, omit_defaults=True):
    name: Label
    type: InventoryItemTypeLike
    description: str | Unset | None = UNSET


class InventoryItemPatch(Model, omit_defaults=True):
    name: Label | Unset = UNSET
    description: str | Unset | None = UNSET
    type: InventoryItemTypeLike | Unset = UNSET


_CHARACTERS = "/api/v1/companies/{company_id}/characters"
_CHARACTER = _CHARACTERS + "/{character_id}"
_INVENTORY = _CHARACTER + "/inventory"
_ITEM = _INVENTORY + "/{inventory_item_id}"
_FULL_SHEET = _CHARACTER + "/full-sheet"


class CharacterFilters(TypedDict, total=False):
    """Filters for listing characters; one left out (or None) matches everything."""

    campaign_id: str | None
    user_player_id: str | None
    user_creator_id: str | None
    character_class: CharacterClassLike | None
    character_type: CharacterTypeLike | None
    status: CharacterStatusLike | None
    is_temporary: bool | None


LIST_CHARACTERS: Endpoint[Page[Character]] = Endpoint(
    "listCharacters",
    "GET",
    _CHARACTERS,
    Page[Character],
    query=(*PAGING, *CharacterFilters.__annotations__),
    choices=enum_choices(CharacterFilters),
    acting_user=True,
)
CREATE_CHARACTER: Endpoint[Character] = Endpoint(
    "createCharacter", "POST", _CHARACTERS, Character, body=CharacterCreate, acting_user=True
)
GET_CHARACTER: Endpoint[CharacterDetail] = Endpoint(
    "getCharacter",
    "GET",
    _CHARACTER,
    CharacterDetail,
    query=("include",),
    choices={"include": CharacterInclude},
)
UPDATE_CHARACTER: Endpoint[Character] = Endpoint(
    "updateCharacter", "PATCH", _CHARACTER, Character, body=CharacterPatch, acting_user=True
)
DELETE_CHARACTER: Endpoint[None] = Endpoint("deleteCharacter", "DELETE", _CHARACTER, None, acting_user=True)
GET_CHARACTER_STATISTICS: Endpoint[RollStatistics] = Endpoint(
    "getCharacterStatistics", "GET", _CHARACTER + "/statistics", RollStatistics, query=STATISTICS_QUERY
)
GET_FULL_SHEET: Endpoint[CharacterFullSheet] = Endpoint(
    "getCharacterFullSheet", "GET", _FULL_SHEET, CharacterFullSheet, query=("include_available_traits",)
)
GET_FULL_SHEET_CATEGORY: Endpoint[FullSheetCategory] = Endpoint(
    "getCharacterFullSheetCategory",
    "GET",
    _FULL_SHEET + "/categories/{category_id}",
    FullSheetCategory,
    query=("include_available_traits",),
)
CHARACTER_NOTES = NoteEndpoints.under(_CHARACTER, "Character")
CHARACTER_ASSETS = AssetEndpoints.under(_CHARACTER, "Character")

LIST_INVENTORY: Endpoint[Page[InventoryItem]] = Endpoint(
    "listCharacterInventoryItems", "GET", _INVENTORY, Page[InventoryItem], query=PAGING
)
CREATE_INVENTORY_ITEM: Endpoint[InventoryItem] = Endpoint(
    "createCharacterInventoryItem",
    "POST",
    _INVENTORY,
    InventoryItem,
    body=InventoryItemCreate,
    acting_user=True,
)
GET_INVENTORY_ITEM: Endpoint[InventoryItem] = Endpoint(
    "getCharacterInventoryItem", "GET", _ITEM, InventoryItem
)
UPDATE_INVENTORY_ITEM: Endpoint[InventoryItem] = Endpoint(
    "updateCharacterInventoryItem", "PATCH", _ITEM, InventoryItem, body=InventoryItemPatch, acting_user=True
)
DELETE_INVENTORY_ITEM: Endpoint[None] = Endpoint(
    "deleteCharacterInventoryItem", "DELETE", _ITEM, None, acting_user=True
)
