# Generated from tests/_async/test_errors.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Every failure reaches the caller as an exception of vclient's own tree, with what it knows."""

from __future__ import annotations

import httpx
import pytest

from vclient import SyncVClient
from vclient.exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthorizationError,
    ConflictError,
    InvalidParameter,
    NotFoundError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)

from .. import payloads
from ..mockapi import MockAPI, problem
from .conftest import API_KEY

COMPANY = f"/api/v1/companies/{payloads.COMPANY_ID}"


@pytest.mark.parametrize(
    ("status", "title", "expected"),
    [
        (400, "Bad Request", ValidationError),
        (401, "Unauthorized", AuthenticationError),
        (403, "Forbidden", AuthorizationError),
        (404, "Not Found", NotFoundError),
        (405, "Method Not Allowed", APIStatusError),
        (409, "Conflict", ConflictError),
        (422, "Unprocessable Entity", UnprocessableEntityError),
        (429, "Too Many Requests", RateLimitError),
        (500, "Internal Server Error", ServerError),
        (503, "Service Unavailable", ServerError),
    ],
)
def test_status_maps_to_its_class_with_the_problem_details(
    client: SyncVClient, api: MockAPI, status: int, title: str, expected: type[APIStatusError]
) -> None:
    no_retry = client.with_options(max_retries=0)
    api.route("GET", COMPANY, problem(status, title, "It went wrong", request_id="req_body"))

    with pytest.raises(expected) as caught:
        no_retry.companies.get(payloads.COMPANY_ID)

    error = caught.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.title == title
    assert error.detail == "It went wrong"
    assert error.instance == "https://api.test/x"
    assert error.request_id == "req_body"
    assert error.method == "GET"
    assert error.url == f"https://api.test{COMPANY}"
    assert error.headers["content-type"] == "application/problem+json"
    assert f"{status} {title}: It went wrong" in str(error)
    assert API_KEY not in str(error)


def test_bad_request_lists_the_invalid_parameters(client: SyncVClient, api: MockAPI) -> None:
    api.route(
        "GET",
        COMPANY,
        problem(
            400,
            "Bad Request",
            "Validation failed for one or more fields.",
            invalid_parameters=[{"message": "Invalid UUID", "field": "company_id"}],
        ),
    )
    with pytest.raises(ValidationError) as caught:
        client.companies.get(payloads.COMPANY_ID)
    assert caught.value.invalid_parameters == (InvalidParameter(field="company_id", message="Invalid UUID"),)
    assert "company_id: Invalid UUID" in str(caught.value)


def test_request_id_falls_back_to_the_header(client: SyncVClient, api: MockAPI) -> None:
    api.route(
        "GET", COMPANY, httpx.Response(404, json={"status": 404}, headers={"x-request-id": "req_header"})
    )
    with pytest.raises(NotFoundError) as caught:
        client.companies.get(payloads.COMPANY_ID)
    assert caught.value.request_id == "req_header"
    assert "no details given" in str(caught.value)


def test_the_servers_crash_body_and_an_html_page_still_map_by_status(
    client: SyncVClient, api: MockAPI
) -> None:
    crash = httpx.Response(500, json={"status_code": 500, "detail": "Internal Server Error"})
    proxy = httpx.Response(
        502, text="<html><body>Bad Gateway</body></html>", headers={"content-type": "text/html"}
    )
    no_retry = client.with_options(max_retries=0)

    api.route("GET", COMPANY, crash)
    with pytest.raises(ServerError) as caught:
        no_retry.companies.get(payloads.COMPANY_ID)
    assert caught.value.detail == "Internal Server Error"

    api.route("GET", COMPANY, proxy)
    with pytest.raises(ServerError) as caught:
        no_retry.companies.get(payloads.COMPANY_ID)
    assert caught.value.status_code == 502
    assert caught.value.detail == "<html><body>Bad Gateway</body></html>"
    assert caught.value.body.startswith(b"<html>")


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2, 3]", b'{"id": 5}', b""],
    ids=["invalid-json", "wrong-type", "missing-fields", "empty"],
)
def test_a_2xx_body_of_the_wrong_shape_is_a_decode_error_keeping_the_body(
    client: SyncVClient, api: MockAPI, body: bytes
) -> None:
    api.route("GET", COMPANY, httpx.Response(200, content=body))
    with pytest.raises(ResponseDecodeError) as caught:
        client.companies.get(payloads.COMPANY_ID)
    assert caught.value.operation == "getCompany"
    assert caught.value.body == body
    assert "getCompany" in str(caught.value)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.ReadError("connection reset"), APIConnectionError),
        (httpx.RemoteProtocolError("server hung up"), APIConnectionError),
        (httpx.ConnectTimeout("connect timed out"), APITimeoutError),
        (httpx.ReadTimeout("read timed out"), APITimeoutError),
    ],
)
def test_transport_failures_become_connection_errors_after_retries(
    client: SyncVClient, api: MockAPI, sleeps: list[float], failure: Exception, expected: type[APIError]
) -> None:
    api.route("GET", COMPANY, failure)
    with pytest.raises(expected) as caught:
        client.companies.get(payloads.COMPANY_ID)
    error = caught.value
    assert type(error) is expected
    assert error.url == f"https://api.test{COMPANY}"  # type: ignore[attr-defined]
    # Retried for as long as the budget (60 s by default) lasts, then the story is told.
    assert 60 - 2 <= sum(sleeps) <= 60
    assert error.attempts == len(api.requests) == len(sleeps) + 1
    assert error.elapsed is not None and error.elapsed >= sum(sleeps)
    assert str(error).startswith(f"gave up after {error.attempts} attempts over {error.elapsed:.1f} s: ")


def test_everything_derives_from_api_error(client: SyncVClient, api: MockAPI) -> None:
    api.route("GET", COMPANY, httpx.Response(200, content=b"<html>"))
    with pytest.raises(APIError):
        client.companies.get(payloads.COMPANY_ID)
