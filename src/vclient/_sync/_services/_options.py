# Generated from src/vclient/_async/_services/_options.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core._api._options import GET_COMPANY_OPTIONS, Options
from ._base import Service

if TYPE_CHECKING:
    from .._client import SyncVClient


class SyncOptionsService(Service):
    """The server's enumerations (roles, classes, dice sizes, ...) for building forms."""

    def __init__(self, client: SyncVClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    def get_options(self) -> Options:
        """Every enumeration the server accepts (classes, roles, dice sizes, ...), as it lists them."""
        return Options.from_raw(self._call(GET_COMPANY_OPTIONS))
