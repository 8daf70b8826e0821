from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Unpack, overload

from ..._core._api import _admin as api
from ..._core._api._admin import (
    AdminDeveloper,
    AdminDeveloperApiKey,
    AdminUser,
    DeveloperAuditLogFilters,
    LogArchive,
    LogEntry,
)
from ..._core._api._companies import AuditLog, audit_log_query
from ..._core._api._enums import LogLevelLike, UserRoleLike
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page, check_count
from .._walks import collect
from ._base import Service

if TYPE_CHECKING:
    from .._client import VClient


class GlobalAdminService(Service):
    """Server-wide administration: every developer and user, developer audit logs, server logs.

    Every call needs a global-admin API key; others get AuthorizationError (403).
    """

    def __init__(self, client: VClient) -> None:
        super().__init__(client)

    # -- developers --------------------------------------------------------------------------

    async def get_developer_page(
        self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0, is_global_admin: bool | None = None
    ) -> Page[AdminDeveloper]:
        """One page of developers (every one, in every company): `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        query = {"is_global_admin": is_global_admin}
        return await self._page(api.LIST_DEVELOPERS, limit=limit, offset=offset, query=query)

    def iter_all_developers(
        self, *, limit: int = 100, is_global_admin: bool | None = None
    ) -> AsyncIterator[AdminDeveloper]:
        """Every developer, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_DEVELOPERS, limit=limit, query={"is_global_admin": is_global_admin})

    async def list_all_developers(
        self,
        *,
        limit: int = 100,
        is_global_admin: bool | None = None,
        page_concurrency: int | None = None,
    ) -> list[AdminDeveloper]:
        """Every developer, in one list (fetched `limit` at a time)."""
        return await collect(
            self.iter_all_developers(limit=limit, is_global_admin=is_global_admin), page_concurrency
        )

    async def get_developer(self, developer_id: str) -> AdminDeveloper:
        """The developer with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_DEVELOPER, {"developer_id": developer_id})

    async def create_developer(
        self,
        *,
        username: str,
        email: str,
        is_global_admin: bool | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> AdminDeveloper:
        """A new developer, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        body = api.DeveloperCreate(username=username, email=email, is_global_admin=is_global_admin)
        return await self._call(api.CREATE_DEVELOPER, body=body, idempotency_key=idempotency_key)

    async def update_developer(
        self,
        developer_id: str,
        *,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        is_global_admin: bool | Unset = UNSET,
        provider_audiences: dict[str, list[str]] | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> AdminDeveloper:
        """The developer, changed: an argument left out stays as it is, `None` clears it.

        Raises `NotFoundError` when there is none, `ValidationError` when the server refuses a value.
        """
        body = api.AdminDeveloperPatch(
            username=username,
            email=email,
            is_global_admin=is_global_admin,
            provider_audiences=provider_audiences,
        )
        path = {"developer_id": developer_id}
        return await self._call(api.UPDATE_DEVELOPER, path, body=body, idempotency_key=idempotency_key)

    async def delete_developer(self, developer_id: str) -> None:
        """Delete the developer with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(api.DELETE_DEVELOPER, {"developer_id": developer_id})

    async def create_api_key(
        self, developer_id: str, *, idempotency_key: str | None = None
    ) -> AdminDeveloperApiKey:
        """Issue a new key for another developer, revoking theirs. Its repr hides the key."""
        path = {"developer_id": developer_id}
        return await self._call(api.CREATE_DEVELOPER_API_KEY, path, idempotency_key=idempotency_key)

    # -- developer audit logs ----------------------------------------------------------------

    async def get_audit_log_page(
        self,
        developer_id: str,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        include_request_details: bool = False,
        **filters: Unpack[DeveloperAuditLogFilters],
    ) -> Page[AuditLog]:
        """One page of what a developer did; with `include_request_details`, items are AuditLogDetail."""
        query = audit_log_query(filters, include_request_details)
        endpoint = (
            api.LIST_DEVELOPER_AUDIT_LOGS_DETAILED
            if include_request_details
            else api.LIST_DEVELOPER_AUDIT_LOGS
        )
        path = {"developer_id": developer_id}
        return await self._page(endpoint, path, limit=limit, offset=offset, query=query)

    def iter_all_audit_logs(
        self,
        developer_id: str,
        *,
        limit: int = 100,
        include_request_details: bool = False,
        **filters: Unpack[DeveloperAuditLogFilters],
    ) -> AsyncIterator[AuditLog]:
        """Every audit log, fetched `limit` at a time as you iterate; one page is held at a time."""
        query = audit_log_query(filters, include_request_details)
        endpoint = (
            api.LIST_DEVELOPER_AUDIT_LOGS_DETAILED
            if include_request_details
            else api.LIST_DEVELOPER_AUDIT_LOGS
        )
        path = {"developer_id": developer_id}
        return self._iterate(endpoint, path, limit=limit, query=query)

    async def list_all_audit_logs(
        self,
        developer_id: str,
        *,
        limit: int = 100,
        include_request_details: bool = False,
        page_concurrency: int | None = None,
        **filters: Unpack[DeveloperAuditLogFilters],
    ) -> list[AuditLog]:
        """Every audit log, in one list (fetched `limit` at a time)."""
        entries = self.iter_all_audit_logs(
            developer_id, limit=limit, include_request_details=include_request_details, **filters
        )
        return await collect(entries, page_concurrency)

    # -- users of every company --------------------------------------------------------------

    async def get_user_page(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        company_id: str | None = None,
        role: UserRoleLike | None = None,
        email: str | None = None,
        is_archived: bool | None = None,
    ) -> Page[AdminUser]:
        """One page of users of every company: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        query = {"company_id": company_id, "role": role, "email": email, "is_archived": is_archived}
        return await self._page(api.LIST_USERS, limit=limit, offset=offset, query=query)

    def iter_all_users(
        self,
        *,
        limit: int = 100,
        company_id: str | None = None,
        role: UserRoleLike | None = None,
        email: str | None = None,
        is_archived: bool | None = None,
    ) -> AsyncIterator[AdminUser]:
        """Every user of every company, fetched `limit` at a time as you iterate."""
        query = {"company_id": company_id, "role": role, "email": email, "is_archived": is_archived}
        return self._iterate(api.LIST_USERS, limit=limit, query=query)

    async def list_all_users(
        self,
        *,
        limit: int = 100,
        company_id: str | None = None,
        role: UserRoleLike | None = None,
        email: str | None = None,
        is_archived: bool | None = None,
        page_concurrency: int | None = None,
    ) -> list[AdminUser]:
        """Every user of every company, in one list (fetched `limit` at a time)."""
        users = self.iter_all_users(
            limit=limit, company_id=company_id, role=role, email=email, is_archived=is_archived
        )
        return await collect(users, page_concurrency)

    async def get_user(self, user_id: str) -> AdminUser:
        """The user with this id.

        Raises `NotFoundError` when there is none.
        """
        return await self._call(api.GET_USER, {"user_id": user_id})

    async def create_user(
        self,
        *,
        company_id: str,
        username: str,
        email: str,
        role: UserRoleLike,
        name_first: str | Unset | None = UNSET,
        name_last: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> AdminUser:
        """A new user, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        body = api.AdminUserCreate(
            company_id=company_id, username=username, email=email, role=role, name_first=name_first,
            name_last=name_last,
        )  # fmt: skip
        return await self._call(api.CREATE_USER, body=body, idempotency_key=idempotency_key)

    async def update_user(
        self,
        user_id: str,
        *,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        role: UserRoleLike | Unset = UNSET,
        name_first: str | Unset | None = UNSET,
        name_last: str | Unset | None = UNSET,
        is_archived: bool | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> AdminUser:
        """The user, changed: an argument left out stays as it is, `None` clears it.

        Raises `NotFoundError` when there is none, `ValidationError` when the server refuses a value.
        """
        body = api.AdminUserPatch(
            username=username, email=email, role=role, name_first=name_first, name_last=name_last,
            is_archived=is_archived,
        )  # fmt: skip
        path = {"user_id": user_id}
        return await self._call(api.UPDATE_USER, path, body=body, idempotency_key=idempotency_key)

    async def delete_user(self, user_id: str) -> None:
        """Delete the user with this id.

        Raises `NotFoundError` when there is none.
        """
        await self._call(api.DELETE_USER, {"user_id": user_id})

    # -- server logs -------------------------------------------------------------------------

    async def tail_logs(self, *, level: LogLevelLike | None = None, limit: int = 100) -> list[LogEntry]:
        """The latest `limit` (1 to 500) log lines, optionally only those at `level` or above."""
        check_count("limit", limit, 1, api.TAIL_LOGS_MAX)
        return await self._call(api.TAIL_SERVER_LOGS, query={"level": level, "limit": limit})

    @overload
    async def download_logs(self) -> LogArchive: ...

    @overload
    async def download_logs(self, destination: str | os.PathLike[str]) -> Path: ...

    async def download_logs(self, destination: str | os.PathLike[str] | None = None) -> LogArchive | Path:
        """The server's log files as a zip archive: in memory, or streamed to `destination` (a file path)."""
        request = self._client._prepare(api.DOWNLOAD_SERVER_LOGS, headers=self._headers)
        headers, content = await self._client._download(request, destination)
        if destination is not None:
            return Path(destination)
        return LogArchive(filename=api.archive_name(headers.get("content-disposition")), content=content)
