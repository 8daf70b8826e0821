"""The character blueprint: the reference catalogs a character sheet is built from.

Catalogs take pages of up to 1000 items, so listing a whole catalog is usually one request.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypedDict

from .._endpoint import Endpoint, enum_choices
from .._model import Model
from .._pagination import PAGING, Page
from ._dictionary import CATALOG_LIMIT
from ._enums import (
    BlueprintTraitOrderLike,
    CharacterClassLike,
    GameVersionLike,
)
from ._traits import Trait


class SheetSection(Model):
    """A section of the character sheet catalog (attributes, skills, powers)."""

    id: str
    name: str
    description: str | None
    character_classes: list[str]
    game_versions: list[str]
    show_when_empty: bool
    order: int
    date_created: datetime
    date_modified: datetime


class TraitCategory(Model):
    """A category of catalog traits within a sheet section (Physical, Disciplines, ...)."""

    id: str
    name: str
    description: str | None
    character_classes: list[str]
    game_versions: list[str]
    show_when_empty: bool
    order: int
    sheet_section_id: str
    sheet_section_name: str | None
    initial_cost: int
    upgrade_cost: int
    count_based_cost_multiplier: int | None
    date_created: datetime
    date_modified: datetime


class TraitSubcategory(Model):
    """A subcategory of a trait category (a discipline's paths, a gift's ranks, ...)."""

    id: str
    name: str
    description: str | None
    character_classes: list[str]
    game_versions: list[str]
    show_when_empty: bool
    initial_cost: int
    upgrade_cost: int
    count_based_cost_multiplier: int | None
    requires_parent: bool
    pool: str | None
    system: str | None
    hunter_edge_type: str | None
    category_id: str | None
    category_name: str | None
    sheet_section_id: str | None
    sheet_section_name: str | None
    date_created: datetime
    date_modified: datetime


class CharacterConcept(Model):
    """A character concept (archetype) offered when creating a character, with its specialties."""

    id: str
    name: str
    description: str
    examples: list[str]
    max_specialties: int
    specialties: list[dict[str, Any]]
    favored_ability_names: list[str]
    date_created: datetime
    date_modified: datetime


class NameDescription(Model):
    """A name with a description (a bane, a compulsion, a renown, ...)."""

    name: str | None
    description: str | None


class VampireClan(Model):
    """A vampire clan of the catalog, with its disciplines, bane and compulsion."""

    id: str
    name: str
    description: str | None
    game_versions: list[str]
    discipline_ids: list[str]
    bane: NameDescription | None
    variant_bane: NameDescription | None
    compulsion: NameDescription | None
    link: str | None
    date_created: datetime
    date_modified: datetime


class WerewolfTribe(Model):
    """A werewolf tribe of the catalog, with its renown and gifts."""

    id: str
    name: str
    description: str | None
    game_versions: list[str]
    renown: str
    patron_spirit: str | None
    favor: str | None
    ban: str | None
    gift_trait_ids: list[str]
    link: str | None
    date_created: datetime
    date_modified: datetime


class WerewolfAuspice(Model):
    """A werewolf auspice of the catalog, with its gifts."""

    id: str
    name: str
    description: str | None
    game_versions: list[str]
    gift_trait_ids: list[str]
    link: str | None
    date_created: datetime
    date_modified: datetime


class VersionFilter(TypedDict, total=False):
    """Filters for a catalog that depends only on the game version."""

    game_version: GameVersionLike | None


class SectionFilters(VersionFilter, total=False):
    """Filters of the sheet sections: a game version and a character class."""

    character_class: CharacterClassLike | None


class CategoryFilters(SectionFilters, total=False):
    """Filters of the trait categories: those of sections, and one section."""

    section_id: str | None


class SubcategoryFilters(SectionFilters, total=False):
    """Filters of the trait subcategories: those of sections, and one category."""

    category_id: str | None


class TraitFilters(SectionFilters, total=False):
    """Filters of the catalog traits, and their order (`order_by`)."""

    category_id: str | None
    subcategory_id: str | None
    exclude_subcategory_traits: bool | None
    is_rollable: bool | None
    order_by: BlueprintTraitOrderLike | None


_BLUEPRINT = "/api/v1/companies/{company_id}/characterblueprint"


def _catalog(name: str, path: str, item: Any, filters: type | None = None) -> Endpoint[Any]:
    """A catalog listing, taking pages of up to 1000 and the filters named by a TypedDict."""
    query = (*PAGING, *(filters.__annotations__ if filters else ()))
    choices = enum_choices(filters) if filters else {}
    return Endpoint(
        name, "GET", _BLUEPRINT + path, Page[item], query=query, max_limit=CATALOG_LIMIT, choices=choices
    )


def _entry(name: str, path: str, item: Any) -> Endpoint[Any]:
    return Endpoint(name, "GET", _BLUEPRINT + path, item)


LIST_SECTIONS: Endpoint[Page[SheetSection]] = _catalog(
    "listCharacterBlueprintSections", "/sections", SheetSection, SectionFilters
)
GET_SECTION: Endpoint[SheetSection] = _entry(
    "getCharacterBlueprintSection", "/sections/{section_id}", SheetSection
)
LIST_CATEGORIES: Endpoint[Page[TraitCategory]] = _catalog(
    "listCharacterBlueprintCategories", "/categories", TraitCategory, CategoryFilters
)
GET_CATEGORY: Endpoint[TraitCategory] = _entry(
    "getCharacterBlueprintCategory", "/categories/{category_id}", TraitCategory
)
LIST_SUBCATEGORIES: Endpoint[Page[TraitSubcategory]] = _catalog(
    "listCharacterBlueprintSubcategories", "/subcategories", TraitSubcategory, SubcategoryFilters
)
GET_SUBCATEGORY: Endpoint[TraitSubcategory] = _entry(
    "getCharacterBlueprintSubcategory", "/subcategories/{subcategory_id}", TraitSubcategory
)
LIST_TRAITS: Endpoint[Page[Trait]] = _catalog(
    "listAllCharacterBlueprintTraits", "/traits", Trait, TraitFilters
)
GET_TRAIT: Endpoint[Trait] = _entry("getCharacterBlueprintTrait", "/traits/{trait_id}", Trait)
LIST_CONCEPTS: Endpoint[Page[CharacterConcept]] = _catalog(
    "listCharacterBlueprintConcepts", "/concepts", CharacterConcept
)
GET_CONCEPT: Endpoint[CharacterConcept] = _entry(
    "getCharacterBlueprintConcept", "/concepts/{concept_id}", CharacterConcept
)
LIST_VAMPIRE_CLANS: Endpoint[Page[VampireClan]] = _catalog(
    "listCharacterBlueprintVampireClans", "/vampire-clans", VampireClan, VersionFilter
)
GET_VAMPIRE_CLAN: Endpoint[VampireClan] = _entry(
    "getCharacterBlueprintVampireClan", "/vampire-clans/{vampire_clan_id}", VampireClan
)
LIST_WEREWOLF_TRIBES: Endpoint[Page[WerewolfTribe]] = _catalog(
    "listCharacterBlueprintWerewolfTribes", "/werewolf-tribes", WerewolfTribe, VersionFilter
)
GET_WEREWOLF_TRIBE: Endpoint[WerewolfTribe] = _entry(
    "getCharacterBlueprintWerewolfTribe", "/werewolf-tribes/{werewolf_tribe_id}", WerewolfTribe
)
LIST_WEREWOLF_AUSPICES: Endpoint[Page[WerewolfAuspice]] = _catalog(
    "listCharacterBlueprintWerewolfAuspices", "/werewolf-auspices", WerewolfAuspice, VersionFilter
)
GET_WEREWOLF_AUSPICE: Endpoint[WerewolfAuspice] = _entry(
    "getCharacterBlueprintWerewolfAuspice", "/werewolf-auspices/{werewolf_auspice_id}", WerewolfAuspice
)
