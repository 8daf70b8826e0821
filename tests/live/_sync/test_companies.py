# Generated from tests/live/_async/test_companies.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Companies: who may read, change, create and delete them, their settings, audit log and options."""

from __future__ import annotations

import uuid

import pytest

from vclient import SyncVClient
from vclient.exceptions import AuthorizationError, RequestValidationError
from vclient.models import AuditOperation, CompanyPermission, CompanySettingsInput

from ..conftest import Live, unique
from .conftest import Undo, gone


def test_keys_see_the_companies_they_may_use(
    live: Live, admin: SyncVClient, user_key: SyncVClient, undo: Undo
) -> None:
    # Made by the key that lists next: a write clears only the writing key's cached answers.
    hidden = (admin.companies.create(name=unique("Hidden "), email="live@example.com")).company
    undo.push(lambda: admin.companies.delete(hidden.id))
    everything = {c.id for c in admin.companies.list_all()}
    assert {live.company_id, hidden.id} <= everything
    mine = {c.id for c in user_key.companies.list_all(limit=1)}
    assert live.company_id in mine
    assert hidden.id not in mine
    first = user_key.companies.get_page(limit=1)
    assert (first.total, first.has_more) == (len(mine), len(mine) > 1)
    company = user_key.companies.get(live.company_id)
    assert company.num_users >= 3
    assert company.settings.id


def test_a_user_key_may_not_change_its_company(live: Live, user_key: SyncVClient) -> None:
    with pytest.raises(AuthorizationError) as caught:
        user_key.companies.update(live.company_id, description="not allowed")
    assert caught.value.status_code == 403
    assert caught.value.detail


def test_only_an_owner_grants_access(live: Live, company_admin: SyncVClient) -> None:
    with pytest.raises(AuthorizationError):
        company_admin.companies.grant_access(
            live.company_id, live.keys["USER_DEVELOPER_ID"], CompanyPermission.USER
        )


def test_a_company_from_creation_to_deletion(
    live: Live, admin: SyncVClient, company_admin: SyncVClient, undo: Undo
) -> None:
    """Any developer may create a company and owns it; only an owner grants access or deletes it."""
    owner = company_admin
    name = f"Live {uuid.uuid4().hex[:8]}"
    created = owner.companies.create(
        name=name,
        email="live@example.com",
        description="made by the live suite",
        settings=CompanySettingsInput(character_autogen_num_choices=2),
    )
    company = created.company
    undo.push(lambda: owner.companies.delete(company.id))
    assert (company.name, company.settings.character_autogen_num_choices) == (name, 2)
    assert (created.admin_user.role, created.admin_user.company_id) == ("ADMIN", company.id)

    cleared = owner.companies.update(company.id, description=None)
    assert cleared.description is None
    assert (owner.companies.get(company.id)).description is None
    renamed = owner.companies.update(company.id, name=name + " II")
    assert renamed.name == name + " II"

    access = owner.companies.grant_access(
        company.id, live.keys["USER_DEVELOPER_ID"], CompanyPermission.USER
    )
    assert access.permission == "USER"
    revoked = owner.companies.grant_access(
        company.id, live.keys["USER_DEVELOPER_ID"], CompanyPermission.REVOKE
    )
    assert revoked.company_id == company.id

    owner.companies.delete(company.id)
    gone(lambda: admin.companies.get(company.id))
    gone(lambda: owner.companies.get(company.id), AuthorizationError)  # nothing left to own


def test_a_name_too_short_is_refused_before_sending(live: Live, company_admin: SyncVClient) -> None:
    with pytest.raises(RequestValidationError, match="name"):
        company_admin.companies.update(live.company_id, name="x")


def test_statistics_options_and_the_audit_log(live: Live, company_admin: SyncVClient) -> None:
    statistics = company_admin.companies.get_statistics(live.company_id, num_top_traits=3)
    assert statistics.total_rolls >= 0
    options = company_admin.options().get_options()
    assert "VAMPIRE" in options.values("CharacterClass")

    page = company_admin.companies.get_audit_log_page(live.company_id, limit=2)
    assert len(page.items) <= 2
    updates = company_admin.companies.get_audit_log_page(
        live.company_id, limit=5, operation=AuditOperation.UPDATE, include_request_details=True
    )
    assert all(entry.operation == "UPDATE" for entry in updates.items)
