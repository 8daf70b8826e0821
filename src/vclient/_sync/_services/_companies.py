# Generated from src/vclient/_async/_services/_companies.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Unpack

from ..._core._api._companies import (
    ADD_DEVELOPER_TO_COMPANY,
    CREATE_COMPANY,
    DELETE_COMPANY,
    GET_COMPANY,
    LIST_COMPANIES,
    LIST_COMPANY_AUDIT_LOGS,
    LIST_COMPANY_AUDIT_LOGS_DETAILED,
    UPDATE_COMPANY,
    AuditLog,
    AuditLogFilters,
    Company,
    CompanyAccess,
    CompanyCreate,
    CompanyPatch,
    CompanyPermissionLike,
    CompanyPermissionRequest,
    CompanySettingsInput,
    NewCompany,
    audit_log_query,
)
from ..._core._api._statistics import GET_COMPANY_STATISTICS, RollStatistics
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._base import Service

if TYPE_CHECKING:
    from .._client import SyncVClient


class SyncCompaniesService(Service):
    """Companies the API key can reach, their settings, developer access, statistics and audit log."""

    def __init__(self, client: SyncVClient) -> None:
        super().__init__(client)

    def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[Company]:
        """One page of companies: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return self._page(LIST_COMPANIES, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> Iterator[Company]:
        """Every company, fetched `limit` per request."""
        return self._iterate(LIST_COMPANIES, limit=limit)

    def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[Company]:
        """Every company, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit), page_concurrency)

    def get(self, company_id: str) -> Company:
        """The company with this id.

        Raises `NotFoundError` when there is none.
        """
        return self._call(GET_COMPANY, {"company_id": company_id})

    def create(
        self,
        *,
        name: str,
        email: str,
        description: str | Unset | None = UNSET,
        settings: CompanySettingsInput | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> NewCompany:
        """Create a company. The calling developer becomes its OWNER, with an ADMIN user of their own."""
        body = CompanyCreate(name=name, email=email, description=description, settings=settings)
        return self._call(CREATE_COMPANY, body=body, idempotency_key=idempotency_key)

    def update(
        self,
        company_id: str,
        *,
        name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        settings: CompanySettingsInput | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> Company:
        """Change the given fields only; `description=None` clears the description."""
        body = CompanyPatch(name=name, email=email, description=description, settings=settings)
        return self._call(
            UPDATE_COMPANY, {"company_id": company_id}, body=body, idempotency_key=idempotency_key
        )

    def delete(self, company_id: str) -> None:
        """Delete the company with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(DELETE_COMPANY, {"company_id": company_id})

    def grant_access(
        self,
        company_id: str,
        developer_id: str,
        permission: CompanyPermissionLike,
        *,
        idempotency_key: str | None = None,
    ) -> CompanyAccess:
        """Give a developer access to a company, change it, or remove it with `CompanyPermission.REVOKE`."""
        body = CompanyPermissionRequest(developer_id=developer_id, permission=permission)
        return self._call(
            ADD_DEVELOPER_TO_COMPANY, {"company_id": company_id}, body=body, idempotency_key=idempotency_key
        )

    def get_statistics(self, company_id: str, *, num_top_traits: int | None = None) -> RollStatistics:
        """Dice-roll statistics over the whole company (server default: 5 top traits)."""
        return self._call(
            GET_COMPANY_STATISTICS, {"company_id": company_id}, query={"num_top_traits": num_top_traits}
        )

    def get_audit_log_page(
        self,
        company_id: str,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        include_request_details: bool = False,
        **filters: Unpack[AuditLogFilters],
    ) -> Page[AuditLog]:
        """One page of the company's audit log, newest first.

        With `include_request_details=True` the items are `AuditLogDetail` (a subclass of `AuditLog`).
        """
        query = audit_log_query(filters, include_request_details)
        return self._page(
            LIST_COMPANY_AUDIT_LOGS_DETAILED if include_request_details else LIST_COMPANY_AUDIT_LOGS,
            {"company_id": company_id},
            limit=limit,
            offset=offset,
            query=query,
        )

    def iter_all_audit_logs(
        self,
        company_id: str,
        *,
        limit: int = 100,
        include_request_details: bool = False,
        **filters: Unpack[AuditLogFilters],
    ) -> Iterator[AuditLog]:
        """Every audit log, fetched `limit` at a time as you iterate; one page is held at a time."""
        query = audit_log_query(filters, include_request_details)
        return self._iterate(
            LIST_COMPANY_AUDIT_LOGS_DETAILED if include_request_details else LIST_COMPANY_AUDIT_LOGS,
            {"company_id": company_id},
            limit=limit,
            query=query,
        )

    def list_all_audit_logs(
        self,
        company_id: str,
        *,
        limit: int = 100,
        include_request_details: bool = False,
        page_concurrency: int | None = None,
        **filters: Unpack[AuditLogFilters],
    ) -> list[AuditLog]:
        """Every audit log, in one list (fetched `limit` at a time)."""
        iterator = self.iter_all_audit_logs(
            company_id, limit=limit, include_request_details=include_request_details, **filters
        )
        return collect(iterator, page_concurrency)
