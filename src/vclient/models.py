"""Response models, request inputs and enumerations.

Models are msgspec Structs with `to_dict()` and `to_json()`, and they pickle.
Fields holding server-defined enumerations are typed `str` so that values added to the server later
still decode; the enumerations below are for passing arguments and comparing (they are `str`s too).
"""

from ._core._api._companies import (
    AuditEntityType,
    AuditLog,
    AuditLogDetail,
    AuditOperation,
    Company,
    CompanyAccess,
    CompanyPermission,
    CompanySettings,
    CompanySettingsInput,
    CompanyUser,
    NewCompany,
)
from ._core._api._developers import CompanyPermissions, Developer, DeveloperApiKey
from ._core._api._statistics import RollStatistics
from ._core._api._system import SystemHealth
from ._core._model import Model
from ._core._pagination import Page
from ._core._ratelimit import RateLimitInfo, RateLimitPolicy

__all__ = [
    "AuditEntityType",
    "AuditLog",
    "AuditLogDetail",
    "AuditOperation",
    "Company",
    "CompanyAccess",
    "CompanyPermission",
    "CompanyPermissions",
    "CompanySettings",
    "CompanySettingsInput",
    "CompanyUser",
    "Developer",
    "DeveloperApiKey",
    "Model",
    "NewCompany",
    "Page",
    "RateLimitInfo",
    "RateLimitPolicy",
    "RollStatistics",
    "SystemHealth",
]
