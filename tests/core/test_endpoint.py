from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vclient._core._api import declared_endpoints
from vclient._core._api._companies import (
    ADD_DEVELOPER_TO_COMPANY,
    GET_COMPANY,
    LIST_COMPANIES,
    UPDATE_COMPANY,
    CompanyPatch,
    CompanyPermissionRequest,
)
from vclient._core._endpoint import ACTING_USER_HEADER, Endpoint, PreparedRequest, encode_query
from vclient._core._pagination import Page, PageWalk
from vclient.exceptions import NotFoundError, PaginationError, RequestValidationError, ResponseDecodeError


class Color(enum.Enum):
    RED = "red"


def test_query_values_are_encoded_as_the_server_expects() -> None:
    moment = datetime(2026, 11, 21, 23, 37, 35, 552094, tzinfo=UTC)
    pairs = encode_query(
        {
            "skip": None,
            "flag": True,
            "off": False,
            "when": moment,
            "day": date(2026, 11, 21),
            "color": Color.RED,
            "include": ["notes", "assets"],
            "n": 3,
            "id": uuid.UUID(int=1),
        }
    )
    assert pairs == (
        ("flag", "true"),
        ("off", "false"),
        ("when", "2026-11-21T23:37:35.552094+00:00"),
        ("day", "2026-11-21"),
        ("color", "red"),
        ("include", "notes"),
        ("include", "assets"),
        ("n", "3"),
        ("id", "00000000-0000-0000-0000-000000000001"),
    )


@pytest.mark.parametrize("value", [object(), datetime(2026, 1, 1), {"a": 1}])
def test_unencodable_query_values_are_rejected(value: object) -> None:
    with pytest.raises(RequestValidationError):
        encode_query({"x": value})


@pytest.mark.parametrize("company_id", ["", None, 5])
def test_path_parameters_must_be_non_empty_strings(company_id: object) -> None:
    with pytest.raises(RequestValidationError, match="company_id"):
        GET_COMPANY.prepare({"company_id": company_id})


def test_uuid_path_parameters_are_accepted_and_everything_is_escaped() -> None:
    assert GET_COMPANY.prepare({"company_id": uuid.UUID(int=2)}).path.endswith("000000000002")
    assert GET_COMPANY.prepare({"company_id": "..x y?#"}).path == "/api/v1/companies/..x%20y%3F%23"
    with pytest.raises(RequestValidationError, match="slash"):
        GET_COMPANY.prepare({"company_id": "../x"})


def test_a_mutating_request_gets_one_fresh_key_unless_turned_off() -> None:
    first = UPDATE_COMPANY.prepare({"company_id": "c"}, body=CompanyPatch())
    second = UPDATE_COMPANY.prepare({"company_id": "c"}, body=CompanyPatch())
    assert first.headers["Idempotency-Key"] != second.headers["Idempotency-Key"]
    off = UPDATE_COMPANY.prepare({"company_id": "c"}, body=CompanyPatch(), auto_idempotency_key=False)
    assert "Idempotency-Key" not in off.headers
    with pytest.raises(RequestValidationError, match="no idempotency key"):
        GET_COMPANY.prepare({"company_id": "c"}, idempotency_key="k")


@pytest.mark.parametrize("key", ["", "x" * 256, "naïve", "line\nbreak"])
def test_a_callers_key_must_fit_the_header(key: str) -> None:
    with pytest.raises(RequestValidationError, match="idempotency_key"):
        UPDATE_COMPANY.prepare({"company_id": "c"}, body=CompanyPatch(), idempotency_key=key)


DEVELOPER = "0192f3c4-5b6a-7d8e-9f01-000000000001"


def test_bodies_are_checked_against_their_own_type() -> None:
    good = ADD_DEVELOPER_TO_COMPANY.prepare(
        {"company_id": "c"},
        body=CompanyPermissionRequest(developer_id=DEVELOPER, permission="OWNER"),
    )
    assert good.content == b'{"developer_id":"%s","permission":"OWNER"}' % DEVELOPER.encode()
    with pytest.raises(RequestValidationError, match="permission"):
        ADD_DEVELOPER_TO_COMPANY.prepare(
            {"company_id": "c"},
            body=CompanyPermissionRequest(developer_id=DEVELOPER, permission="GOD"),  # type: ignore[arg-type]
        )
    with pytest.raises(RequestValidationError):
        UPDATE_COMPANY.prepare({"company_id": "c"}, body=CompanyPatch(name=object()))  # type: ignore[arg-type]


def test_parse_decodes_success_and_raises_for_errors() -> None:
    page = LIST_COMPANIES.parse(
        200, {}, b'{"items":[],"limit":5,"offset":0,"total":0}', method="GET", url="u"
    )
    assert page == Page(items=[], limit=5, offset=0, total=0)
    with pytest.raises(ResponseDecodeError, match="listCompanies"):
        LIST_COMPANIES.parse(200, {}, b'{"items":"nope"}', method="GET", url="u")
    with pytest.raises(NotFoundError):
        LIST_COMPANIES.parse(404, {}, b"", method="GET", url="u")


@pytest.mark.parametrize(
    ("page", "requested", "expected"),
    [
        (Page(items=[1, 2], limit=2, offset=0, total=5), 0, 2),
        (Page(items=[1], limit=2, offset=4, total=5), 4, None),
        (Page(items=[], limit=2, offset=6, total=5), 6, None),
        (Page(items=[], limit=0, offset=0, total=5), 0, "stall"),
        (Page(items=[1], limit=1, offset=0, total=5), 3, "stall"),
    ],
)
def test_next_offset_advances_ends_or_refuses_to_loop(
    page: Page[int], requested: int, expected: object
) -> None:
    walk = PageWalk(limit=max(page.limit, 1), offset=requested)
    if expected == "stall":
        with pytest.raises(PaginationError, match="stalled"):
            walk.next_offset(page)
    else:
        assert walk.next_offset(page) == expected


@given(st.integers(min_value=0, max_value=300), st.integers(min_value=1, max_value=100), st.integers(1, 50))
def test_a_walk_ends_however_much_the_collection_grows(promised: int, limit: int, growth: int) -> None:
    """A server whose total grows with every page cannot keep a walk going: it stops near 2x the promise."""
    walk, offset, total, pages = PageWalk(limit), 0, promised, 0
    stopped = ""
    try:
        while True:
            items = [0] * min(limit, max(total - offset, 0))
            pages += 1
            found = walk.next_offset(Page(items=items, limit=limit, offset=offset, total=total))
            if found is None:
                break
            offset, total = found, total + growth * limit
    except PaginationError as error:
        stopped = str(error)
    assert stopped == "" or "kept growing" in stopped
    assert pages * limit <= 2 * promised + 2 * limit


def test_page_arithmetic() -> None:
    page = Page(items=list(range(10)), limit=10, offset=20, total=95)
    assert (page.has_more, page.next_offset, page.total_pages, page.current_page) == (True, 30, 10, 3)
    empty: Page[int] = Page(items=[], limit=0, offset=0, total=95)
    assert (empty.total_pages, empty.current_page) == (0, 1)


CHOICES = [
    (endpoint, name, allowed)
    for variants in declared_endpoints().values()
    for endpoint in variants[:1]
    for name, allowed in endpoint.choices.items()
]


def _prepare_with(endpoint: Endpoint[Any], name: str, value: object) -> PreparedRequest[Any]:
    path: dict[str, object] = dict.fromkeys(endpoint.path_params, "0192f3c4-5b6a-7d8e-9f01-00000000beef")
    headers = {ACTING_USER_HEADER: "0192f3c4-5b6a-7d8e-9f01-00000000cafe"}
    if name in endpoint.path_params:
        return endpoint.prepare({**path, name: value}, headers=headers)
    return endpoint.prepare(path, query={name: value}, headers=headers)


@pytest.mark.parametrize(
    ("endpoint", "name", "allowed"), CHOICES, ids=lambda v: getattr(v, "operation_id", v)
)
@given(typo=st.text(max_size=12))
def test_every_enumerated_query_parameter_refuses_what_would_match_nothing(
    endpoint: Endpoint[Any], name: str, allowed: type[enum.Enum], typo: str
) -> None:
    members = list(allowed)
    if name in endpoint.path_params:  # one value, in the path
        for one in (members[0], str(members[-1].value)):
            assert _prepare_with(endpoint, name, one).path.endswith("/" + str(allowed(one).value))
    else:  # a member, its plain string, a list
        for value in (members[0], str(members[-1].value), members):
            sent = [v for k, v in _prepare_with(endpoint, name, value).params if k == name]
            assert sent == [str(m.value) for m in (value if isinstance(value, list) else [allowed(value)])]
    if typo not in {str(m.value) for m in members}:
        bad: object = typo if name in endpoint.path_params else [members[0], typo]
        with pytest.raises(RequestValidationError, match=f"^{name} "):
            _prepare_with(endpoint, name, bad)


def test_enumerated_query_parameters_cover_the_includes_and_filters() -> None:
    covered = {(endpoint.operation_id, name) for endpoint, name, _ in CHOICES}
    expected = {("getCharacter", "include"), ("listCharacters", "status"), ("unlinkUserIdentity", "provider")}
    assert expected <= covered
