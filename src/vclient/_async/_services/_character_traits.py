from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core._api._enums import TraitModifyCurrency
from ..._core._api._traits import (
    GET_TRAIT_VALUE_OPTIONS,
    MODIFY_TRAIT_VALUE,
    CharacterTrait,
    TraitModifyRequest,
    TraitValueOptions,
)
from ._base import Service

if TYPE_CHECKING:
    from .._client import VClient


class CharacterTraitsService(Service):
    """The traits of one character: what a change would cost, and making it."""

    def __init__(
        self, client: VClient, company_id: str, character_id: str, on_behalf_of: str | None = None
    ) -> None:
        super().__init__(client, {"company_id": company_id, "character_id": character_id}, on_behalf_of)

    async def get_value_options(self, character_trait_id: str) -> TraitValueOptions:
        """For each reachable value: what it costs or refunds, and whether it is affordable."""
        return await self._call(GET_TRAIT_VALUE_OPTIONS, {"character_trait_id": character_trait_id})

    async def change_value(
        self,
        character_trait_id: str,
        *,
        target_value: int,
        currency: TraitModifyCurrency,
        idempotency_key: str | None = None,
    ) -> CharacterTrait:
        """Set a trait to `target_value`, paying (or refunding) in `currency`."""
        body = TraitModifyRequest(target_value=target_value, currency=currency)
        path = {"character_trait_id": character_trait_id}
        return await self._call(MODIFY_TRAIT_VALUE, path, body=body, idempotency_key=idempotency_key)
