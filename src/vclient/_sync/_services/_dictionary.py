# Generated from src/vclient/_async/_services/_dictionary.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..._core._api import _dictionary as api
from ..._core._api._dictionary import CATALOG_LIMIT, DictionaryTerm
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._base import Service, as_list

if TYPE_CHECKING:
    from .._client import SyncVClient


class SyncDictionaryService(Service):
    """The company's glossary. A catalog: pages hold up to 1000 terms, so a whole listing is one request."""

    def __init__(self, client: SyncVClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    def get_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, term: str | None = None
    ) -> Page[DictionaryTerm]:
        """A page of terms; `term` searches."""
        return self._page(api.LIST_DICTIONARY_TERMS, limit=limit, offset=offset, query={"term": term})

    def iter_all(
        self, *, limit: int = CATALOG_LIMIT, term: str | None = None
    ) -> Iterator[DictionaryTerm]:
        """Every dictionary term, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_DICTIONARY_TERMS, limit=limit, query={"term": term})

    def list_all(
        self, *, limit: int = CATALOG_LIMIT, term: str | None = None, page_concurrency: int | None = None
    ) -> list[DictionaryTerm]:
        """Every dictionary term, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit, term=term), page_concurrency)

    def get(self, dictionary_term_id: str) -> DictionaryTerm:
        """The dictionary term with this id.

        Raises `NotFoundError` when there is none.
        """
        return self._call(api.GET_DICTIONARY_TERM, {"dictionary_term_id": dictionary_term_id})

    def create(
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
        return self._call(api.CREATE_DICTIONARY_TERM, body=body, idempotency_key=idempotency_key)

    def update(
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
        return self._call(api.UPDATE_DICTIONARY_TERM, path, body=body, idempotency_key=idempotency_key)

    def delete(self, dictionary_term_id: str) -> None:
        """Delete the dictionary term with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(api.DELETE_DICTIONARY_TERM, {"dictionary_term_id": dictionary_term_id})
