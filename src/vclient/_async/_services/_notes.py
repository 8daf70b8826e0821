from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING

from ..._core._api._notes import Note, NoteCreate, NoteEndpoints, NotePatch
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page

if TYPE_CHECKING:
    from .._client import VClient

from .._walks import collect
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
        """One page of notes: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return await self._page(self._endpoints.list, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> AsyncIterator[Note]:
        """Every note, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(self._endpoints.list, limit=limit)

    async def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[Note]:
        """Every note, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all(limit=limit), page_concurrency)

    async def get(self, note_id: str) -> Note:
        """The note with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(self._endpoints.get, {"note_id": note_id})

    async def create(
        self, *, title: str, content: str | Unset = UNSET, idempotency_key: str | None = None
    ) -> Note:
        """A new note, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
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
        """The note, changed: an argument left out stays as it is, `None` clears it.

        Raises `NotFoundError` when there is none, `ValidationError` when the server refuses a value.
        """
        body = NotePatch(title=title, content=content)
        return await self._call(
            self._endpoints.update, {"note_id": note_id}, body=body, idempotency_key=idempotency_key
        )

    async def delete(self, note_id: str) -> None:
        """Delete the note with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(self._endpoints.delete, {"note_id": note_id})
