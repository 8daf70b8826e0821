from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING

from ..._core._api import _traits as api
from ..._core._api._enums import TraitModifyCurrencyLike
from ..._core._api._traits import (
    BulkAssignResult,
    CharacterTrait,
    TraitAssignment,
    TraitValueOptions,
    bulk_parts,
    merge_bulk_results,
)
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._base import Service

if TYPE_CHECKING:
    from .._client import VClient


class CharacterTraitsService(Service):
    """The traits of one character: listing, assigning, custom traits, and what changes cost."""

    def __init__(
        self, client: VClient, company_id: str, character_id: str, on_behalf_of: str | None = None
    ) -> None:
        super().__init__(client, {"company_id": company_id, "character_id": character_id}, on_behalf_of)

    async def get_page(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        category_id: str | None = None,
        is_rollable: bool | None = None,
    ) -> Page[CharacterTrait]:
        """One page of character traits: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        query = {"category_id": category_id, "is_rollable": is_rollable}
        return await self._page(api.LIST_CHARACTER_TRAITS, limit=limit, offset=offset, query=query)

    def iter_all(
        self, *, limit: int = 100, category_id: str | None = None, is_rollable: bool | None = None
    ) -> AsyncIterator[CharacterTrait]:
        """Every character trait, fetched `limit` at a time as you iterate; one page is held at a time."""
        query = {"category_id": category_id, "is_rollable": is_rollable}
        return self._iterate(api.LIST_CHARACTER_TRAITS, limit=limit, query=query)

    async def list_all(
        self,
        *,
        limit: int = 100,
        category_id: str | None = None,
        is_rollable: bool | None = None,
        page_concurrency: int | None = None,
    ) -> list[CharacterTrait]:
        """Every character trait, in one list (fetched `limit` at a time)."""
        traits = self.iter_all(limit=limit, category_id=category_id, is_rollable=is_rollable)
        return await collect(traits, page_concurrency)

    async def get(self, character_trait_id: str) -> CharacterTrait:
        """The character trait with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_CHARACTER_TRAIT, {"character_trait_id": character_trait_id})

    async def assign(
        self,
        trait_id: str,
        value: int,
        currency: TraitModifyCurrencyLike | Unset = UNSET,
        *,
        idempotency_key: str | None = None,
    ) -> CharacterTrait:
        """Give the character a trait at `value`, paid for in `currency`."""
        body = TraitAssignment(trait_id=trait_id, value=value, currency=currency)
        return await self._call(api.ASSIGN_TRAIT, body=body, idempotency_key=idempotency_key)

    async def bulk_assign(
        self, items: Sequence[TraitAssignment], *, idempotency_key: str | None = None
    ) -> BulkAssignResult:
        """Assign many traits; each succeeds or fails on its own, and the result says which.

        Lists longer than the server's cap of 200 go in consecutive requests of up to 200, so
        balances still run down in list order; the parts' results are merged in that order. If a
        later request fails outright, the exception propagates and the earlier parts stay applied.
        With `idempotency_key`, part N is sent with the key suffixed `-N`.
        """
        # Every part is checked (its items, its derived key) before the first is sent.
        requests = [
            self._prepare(api.BULK_ASSIGN_TRAITS, body=part, idempotency_key=key)
            for part, key in bulk_parts(items, idempotency_key)
        ]
        return merge_bulk_results([await self._client._send(request) for request in requests])

    async def create(
        self,
        *,
        name: str,
        category_id: str,
        currency: TraitModifyCurrencyLike,
        description: str | Unset | None = UNSET,
        max_value: int | Unset = UNSET,
        min_value: int | Unset = UNSET,
        show_when_zero: bool | Unset = UNSET,
        is_rollable: bool | Unset = UNSET,
        initial_cost: int | Unset | None = UNSET,
        upgrade_cost: int | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> CharacterTrait:
        """A trait made for this character only, in a sheet category; it starts at value 1."""
        body = api.CustomTraitCreate(
            name=name,
            category_id=category_id,
            currency=currency,
            description=description,
            max_value=max_value,
            min_value=min_value,
            show_when_zero=show_when_zero,
            is_rollable=is_rollable,
            initial_cost=initial_cost,
            upgrade_cost=upgrade_cost,
        )
        return await self._call(api.CREATE_CUSTOM_TRAIT, body=body, idempotency_key=idempotency_key)

    async def delete(
        self, character_trait_id: str, *, currency: TraitModifyCurrencyLike | None = None
    ) -> None:
        """Remove a trait; `currency` says how its cost is refunded, if at all."""
        path = {"character_trait_id": character_trait_id}
        await self._call(api.DELETE_CHARACTER_TRAIT, path, query={"currency": currency})

    async def get_value_options(self, character_trait_id: str) -> TraitValueOptions:
        """For each reachable value: what it costs or refunds, and whether it is affordable."""
        return await self._call(api.GET_TRAIT_VALUE_OPTIONS, {"character_trait_id": character_trait_id})

    async def change_value(
        self,
        character_trait_id: str,
        *,
        target_value: int,
        currency: TraitModifyCurrencyLike,
        idempotency_key: str | None = None,
    ) -> CharacterTrait:
        """Set a trait to `target_value`, paying (or refunding) in `currency`."""
        body = api.TraitModifyRequest(target_value=target_value, currency=currency)
        path = {"character_trait_id": character_trait_id}
        return await self._call(api.MODIFY_TRAIT_VALUE, path, body=body, idempotency_key=idempotency_key)
