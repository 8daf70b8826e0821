"""Response models, request inputs and enumerations.

Models are msgspec Structs with `to_dict()` and `to_json()`, and they pickle.
Fields holding server-defined enumerations are typed `str` so that values added to the server later
still decode; the enumerations below are for passing arguments and comparing (they are `str`s too,
and DiceSize members are `int`s).
"""

from ._core._api._admin import AdminDeveloper, AdminDeveloperApiKey, AdminUser, LogArchive, LogEntry
from ._core._api._assets import Asset
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
from ._core._api._dicerolls import DiceRoll, DiceRollResult
from ._core._api._dictionary import DictionaryTerm
from ._core._api._enums import (
    AssetType,
    CharacterType,
    DiceSize,
    IdentityProvider,
    IdentityResolution,
    LogLevel,
    TraitModifyCurrency,
    UserInclude,
    UserRole,
)
from ._core._api._notes import Note
from ._core._api._options import OptionCategory, Options
from ._core._api._statistics import RollStatistics
from ._core._api._system import SystemHealth
from ._core._api._traits import (
    CharacterTrait,
    GiftAttributes,
    Trait,
    TraitPower,
    TraitValueOption,
    TraitValueOptions,
)
from ._core._api._users import (
    CampaignExperience,
    Identification,
    QuickRoll,
    User,
    UserDetail,
    UserLookupResult,
)
from ._core._model import Model
from ._core._pagination import Page
from ._core._ratelimit import RateLimitInfo, RateLimitPolicy

__all__ = [
    "AdminDeveloper",
    "AdminDeveloperApiKey",
    "AdminUser",
    "Asset",
    "AssetType",
    "AuditEntityType",
    "AuditLog",
    "AuditLogDetail",
    "AuditOperation",
    "CampaignExperience",
    "CharacterTrait",
    "CharacterType",
    "Company",
    "CompanyAccess",
    "CompanyPermission",
    "CompanyPermissions",
    "CompanySettings",
    "CompanySettingsInput",
    "CompanyUser",
    "Developer",
    "DeveloperApiKey",
    "DiceRoll",
    "DiceRollResult",
    "DiceSize",
    "DictionaryTerm",
    "GiftAttributes",
    "Identification",
    "IdentityProvider",
    "IdentityResolution",
    "LogArchive",
    "LogEntry",
    "LogLevel",
    "Model",
    "NewCompany",
    "Note",
    "OptionCategory",
    "Options",
    "Page",
    "QuickRoll",
    "RateLimitInfo",
    "RateLimitPolicy",
    "RollStatistics",
    "SystemHealth",
    "Trait",
    "TraitModifyCurrency",
    "TraitPower",
    "TraitValueOption",
    "TraitValueOptions",
    "User",
    "UserDetail",
    "UserInclude",
    "UserLookupResult",
    "UserRole",
]
