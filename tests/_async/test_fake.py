"""vclient.testing: the in-memory API under a real client, as a user's own tests would use it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from vclient._core._api import declared_endpoints
from vclient.exceptions import (
    AuthorizationError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    RequestValidationError,
    ServerError,
    ValidationError,
)
from vclient.models import Campaign, CharacterClass, GameVersion, Page, UserRole, VampireAttributesCreate
from vclient.testing import COMPANY_ID, DEFAULT_API_KEY, OPERATIONS, FakeAPI, FakeVClient


@pytest.fixture
def fake_client() -> FakeVClient:
    return FakeVClient()


@pytest.fixture
async def actor(fake_client: FakeVClient) -> str:
    """A storyteller to act for: made by the fake's own key, a global admin's."""
    made = await fake_client.global_admin.create_user(
        company_id=COMPANY_ID, username="theo", email="theo@example.com", role=UserRole.STORYTELLER
    )
    return made.id


async def test_create_read_list_update_delete(fake_client: FakeVClient, actor: str) -> None:
    campaigns = fake_client.campaigns(actor)
    created = [
        await campaigns.create(name=f"Campaign {i}", description="Nights in the city") for i in range(12)
    ]

    assert (await campaigns.get(created[3].id)).name == "Campaign 3"
    page = await campaigns.get_page(limit=5, offset=10)
    assert (page.total, page.limit, page.offset, [c.name for c in page.items]) == (
        12,
        5,
        10,
        ["Campaign 10", "Campaign 11"],
    )
    updated = await campaigns.update(created[0].id, description=None)
    assert (updated.name, updated.description) == ("Campaign 0", None)
    await campaigns.delete(created[0].id)
    with pytest.raises(NotFoundError, match="Campaign not found"):
        await campaigns.get(created[0].id)
    assert len(await campaigns.list_all()) == 11


MISSING = "0192f3c4-5b6a-7d8e-9f01-00000000dead"  # an id the fake holds nothing under


async def test_children_need_their_parent_and_lists_filter(fake_client: FakeVClient, actor: str) -> None:
    campaign = await fake_client.campaigns(actor).create(name="CbN")
    books = fake_client.books(campaign.id, actor)
    assert [(await books.create(name=n)).number for n in ("One", "Two")] == [1, 2]
    with pytest.raises(NotFoundError):
        await fake_client.books(MISSING).list_all()

    characters = fake_client.characters(actor)
    clans = await fake_client.character_blueprint().list_all_vampire_clans()
    toreador = next(clan for clan in clans if clan.name == "Toreador")
    vampire = await characters.create(
        campaign_id=campaign.id,
        character_class=CharacterClass.VAMPIRE,
        game_version=GameVersion.V5,
        name_first="Lucita",
        name_last="de Aragon",
        vampire_attributes=VampireAttributesCreate(clan_id=toreador.id, generation=12),
    )
    attributes = vampire.vampire_attributes
    assert attributes is not None
    assert (vampire.name_full, attributes.clan_name, attributes.generation) == (
        "Lucita de Aragon",
        "Toreador",
        12,
    )
    assert (await characters.get_page(character_class=CharacterClass.VAMPIRE)).total == 1
    assert (await characters.get_page(character_class=CharacterClass.MAGE)).total == 0


async def test_bad_bodies_get_400_with_the_field_and_admin_routes_403(
    fake_client: FakeVClient, actor: str
) -> None:
    fake = fake_client.fake
    response = fake.handle(
        "POST",
        f"/api/v1/companies/{COMPANY_ID}/campaigns",
        [],
        {"x-api-key": "vk_fake_0123456789abcdef", "on-behalf-of": actor},
        b'{"name": 7}',
    )
    assert response.status == 400
    assert b'"field":"name"' in response.content

    fake.add_api_key("vk_player", admin=False)
    player = FakeVClient(fake, api_key="vk_player")  # a second client on the same fake
    with pytest.raises(AuthorizationError):
        await player.global_admin.get_user_page()
    assert (await fake_client.global_admin.get_user_page()).total == 1  # the actor


async def test_an_idempotency_key_replays_and_a_different_body_conflicts(
    fake_client: FakeVClient, actor: str
) -> None:
    campaigns = fake_client.campaigns(actor)
    first = await campaigns.create(name="Once", idempotency_key="k-1")
    again = await campaigns.create(name="Once", idempotency_key="k-1")
    assert again.id == first.id
    assert (await campaigns.get_page()).total == 1
    with pytest.raises(ConflictError, match="different request body"):
        await campaigns.create(name="Twice", idempotency_key="k-1")


async def test_overrides_scope_by_path_latest_wins_and_reset(fake_client: FakeVClient, actor: str) -> None:
    campaigns = fake_client.campaigns(actor)
    one, two = await campaigns.create(name="One"), await campaigns.create(name="Two")
    fake = fake_client.fake
    fake.override("getCampaign", status=404, path_params={"campaign_id": one.id})
    fake.override(
        "getCampaign", json={**one.to_dict(), "name": "Forced"}, path_params={"campaign_id": one.id}
    )
    assert (await campaigns.get(one.id)).name == "Forced"
    assert (await campaigns.get(two.id)).name == "Two"
    fake.reset()
    assert (await campaigns.get(one.id)).name == "One"
    assert [call.operation for call in fake.calls] == ["getCampaign"]
    with pytest.raises(ValueError, match="unknown operation"):
        fake.override("getCampaing")  # type: ignore[arg-type]


async def test_simulated_failures_go_through_the_real_retries(fake_client: FakeVClient) -> None:
    fake = fake_client.fake
    fake.override("checkSystemHealth", status=429, times=1)
    fake.override("getDeveloperMe", status=503, times=2)
    await fake_client.system.health()
    await fake_client.developer.get_me()
    assert [len(fake.calls_to(op)) for op in ("checkSystemHealth", "getDeveloperMe")] == [2, 3]
    fake.override("getDeveloperMe", status=500)
    with pytest.raises(ServerError):
        await fake_client.developer.get_me()


async def test_calls_are_recorded_decoded(fake_client: FakeVClient, actor: str) -> None:
    await fake_client.campaigns(actor).create(name="Recorded", danger=3)
    (call,) = fake_client.fake.calls_to("createCampaign")
    assert (call.method, call.body, call.headers["on-behalf-of"]) == (
        "POST",
        {"name": "Recorded", "danger": 3},
        actor,
    )
    assert call.path_params == {"company_id": COMPANY_ID}
    assert re.fullmatch(
        r"req_\d{22}",
        fake_client.fake.handle("GET", "/api/v1/health", [], {"x-api-key": DEFAULT_API_KEY}, b"").headers[
            "x-request-id"
        ],
    )
    assert fake_client.rate_limit is not None


async def test_acting_user_is_still_checked_by_the_client(fake_client: FakeVClient) -> None:
    with pytest.raises(RequestValidationError, match="on_behalf_of"):
        await fake_client.campaigns().create(name="No one")
    assert fake_client.fake.calls == []


def test_every_operation_is_routed() -> None:
    fake = FakeAPI()
    for operation, (endpoint, *_) in declared_endpoints().items():
        path = re.sub(r"{(\w+)}", lambda m: f"x-{m[1]}", endpoint.path)
        fake.handle(endpoint.method, path, [], {"x-api-key": "vk_fake_0123456789abcdef"}, b"")
        assert fake.calls[-1].operation == operation


async def test_an_overridden_error_body_reaches_the_caller_typed(fake_client: FakeVClient) -> None:
    invalid = [{"field": "limit", "message": "too big"}]
    body = {"status": 400, "title": "Bad Request", "detail": "bad", "invalid_parameters": invalid}
    fake_client.fake.override("listCampaigns", status=400, json=body)
    with pytest.raises(ValidationError) as caught:
        await fake_client.campaigns().get_page()
    assert caught.value.invalid_parameters[0].field == "limit"


def test_operation_ids_are_typed_listed_and_a_typo_gets_a_suggestion() -> None:
    assert set(OPERATIONS) == set(declared_endpoints())
    with pytest.raises(ValueError, match="did you mean 'getCompany'"):
        FakeAPI().override("getCompnay", status=500)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="OPERATIONS lists them"):
        FakeAPI().calls_to("nothing like it")  # type: ignore[arg-type]


async def test_an_override_sets_headers_and_a_forced_429_looks_like_the_servers(
    fake_client: FakeVClient, sleeps: list[float]
) -> None:
    fake_client.fake.override("checkSystemHealth", status=429, times=1)
    await fake_client.system.health()
    limited = fake_client.fake.override
    limited("checkSystemHealth", status=429, headers={"Retry-After": "7"}, times=1)
    await fake_client.system.health()
    assert fake_client.rate_limit is not None
    assert fake_client.rate_limit.remaining is not None and fake_client.rate_limit.remaining > 0
    response = FakeAPI()
    response.override("checkSystemHealth", status=429)
    answer = response.handle("GET", "/api/v1/health", [], {"x-api-key": DEFAULT_API_KEY}, b"")
    assert (answer.headers["ratelimit"], "x-request-id" in answer.headers) == ('"burst";r=0;t=1', False)


async def test_a_page_is_a_sequence_and_leads_to_the_next_with_the_same_filters(
    fake_client: FakeVClient, actor: str
) -> None:
    campaigns = fake_client.campaigns(actor)
    for i in range(5):
        await campaigns.create(name=f"Campaign {i}")
    first = await campaigns.get_page(limit=2)
    page: Page[Campaign] | None = first
    assert (len(first), first[0].name, first[-1].name, [c.name for c in first[1:]]) == (
        2,
        "Campaign 0",
        "Campaign 1",
        ["Campaign 1"],
    )
    assert [c.name for c in first] == [c.name for c in first.items] and first[1] in first

    seen = []
    while page is not None:
        seen += [c.name for c in page]
        page = await fake_client.next_page(page)
    assert seen == [f"Campaign {i}" for i in range(5)]
    acting = {call.headers.get("on-behalf-of") for call in fake_client.fake.calls_to("listCampaigns")}
    assert acting == {actor}
    offsets = [call.query_value("offset") for call in fake_client.fake.calls_to("listCampaigns")]
    assert offsets == ["0", "2", "4"]


async def test_next_page_refuses_a_page_no_client_fetched(fake_client: FakeVClient) -> None:
    with pytest.raises(RequestValidationError, match="get_page"):
        await fake_client.next_page(Page[Campaign](items=[], limit=10, offset=0, total=20))


@pytest.mark.parametrize("include", ["notes", ["notess"], ("notes", "asset")])
async def test_include_values_are_checked_before_anything_is_sent(
    fake_client: FakeVClient, actor: str, include: Any
) -> None:
    before = len(fake_client.fake.calls)
    getters: list[Callable[..., Any]] = [
        fake_client.users(actor).get,
        fake_client.characters(actor).get,
        fake_client.books(MISSING, actor).get,
        fake_client.chapters(MISSING, MISSING, actor).get,
    ]
    for get in getters:
        with pytest.raises(RequestValidationError, match=r"^include (must be a list|takes )"):
            await get(MISSING, include=include)
    assert len(fake_client.fake.calls) == before


async def test_a_fake_client_is_the_factories_default_until_it_closes() -> None:
    from vclient import default_client, system_service

    async with FakeVClient(seed=1) as client:
        assert default_client() is client
        assert (await system_service().health()).database_status == "online"
        async with FakeVClient(set_as_default=False):
            assert default_client() is client
    with pytest.raises(ConfigurationError, match="no default client"):
        default_client()
