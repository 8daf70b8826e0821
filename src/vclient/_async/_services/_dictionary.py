from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING

from ..._core._api import _dictionary as api
from ..._core._api._dictionary import CATALOG_LIMIT, DictionaryTerm
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._base import Service, as_list

if TYPE_CHECKING:
    from .._client import VClient


class DictionaryService(Service):
    """The company's glossary. A catalog: pages hold up to 1000 terms, so a whole listing is one request."""

    def __init__(self, client: VClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    async def get_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, term: str | None = None
    ) -> Page[DictionaryTerm]:
        """A page of terms; `term` searches."""
        return await self._page(api.LIST_DICTIONARY_TERMS, limit=limit, offset=offset, query={"term": term})

    def iter_all(
        self, *, limit: int = CATALOG_LIMIT, term: str | None = None
    ) -> AsyncIterator[DictionaryTerm]:
        """Every dictionary term, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_DICTIONARY_TERMS, limit=limit, query={"term": term})

    async def list_all(
        self, *, limit: int = CATALOG_LIMIT, term: str | None = None, page_concurrency: int | None = None
    ) -> list[DictionaryTerm]:
        """Every dictionary term, in one list (fetched `limit` at a time)."""
        return await collect(self.iter_all(limit=limit, term=term), page_concurrency)

    async def get(self, dictionary_term_id: str) -> DictionaryTerm:
        """The dictionary term with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_DICTIONARY_TERM, {"dictionary_term_id": dictionary_term_id})

    async def create(
        self,
        *,
        term: str,
        definition: str | Unset | None = UNSET,
        link: str | Unset | None = UNSET,
        synonyms: Sequence[str] | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> DictionaryTerm:
        """A new dictionary term, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        body = api.DictionaryTermCreate(
            term=term, definition=definition, link=link, synonyms=as_list(synonyms, "synonyms")
        )
        return await self._call(api.CREATE_DICTIONARY_TERM, body=body, idempotency_key=idempotency_key)

    async def update(
        self,
        dictionary_term_id: str,
        *,
        term: str | Unset = UNSET,
        definition: str | Unset | None = UNSET,
        link: str | Unset | None = UNSET,
        synonyms: Sequence[str] | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> DictionaryTerm:
        """Change the given fields only; `definition=None` or `link=None` clears them."""
        body = api.DictionaryTermPatch(
            term=term, definition=definition, link=link, synonyms=as_list(synonyms, "synonyms")
        )
        path = {"dictionary_term_id": dictionary_term_id}
        return await self._call(api.UPDATE_DICTIONARY_TERM, path, body=body, idempotency_key=idempotency_key)

    async def delete(self, dictionary_term_id: str) -> None:
        """Delete the dictionary term with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(api.DELETE_DICTIONARY_TERM, {"dictionary_term_id": dictionary_term_id})
