"""Assets (uploaded files): one sub-resource under users, campaigns, books, chapters and characters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .._endpoint import Endpoint, Upload
from .._model import Model
from .._pagination import PAGING, Page
from ._enums import AssetType


class Asset(Model):
    """An uploaded file (image, text, audio, ...) attached to a user, campaign, book, chapter or character."""

    id: str
    date_created: datetime
    date_modified: datetime
    asset_type: str
    mime_type: str
    original_filename: str
    public_url: str
    company_id: str
    uploaded_by_id: str | None
    character_id: str | None
    campaign_id: str | None
    book_id: str | None
    chapter_id: str | None
    user_parent_id: str | None


@dataclass(frozen=True, slots=True)
class AssetEndpoints:
    list: Endpoint[Page[Asset]]
    get: Endpoint[Asset]
    upload: Endpoint[Asset]
    delete: Endpoint[None]

    @classmethod
    def under(cls, parent: str, name: str, *, delete_acting_user: bool = True) -> AssetEndpoints:
        """The operations list{name}Assets, get/upload/delete{name}Asset under `parent`."""
        item = parent + "/assets/{asset_id}"
        return cls(
            list=Endpoint(
                f"list{name}Assets",
                "GET",
                parent + "/assets",
                Page[Asset],
                query=(*PAGING, "asset_type"),
                choices={"asset_type": AssetType},
            ),
            get=Endpoint(f"get{name}Asset", "GET", item, Asset),
            upload=Endpoint(
                f"upload{name}Asset",
                "POST",
                parent + "/assets/upload",
                Asset,
                body=Upload("file"),
                acting_user=True,
            ),
            delete=Endpoint(f"delete{name}Asset", "DELETE", item, None, acting_user=delete_acting_user),
        )
