from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING

from ..._core._api._notes import Note, NoteCreate, NoteEndpoints, NotePatch
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page

if TYPE_CHECKING:
    from .._client import VClient

from ._base import Service


class NotesService(Service):
    """The notes of one parent (a user, campaign, book, chapter or character)."""

    def __init__(
        self,
        client: VClient,
        endpoints: NoteEndpoints,
        path: Mapping[str, str],
        on_behalf_of: str | None = None,
    ) -> None:
        super().__init__(client, path, on_behalf_of)
        self._endpoints = endpoints

    async def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[Note]:
        return await self._page(self._endpoints.list, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> AsyncIterator[Note]:
        return self._iterate(self._endpoints.list, limit=limit)

    async def list_all(self, *, limit: int = 100) -> list[Note]:
        return [note async for note in self.iter_all(limit=limit)]

    async def get(self, note_id: str) -> Note:
        return await self._call(self._endpoints.get, {"note_id": note_id})

    async def create(
        self, *, title: str, content: str | Unset = UNSET, idempotency_key: str | None = None
    ) -> Note:
        body = NoteCreate(title=title, content=content)
        return await self._call(self._endpoints.create, body=body, idempotency_key=idempotency_key)

    async def update(
        self,
        note_id: str,
        *,
        title: str | Unset = UNSET,
        content: str | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Note:
        body = NotePatch(title=title, content=content)
        return await self._call(
            self._endpoints.update, {"note_id": note_id}, body=body, idempotency_key=idempotency_key
        )

    async def delete(self, note_id: str) -> None:
        await self._call(self._endpoints.delete, {"note_id": note_id})
