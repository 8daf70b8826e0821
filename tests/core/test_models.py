from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime

import msgspec
import pytest

from vclient._core._api._companies import LIST_COMPANY_AUDIT_LOGS, Company
from vclient._core._api._developers import GET_DEVELOPER_ME
from vclient.models import AuditOperation, CompanyPermission, Page

from .. import payloads


def decode_company(body: dict[str, object]) -> Company:
    return msgspec.json.decode(json.dumps(body), type=Company)


def test_unknown_fields_are_ignored() -> None:
    company = decode_company(payloads.company(brand_new_field=[1, 2, 3]))
    assert company.name == "Company 0"


def test_enumeration_values_the_sdk_does_not_know_yet_still_decode() -> None:
    body = payloads.page([payloads.audit_log(operation="ARCHIVE", entity_type="SPACESHIP")])
    page = LIST_COMPANY_AUDIT_LOGS.parse(200, {}, json.dumps(body).encode(), method="GET", url="u")
    assert page.items[0].operation == "ARCHIVE"
    known = payloads.page([payloads.audit_log(operation="CREATE")])
    assert (
        LIST_COMPANY_AUDIT_LOGS.parse(200, {}, json.dumps(known).encode(), method="GET", url="u")
        .items[0]
        .operation
        == AuditOperation.CREATE
    )


def test_request_side_limits_do_not_apply_to_responses() -> None:
    company = decode_company(payloads.company(name="X", email="not-an-email", num_users=-1))
    assert (company.name, company.email, company.num_users) == ("X", "not-an-email", -1)


def test_a_developer_with_null_key_generated_decodes() -> None:
    developer = GET_DEVELOPER_ME.parse(
        200, {}, json.dumps(payloads.developer()).encode(), method="GET", url="u"
    )
    assert developer.key_generated is None
    assert developer.companies[0].permission == CompanyPermission.OWNER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-21T23:37:35.552094Z", datetime(2026, 11, 21, 23, 37, 35, 552094, tzinfo=UTC)),
        ("2026-11-21T23:42:08Z", datetime(2026, 11, 21, 23, 42, 8, tzinfo=UTC)),
    ],
)
def test_timestamps_with_and_without_fractions_are_aware(text: str, expected: datetime) -> None:
    company = decode_company(payloads.company(date_created=text))
    assert company.date_created == expected
    assert company.date_created.tzinfo is not None


def test_models_have_dict_and_json_forms_and_pickle() -> None:
    company = decode_company(payloads.company())
    as_dict = company.to_dict()
    assert as_dict["settings"]["permission_recoup_xp"] == "DENIED"
    assert as_dict["date_created"] == datetime(2026, 11, 21, 23, 37, 35, 552094, tzinfo=UTC)
    assert json.loads(company.to_json())["date_created"] == "2026-11-21T23:37:35.552094Z"
    assert decode_company(json.loads(company.to_json())) == company
    assert pickle.loads(pickle.dumps(company)) == company
    page = Page(items=[company], limit=1, offset=0, total=1)
    assert pickle.loads(pickle.dumps(page)) == page
