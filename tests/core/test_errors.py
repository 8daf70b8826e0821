"""Error answers, as the real server and hostile ones send them, become our exceptions with usable fields."""

from __future__ import annotations

import json
import pickle

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vclient import exceptions
from vclient._core._api._companies import LIST_COMPANY_AUDIT_LOGS_DETAILED
from vclient._core._errors import error_from_response
from vclient.exceptions import (
    APIError,
    APIStatusError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)

from .. import payloads

GENERIC = [{"field": "body", "message": "One or more fields did not pass validation."}]


def error(status: int, body: object, headers: dict[str, str] | None = None) -> APIStatusError:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_from_response(status_code=status, headers=headers or {}, body=content, method="GET", url="u")


def test_the_servers_code_is_an_attribute_and_shown() -> None:
    found = error(
        404, {"status": 404, "detail": "No discord identity is linked.", "code": "IDENTITY_NOT_LINKED"}
    )
    assert isinstance(found, NotFoundError)
    assert found.code == "IDENTITY_NOT_LINKED"
    assert "[IDENTITY_NOT_LINKED]" in str(found)
    assert error(404, {"detail": "Company not found"}).code is None


def test_a_database_rule_names_its_field_from_the_detail() -> None:
    found = error(400, {"detail": "name: Length of '' 0 < 3", "invalid_parameters": GENERIC})
    assert isinstance(found, ValidationError)
    assert [(p.field, p.message) for p in found.invalid_parameters] == [("name", "Length of '' 0 < 3")]
    assert str(found).endswith("; name: Length of '' 0 < 3")


def test_a_generic_field_error_without_a_named_field_adds_nothing() -> None:
    found = error(400, {"detail": "User is not in UNAPPROVED status", "invalid_parameters": GENERIC})
    assert isinstance(found, ValidationError)
    assert found.invalid_parameters == ()
    assert "One or more fields" not in str(found)


def test_specific_field_errors_are_kept_as_sent() -> None:
    sent = [
        {"field": "campaign_id", "message": "Invalid UUID"},
        {"field": "limit", "message": "Expected `int`"},
    ]
    found = error(400, {"detail": "Validation failed for one or more fields.", "invalid_parameters": sent})
    assert isinstance(found, ValidationError)
    assert [p.field for p in found.invalid_parameters] == ["campaign_id", "limit"]


@given(st.integers(min_value=200, max_value=5000), st.sampled_from([400, 404, 429, 500, 503]))
def test_deeply_nested_bodies_stay_inside_the_exception_tree(depth: int, status: int) -> None:
    body = b'{"detail":' * depth + b'"x"' + b"}" * depth
    found = error(status, body)
    assert isinstance(found, APIStatusError)
    assert found.body == body
    assert len(str(found)) < 1000


def test_huge_details_and_thousands_of_field_errors_make_short_messages() -> None:
    many = [{"field": f"f{i}", "message": "bad " * 50} for i in range(5000)]
    found = error(400, {"detail": "x" * 5_000_000, "invalid_parameters": many})
    assert isinstance(found, ValidationError)
    assert len(found.invalid_parameters) == 5000
    assert len(str(found)) < 10_000
    assert "(5000000 characters)" in str(found)
    assert str(found).endswith("; and 4990 more")
    assert len(found.body) > 5_000_000  # the whole body stays on the exception


def test_a_crash_body_that_is_not_problem_json_still_maps_by_status() -> None:
    found = error(500, {"status_code": 500, "detail": "Internal Server Error"})
    assert isinstance(found, ServerError)
    assert found.detail == "Internal Server Error"
    html = error(502, b"<html><body>Bad Gateway</body></html>")
    assert isinstance(html, ServerError)
    assert html.detail is not None and "Bad Gateway" in html.detail


def test_a_429_keeps_the_wait_and_what_remains() -> None:
    found = error(
        429, {"retry_after": 19.89}, {"ratelimit": '"burst";r=0;t=20', "ratelimit-policy": '"burst";q=5;w=5'}
    )
    assert isinstance(found, RateLimitError)
    assert found.remaining == 0


def test_audit_entries_whose_request_was_a_json_array_decode() -> None:
    entry = payloads.audit_log(method="POST", url="u", request_json=[{"trait_id": "t", "value": 1}])
    entry |= {
        "request_body": None,
        "path_params": {},
        "query_params": {},
        "operation_id": "bulk",
        "handler_name": "h",
    }
    page = LIST_COMPANY_AUDIT_LOGS_DETAILED.parse(
        200, {}, msgspec.json.encode(payloads.page([entry])), method="GET", url="u"
    )
    assert page.items[0].request_json == [{"trait_id": "t", "value": 1}]  # type: ignore[attr-defined]


def every_public_exception() -> list[APIError]:
    """One instance of each public exception class, with every field set."""
    found: list[APIError] = []
    for name in exceptions.__all__:
        cls = getattr(exceptions, name)
        if not (isinstance(cls, type) and issubclass(cls, APIError)):
            continue
        if issubclass(cls, APIStatusError):
            status = {"ValidationError": 400, "RateLimitError": 429, "ServerError": 503}.get(name, 418)
            made: APIError = error(status, {"title": "T", "detail": "D", "request_id": "req_1", "code": "C"})
            made.__class__ = cls
        elif issubclass(cls, exceptions.APIConnectionError):
            made = cls("no answer", method="GET", url="https://api.test/x")
        elif cls is exceptions.ResponseDecodeError:
            made = cls("bad", operation="getCompany", status_code=200, body=b"{")
        else:
            made = cls("refused")
        made.attempts, made.elapsed = 3, 1.5
        found.append(made)
    return found


@pytest.mark.parametrize("original", every_public_exception(), ids=lambda e: type(e).__name__)
def test_every_exception_pickles_with_its_fields(original: APIError) -> None:
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is type(original)
    assert str(copy) == str(original)
    assert copy.__dict__ == original.__dict__
