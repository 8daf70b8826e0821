"""vclient: the Python SDK for the Valentina Noir API.

`VClient` is the asynchronous client and `SyncVClient` its synchronous twin; they share services,
models, pagination and errors. See the README for a tour.
"""

from . import exceptions, models
from ._async._client import VClient
from ._async._defaults import (
    clear_default_client,
    companies_service,
    default_client,
    developer_service,
    system_service,
)
from ._core._config import APIConfig
from ._core._model import UNSET
from ._core._pagination import Page
from ._sync._client import SyncVClient
from ._sync._defaults import (
    clear_sync_default_client,
    sync_companies_service,
    sync_default_client,
    sync_developer_service,
    sync_system_service,
)
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConfig",
    "Page",
    "SyncVClient",
    "VClient",
    "__version__",
    "clear_default_client",
    "clear_sync_default_client",
    "companies_service",
    "default_client",
    "developer_service",
    "exceptions",
    "models",
    "sync_companies_service",
    "sync_default_client",
    "sync_developer_service",
    "sync_system_service",
    "system_service",
]
