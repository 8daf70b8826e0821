from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING

from ..._core._api._assets import Asset, AssetEndpoints
from ..._core._api._enums import AssetType
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page

if TYPE_CHECKING:
    from .._client import VClient

from ..._core._api._enums import AssetTypeLike
from .._walks import collect
from ._base import FileInput, Service, read_upload


class AssetsService(Service):
    """The uploaded files of one parent (a user, campaign, book, chapter or character)."""

    def __init__(
        self,
        client: VClient,
        endpoints: AssetEndpoints,
        path: Mapping[str, str],
        on_behalf_of: str | None = None,
    ) -> None:
        super().__init__(client, path, on_behalf_of)
        self._endpoints = endpoints

    async def get_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, asset_type: AssetType | None = None
    ) -> Page[Asset]:
        """One page of assets: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(
            self._endpoints.list, limit=limit, offset=offset, query={"asset_type": asset_type}
        )

    def iter_all(self, *, limit: int = 100, asset_type: AssetTypeLike | None = None) -> AsyncIterator[Asset]:
        """Every asset, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(self._endpoints.list, limit=limit, query={"asset_type": asset_type})

    async def list_all(
        self,
        *,
        limit: int = 100,
        asset_type: AssetTypeLike | None = None,
        page_concurrency: int | None = None,
    ) -> list[Asset]:
        """Every asset, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all(limit=limit, asset_type=asset_type), page_concurrency)

    async def get(self, asset_id: str) -> Asset:
        """The asset with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(self._endpoints.get, {"asset_id": asset_id})

    async def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        idempotency_key: str | None = None,
    ) -> Asset:
        """Upload bytes, a file at a path, or a binary file object (PNG, JPEG, GIF or WEBP).

        The content type is guessed from the file name unless given.
        """
        upload = await read_upload(file, filename, content_type)
        return await self._call(self._endpoints.upload, body=upload, idempotency_key=idempotency_key)

    async def delete(self, asset_id: str) -> None:
        """Delete the asset with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(self._endpoints.delete, {"asset_id": asset_id})
