from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core._api._developers import (
    GET_DEVELOPER_ME,
    REGENERATE_DEVELOPER_ME_API_KEY,
    UPDATE_DEVELOPER_ME,
    Developer,
    DeveloperApiKey,
    DeveloperPatch,
)
from ..._core._model import UNSET, Unset
from ._base import Service

if TYPE_CHECKING:
    from .._client import VClient


class DeveloperService(Service):
    """The profile of the developer who owns the API key."""

    def __init__(self, client: VClient) -> None:
        super().__init__(client)

    async def get_me(self) -> Developer:
        """The developer who owns the client's API key."""
        return await self._call(GET_DEVELOPER_ME)

    async def update_me(
        self,
        *,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        provider_audiences: dict[str, list[str]] | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> Developer:
        """Change the given fields; `provider_audiences=None` clears them."""
        body = DeveloperPatch(username=username, email=email, provider_audiences=provider_audiences)
        return await self._call(UPDATE_DEVELOPER_ME, body=body, idempotency_key=idempotency_key)

    async def regenerate_api_key(self, *, idempotency_key: str | None = None) -> DeveloperApiKey:
        """Issue a new key and revoke the old one at once.

        This client (and every copy made with `with_options`) switches to the new key, so later
        calls keep working. Store `result.api_key`: it is not shown again.
        """
        result = await self._call(REGENERATE_DEVELOPER_ME_API_KEY, idempotency_key=idempotency_key)
        self._client._use_api_key(result.api_key)
        return result
