"""Which HTTP library the SDK speaks: httpx, or httpx2 (its maintained continuation, same API).

The SDK makes its own clients with httpx2 when it is installed (`valentina-noir-sdk[httpx2]`), else
with httpx; `VCLIENT_HTTP_LIBRARY=httpx` (or `httpx2`) chooses when both are. A client the user
passes in may be of either library: each client speaks the library of its own connection pool.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeAlias

from ._core._exceptions import ConfigurationError

__all__ = ["ENV_LIBRARY", "LIBRARIES", "AsyncHTTPClient", "HTTPClient", "Library", "httpx", "library_of"]

ENV_LIBRARY = "VCLIENT_HTTP_LIBRARY"
LIBRARIES = ("httpx2", "httpx")
"""In order of preference."""


def _preferred() -> ModuleType:
    wanted = os.environ.get(ENV_LIBRARY, "").strip().lower()
    if wanted and wanted not in LIBRARIES:
        raise ConfigurationError(f"{ENV_LIBRARY} must be httpx or httpx2, got {wanted!r}")
    for name in (wanted,) if wanted else LIBRARIES:
        try:
            return importlib.import_module(name)
        except ImportError:
            if wanted:
                raise ConfigurationError(
                    f"{ENV_LIBRARY}={wanted} but {wanted} is not installed"
                    + (" (pip install 'valentina-noir-sdk[httpx2]')" if wanted == "httpx2" else "")
                ) from None
    raise ConfigurationError("neither httpx nor httpx2 is installed")  # pragma: no cover


if TYPE_CHECKING:
    import httpx
    import httpx2

    AsyncHTTPClient: TypeAlias = httpx.AsyncClient | httpx2.AsyncClient
    HTTPClient: TypeAlias = httpx.Client | httpx2.Client
else:
    httpx = _preferred()
    AsyncHTTPClient = HTTPClient = Any  # either library's; checked when a client is made


class Library:
    """What the send path needs of one library, looked up once (module attributes are dictionary
    lookups on every use otherwise)."""

    __slots__ = ("Headers", "Request", "empty_stream", "http_error", "module", "user_agent")

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.Request: Any = module.Request
        self.Headers: Any = module.Headers
        self.http_error: type[Exception] = module.HTTPError
        self.empty_stream: Any = module.ByteStream(b"")  # a response's stream once its body is read
        self.user_agent = f"{module.__name__}/{module.__version__}"


_LIBRARIES: dict[str, Library] = {}


def library_of(http_client: object) -> Library | None:
    """The library an HTTP client (or transport) belongs to; None for anything else."""
    for cls in type(http_client).__mro__:
        root = cls.__module__.partition(".")[0]
        if root in LIBRARIES:
            if root not in _LIBRARIES:
                _LIBRARIES[root] = Library(importlib.import_module(root))
            return _LIBRARIES[root]
    return None
