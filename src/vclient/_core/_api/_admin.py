"""Global admin: every developer and user of the server, the server's logs, developer audit logs."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import msgspec

from .._endpoint import BINARY, Endpoint, enum_choices
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._companies import AuditLog, AuditLogDetail, AuditLogFilters, AuditLogInclude
from ._developers import CompanyPermissions, DeveloperApiKey
from ._enums import LogLevel, UserRole
from ._fields import Email, Id, Label, Name, PersonName
from ._users import User


class AdminDeveloper(Model):
    """A developer as the global admin sees it: their account, key status and company permissions."""

    id: str
    date_created: datetime
    date_modified: datetime
    username: str
    email: str
    is_global_admin: bool
    key_generated: datetime | None
    provider_audiences: dict[str, list[str]] | None
    companies: list[CompanyPermissions]


class DeveloperCompany(Model):
    """A company a developer may use, as a newly issued key's answer lists it."""

    company_id: str
    company_name: str
    permission: str


class AdminDeveloperApiKey(DeveloperApiKey, kw_only=True):
    """A key issued by an admin for another developer. Its repr hides the key."""

    date_created: datetime
    date_modified: datetime
    is_global_admin: bool  # the server sends "True" or "False"; read as a real bool
    companies: list[DeveloperCompany] = msgspec.field(default_factory=list)


class AdminUser(User):
    """A user as the global admin sees it: any company's, archived ones included."""

    is_archived: bool


class LogEntry(Model):
    """One line of the server's log; fields the line does not carry are None."""

    timestamp: str | None = None
    level: str | None = None
    name: str | None = None
    message: str | None = None
    exception: str | None = None
    extra: dict[str, Any] = msgspec.field(default_factory=dict)
    raw: str | None = None


class LogArchive(Model):
    """The server's log files as one zip archive."""

    filename: str
    content: bytes


class DeveloperCreate(Model, omit_defaults=True):
    username: Label
    email: Email
    is_global_admin: bool | Unset = UNSET


class AdminDeveloperPatch(Model, omit_defaults=True):
    username: Label | Unset = UNSET
    email: Email | Unset = UNSET
    is_global_admin: bool | Unset = UNSET
    provider_audiences: dict[str, list[str]] | Unset | None = UNSET


class AdminUserCreate(Model, omit_defaults=True):
    company_id: Id
    username: Name
    email: Email
    role: str
    name_first: PersonName | Unset | None = UNSET
    name_last: PersonName | Unset | None = UNSET


class AdminUserPatch(Model, omit_defaults=True):
    name_first: PersonName | Unset | None = UNSET
    name_last: PersonName | Unset | None = UNSET
    username: Name | Unset = UNSET
    email: Email | Unset = UNSET
    role: str | Unset = UNSET
    is_archived: bool | Unset = UNSET


_ADMIN = "/api/v1/admin"
_DEVELOPER = _ADMIN + "/developers/{developer_id}"
_USER = _ADMIN + "/users/{user_id}"
TAIL_LOGS_MAX = 500

LIST_DEVELOPERS: Endpoint[Page[AdminDeveloper]] = Endpoint(
    "globalAdminListDevelopers",
    "GET",
    _ADMIN + "/developers",
    Page[AdminDeveloper],
    query=(*PAGING, "is_global_admin"),
)
CREATE_DEVELOPER: Endpoint[AdminDeveloper] = Endpoint(
    "globalAdminCreateDeveloper", "POST", _ADMIN + "/developers", AdminDeveloper, body=DeveloperCreate
)
GET_DEVELOPER: Endpoint[AdminDeveloper] = Endpoint(
    "globalAdminGetDeveloper", "GET", _DEVELOPER, AdminDeveloper
)
UPDATE_DEVELOPER: Endpoint[AdminDeveloper] = Endpoint(
    "globalAdminUpdateDeveloper", "PATCH", _DEVELOPER, AdminDeveloper, body=AdminDeveloperPatch
)
DELETE_DEVELOPER: Endpoint[None] = Endpoint("globalAdminDeleteDeveloper", "DELETE", _DEVELOPER, None)
CREATE_DEVELOPER_API_KEY: Endpoint[AdminDeveloperApiKey] = Endpoint(
    "globalAdminCreateDeveloperApiKey", "POST", _DEVELOPER + "/new-key", AdminDeveloperApiKey
)


class DeveloperAuditLogFilters(AuditLogFilters, total=False):
    """Audit-log filters for one developer's actions, which can span companies."""

    company_id: str | None


LIST_DEVELOPER_AUDIT_LOGS: Endpoint[Page[AuditLog]] = Endpoint(
    "globalAdminListDeveloperAuditLogs",
    "GET",
    _DEVELOPER + "/audit-logs",
    Page[AuditLog],
    query=(*PAGING, *DeveloperAuditLogFilters.__annotations__, "include"),
    choices={**enum_choices(DeveloperAuditLogFilters), "include": AuditLogInclude},
)
LIST_DEVELOPER_AUDIT_LOGS_DETAILED: Endpoint[Page[AuditLog]] = LIST_DEVELOPER_AUDIT_LOGS.returning(
    Page[AuditLogDetail]
)
LIST_USERS: Endpoint[Page[AdminUser]] = Endpoint(
    "globalAdminListUsers",
    "GET",
    _ADMIN + "/users",
    Page[AdminUser],
    query=("company_id", "role", "email", "is_archived", *PAGING),
    choices={"role": UserRole},
)
CREATE_USER: Endpoint[AdminUser] = Endpoint(
    "globalAdminCreateUser", "POST", _ADMIN + "/users", AdminUser, body=AdminUserCreate
)
GET_USER: Endpoint[AdminUser] = Endpoint("globalAdminGetUser", "GET", _USER, AdminUser)
UPDATE_USER: Endpoint[AdminUser] = Endpoint(
    "globalAdminUpdateUser", "PATCH", _USER, AdminUser, body=AdminUserPatch
)
DELETE_USER: Endpoint[None] = Endpoint("globalAdminDeleteUser", "DELETE", _USER, None)
TAIL_SERVER_LOGS: Endpoint[list[LogEntry]] = Endpoint(
    "globalAdminTailServerLogs",
    "GET",
    _ADMIN + "/logs",
    list[LogEntry],
    query=("level", "limit"),
    choices={"level": LogLevel},
)
DOWNLOAD_SERVER_LOGS: Endpoint[bytes] = Endpoint(
    "globalAdminDownloadServerLogs", "GET", _ADMIN + "/logs/download", BINARY
)


def archive_name(content_disposition: str | None, default: str = "logs.zip") -> str:
    """The file name a Content-Disposition header gives (without any directory part)."""
    match = re.search(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', content_disposition or "", re.IGNORECASE)
    name = match.group(1).strip() if match else ""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return name if name not in ("", ".", "..") else default
