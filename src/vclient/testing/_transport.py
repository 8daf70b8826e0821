"""The fake API as an httpx transport: the one place where its pure handler meets I/O types."""

from __future__ import annotations

import httpx

from ._api import FakeAPI


def fake_transport(fake: FakeAPI) -> httpx.MockTransport:
    """An httpx transport (for `httpx.Client` or `httpx.AsyncClient`) whose answers come from `fake`.

    `FakeVClient` uses it; use it yourself when the code under test builds its own `VClient`.
    """

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {name.lower(): value for name, value in request.headers.items()}
        url = request.url
        response = fake.handle(request.method, url.path, url.params.multi_items(), headers, request.content)
        return httpx.Response(response.status, headers=response.headers, content=response.content)

    return httpx.MockTransport(answer)
