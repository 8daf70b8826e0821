"""Companies: the tenants everything else lives in, their settings, access and audit log."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

from .._endpoint import Endpoint, enum_choices
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._fields import Choices, Email, Id, Name, Points, Text


class CompanyPermission(enum.StrEnum):
    """Access a developer can be granted to a company (REVOKE removes it)."""

    USER = "USER"
    ADMIN = "ADMIN"
    OWNER = "OWNER"
    REVOKE = "REVOKE"


class AuditEntityType(enum.StrEnum):
    """Kinds of record an audit-log entry can be about."""

    ASSET = "ASSET"
    BOOK = "BOOK"
    CAMPAIGN = "CAMPAIGN"
    CHAPTER = "CHAPTER"
    CHARACTER = "CHARACTER"
    CHARACTER_INVENTORY = "CHARACTER_INVENTORY"
    CHARACTER_TRAIT = "CHARACTER_TRAIT"
    CHARGEN_SESSION = "CHARGEN_SESSION"
    COMPANY = "COMPANY"
    DEVELOPER = "DEVELOPER"
    DICTIONARY_TERM = "DICTIONARY_TERM"
    EXPERIENCE = "EXPERIENCE"
    NOTE = "NOTE"
    QUICKROLL = "QUICKROLL"
    USER = "USER"


class AuditOperation(enum.StrEnum):
    """What an audit-log entry records: a creation, an update or a deletion."""

    CREATE = "CREATE"
    UPDATE = "UPDATE"
    DELETE = "DELETE"


if TYPE_CHECKING:  # plain strings (and numbers) type-check too; at run time each is its enumeration
    CompanyPermissionLike: TypeAlias = CompanyPermission | Literal["USER", "ADMIN", "OWNER", "REVOKE"]
    AuditEntityTypeLike: TypeAlias = (
        AuditEntityType
        | Literal[
            "ASSET",
            "BOOK",
            "CAMPAIGN",
            "CHAPTER",
            "CHARACTER",
            "CHARACTER_INVENTORY",
            "CHARACTER_TRAIT",
            "CHARGEN_SESSION",
            "COMPANY",
            "DEVELOPER",
            "DICTIONARY_TERM",
            "EXPERIENCE",
            "NOTE",
            "QUICKROLL",
            "USER",
        ]
    )
    AuditOperationLike: TypeAlias = AuditOperation | Literal["CREATE", "UPDATE", "DELETE"]
else:
    CompanyPermissionLike = CompanyPermission
    AuditEntityTypeLike = AuditEntityType
    AuditOperationLike = AuditOperation


class CompanySettings(Model):
    """A company's rules: character generation costs and who may manage campaigns, XP and traits."""

    id: str
    character_autogen_xp_cost: int
    character_autogen_num_choices: int
    character_autogen_starting_points: int
    permission_manage_campaign: str
    permission_manage_npc: str
    permission_grant_xp: str
    permission_free_trait_changes: str
    permission_recoup_xp: str


class Company(Model):
    """A company: the tenant that users, campaigns and characters belong to, with its settings and counts."""

    id: str
    date_created: datetime
    date_modified: datetime
    name: str
    description: str | None
    email: str
    resources_modified_at: datetime
    num_campaigns: int
    num_player_characters: int
    num_storyteller_characters: int
    num_npc_characters: int
    num_users: int
    settings: CompanySettings


class CompanyUser(Model):
    """The admin user created with a new company."""

    id: str
    date_created: datetime
    date_modified: datetime
    username: str
    email: str
    role: str
    company_id: str


class NewCompany(Model):
    """A company just created, with the admin user made for it."""

    company: Company
    admin_user: CompanyUser


class CompanyAccess(Model):
    """A developer's access to a company after a grant."""

    company_id: str
    name: str
    permission: str


class AuditLog(Model):
    """One change recorded in a company's audit log: who did what to which record, and when."""

    id: str
    date_created: datetime
    entity_type: str | None
    operation: str | None
    target_entity_id: str | None
    description: str | None
    changes: dict[str, Any] | None
    company_id: str | None
    acting_user_id: str | None
    user_id: str | None
    campaign_id: str | None
    book_id: str | None
    chapter_id: str | None
    character_id: str | None
    request_id: str | None
    summary: str | None


class AuditLogDetail(AuditLog):
    """An audit log entry with the request that caused it (`include_request_details=True`)."""

    method: str
    url: str
    request_json: dict[str, Any] | list[Any] | None  # an array for bulk requests (the spec says object)
    request_body: str | None
    path_params: dict[str, Any] | None
    query_params: dict[str, Any] | None
    operation_id: str | None
    handler_name: str | None


class CompanySettingsInput(Model, omit_defaults=True):
    """Company settings to set; fields left out keep their current (or default) value."""

    character_autogen_xp_cost: Points | Unset = UNSET
    character_autogen_num_choices: Choices | Unset = UNSET
    character_autogen_starting_points: Points | Unset = UNSET
    permission_manage_campaign: str | Unset = UNSET
    permission_manage_npc: str | Unset = UNSET
    permission_grant_xp: str | Unset = UNSET
    permission_free_trait_changes: str | Unset = UNSET
    permission_recoup_xp: str | Unset = UNSET


class CompanyCreate(Model, omit_defaults=True):
    name: Name
    email: Email
    description: Text | Unset | None = UNSET
    settings: CompanySettingsInput | Unset | None = UNSET


class CompanyPatch(Model, omit_defaults=True):
    name: Name | Unset = UNSET
    email: Email | Unset = UNSET
    description: Text | Unset | None = UNSET
    settings: CompanySettingsInput | Unset = UNSET


class CompanyPermissionRequest(Model):
    developer_id: Id
    permission: CompanyPermissionLike


_COMPANY = "/api/v1/companies/{company_id}"


class AuditLogFilters(TypedDict, total=False):
    """Filters for an audit log; one left out (or None) matches everything. Datetimes must be aware."""

    acting_user_id: str | None
    user_id: str | None
    campaign_id: str | None
    book_id: str | None
    chapter_id: str | None
    character_id: str | None
    entity_type: AuditEntityTypeLike | None
    operation: AuditOperationLike | None
    date_from: datetime | None
    date_to: datetime | None


AUDIT_LOG_FILTERS = (*AuditLogFilters.__annotations__, "include")


class AuditLogInclude(enum.StrEnum):
    REQUEST_DETAILS = "request_details"


def audit_log_query(filters: Mapping[str, object], include_request_details: bool) -> dict[str, object]:
    """The audit-log query as the server names it (shared with the global admin's developer logs)."""
    return {**filters, "include": ["request_details"] if include_request_details else None}


LIST_COMPANIES: Endpoint[Page[Company]] = Endpoint(
    "listCompanies", "GET", "/api/v1/companies", Page[Company], query=PAGING
)
CREATE_COMPANY: Endpoint[NewCompany] = Endpoint(
    "createCompany", "POST", "/api/v1/companies", NewCompany, body=CompanyCreate
)
GET_COMPANY: Endpoint[Company] = Endpoint("getCompany", "GET", _COMPANY, Company)
UPDATE_COMPANY: Endpoint[Company] = Endpoint("updateCompany", "PATCH", _COMPANY, Company, body=CompanyPatch)
DELETE_COMPANY: Endpoint[None] = Endpoint("deleteCompany", "DELETE", _COMPANY, None)
ADD_DEVELOPER_TO_COMPANY: Endpoint[CompanyAccess] = Endpoint(
    "addDeveloperToCompany", "POST", _COMPANY + "/access", CompanyAccess, body=CompanyPermissionRequest
)
LIST_COMPANY_AUDIT_LOGS: Endpoint[Page[AuditLog]] = Endpoint(
    "listCompanyAuditLogs",
    "GET",
    _COMPANY + "/audit-logs",
    Page[AuditLog],
    query=PAGING + AUDIT_LOG_FILTERS,
    choices={**enum_choices(AuditLogFilters), "include": AuditLogInclude},
)
# Same operation with include=request_details: the items are AuditLogDetail, a subclass of AuditLog.
LIST_COMPANY_AUDIT_LOGS_DETAILED: Endpoint[Page[AuditLog]] = LIST_COMPANY_AUDIT_LOGS.returning(
    Page[AuditLogDetail]
)
