from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Unpack

from ..._core._api import _blueprints as api
from ..._core._api._blueprints import (
    CategoryFilters,
    CharacterConcept,
    SectionFilters,
    SheetSection,
    SubcategoryFilters,
    TraitCategory,
    TraitFilters,
    TraitSubcategory,
    VampireClan,
    VersionFilter,
    WerewolfAuspice,
    WerewolfTribe,
)
from ..._core._api._dictionary import CATALOG_LIMIT
from ..._core._api._traits import Trait
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._base import Service

if TYPE_CHECKING:
    from .._client import VClient


class CharacterBlueprintService(Service):
    """The reference catalogs characters are built from: sheet sections, categories, traits, ...

    Catalogs take pages of up to 1000, and `iter_all_*`/`list_all_*` use that size, so a whole
    catalog is one request. Filters left out (or None) match everything.
    """

    def __init__(self, client: VClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    # -- sheet sections ------------------------------------------------------------------------

    async def get_sections_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[SectionFilters]
    ) -> Page[SheetSection]:
        """One page of sheet sections: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_SECTIONS, limit=limit, offset=offset, query=filters)

    def iter_all_sections(self, **filters: Unpack[SectionFilters]) -> AsyncIterator[SheetSection]:
        """Every sheet section, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_SECTIONS, limit=CATALOG_LIMIT, query=filters)

    async def list_all_sections(
        self, *, page_concurrency: int | None = None, **filters: Unpack[SectionFilters]
    ) -> list[SheetSection]:
        """Every sheet section, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_sections(**filters), page_concurrency)

    async def get_section(self, section_id: str) -> SheetSection:
        """The sheet section with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_SECTION, {"section_id": section_id})

    # -- trait categories ----------------------------------------------------------------------

    async def get_categories_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[CategoryFilters]
    ) -> Page[TraitCategory]:
        """One page of trait categories: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_CATEGORIES, limit=limit, offset=offset, query=filters)

    def iter_all_categories(self, **filters: Unpack[CategoryFilters]) -> AsyncIterator[TraitCategory]:
        """Every trait category, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_CATEGORIES, limit=CATALOG_LIMIT, query=filters)

    async def list_all_categories(
        self, *, page_concurrency: int | None = None, **filters: Unpack[CategoryFilters]
    ) -> list[TraitCategory]:
        """Every trait category, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_categories(**filters), page_concurrency)

    async def get_category(self, category_id: str) -> TraitCategory:
        """The trait category with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_CATEGORY, {"category_id": category_id})

    # -- trait subcategories -------------------------------------------------------------------

    async def get_subcategories_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[SubcategoryFilters]
    ) -> Page[TraitSubcategory]:
        """One page of trait subcategories: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_SUBCATEGORIES, limit=limit, offset=offset, query=filters)

    def iter_all_subcategories(
        self, **filters: Unpack[SubcategoryFilters]
    ) -> AsyncIterator[TraitSubcategory]:
        """Every trait subcategory, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_SUBCATEGORIES, limit=CATALOG_LIMIT, query=filters)

    async def list_all_subcategories(
        self, *, page_concurrency: int | None = None, **filters: Unpack[SubcategoryFilters]
    ) -> list[TraitSubcategory]:
        """Every trait subcategory, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_subcategories(**filters), page_concurrency)

    async def get_subcategory(self, subcategory_id: str) -> TraitSubcategory:
        """The trait subcategory with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_SUBCATEGORY, {"subcategory_id": subcategory_id})

    # -- traits --------------------------------------------------------------------------------

    async def get_traits_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[TraitFilters]
    ) -> Page[Trait]:
        """One page of traits: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_TRAITS, limit=limit, offset=offset, query=filters)

    def iter_all_traits(self, **filters: Unpack[TraitFilters]) -> AsyncIterator[Trait]:
        """Every trait, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_TRAITS, limit=CATALOG_LIMIT, query=filters)

    async def list_all_traits(
        self, *, page_concurrency: int | None = None, **filters: Unpack[TraitFilters]
    ) -> list[Trait]:
        """Every trait, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_traits(**filters), page_concurrency)

    async def get_trait(self, trait_id: str) -> Trait:
        """The trait with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_TRAIT, {"trait_id": trait_id})

    # -- concepts ------------------------------------------------------------------------------

    async def get_concepts_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0
    ) -> Page[CharacterConcept]:
        """One page of character concepts: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_CONCEPTS, limit=limit, offset=offset)

    def iter_all_concepts(self) -> AsyncIterator[CharacterConcept]:
        """Every character concept, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_CONCEPTS, limit=CATALOG_LIMIT)

    async def list_all_concepts(self, *, page_concurrency: int | None = None) -> list[CharacterConcept]:
        """Every character concept, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_concepts(), page_concurrency)

    async def get_concept(self, concept_id: str) -> CharacterConcept:
        """The character concept with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_CONCEPT, {"concept_id": concept_id})

    # -- vampire clans -------------------------------------------------------------------------

    async def get_vampire_clans_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[VersionFilter]
    ) -> Page[VampireClan]:
        """One page of vampire clans: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_VAMPIRE_CLANS, limit=limit, offset=offset, query=filters)

    def iter_all_vampire_clans(self, **filters: Unpack[VersionFilter]) -> AsyncIterator[VampireClan]:
        """Every vampire clan, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_VAMPIRE_CLANS, limit=CATALOG_LIMIT, query=filters)

    async def list_all_vampire_clans(
        self, *, page_concurrency: int | None = None, **filters: Unpack[VersionFilter]
    ) -> list[VampireClan]:
        """Every vampire clan, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_vampire_clans(**filters), page_concurrency)

    async def get_vampire_clan(self, vampire_clan_id: str) -> VampireClan:
        """The vampire clan with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_VAMPIRE_CLAN, {"vampire_clan_id": vampire_clan_id})

    # -- werewolf tribes -----------------------------------------------------------------------

    async def get_werewolf_tribes_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[VersionFilter]
    ) -> Page[WerewolfTribe]:
        """One page of werewolf tribes: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_WEREWOLF_TRIBES, limit=limit, offset=offset, query=filters)

    def iter_all_werewolf_tribes(self, **filters: Unpack[VersionFilter]) -> AsyncIterator[WerewolfTribe]:
        """Every werewolf tribe, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_WEREWOLF_TRIBES, limit=CATALOG_LIMIT, query=filters)

    async def list_all_werewolf_tribes(
        self, *, page_concurrency: int | None = None, **filters: Unpack[VersionFilter]
    ) -> list[WerewolfTribe]:
        """Every werewolf tribe, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_werewolf_tribes(**filters), page_concurrency)

    async def get_werewolf_tribe(self, werewolf_tribe_id: str) -> WerewolfTribe:
        """The werewolf tribe with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_WEREWOLF_TRIBE, {"werewolf_tribe_id": werewolf_tribe_id})

    # -- werewolf auspices ---------------------------------------------------------------------

    async def get_werewolf_auspices_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[VersionFilter]
    ) -> Page[WerewolfAuspice]:
        """One page of werewolf auspices: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_WEREWOLF_AUSPICES, limit=limit, offset=offset, query=filters)

    def iter_all_werewolf_auspices(self, **filters: Unpack[VersionFilter]) -> AsyncIterator[WerewolfAuspice]:
        """Every werewolf auspice, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_WEREWOLF_AUSPICES, limit=CATALOG_LIMIT, query=filters)

    async def list_all_werewolf_auspices(
        self, *, page_concurrency: int | None = None, **filters: Unpack[VersionFilter]
    ) -> list[WerewolfAuspice]:
        """Every werewolf auspice, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all_werewolf_auspices(**filters), page_concurrency)

    async def get_werewolf_auspice(self, werewolf_auspice_id: str) -> WerewolfAuspice:
        """The werewolf auspice with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_WEREWOLF_AUSPICE, {"werewolf_auspice_id": werewolf_auspice_id})
