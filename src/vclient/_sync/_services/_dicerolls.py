# Generated from src/vclient/_async/_services/_dicerolls.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..._core._api import _dicerolls as api
from ..._core._api._dicerolls import DiceRoll
from ..._core._api._enums import CharacterTypeLike, DiceSizeLike
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._base import Service

if TYPE_CHECKING:
    from .._client import SyncVClient


def _filters(
    user_id: str | None,
    character_id: str | None,
    campaign_id: str | None,
    character_type: CharacterTypeLike | None,
) -> dict[str, object]:
    # The server's names for these filters have no underscores.
    return {
        "userid": user_id,
        "characterid": character_id,
        "campaignid": campaign_id,
        "character_type": character_type,
    }


class SyncDiceRollsService(Service):
    """Dice rolls in one company, made and read on behalf of a user."""

    def __init__(self, client: SyncVClient, company_id: str, on_behalf_of: str) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    def get_page(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        user_id: str | None = None,
        character_id: str | None = None,
        campaign_id: str | None = None,
        character_type: CharacterTypeLike | None = None,
    ) -> Page[DiceRoll]:
        """One page of dice rolls: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        query = _filters(user_id, character_id, campaign_id, character_type)
        return self._page(api.LIST_DICE_ROLLS, limit=limit, offset=offset, query=query)

    def iter_all(
        self,
        *,
        limit: int = 100,
        user_id: str | None = None,
        character_id: str | None = None,
        campaign_id: str | None = None,
        character_type: CharacterTypeLike | None = None,
    ) -> Iterator[DiceRoll]:
        """Every dice roll, fetched `limit` at a time as you iterate; one page is held at a time."""
        query = _filters(user_id, character_id, campaign_id, character_type)
        return self._iterate(api.LIST_DICE_ROLLS, limit=limit, query=query)

    def list_all(
        self,
        *,
        limit: int = 100,
        user_id: str | None = None,
        character_id: str | None = None,
        campaign_id: str | None = None,
        character_type: CharacterTypeLike | None = None,
        page_concurrency: int | None = None,
    ) -> list[DiceRoll]:
        """Every dice roll, in one list (fetched `limit` at a time)."""
        rolls = self.iter_all(
            limit=limit, user_id=user_id, character_id=character_id, campaign_id=campaign_id,
            character_type=character_type,
        )  # fmt: skip
        return collect(rolls, page_concurrency)

    def get(self, diceroll_id: str) -> DiceRoll:
        """The dice roll with this id.

        Raises `NotFoundError` when there is none.
        """
        return self._call(api.GET_DICE_ROLL, {"diceroll_id": diceroll_id})

    def create(
        self,
        *,
        dice_size: DiceSizeLike | Unset = UNSET,
        num_dice: int | Unset = UNSET,
        difficulty: int | Unset | None = UNSET,
        num_desperation_dice: int | Unset = UNSET,
        comment: str | Unset | None = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        character_id: str | Unset | None = UNSET,
        campaign_id: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> DiceRoll:
        """Roll dice; the server decides the result. Unset arguments take the server's defaults."""
        body = api.DiceRollCreate(
            dice_size=dice_size,
            num_dice=num_dice,
            difficulty=difficulty,
            num_desperation_dice=num_desperation_dice,
            comment=comment,
            trait_ids=UNSET if isinstance(trait_ids, Unset) else list(trait_ids),
            character_id=character_id,
            campaign_id=campaign_id,
        )
        return self._call(api.CREATE_DICE_ROLL, body=body, idempotency_key=idempotency_key)

    def create_from_quickroll(
        self,
        *,
        quickroll_id: str,
        character_id: str,
        comment: str | Unset | None = UNSET,
        difficulty: int | Unset = UNSET,
        num_desperation_dice: int | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> DiceRoll:
        """Roll a saved quick roll's pool for a character."""
        body = api.QuickRollRequest(
            quickroll_id=quickroll_id,
            character_id=character_id,
            comment=comment,
            difficulty=difficulty,
            num_desperation_dice=num_desperation_dice,
        )
        return self._call(api.CREATE_QUICK_ROLL, body=body, idempotency_key=idempotency_key)
