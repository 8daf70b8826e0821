"""A real client answered by the in-memory fake API (see `vclient.testing`)."""

from __future__ import annotations

from typing import Any

import httpx

from ..testing._api import COMPANY_ID, DEFAULT_API_KEY, FakeAPI
from ._client import VClient

FAKE_BASE_URL = "https://fake.valentina-noir.test"


class FakeVClient(VClient):
    """A `VClient` whose requests `self.fake` answers in memory; everything else is the real client.

    Retries run as they would against a server, without waiting. The default company exists already.
    """

    def __init__(
        self, fake: FakeAPI | None = None, *, api_key: str = DEFAULT_API_KEY, **settings: Any
    ) -> None:
        self.fake = fake if fake is not None else FakeAPI(api_key=api_key)
        settings.setdefault("default_company_id", COMPANY_ID)
        settings.setdefault("set_as_default", False)
        transport = httpx.MockTransport(self._answer)
        super().__init__(
            FAKE_BASE_URL, api_key, http_client=httpx.AsyncClient(transport=transport), **settings
        )
        self._session.skip_waits = True

    def _answer(self, request: httpx.Request) -> httpx.Response:
        headers = {name.lower(): value for name, value in request.headers.items()}
        answer = self.fake.handle(
            request.method, request.url.path, request.url.params.multi_items(), headers, request.content
        )
        return httpx.Response(answer.status, headers=answer.headers, content=answer.content)
