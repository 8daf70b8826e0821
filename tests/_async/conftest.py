from __future__ import annotations

import httpx
import pytest

from vclient import VClient

from ..mockapi import MockAPI

BASE_URL = "https://api.test"
API_KEY = "vk_test_S3CR3T_k3y"


@pytest.fixture
def client(api: MockAPI) -> VClient:
    http = httpx.AsyncClient(transport=api.transport)
    return VClient(BASE_URL, API_KEY, http_client=http, set_as_default=False)
