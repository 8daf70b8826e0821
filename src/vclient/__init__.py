"""vclient: the Python SDK for the Valentina Noir API.

`VClient` is the asynchronous client and `SyncVClient` its synchronous twin; they share services,
models, pagination and errors. See the README for a tour.
"""

from . import exceptions, models
from ._async._client import VClient
from ._async._defaults import (
    books_service,
    campaigns_service,
    chapters_service,
    character_autogen_service,
    character_blueprint_service,
    character_traits_service,
    characters_service,
    clear_default_client,
    companies_service,
    default_client,
    developer_service,
    dicerolls_service,
    dictionary_service,
    global_admin_service,
    options_service,
    system_service,
    user_lookup_service,
    users_service,
)
from ._core._config import APIConfig, ClientSettings
from ._core._frames import to_pandas, to_polars, to_records
from ._core._model import UNSET
from ._core._pagination import Page
from ._core._response import AsyncAttemptHook, AttemptHook, AttemptInfo, ResponseInfo
from ._public import publish
from ._sync._client import SyncVClient
from ._sync._defaults import (
    clear_sync_default_client,
    sync_books_service,
    sync_campaigns_service,
    sync_chapters_service,
    sync_character_autogen_service,
    sync_character_blueprint_service,
    sync_character_traits_service,
    sync_characters_service,
    sync_companies_service,
    sync_default_client,
    sync_developer_service,
    sync_dicerolls_service,
    sync_dictionary_service,
    sync_global_admin_service,
    sync_options_service,
    sync_system_service,
    sync_user_lookup_service,
    sync_users_service,
)
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConfig",
    "AsyncAttemptHook",
    "AttemptHook",
    "AttemptInfo",
    "ClientSettings",
    "Page",
    "ResponseInfo",
    "SyncVClient",
    "VClient",
    "__version__",
    "books_service",
    "campaigns_service",
    "chapters_service",
    "character_autogen_service",
    "character_blueprint_service",
    "character_traits_service",
    "characters_service",
    "clear_default_client",
    "clear_sync_default_client",
    "companies_service",
    "default_client",
    "developer_service",
    "dicerolls_service",
    "dictionary_service",
    "exceptions",
    "global_admin_service",
    "models",
    "options_service",
    "sync_books_service",
    "sync_campaigns_service",
    "sync_chapters_service",
    "sync_character_autogen_service",
    "sync_character_blueprint_service",
    "sync_character_traits_service",
    "sync_characters_service",
    "sync_companies_service",
    "sync_default_client",
    "sync_developer_service",
    "sync_dicerolls_service",
    "sync_dictionary_service",
    "sync_global_admin_service",
    "sync_options_service",
    "sync_system_service",
    "sync_user_lookup_service",
    "sync_users_service",
    "system_service",
    "to_pandas",
    "to_polars",
    "to_records",
    "user_lookup_service",
    "users_service",
]

publish(__name__, globals(), __all__)
