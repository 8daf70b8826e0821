from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Unpack

from ..._core._api import _characters as api
from ..._core._api._characters import (
    Character,
    CharacterDetail,
    CharacterFilters,
    CharacterFullSheet,
    FullSheetCategory,
    HunterAttributesInput,
    InitialTrait,
    InventoryItem,
    MageAttributesInput,
    VampireAttributesCreate,
    VampireAttributesPatch,
    WerewolfAttributesCreate,
    WerewolfAttributesPatch,
)
from ..._core._api._enums import (
    CharacterClassLike,
    CharacterIncludeLike,
    CharacterStatusLike,
    CharacterTypeLike,
    GameVersionLike,
    InventoryItemTypeLike,
)
from ..._core._api._statistics import RollStatistics
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._assets import AssetsService
from ._base import Service, as_list
from ._character_traits import CharacterTraitsService
from ._notes import NotesService

if TYPE_CHECKING:
    from .._client import VClient


class CharactersService(Service):
    """The characters of one company, acting as `on_behalf_of` (the server needs an acting user)."""

    def __init__(self, client: VClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    async def get_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, **filters: Unpack[CharacterFilters]
    ) -> Page[Character]:
        """A page of characters; each filter left out matches everything (temporary ones included)."""
        return await self._page(api.LIST_CHARACTERS, limit=limit, offset=offset, query=filters)

    def iter_all(self, *, limit: int = 100, **filters: Unpack[CharacterFilters]) -> AsyncIterator[Character]:
        """Every character, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_CHARACTERS, limit=limit, query=filters)

    async def list_all(
        self, *, limit: int = 100, page_concurrency: int | None = None, **filters: Unpack[CharacterFilters]
    ) -> list[Character]:
        """Every character, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all(limit=limit, **filters), page_concurrency)

    async def get(
        self, character_id: str, *, include: Sequence[CharacterIncludeLike] = ()
    ) -> CharacterDetail:
        """A character, with the child collections named in `include` embedded."""
        query = {"include": as_list(include, "include") or None}
        return await self._call(api.GET_CHARACTER, {"character_id": character_id}, query=query)

    async def create(
        self,
        *,
        campaign_id: str,
        character_class: CharacterClassLike,
        game_version: GameVersionLike,
        name_first: str,
        name_last: str,
        type: CharacterTypeLike | Unset = UNSET,
        name_nick: str | Unset | None = UNSET,
        age: int | Unset | None = UNSET,
        date_of_birth: date | Unset | None = UNSET,
        biography: str | Unset | None = UNSET,
        demeanor: str | Unset | None = UNSET,
        nature: str | Unset | None = UNSET,
        concept_id: str | Unset | None = UNSET,
        user_player_id: str | Unset | None = UNSET,
        traits: Sequence[InitialTrait] | Unset = UNSET,
        vampire_attributes: VampireAttributesCreate | Unset | None = UNSET,
        werewolf_attributes: WerewolfAttributesCreate | Unset | None = UNSET,
        mage_attributes: MageAttributesInput | Unset | None = UNSET,
        hunter_attributes: HunterAttributesInput | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> Character:
        """A new character in a campaign, with the attributes of its class and any starting traits."""
        body = api.CharacterCreate(
            campaign_id=campaign_id,
            character_class=character_class,
            game_version=game_version,
            name_first=name_first,
            name_last=name_last,
            type=type,
            name_nick=name_nick,
            age=age,
            date_of_birth=date_of_birth,
            biography=biography,
            demeanor=demeanor,
            nature=nature,
            concept_id=concept_id,
            user_player_id=user_player_id,
            traits=UNSET if isinstance(traits, Unset) else list(traits),
            vampire_attributes=vampire_attributes,
            werewolf_attributes=werewolf_attributes,
            mage_attributes=mage_attributes,
            hunter_attributes=hunter_attributes,
        )
        return await self._call(api.CREATE_CHARACTER, body=body, idempotency_key=idempotency_key)

    async def update(
        self,
        character_id: str,
        *,
        name_first: str | Unset = UNSET,
        name_last: str | Unset = UNSET,
        name_nick: str | Unset | None = UNSET,
        type: CharacterTypeLike | Unset = UNSET,
        status: CharacterStatusLike | Unset = UNSET,
        age: int | Unset | None = UNSET,
        date_of_birth: date | Unset | None = UNSET,
        biography: str | Unset | None = UNSET,
        demeanor: str | Unset | None = UNSET,
        nature: str | Unset | None = UNSET,
        concept_id: str | Unset | None = UNSET,
        is_temporary: bool | Unset = UNSET,
        user_player_id: str | Unset | None = UNSET,
        vampire_attributes: VampireAttributesPatch | Unset = UNSET,
        werewolf_attributes: WerewolfAttributesPatch | Unset = UNSET,
        mage_attributes: MageAttributesInput | Unset = UNSET,
        hunter_attributes: HunterAttributesInput | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Character:
        """Change the given fields only; `None` clears a nullable one (`date_of_birth=None`, ...)."""
        body = api.CharacterPatch(
            name_first=name_first,
            name_last=name_last,
            name_nick=name_nick,
            type=type,
            status=status,
            age=age,
            date_of_birth=date_of_birth,
            biography=biography,
            demeanor=demeanor,
            nature=nature,
            concept_id=concept_id,
            is_temporary=is_temporary,
            user_player_id=user_player_id,
            vampire_attributes=vampire_attributes,
            werewolf_attributes=werewolf_attributes,
            mage_attributes=mage_attributes,
            hunter_attributes=hunter_attributes,
        )
        path = {"character_id": character_id}
        return await self._call(api.UPDATE_CHARACTER, path, body=body, idempotency_key=idempotency_key)

    async def delete(self, character_id: str) -> None:
        """Delete the character with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(api.DELETE_CHARACTER, {"character_id": character_id})

    async def get_statistics(self, character_id: str, *, num_top_traits: int | None = None) -> RollStatistics:
        """Dice-roll statistics (success rates, the `num_top_traits` most rolled traits) for this one.

        Raises `NotFoundError` when there is none.
        """
        query = {"num_top_traits": num_top_traits}
        return await self._call(api.GET_CHARACTER_STATISTICS, {"character_id": character_id}, query=query)

    async def get_full_sheet(
        self, character_id: str, *, include_available_traits: bool = False
    ) -> CharacterFullSheet:
        """The whole sheet in sheet order; `include_available_traits` adds the traits not yet taken."""
        query = {"include_available_traits": include_available_traits or None}
        return await self._call(api.GET_FULL_SHEET, {"character_id": character_id}, query=query)

    async def get_full_sheet_category(
        self, character_id: str, category_id: str, *, include_available_traits: bool = False
    ) -> FullSheetCategory:
        """One category of the sheet (to redraw it after a change without fetching the whole sheet)."""
        query = {"include_available_traits": include_available_traits or None}
        path = {"character_id": character_id, "category_id": category_id}
        return await self._call(api.GET_FULL_SHEET_CATEGORY, path, query=query)

    # -- a character's own collections -------------------------------------------------------

    def traits(self, character_id: str) -> CharacterTraitsService:
        """The traits of this character."""
        return CharacterTraitsService(
            self._client, self._path["company_id"], character_id, self._on_behalf_of
        )

    def inventory(self, character_id: str) -> InventoryService:
        """The inventory items of this character."""
        return InventoryService(self._client, self._path["company_id"], character_id, self._on_behalf_of)

    def notes(self, character_id: str) -> NotesService:
        """The notes of this character."""
        path = {**self._path, "character_id": character_id}
        return NotesService(self._client, api.CHARACTER_NOTES, path, self._on_behalf_of)

    def assets(self, character_id: str) -> AssetsService:
        """The assets (uploaded files) of this character."""
        path = {**self._path, "character_id": character_id}
        return AssetsService(self._client, api.CHARACTER_ASSETS, path, self._on_behalf_of)


class InventoryService(Service):
    """The items one character carries."""

    def __init__(
        self, client: VClient, company_id: str, character_id: str, on_behalf_of: str | None = None
    ) -> None:
        super().__init__(client, {"company_id": company_id, "character_id": character_id}, on_behalf_of)

    async def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[InventoryItem]:
        """One page of inventory items: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(api.LIST_INVENTORY, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> AsyncIterator[InventoryItem]:
        """Every inventory item, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_INVENTORY, limit=limit)

    async def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[InventoryItem]:
        """Every inventory item, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all(limit=limit), page_concurrency)

    async def get(self, inventory_item_id: str) -> InventoryItem:
        """The inventory item with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_INVENTORY_ITEM, {"inventory_item_id": inventory_item_id})

    async def create(
        self,
        *,
        name: str,
        type: InventoryItemTypeLike,
        description: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> InventoryItem:
        """A new inventory item, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        body = api.InventoryItemCreate(name=name, type=type, description=description)
        return await self._call(api.CREATE_INVENTORY_ITEM, body=body, idempotency_key=idempotency_key)

    async def update(
        self,
        inventory_item_id: str,
        *,
        name: str | Unset = UNSET,
        type: InventoryItemTypeLike | Unset = UNSET,
        description: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> InventoryItem:
        """Change the given fields only; `description=None` clears it."""
        body = api.InventoryItemPatch(name=name, type=type, description=description)
        path = {"inventory_item_id": inventory_item_id}
        return await self._call(api.UPDATE_INVENTORY_ITEM, path, body=body, idempotency_key=idempotency_key)

    async def delete(self, inventory_item_id: str) -> None:
        """Delete the inventory item with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(api.DELETE_INVENTORY_ITEM, {"inventory_item_id": inventory_item_id})
