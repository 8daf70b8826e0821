"""The fake API as a transport: the one place where its pure handler meets I/O types."""

from __future__ import annotations

from typing import Any

import httpx

from .._http import library_of
from ._api import FakeAPI


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers from a `FakeAPI`, for a client of httpx or httpx2, sync or async: each answer is a
    response of the library the request came from (the two libraries' types do not mix)."""

    def __init__(self, fake: FakeAPI) -> None:
        self.fake = fake

    def _answer(self, request: Any) -> Any:
        library = library_of(request)
        assert library is not None, "a request of httpx or httpx2"
        headers = {name.lower(): value for name, value in request.headers.items()}
        url = request.url
        answer = self.fake.handle(request.method, url.path, url.params.multi_items(), headers, request.read())
        return library.module.Response(answer.status, headers=answer.headers, content=answer.content)

    def handle_request(self, request: Any) -> Any:
        return self._answer(request)

    async def handle_async_request(self, request: Any) -> Any:
        return self._answer(request)


def fake_transport(fake: FakeAPI) -> FakeTransport:
    """A transport (for an `httpx` or `httpx2` `Client` or `AsyncClient`) whose answers come from `fake`.

    `FakeVClient` uses it; use it yourself when the code under test builds its own `VClient`.
    """
    return FakeTransport(fake)
