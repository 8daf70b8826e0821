"""Notes: one sub-resource under users, campaigns, books, chapters and characters.

Each parent declares its five operations with `NoteEndpoints.under(...)`; the service is shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .._endpoint import Endpoint
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._fields import Name, Text


class Note(Model):
    """A note attached to a user, campaign, book, chapter or character."""

    id: str
    date_created: datetime
    date_modified: datetime
    title: str
    content: str
    company_id: str
    campaign_id: str | None
    book_id: str | None
    chapter_id: str | None
    character_id: str | None
    user_id: str | None


class NoteCreate(Model, omit_defaults=True):
    title: Name
    content: Text | Unset = UNSET


class NotePatch(Model, omit_defaults=True):
    title: Name | Unset = UNSET
    content: Text | Unset = UNSET


@dataclass(frozen=True, slots=True)
class NoteEndpoints:
    list: Endpoint[Page[Note]]
    create: Endpoint[Note]
    get: Endpoint[Note]
    update: Endpoint[Note]
    delete: Endpoint[None]

    @classmethod
    def under(cls, parent: str, name: str) -> NoteEndpoints:
        """The operations list{name}Notes, create{name}Note, get/update/delete{name}Note under `parent`."""
        item = parent + "/notes/{note_id}"
        return cls(
            list=Endpoint(f"list{name}Notes", "GET", parent + "/notes", Page[Note], query=PAGING),
            create=Endpoint(f"create{name}Note", "POST", parent + "/notes", Note, body=NoteCreate),
            get=Endpoint(f"get{name}Note", "GET", item, Note),
            update=Endpoint(f"update{name}Note", "PATCH", item, Note, body=NotePatch),
            delete=Endpoint(f"delete{name}Note", "DELETE", item, None),
        )
