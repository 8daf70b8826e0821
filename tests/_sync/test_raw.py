# Generated from tests/_async/test_raw.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""client.request(): a route the services do not wrap, sent through the same machinery as theirs."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import httpx
import msgspec
import pytest

from vclient import SyncVClient
from vclient.exceptions import NotFoundError, RequestValidationError, ResponseDecodeError
from vclient.models import Campaign, Company
from vclient.testing import SyncFakeVClient

from .. import payloads
from ..mockapi import MockAPI, problem
from .conftest import API_KEY, BASE_URL

COMPANY = f"/api/v1/companies/{payloads.COMPANY_ID}"
TRACKERS = f"{COMPANY}/characters/{payloads.CHARACTER_ID}/trackers"


def test_a_raw_get_decodes_into_cast_to_as_the_service_would(client: SyncVClient, api: MockAPI) -> None:
    api.json("GET", COMPANY, payloads.company())
    raw = client.request("GET", COMPANY, cast_to=Company)
    assert raw == client.companies.get(payloads.COMPANY_ID)
    plain = client.request("get", COMPANY)
    assert plain == payloads.company()
    assert msgspec.json.decode(client.request("GET", COMPANY, cast_to=bytes)) == payloads.company()
    info = client.last_response
    assert info is not None
    assert (info.operation_id, info.status_code, info.request_id) == ("getCompany", 200, "req_ok")


def test_the_body_comes_back_as_it_came_with_bytes_and_none_when_empty(
    client: SyncVClient, api: MockAPI
) -> None:
    api.route("GET", "/api/v1/raw", httpx.Response(200, content=b"\x00not json"))
    assert client.request("GET", "/api/v1/raw", cast_to=bytes) == b"\x00not json"
    with pytest.raises(ResponseDecodeError):
        client.request("GET", "/api/v1/raw")
    api.route("DELETE", "/api/v1/raw", httpx.Response(204))
    assert client.request("DELETE", "/api/v1/raw") is None
    with pytest.raises(ResponseDecodeError):  # an empty body is not a Company
        client.request("DELETE", "/api/v1/raw", cast_to=Company)


def test_a_raw_call_carries_the_key_acting_user_query_and_its_own_headers(
    client: SyncVClient, api: MockAPI
) -> None:
    api.json("GET", TRACKERS, [{"name": "health"}])
    got = client.request(
        "GET",
        TRACKERS,
        params={"kind": ["health", "willpower"], "limit": 5, "none": None},
        headers={"X-Trace": "t-1"},
        on_behalf_of=payloads.USER_ID,
    )
    assert got == [{"name": "health"}]
    sent = api.last
    assert sent.headers["x-api-key"] == API_KEY
    assert sent.headers["on-behalf-of"] == payloads.USER_ID
    assert sent.headers["x-trace"] == "t-1"
    assert sent.headers["user-agent"].startswith("vclient/")
    assert sent.url.params.multi_items() == [("kind", "health"), ("kind", "willpower"), ("limit", "5")]
    assert "idempotency-key" not in sent.headers
    info = client.last_response
    assert info is not None and info.operation_id == "GET /api/v1/companies/{id}/characters/{id}/trackers"


def test_writes_get_one_idempotency_key_kept_across_retries(
    client: SyncVClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("POST", TRACKERS, problem(503, "Service Unavailable", "busy"), httpx.Response(201, json={}))
    assert client.request("POST", TRACKERS, json={"name": "health", "max": 7}) == {}
    first, second = api.requests
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    uuid.UUID(first.headers["idempotency-key"])
    assert first.headers["content-type"] == "application/json"
    assert msgspec.json.decode(second.content) == {"name": "health", "max": 7}
    assert len(sleeps) == 1
    api.route("PUT", TRACKERS, httpx.Response(200, json={}))
    api.route("PATCH", TRACKERS, httpx.Response(200, json={}))
    client.request("PUT", TRACKERS, content=b"x", idempotency_key="mine")
    assert api.last.headers["idempotency-key"] == "mine"
    client.request("PATCH", TRACKERS, headers={"idempotency-key": "given"})
    assert api.last.headers["idempotency-key"] == "given"
    client.request("PATCH", TRACKERS, headers={"idempotency-key": "given"}, idempotency_key="arg")
    assert api.last.headers.get_list("idempotency-key") == ["arg"]


def test_errors_are_the_sdks_own_and_the_log_line_is_written(
    client: SyncVClient, api: MockAPI, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="vclient"), pytest.raises(NotFoundError) as raised:
        client.request("GET", "/api/v1/nowhere")
    assert raised.value.status_code == 404
    [record] = caplog.records
    assert "GET /api/v1/nowhere -> 404" in record.getMessage()
    assert API_KEY not in record.getMessage() and API_KEY not in str(raised.value)


def test_an_upload_goes_as_multipart(client: SyncVClient, api: MockAPI) -> None:
    api.route("POST", f"{COMPANY}/assets", httpx.Response(201, json={"ok": True}))
    client.request("POST", f"{COMPANY}/assets", files={"file": _named(b"\x89PNG", "map.png")})
    sent = api.last
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="map.png"' in sent.content and b"\x89PNG" in sent.content


def _named(content: bytes, name: str) -> Any:
    import io

    file = io.BytesIO(content)
    file.name = name
    return file


def test_an_absolute_url_on_the_base_url_is_its_path(client: SyncVClient, api: MockAPI) -> None:
    api.json("GET", COMPANY, payloads.company())
    assert client.request("GET", BASE_URL + COMPANY, cast_to=Company)


LEAVING = [
    "https://evil.test/api/v1/companies",
    "http://api.test/api/v1/companies",  # another scheme: another origin
    "https://api.test.evil.test/api/v1",
    "//evil.test/api/v1/companies",
    "api/v1/companies",
    "",
    "/api/v1/../../etc/passwd",
    "/api/v1/%2e%2e/admin",
    "/api/v1/./companies",
    "/api/v1/companies?limit=5",
    "/api/v1/companies#x",
    "/api/v1/com panies",
    "/api/v1\\companies",
    "/api/v1/\r\nX-Evil: 1",
]


@pytest.mark.parametrize("path", LEAVING)
def test_paths_that_could_leave_the_base_url_are_refused_before_sending(
    client: SyncVClient, api: MockAPI, path: str
) -> None:
    with pytest.raises(RequestValidationError) as raised:
        client.request("GET", path)
    assert api.requests == []
    assert API_KEY not in str(raised.value)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"method": "TRACE"}, "method must be one of"),
        ({"method": 3}, "method must be one of"),
        ({"headers": {"X-API-KEY": "other"}}, "sets the X-API-KEY header itself"),
        ({"headers": {"X-Ok": "a\r\nb"}}, "printable ASCII"),
        ({"headers": {"bad name": "a"}}, "must be a header name"),
        ({"json": {"a": 1}, "content": b"x", "method": "POST"}, "give one body, not json and content"),
        ({"json": {"a": object()}, "method": "POST"}, "json cannot be encoded"),
        ({"content": "text", "method": "POST"}, "content must be bytes"),
        ({"cast_to": object()}, "cast_to must be a type"),
        ({"idempotency_key": "k"}, "GET requests take no idempotency key"),
        ({"on_behalf_of": " user"}, "on_behalf_of must not start or end"),
        ({"params": {"when": object()}}, "unsupported type"),
        ({"files": {"a": b"x", "b": b"y"}, "method": "POST"}, "filename= is required"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    client: SyncVClient, api: MockAPI, kwargs: dict[str, Any], words: str
) -> None:
    kwargs = dict(kwargs)
    method = kwargs.pop("method", "GET")
    with pytest.raises(RequestValidationError, match=words):
        client.request(method, "/api/v1/companies", **kwargs)
    assert api.requests == []


def test_the_fake_answers_raw_calls_like_the_services() -> None:
    with SyncFakeVClient(seed=3) as client:
        world = client.fake.world
        path = f"/api/v1/companies/{world.company_id}/campaigns"
        created = client.request(
            "POST", path, json={"name": "By Night"}, on_behalf_of=world.admin_id, cast_to=Campaign
        )
        fetched = client.campaigns(world.admin_id).get(created.id)
        assert created == fetched
        listed = client.request("GET", path, params={"limit": 100}, on_behalf_of=world.admin_id)
        assert created.id in [item["id"] for item in listed["items"]]
