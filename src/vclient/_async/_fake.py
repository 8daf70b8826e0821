"""A real client answered by the in-memory fake API (see `vclient.testing`)."""

from __future__ import annotations

from typing import Unpack

from .._core._config import ClientSettings
from .._core._exceptions import ConfigurationError
from .._http import httpx
from ..testing._api import COMPANY_ID, DEFAULT_API_KEY, FakeAPI
from ..testing._transport import fake_transport
from ._client import VClient

FAKE_BASE_URL = "https://fake.valentina-noir.test"


class FakeVClient(VClient):
    """A `VClient` whose requests `self.fake` answers in memory; everything else is the real client.

    `seed` fills a new fake with a small world (`client.fake.world` holds its ids). Retries and paced
    turns run as they would against a server, without waiting: each wait moves the fake's clock on
    instead. The default company exists already. Like any client, it becomes the default of the
    service factories unless `set_as_default=False`, so the code under test reaches it through
    `characters_service(...)` as it would reach a real one.
    """

    def __init__(
        self,
        fake: FakeAPI | None = None,
        *,
        seed: int | None = None,
        api_key: str = DEFAULT_API_KEY,
        **settings: Unpack[ClientSettings],
    ) -> None:
        if fake is not None and seed is not None:
            raise ConfigurationError("give a fake or a seed for a new one, not both")
        self.fake = fake if fake is not None else FakeAPI(api_key=api_key, seed=seed)
        settings.setdefault("default_company_id", COMPANY_ID)
        http_client = httpx.AsyncClient(transport=fake_transport(self.fake))
        super().__init__(FAKE_BASE_URL, api_key, http_client=http_client, **settings)
        self._session.skip_wait = self.fake.advance
