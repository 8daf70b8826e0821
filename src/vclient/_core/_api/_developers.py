"""Developers: the API key owner's own profile."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from .._endpoint import Endpoint
from .._model import UNSET, Model, Unset
from ._fields import Email, Label


class CompanyPermissions(Model):
    """A developer's permission in one company."""

    company_id: str
    name: str
    permission: str


class Developer(Model):
    """The developer an API key belongs to, and the companies it may use."""

    id: str
    date_created: datetime
    date_modified: datetime
    username: str
    email: str
    key_generated: datetime | None
    provider_audiences: dict[str, list[str]] | None
    companies: list[CompanyPermissions]


class DeveloperApiKey(Model):
    """A newly issued API key. Its repr hides the key; read `.api_key` to store it."""

    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"api_key"})

    id: str
    username: str
    email: str
    api_key: str
    key_generated: datetime | None = None


class DeveloperPatch(Model, omit_defaults=True):
    username: Label | Unset = UNSET
    email: Email | Unset = UNSET
    provider_audiences: dict[str, list[str]] | Unset | None = UNSET


GET_DEVELOPER_ME: Endpoint[Developer] = Endpoint("getDeveloperMe", "GET", "/api/v1/developers/me", Developer)
UPDATE_DEVELOPER_ME: Endpoint[Developer] = Endpoint(
    "updateDeveloperMe", "PATCH", "/api/v1/developers/me", Developer, body=DeveloperPatch
)
REGENERATE_DEVELOPER_ME_API_KEY: Endpoint[DeveloperApiKey] = Endpoint(
    "regenerateDeveloperMeApiKey", "POST", "/api/v1/developers/me/new-key", DeveloperApiKey
)
