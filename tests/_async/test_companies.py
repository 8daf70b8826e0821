"""System, Developers and Companies operations, and pagination, on real-shaped bodies."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from vclient import VClient
from vclient.exceptions import AuthenticationError, PaginationError, RequestValidationError
from vclient.models import AuditLogDetail, AuditOperation, CompanyPermission, CompanySettingsInput

from .. import payloads
from ..mockapi import MockAPI, problem

COMPANIES = "/api/v1/companies"
COMPANY = f"{COMPANIES}/{payloads.COMPANY_ID}"


async def test_health(client: VClient, api: MockAPI) -> None:
    api.json("GET", "/api/v1/health", payloads.health())
    health = await client.system.health()
    assert (health.database_status, health.cache_latency_ms, health.version) == ("online", None, "0.27.0")


async def test_get_company_decodes_timestamps_with_and_without_fractions(
    client: VClient, api: MockAPI
) -> None:
    api.json("GET", COMPANY, payloads.company(future_field={"new": True}))
    company = await client.companies.get(payloads.COMPANY_ID)
    assert company.date_created == datetime(2026, 11, 21, 23, 37, 35, 552094, tzinfo=UTC)
    assert company.date_modified == datetime(2026, 11, 21, 23, 42, 8, tzinfo=UTC)
    assert company.description is None
    assert company.settings.permission_recoup_xp == "DENIED"


async def test_path_parameters_are_url_encoded(client: VClient, api: MockAPI) -> None:
    api.json("GET", f"{COMPANIES}/a%3Fb%23c%3Bd%20e%25", payloads.company())
    await client.companies.get("a?b#c;d e%")
    assert api.last.url.raw_path == b"/api/v1/companies/a%3Fb%23c%3Bd%20e%25"
    sent = len(api.requests)
    for unsafe in ("", ".", "..", "a/b", "a\\b", "a\nb"):
        with pytest.raises(RequestValidationError, match="company_id"):
            await client.companies.get(unsafe)
    assert len(api.requests) == sent


async def test_create_sends_only_what_was_given(client: VClient, api: MockAPI) -> None:
    admin = {
        "id": payloads.USER_ID,
        "date_created": "2026-11-21T23:37:35Z",
        "date_modified": "2026-11-21T23:37:35Z",
        "username": "nate",
        "email": "nate@example.com",
        "role": "ADMIN",
        "company_id": payloads.COMPANY_ID,
    }
    api.json("POST", COMPANIES, {"company": payloads.company(), "admin_user": admin}, status=201)

    created = await client.companies.create(
        name="Chicago", email="st@example.com", settings=CompanySettingsInput(character_autogen_xp_cost=5)
    )

    assert api.body() == {
        "name": "Chicago",
        "email": "st@example.com",
        "settings": {"character_autogen_xp_cost": 5},
    }
    assert api.last.headers["content-type"] == "application/json"
    assert created.admin_user.role == "ADMIN"
    assert created.company.id == payloads.COMPANY_ID


async def test_update_leaves_unnamed_fields_alone_and_clears_with_none(client: VClient, api: MockAPI) -> None:
    api.json("PATCH", COMPANY, payloads.company())
    await client.companies.update(payloads.COMPANY_ID, name="Renamed")
    assert api.body() == {"name": "Renamed"}
    await client.companies.update(payloads.COMPANY_ID, description=None)
    assert api.body() == {"description": None}
    await client.companies.update(payloads.COMPANY_ID)
    assert api.body() == {}


async def test_arguments_of_the_wrong_type_are_rejected_before_sending(client: VClient, api: MockAPI) -> None:
    with pytest.raises(RequestValidationError, match="name"):
        await client.companies.update(payloads.COMPANY_ID, name=42)  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match="permission"):
        await client.companies.grant_access(payloads.COMPANY_ID, payloads.DEVELOPER_ID, "SUPREME")  # type: ignore[arg-type]
    assert api.requests == []


async def test_delete(client: VClient, api: MockAPI) -> None:
    api.route("DELETE", COMPANY, httpx.Response(204))
    await client.companies.delete(payloads.COMPANY_ID)
    assert api.last.method == "DELETE"


async def test_grant_access(client: VClient, api: MockAPI) -> None:
    api.json(
        "POST",
        f"{COMPANY}/access",
        {"company_id": payloads.COMPANY_ID, "name": "Co", "permission": "ADMIN"},
        status=201,
    )
    access = await client.companies.grant_access(
        payloads.COMPANY_ID, payloads.DEVELOPER_ID, CompanyPermission.ADMIN
    )
    assert api.body() == {"developer_id": payloads.DEVELOPER_ID, "permission": "ADMIN"}
    assert access.permission == CompanyPermission.ADMIN


async def test_statistics_sends_num_top_traits_only_when_given(client: VClient, api: MockAPI) -> None:
    api.json("GET", f"{COMPANY}/statistics", payloads.statistics())
    stats = await client.companies.get_statistics(payloads.COMPANY_ID)
    assert api.last.url.params.get("num_top_traits") is None
    assert stats.total_rolls == 17
    assert stats.top_traits[0]["name"] == "Strength"
    await client.companies.get_statistics(payloads.COMPANY_ID, num_top_traits=3)
    assert api.last.url.params["num_top_traits"] == "3"


async def test_audit_log_filters_are_encoded_as_the_server_expects(client: VClient, api: MockAPI) -> None:
    api.json("GET", f"{COMPANY}/audit-logs", payloads.page([payloads.audit_log()]))
    page = await client.companies.get_audit_log_page(
        payloads.COMPANY_ID,
        user_id=payloads.USER_ID,
        operation=AuditOperation.CREATE,
        date_from=datetime(2026, 11, 1, tzinfo=UTC),
    )
    assert dict(api.last.url.params) == {
        "user_id": payloads.USER_ID,
        "operation": "CREATE",
        "date_from": "2026-11-01T00:00:00+00:00",
        "limit": "10",
        "offset": "0",
    }
    assert page.items[0].changes == {"name": [None, "Chicago by Night"]}
    with pytest.raises(RequestValidationError, match="timezone-aware"):
        await client.companies.get_audit_log_page(payloads.COMPANY_ID, date_to=datetime(2026, 11, 1))


async def test_audit_log_request_details(client: VClient, api: MockAPI) -> None:
    detail = payloads.audit_log(
        method="POST",
        url="https://api.test/x",
        request_json={"name": "x"},
        request_body=None,
        path_params={},
        query_params={},
        operation_id="createCampaign",
        handler_name="create",
    )
    api.json("GET", f"{COMPANY}/audit-logs", payloads.page([detail]))
    entries = await client.companies.list_all_audit_logs(payloads.COMPANY_ID, include_request_details=True)
    assert api.last.url.params["include"] == "request_details"
    [entry] = entries
    assert isinstance(entry, AuditLogDetail)
    assert entry.operation_id == "createCampaign"


async def test_developer_profile_and_patch(client: VClient, api: MockAPI) -> None:
    api.json("GET", "/api/v1/developers/me", payloads.developer())
    api.json("PATCH", "/api/v1/developers/me", payloads.developer(username="nathaniel"))
    me = await client.developer.get_me()
    assert me.key_generated is None
    assert me.companies[0].permission == "OWNER"
    updated = await client.developer.update_me(username="nathaniel", provider_audiences=None)
    assert api.body() == {"username": "nathaniel", "provider_audiences": None}
    assert updated.username == "nathaniel"


@pytest.mark.parametrize("pool", ["own", "users"])
async def test_regenerating_the_key_keeps_the_client_working(
    pool: str, client: VClient, owned_client: VClient, api: MockAPI
) -> None:
    client = owned_client if pool == "own" else client
    new_key = "vk_new_K3Y"
    issued = {
        "id": payloads.DEVELOPER_ID,
        "username": "nate",
        "email": "nate@example.com",
        "api_key": new_key,
        "key_generated": "2026-11-22T00:10:00.123456Z",
    }

    def only_the_live_key(request: httpx.Request) -> httpx.Response:
        if request.headers["x-api-key"] != new_key:
            return problem(401, "Unauthorized", "Unauthorized API key")
        return httpx.Response(200, json=payloads.developer())

    api.json("POST", "/api/v1/developers/me/new-key", issued, status=201)
    api.route("GET", "/api/v1/developers/me", only_the_live_key)
    copy = client.with_options(timeout=5.0)
    with pytest.raises(AuthenticationError):
        await client.developer.get_me()

    result = await client.developer.regenerate_api_key()

    assert result.api_key == new_key
    assert new_key not in repr(result)
    assert (await client.developer.get_me()).username == "nate"
    assert (await copy.developer.get_me()).username == "nate"
    assert client.config.api_key == new_key


async def test_get_page_reports_its_position(client: VClient, api: MockAPI) -> None:
    api.json(
        "GET",
        COMPANIES,
        payloads.page([payloads.company(i) for i in range(1, 3)], offset=2, limit=2, total=5),
    )
    page = await client.companies.get_page(limit=2, offset=2)
    assert dict(api.last.url.params) == {"limit": "2", "offset": "2"}
    assert [c.name for c in page.items] == ["Company 1", "Company 2"]
    assert (page.has_more, page.next_offset, page.total_pages, page.current_page) == (True, 4, 3, 2)


async def test_iter_all_and_list_all_walk_every_page(client: VClient, api: MockAPI) -> None:
    everything = [payloads.company(i) for i in range(1, 8)]

    def serve(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        return httpx.Response(
            200,
            json=payloads.page(
                everything[offset : offset + limit], offset=offset, limit=limit, total=len(everything)
            ),
        )

    api.route("GET", COMPANIES, serve)
    names = [company.name async for company in client.companies.iter_all(limit=3)]
    assert names == [f"Company {i}" for i in range(1, 8)]
    assert [r.url.params["offset"] for r in api.requests] == ["0", "3", "6"]
    assert len(await client.companies.list_all()) == 7


@pytest.mark.parametrize(("page_concurrency", "asked"), [(1, 2), (4, 3)])
async def test_a_page_that_does_not_advance_ends_with_an_error(
    client: VClient, api: MockAPI, page_concurrency: int, asked: int
) -> None:
    stuck = payloads.page([payloads.company(1)], offset=0, limit=1, total=3)
    api.json("GET", COMPANIES, stuck)
    with pytest.raises(PaginationError, match="stalled"):
        await client.companies.list_all(limit=1, page_concurrency=page_concurrency)
    # One after another, the walk stops at the first page that does not advance; at once, the pages the
    # first one promised were all asked for.
    assert len(api.requests) == asked


@pytest.mark.parametrize(("limit", "offset"), [(101, 0), (-1, 0), (10, -5), (True, 0)])
async def test_out_of_range_paging_is_rejected_not_clamped(
    client: VClient, api: MockAPI, limit: int, offset: int
) -> None:
    with pytest.raises(RequestValidationError):
        await client.companies.get_page(limit=limit, offset=offset)
    assert api.requests == []


@pytest.mark.parametrize("limit", [0, 101])
def test_iter_all_rejects_a_page_size_it_cannot_walk(client: VClient, limit: int) -> None:
    with pytest.raises(RequestValidationError, match="limit"):
        client.companies.iter_all(limit=limit)
