"""Campaigns, their books and the books' chapters, each with notes and assets."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import msgspec

from .._endpoint import Endpoint
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._assets import Asset, AssetEndpoints
from ._enums import BookInclude, ChapterInclude
from ._fields import Id, Label, Level, Name, Text
from ._notes import Note, NoteEndpoints
from ._statistics import STATISTICS_QUERY, RollStatistics


class Campaign(Model):
    """A campaign of a company: its story's setting, danger and desperation, and its books."""

    id: str
    name: str
    description: str | None
    in_game_date: date | None
    desperation: int
    danger: int
    company_id: str
    num_books: int
    num_chapters: int
    num_notes: int
    num_player_characters: int
    num_storyteller_characters: int
    num_npc_characters: int
    date_created: datetime
    date_modified: datetime


class Chapter(Model):
    """A chapter of a book: a numbered session or scene of the story."""

    id: str
    name: str
    description: str | None
    number: int
    book_id: str
    num_notes: int
    num_assets: int
    character_ids: list[str]
    date_created: datetime
    date_modified: datetime


class ChapterDetail(Chapter):
    """A chapter with the child collections asked for with `include=`; the others stay empty."""

    notes: list[Note] = msgspec.field(default_factory=list)
    assets: list[Asset] = msgspec.field(default_factory=list)


class Book(Model):
    """A book of a campaign: a numbered part of its story, made of chapters."""

    id: str
    name: str
    description: str | None
    number: int
    campaign_id: str
    num_chapters: int
    num_notes: int
    num_assets: int
    character_ids: list[str]
    date_created: datetime
    date_modified: datetime


class BookDetail(Book):
    """A book with the child collections asked for with `include=`; the others stay empty."""

    chapters: list[Chapter] = msgspec.field(default_factory=list)
    notes: list[Note] = msgspec.field(default_factory=list)
    assets: list[Asset] = msgspec.field(default_factory=list)


class CampaignCreate(Model, omit_defaults=True):
    name: Name
    description: Text | Unset | None = UNSET
    in_game_date: date | Unset | None = UNSET
    desperation: Level | Unset = UNSET
    danger: Level | Unset = UNSET


class CampaignPatch(Model, omit_defaults=True):
    name: Name | Unset = UNSET
    description: Text | Unset | None = UNSET
    in_game_date: date | Unset | None = UNSET
    desperation: Level | Unset = UNSET
    danger: Level | Unset = UNSET


class BookCreate(Model, omit_defaults=True):
    name: Label
    description: str | Unset | None = UNSET


class BookPatch(Model, omit_defaults=True):
    name: Label | Unset = UNSET
    description: str | Unset | None = UNSET


class ChapterCreate(Model, omit_defaults=True):
    name: Label
    description: str | Unset | None = UNSET
    character_ids: list[Id] | Unset = UNSET


class ChapterPatch(Model, omit_defaults=True):
    name: Label | Unset = UNSET
    description: str | Unset | None = UNSET
    character_ids: list[Id] | Unset = UNSET


class Renumber(Model):
    """Move a book or chapter to position `number` (from 1); its siblings shift to make room."""

    number: Annotated[int, msgspec.Meta(ge=1)]


_CAMPAIGNS = "/api/v1/companies/{company_id}/campaigns"
_CAMPAIGN = _CAMPAIGNS + "/{campaign_id}"
_BOOKS = _CAMPAIGN + "/books"
_BOOK = _BOOKS + "/{book_id}"
_CHAPTERS = _BOOK + "/chapters"
_CHAPTER = _CHAPTERS + "/{chapter_id}"

LIST_CAMPAIGNS: Endpoint[Page[Campaign]] = Endpoint(
    "listCampaigns", "GET", _CAMPAIGNS, Page[Campaign], query=PAGING
)
CREATE_CAMPAIGN: Endpoint[Campaign] = Endpoint(
    "createCampaign", "POST", _CAMPAIGNS, Campaign, body=CampaignCreate, acting_user=True
)
GET_CAMPAIGN: Endpoint[Campaign] = Endpoint("getCampaign", "GET", _CAMPAIGN, Campaign)
UPDATE_CAMPAIGN: Endpoint[Campaign] = Endpoint(
    "updateCampaign", "PATCH", _CAMPAIGN, Campaign, body=CampaignPatch, acting_user=True
)
DELETE_CAMPAIGN: Endpoint[None] = Endpoint("deleteCampaign", "DELETE", _CAMPAIGN, None, acting_user=True)
GET_CAMPAIGN_STATISTICS: Endpoint[RollStatistics] = Endpoint(
    "getCampaignStatistics", "GET", _CAMPAIGN + "/statistics", RollStatistics, query=STATISTICS_QUERY
)
CAMPAIGN_NOTES = NoteEndpoints.under(_CAMPAIGN, "Campaign")
CAMPAIGN_ASSETS = AssetEndpoints.under(_CAMPAIGN, "Campaign")

LIST_BOOKS: Endpoint[Page[Book]] = Endpoint("listCampaignBooks", "GET", _BOOKS, Page[Book], query=PAGING)
CREATE_BOOK: Endpoint[Book] = Endpoint(
    "createCampaignBook", "POST", _BOOKS, Book, body=BookCreate, acting_user=True
)
GET_BOOK: Endpoint[BookDetail] = Endpoint(
    "getCampaignBook", "GET", _BOOK, BookDetail, query=("include",), choices={"include": BookInclude}
)
UPDATE_BOOK: Endpoint[Book] = Endpoint(
    "updateCampaignBook", "PATCH", _BOOK, Book, body=BookPatch, acting_user=True
)
DELETE_BOOK: Endpoint[None] = Endpoint("deleteCampaignBook", "DELETE", _BOOK, None, acting_user=True)
RENUMBER_BOOK: Endpoint[Book] = Endpoint(
    "renumberCampaignBook", "PUT", _BOOK + "/number", Book, body=Renumber, acting_user=True
)
BOOK_NOTES = NoteEndpoints.under(_BOOK, "Book")
BOOK_ASSETS = AssetEndpoints.under(_BOOK, "Book")

LIST_CHAPTERS: Endpoint[Page[Chapter]] = Endpoint(
    "listCampaignChapters", "GET", _CHAPTERS, Page[Chapter], query=PAGING
)
CREATE_CHAPTER: Endpoint[Chapter] = Endpoint(
    "createCampaignChapter", "POST", _CHAPTERS, Chapter, body=ChapterCreate, acting_user=True
)
GET_CHAPTER: Endpoint[ChapterDetail] = Endpoint(
    "getCampaignChapter",
    "GET",
    _CHAPTER,
    ChapterDetail,
    query=("include",),
    choices={"include": ChapterInclude},
)
UPDATE_CHAPTER: Endpoint[Chapter] = Endpoint(
    "updateCampaignChapter", "PATCH", _CHAPTER, Chapter, body=ChapterPatch, acting_user=True
)
DELETE_CHAPTER: Endpoint[None] = Endpoint("deleteCampaignChapter", "DELETE", _CHAPTER, None, acting_user=True)
RENUMBER_CHAPTER: Endpoint[Chapter] = Endpoint(
    "renumberCampaignChapter", "PUT", _CHAPTER + "/number", Chapter, body=Renumber, acting_user=True
)
CHAPTER_NOTES = NoteEndpoints.under(_CHAPTER, "Chapter")
CHAPTER_ASSETS = AssetEndpoints.under(_CHAPTER, "Chapter")
