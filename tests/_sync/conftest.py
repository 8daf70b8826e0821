# Generated from tests/_async/conftest.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

import httpx
import pytest

from vclient import SyncVClient

from ..mockapi import MockAPI
from ..payloads import COMPANY_ID

BASE_URL = "https://api.test"
API_KEY = "vk_test_S3CR3T_k3y"


@pytest.fixture
def client(api: MockAPI) -> SyncVClient:
    http = httpx.Client(transport=api.transport)
    return SyncVClient(BASE_URL, API_KEY, http_client=http, set_as_default=False)


@pytest.fixture
def owned_client(api: MockAPI, monkeypatch: pytest.MonkeyPatch) -> SyncVClient:
    """A client that creates its own pool (the default path), with that pool routed to the mock."""

    monkeypatch.setattr(httpx, "HTTPTransport", lambda: api.transport)
    return SyncVClient(BASE_URL, API_KEY, headers={"X-Team": "a"}, set_as_default=False)


@pytest.fixture
def company_client(api: MockAPI) -> SyncVClient:
    """A client whose default company is payloads.COMPANY_ID, for the company-scoped services."""
    http = httpx.Client(transport=api.transport)
    return SyncVClient(BASE_URL, API_KEY, default_company_id=COMPANY_ID, http_client=http, set_as_default=False)
