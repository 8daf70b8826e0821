# Generated from tests/live/_async/test_errors_and_idempotency.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""What users meet when things go wrong, and why a retried write never creates twice."""

from __future__ import annotations

import uuid

import pytest

from vclient import SyncVClient
from vclient.exceptions import ConflictError, NotFoundError, RequestValidationError, ValidationError

from ..conftest import Live, unique
from ..wire import WIRE
from .conftest import Undo, settled


def test_the_same_idempotency_key_creates_once(live: Live, company_admin: SyncVClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    key, name = f"live-{uuid.uuid4()}", unique("Once ")
    first = campaigns.create(name=name, idempotency_key=key)
    undo.push(lambda: campaigns.delete(first.id))
    again = campaigns.create(name=name, idempotency_key=key)
    assert again.id == first.id
    listed = settled(campaigns.list_all, lambda found: first.id in {c.id for c in found})
    assert [c.id for c in listed if c.name == first.name] == [first.id]

    with pytest.raises(ConflictError) as caught:
        campaigns.create(name=name + " changed", idempotency_key=key)
    assert caught.value.status_code == 409
    assert key in (caught.value.detail or "")


def test_a_malformed_id_is_the_servers_validation_error(live: Live, company_admin: SyncVClient) -> None:
    with pytest.raises(ValidationError) as caught:
        company_admin.campaigns(live.storyteller).get("not-a-uuid")
    assert [(p.field, p.message) for p in caught.value.invalid_parameters] == [
        ("campaign_id", "Invalid UUID")
    ]
    assert caught.value.request_id


def test_an_unknown_id_is_not_found(live: Live, company_admin: SyncVClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        company_admin.campaigns(live.storyteller).get(str(uuid.uuid4()))
    assert (caught.value.status_code, caught.value.detail) == (404, "Campaign not found")


def test_what_the_sdk_refuses_never_reaches_the_server(company_admin: SyncVClient) -> None:
    sent = len(WIRE.exchanges)
    with pytest.raises(RequestValidationError):
        company_admin.campaigns().create(name="No acting user")
    with pytest.raises(RequestValidationError):
        company_admin.companies.get_page(limit=101)
    assert len(WIRE.exchanges) == sent
