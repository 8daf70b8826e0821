# Generated from tests/live/_async/test_developers.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The server's health, developers' own profiles and keys, and the global admin's developer management."""

from __future__ import annotations

import uuid

import pytest

from vclient import SyncVClient
from vclient.exceptions import (
    AuthenticationError,
    AuthorizationError,
    RequestValidationError,
    ValidationError,
)
from vclient.models import AuditLogDetail, CompanyPermission

from ..conftest import Live
from .conftest import Undo, connect


def test_health_answers_every_key(admin: SyncVClient, company_admin: SyncVClient, user_key: SyncVClient) -> None:
    for client in (admin, company_admin, user_key):
        health = client.system.health()
        assert (health.database_status, health.cache_status) == ("online", "online")
        assert health.version


def test_each_key_reads_its_own_developer(
    live: Live, admin: SyncVClient, company_admin: SyncVClient, user_key: SyncVClient
) -> None:
    assert (admin.developer.get_me()).id == live.keys["GLOBAL_ADMIN_DEVELOPER_ID"]
    me = company_admin.developer.get_me()
    assert me.id == live.keys["COMPANY_ADMIN_DEVELOPER_ID"]
    assert (live.company_id, "ADMIN") in [(c.company_id, c.permission) for c in me.companies]
    me = user_key.developer.get_me()
    assert (live.company_id, "USER") in [(c.company_id, c.permission) for c in me.companies]


def test_a_wrong_key_is_an_authentication_error(live: Live) -> None:
    with connect(live, "vk_not_a_key") as client:
        with pytest.raises(AuthenticationError) as caught:
            client.system.health()
    assert caught.value.status_code == 401
    assert "vk_not_a_key" not in str(caught.value)


def test_only_the_global_admin_manages_developers(company_admin: SyncVClient, user_key: SyncVClient) -> None:
    for client in (company_admin, user_key):
        with pytest.raises(AuthorizationError):
            client.global_admin.get_developer_page()


def test_a_throwaway_developer_from_creation_to_deletion(
    live: Live, admin: SyncVClient, undo: Undo
) -> None:
    name = f"vclient-live-{uuid.uuid4().hex[:8]}"
    developer = admin.global_admin.create_developer(username=name, email=f"{name}@example.com")
    undo.push(lambda: admin.global_admin.delete_developer(developer.id))
    assert (developer.username, developer.is_global_admin, developer.companies) == (name, False, [])

    assert (admin.global_admin.get_developer(developer.id)).email == f"{name}@example.com"
    listed = [d.id for d in admin.global_admin.iter_all_developers(limit=2, is_global_admin=False)]
    assert developer.id in listed

    changed = admin.global_admin.update_developer(
        developer.id, email=f"{name}@example.org", provider_audiences={"google": ["1234.apps"]}
    )
    assert (changed.email, changed.provider_audiences) == (f"{name}@example.org", {"google": ["1234.apps"]})
    cleared = admin.global_admin.update_developer(developer.id, provider_audiences=None)
    assert cleared.provider_audiences is None

    access = admin.companies.grant_access(live.company_id, developer.id, CompanyPermission.USER)
    assert (access.company_id, access.permission) == (live.company_id, "USER")

    issued = admin.global_admin.create_api_key(developer.id)
    assert issued.api_key not in repr(issued)
    assert issued.is_global_admin is False
    assert [(c.company_id, c.permission) for c in issued.companies] == [(live.company_id, "USER")]

    with connect(live, issued.api_key) as own:
        me = own.developer.get_me()
        assert me.id == developer.id
        renamed = own.developer.update_me(username=name + "-renamed")
        assert renamed.username == name + "-renamed"

        regenerated = own.developer.regenerate_api_key()
        assert regenerated.api_key != issued.api_key
        assert own.config.api_key == regenerated.api_key  # the client switched to the new key
        assert (own.developer.get_me()).id == developer.id

    entries = admin.global_admin.list_all_audit_logs(developer.id, include_request_details=True)
    done = {e.operation_id for e in entries if isinstance(e, AuditLogDetail)}
    assert {"updateDeveloperMe", "regenerateDeveloperMeApiKey"} <= done


def test_a_value_the_server_refuses_comes_back_naming_the_field(admin: SyncVClient, undo: Undo) -> None:
    name = f"vclient-live-{uuid.uuid4().hex[:8]}"
    developer = admin.global_admin.create_developer(username=name, email=f"{name}@example.com")
    undo.push(lambda: admin.global_admin.delete_developer(developer.id))
    with pytest.raises(ValidationError) as caught:
        admin.global_admin.update_developer(developer.id, provider_audiences={"myspace": ["x"]})
    assert [p.field for p in caught.value.invalid_parameters] == ["provider_audiences"]
    with pytest.raises(RequestValidationError, match="email address"):  # this one the SDK knows itself
        admin.global_admin.update_developer(developer.id, email="not-an-email")
