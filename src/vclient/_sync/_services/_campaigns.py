# Generated from src/vclient/_async/_services/_campaigns.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..._core._api import _campaigns as api
from ..._core._api._campaigns import Book, BookDetail, Campaign, Chapter, ChapterDetail
from ..._core._api._enums import BookIncludeLike, ChapterIncludeLike
from ..._core._api._statistics import RollStatistics
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._assets import SyncAssetsService
from ._base import Service, as_list
from ._notes import SyncNotesService

if TYPE_CHECKING:
    from .._client import SyncVClient


class SyncCampaignsService(Service):
    """The campaigns of one company, acting as `on_behalf_of` where the server needs an acting user."""

    def __init__(self, client: SyncVClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[Campaign]:
        """One page of campaigns: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return self._page(api.LIST_CAMPAIGNS, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> Iterator[Campaign]:
        """Every campaign, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_CAMPAIGNS, limit=limit)

    def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[Campaign]:
        """Every campaign, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit), page_concurrency)

    def get(self, campaign_id: str) -> Campaign:
        """The campaign with this id.

        Raises `NotFoundError` when there is none.
        """
        return self._call(api.GET_CAMPAIGN, {"campaign_id": campaign_id})

    def create(
        self,
        *,
        name: str,
        description: str | Unset | None = UNSET,
        in_game_date: date | Unset | None = UNSET,
        desperation: int | Unset = UNSET,
        danger: int | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Campaign:
        """A new campaign, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        body = api.CampaignCreate(
            name=name,
            description=description,
            in_game_date=in_game_date,
            desperation=desperation,
            danger=danger,
        )
        return self._call(api.CREATE_CAMPAIGN, body=body, idempotency_key=idempotency_key)

    def update(
        self,
        campaign_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        in_game_date: date | Unset | None = UNSET,
        desperation: int | Unset = UNSET,
        danger: int | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Campaign:
        """Change the given fields only; `description=None` or `in_game_date=None` clears them."""
        body = api.CampaignPatch(
            name=name,
            description=description,
            in_game_date=in_game_date,
            desperation=desperation,
            danger=danger,
        )
        path = {"campaign_id": campaign_id}
        return self._call(api.UPDATE_CAMPAIGN, path, body=body, idempotency_key=idempotency_key)

    def delete(self, campaign_id: str) -> None:
        """Delete the campaign with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(api.DELETE_CAMPAIGN, {"campaign_id": campaign_id})

    def get_statistics(self, campaign_id: str, *, num_top_traits: int | None = None) -> RollStatistics:
        """Dice-roll statistics (success rates, the `num_top_traits` most rolled traits) for this one.

        Raises `NotFoundError` when there is none.
        """
        query = {"num_top_traits": num_top_traits}
        return self._call(api.GET_CAMPAIGN_STATISTICS, {"campaign_id": campaign_id}, query=query)

    def books(self, campaign_id: str) -> SyncBooksService:
        """The books of this campaign."""
        return SyncBooksService(self._client, self._path["company_id"], campaign_id, self._on_behalf_of)

    def notes(self, campaign_id: str) -> SyncNotesService:
        """The notes of this campaign."""
        path = {**self._path, "campaign_id": campaign_id}
        return SyncNotesService(self._client, api.CAMPAIGN_NOTES, path, self._on_behalf_of)

    def assets(self, campaign_id: str) -> SyncAssetsService:
        """The assets (uploaded files) of this campaign."""
        path = {**self._path, "campaign_id": campaign_id}
        return SyncAssetsService(self._client, api.CAMPAIGN_ASSETS, path, self._on_behalf_of)


class SyncBooksService(Service):
    """The books of one campaign, in reading order (`number`)."""

    def __init__(
        self, client: SyncVClient, company_id: str, campaign_id: str, on_behalf_of: str | None = None
    ) -> None:
        super().__init__(client, {"company_id": company_id, "campaign_id": campaign_id}, on_behalf_of)

    def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[Book]:
        """One page of books: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return self._page(api.LIST_BOOKS, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> Iterator[Book]:
        """Every book, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_BOOKS, limit=limit)

    def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[Book]:
        """Every book, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit), page_concurrency)

    def get(self, book_id: str, *, include: Sequence[BookIncludeLike] = ()) -> BookDetail:
        """A book, with the child collections named in `include` embedded."""
        query = {"include": as_list(include, "include") or None}
        return self._call(api.GET_BOOK, {"book_id": book_id}, query=query)

    def create(
        self, *, name: str, description: str | Unset | None = UNSET, idempotency_key: str | None = None
    ) -> Book:
        """A new book, numbered after the campaign's last one."""
        body = api.BookCreate(name=name, description=description)
        return self._call(api.CREATE_BOOK, body=body, idempotency_key=idempotency_key)

    def update(
        self,
        book_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> Book:
        """Change the given fields only; `description=None` clears it."""
        body = api.BookPatch(name=name, description=description)
        path = {"book_id": book_id}
        return self._call(api.UPDATE_BOOK, path, body=body, idempotency_key=idempotency_key)

    def delete(self, book_id: str) -> None:
        """Delete the book with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(api.DELETE_BOOK, {"book_id": book_id})

    def renumber(self, book_id: str, number: int, *, idempotency_key: str | None = None) -> Book:
        """Move a book to position `number` (from 1); the others shift to make room."""
        body = api.Renumber(number=number)
        path = {"book_id": book_id}
        return self._call(api.RENUMBER_BOOK, path, body=body, idempotency_key=idempotency_key)

    def chapters(self, book_id: str) -> SyncChaptersService:
        """The chapters of this book."""
        company_id, campaign_id = self._path["company_id"], self._path["campaign_id"]
        return SyncChaptersService(self._client, company_id, campaign_id, book_id, self._on_behalf_of)

    def notes(self, book_id: str) -> SyncNotesService:
        """The notes of this book."""
        return SyncNotesService(
            self._client, api.BOOK_NOTES, {**self._path, "book_id": book_id}, self._on_behalf_of
        )

    def assets(self, book_id: str) -> SyncAssetsService:
        """The assets (uploaded files) of this book."""
        path = {**self._path, "book_id": book_id}
        return SyncAssetsService(self._client, api.BOOK_ASSETS, path, self._on_behalf_of)


class SyncChaptersService(Service):
    """The chapters of one book, in reading order (`number`)."""

    def __init__(
        self,
        client: SyncVClient,
        company_id: str,
        campaign_id: str,
        book_id: str,
        on_behalf_of: str | None = None,
    ) -> None:
        path = {"company_id": company_id, "campaign_id": campaign_id, "book_id": book_id}
        super().__init__(client, path, on_behalf_of)

    def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[Chapter]:
        """One page of chapters: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return self._page(api.LIST_CHAPTERS, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> Iterator[Chapter]:
        """Every chapter, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_CHAPTERS, limit=limit)

    def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[Chapter]:
        """Every chapter, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit), page_concurrency)

    def get(self, chapter_id: str, *, include: Sequence[ChapterIncludeLike] = ()) -> ChapterDetail:
        """A chapter, with the child collections named in `include` embedded."""
        query = {"include": as_list(include, "include") or None}
        return self._call(api.GET_CHAPTER, {"chapter_id": chapter_id}, query=query)

    def create(
        self,
        *,
        name: str,
        description: str | Unset | None = UNSET,
        character_ids: Sequence[str] | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Chapter:
        """A new chapter, numbered after the book's last one, featuring `character_ids`."""
        body = api.ChapterCreate(
            name=name, description=description, character_ids=as_list(character_ids, "character_ids")
        )
        return self._call(api.CREATE_CHAPTER, body=body, idempotency_key=idempotency_key)

    def update(
        self,
        chapter_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        character_ids: Sequence[str] | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Chapter:
        """Change the given fields only; `character_ids` replaces the whole list."""
        body = api.ChapterPatch(
            name=name, description=description, character_ids=as_list(character_ids, "character_ids")
        )
        path = {"chapter_id": chapter_id}
        return self._call(api.UPDATE_CHAPTER, path, body=body, idempotency_key=idempotency_key)

    def delete(self, chapter_id: str) -> None:
        """Delete the chapter with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(api.DELETE_CHAPTER, {"chapter_id": chapter_id})

    def renumber(self, chapter_id: str, number: int, *, idempotency_key: str | None = None) -> Chapter:
        """Move a chapter to position `number` (from 1); the others shift to make room."""
        body = api.Renumber(number=number)
        path = {"chapter_id": chapter_id}
        return self._call(api.RENUMBER_CHAPTER, path, body=body, idempotency_key=idempotency_key)

    def notes(self, chapter_id: str) -> SyncNotesService:
        """The notes of this chapter."""
        path = {**self._path, "chapter_id": chapter_id}
        return SyncNotesService(self._client, api.CHAPTER_NOTES, path, self._on_behalf_of)

    def assets(self, chapter_id: str) -> SyncAssetsService:
        """The assets (uploaded files) of this chapter."""
        path = {**self._path, "chapter_id": chapter_id}
        return SyncAssetsService(self._client, api.CHAPTER_ASSETS, path, self._on_behalf_of)
