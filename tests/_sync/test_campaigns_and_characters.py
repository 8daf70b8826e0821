# Generated from tests/_async/test_campaigns_and_characters.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Campaigns and characters: scoping, bulk assignment, catalogs, PATCH semantics, the errors users meet."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from vclient import SyncVClient
from vclient.exceptions import (
    AuthorizationError,
    NotFoundError,
    RequestValidationError,
    ServerError,
    ValidationError,
)
from vclient.models import (
    CharacterClass,
    GameVersion,
    HunterAttributesInput,
    TraitAssignment,
    TraitModifyCurrency,
    VampireAttributesCreate,
)

from .. import payloads as p
from ..mockapi import MockAPI, problem

CO = f"/api/v1/companies/{p.COMPANY_ID}"
CAMP = f"{CO}/campaigns/{p.CAMPAIGN_ID}"
CHAR = f"{CO}/characters/{p.CHARACTER_ID}"
BULK = f"{CHAR}/traits/bulk-assign"
ACTOR = "0192f3c4-5b6a-7d8e-9f01-00000000beef"


def bulk_reply(request: httpx.Request) -> httpx.Response:
    """Succeeds for even-numbered traits and fails the odd ones, echoing the ids it was sent."""
    items = json.loads(request.content)
    succeeded = [
        {"trait_id": item["trait_id"], "character_trait": p.character_trait(item.get("value", 0))}
        for item in items
        if uuid.UUID(item["trait_id"]).int % 2 == 0
    ]
    failed = [
        {"trait_id": item["trait_id"], "error": "Not enough XP"}
        for item in items
        if uuid.UUID(item["trait_id"]).int % 2
    ]
    return httpx.Response(201, json={"succeeded": succeeded, "failed": failed})


def trait(number: int) -> str:
    """A trait id (a UUID, as the server's ids are)."""
    return str(uuid.UUID(int=number))


def test_bulk_assign_splits_long_lists_at_200_and_merges_in_order(
    company_client: SyncVClient, api: MockAPI
) -> None:
    api.route("POST", BULK, bulk_reply)
    items = [TraitAssignment(trait_id=trait(i), value=1) for i in range(450)]

    result = company_client.character_traits(p.CHARACTER_ID, ACTOR).bulk_assign(
        items, idempotency_key="import-42"
    )

    assert [len(api.body(i)) for i in range(3)] == [200, 200, 50]
    assert [r.headers["idempotency-key"] for r in api.requests] == [
        "import-42-0",
        "import-42-1",
        "import-42-2",
    ]
    assert [s.trait_id for s in result.succeeded] == [trait(i) for i in range(0, 450, 2)]
    assert [f.trait_id for f in result.failed] == [trait(i) for i in range(1, 450, 2)]


def test_bulk_assign_of_a_short_list_is_one_request_with_the_key_as_given(
    company_client: SyncVClient, api: MockAPI
) -> None:
    api.route("POST", BULK, bulk_reply)
    traits = company_client.character_traits(p.CHARACTER_ID, ACTOR)
    result = traits.bulk_assign([TraitAssignment(trait_id=trait(2))] * 200, idempotency_key="k")
    assert len(api.requests) == 1
    assert api.last.headers["idempotency-key"] == "k"
    assert len(result.succeeded) == 200

    empty = traits.bulk_assign([])
    assert (empty.succeeded, empty.failed, len(api.requests)) == ([], [], 1)
    with pytest.raises(RequestValidationError, match="a list of TraitAssignment"):
        traits.bulk_assign(TraitAssignment(trait_id=trait(1)))  # type: ignore[arg-type]


def test_bulk_assign_stops_at_a_part_the_server_rejects(company_client: SyncVClient, api: MockAPI) -> None:
    api.route("POST", BULK, bulk_reply, problem(403, "Forbidden", "Only storytellers may do this"))
    items = [TraitAssignment(trait_id=trait(i)) for i in range(250)]
    with pytest.raises(AuthorizationError, match="storytellers"):
        company_client.character_traits(p.CHARACTER_ID, ACTOR).bulk_assign(items)
    assert len(api.requests) == 2


def test_blueprint_catalogs_are_listed_whole_in_pages_of_1000(
    company_client: SyncVClient, api: MockAPI
) -> None:
    catalog = [{**p.trait(), "id": f"0192f3c4-5b6a-7d8e-9f01-00000000{i:04x}"} for i in range(3)]
    api.json("GET", f"{CO}/characterblueprint/traits", p.page(catalog, limit=1000, total=3))
    blueprint = company_client.character_blueprint()

    traits = blueprint.list_all_traits(
        character_class=CharacterClass.VAMPIRE, game_version=GameVersion.V5
    )

    assert len(traits) == 3
    assert len(api.requests) == 1
    assert dict(api.last.url.params) == {
        "limit": "1000",
        "offset": "0",
        "character_class": "VAMPIRE",
        "game_version": "V5",
    }
    with pytest.raises(RequestValidationError, match="limit"):
        blueprint.get_traits_page(limit=1001)
    with pytest.raises(TypeError, match="query parameters"):
        blueprint.list_all_traits(colour="red")  # type: ignore[call-arg]
    assert len(api.requests) == 1


def test_listing_characters_sends_only_the_filters_given(company_client: SyncVClient, api: MockAPI) -> None:
    api.json("GET", f"{CO}/characters", p.page([p.character(), p.character(id=p.USER_ID, is_temporary=True)]))
    characters = company_client.characters(ACTOR).list_all()
    assert dict(api.last.url.params) == {"limit": "100", "offset": "0"}
    assert [c.is_temporary for c in characters] == [False, True]


def test_updating_a_character_sends_only_the_fields_named(
    company_client: SyncVClient, api: MockAPI
) -> None:
    api.json("PATCH", CHAR, p.character(biography=None))
    characters = company_client.characters(ACTOR)

    characters.update(
        p.CHARACTER_ID, biography=None, hunter_attributes=HunterAttributesInput(creed=None)
    )
    assert api.body() == {"biography": None, "hunter_attributes": {"creed": None}}

    characters.update(p.CHARACTER_ID)
    assert api.body() == {}


def test_a_character_is_created_with_its_class_attributes_checked_before_sending(
    company_client: SyncVClient, api: MockAPI
) -> None:
    characters = company_client.characters(ACTOR)
    with pytest.raises(RequestValidationError, match="generation"):
        characters.create(
            campaign_id=p.CAMPAIGN_ID,
            character_class=CharacterClass.VAMPIRE,
            game_version=GameVersion.V5,
            name_first="Ada",
            name_last="Bee",
            vampire_attributes=VampireAttributesCreate(clan_id=p.CLAN_ID, generation="12th"),  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match="clan_id"):
        VampireAttributesCreate()  # type: ignore[call-arg]
    assert api.requests == []


def test_the_server_rejecting_a_character_names_the_bad_fields(
    company_client: SyncVClient, api: MockAPI
) -> None:
    invalid = [{"field": "name_first", "message": "Name already taken in this campaign"}]
    api.route(
        "POST",
        f"{CO}/characters",
        problem(400, "Bad Request", "Validation failed", invalid_parameters=invalid),
    )
    with pytest.raises(ValidationError) as caught:
        company_client.characters(ACTOR).create(
            campaign_id=p.CAMPAIGN_ID,
            character_class=CharacterClass.MORTAL,
            game_version=GameVersion.V5,
            name_first="Ada",
            name_last="Bee",
        )
    assert caught.value.invalid_parameters[0].field == "name_first"


def test_scoped_services_carry_company_parents_and_acting_user_down(
    company_client: SyncVClient, api: MockAPI
) -> None:
    chapters = f"{CAMP}/books/{p.BOOK_ID}/chapters"
    api.json("GET", chapters, p.page([p.chapter()]))
    api.json("GET", f"{chapters}/{p.CHAPTER_ID}/notes", p.page([p.note()]))
    api.json("GET", f"{CHAR}/inventory", p.page([p.inventory_item()]))

    book = company_client.campaigns(ACTOR).books(p.CAMPAIGN_ID).chapters(p.BOOK_ID)
    book.list_all()
    book.notes(p.CHAPTER_ID).list_all()
    company_client.characters(ACTOR).inventory(p.CHARACTER_ID).list_all()

    assert [r.url.path for r in api.requests] == [
        chapters,
        f"{chapters}/{p.CHAPTER_ID}/notes",
        f"{CHAR}/inventory",
    ]
    assert {r.headers["on-behalf-of"] for r in api.requests} == {ACTOR}


def test_writes_without_an_acting_user_fail_before_sending(
    company_client: SyncVClient, api: MockAPI
) -> None:
    with pytest.raises(RequestValidationError, match="on_behalf_of"):
        company_client.campaigns().create(name="No one")
    with pytest.raises(RequestValidationError, match="on_behalf_of"):
        company_client.characters().traits(p.CHARACTER_ID).delete("ct-1")
    assert api.requests == []
    api.json("GET", f"{CAMP}/books/{p.BOOK_ID}/notes/n", p.note())
    note = company_client.books(p.CAMPAIGN_ID).notes(p.BOOK_ID).get("n")  # reads need no acting user
    assert note.title == "Elysium rules"
    assert "on-behalf-of" not in api.last.headers


def test_bad_arguments_are_refused_with_our_errors(company_client: SyncVClient, api: MockAPI) -> None:
    books = company_client.books(p.CAMPAIGN_ID, ACTOR)
    with pytest.raises(RequestValidationError, match=">= 1"):
        books.renumber(p.BOOK_ID, 0)
    with pytest.raises(RequestValidationError, match="character_ids must be a list"):
        books.chapters(p.BOOK_ID).create(name="C", character_ids=p.CHARACTER_ID)
    with pytest.raises(RequestValidationError, match="campaign_id must not be empty"):
        company_client.campaigns().get("")
    assert api.requests == []


def test_missing_and_failing_resources_raise_from_the_exception_tree(
    company_client: SyncVClient, api: MockAPI
) -> None:
    api.route("GET", CAMP, problem(404, "Not Found", "Campaign not found"))
    api.route("GET", f"{CHAR}/full-sheet", httpx.Response(500, json={"status_code": 500, "detail": "boom"}))
    with pytest.raises(NotFoundError, match="Campaign not found"):
        company_client.campaigns().get(p.CAMPAIGN_ID)
    with pytest.raises(ServerError):
        company_client.characters().get_full_sheet(p.CHARACTER_ID)


def test_deleting_a_trait_refunds_only_when_asked(company_client: SyncVClient, api: MockAPI) -> None:
    api.route("DELETE", f"{CHAR}/traits/ct-1", httpx.Response(204))
    traits = company_client.character_traits(p.CHARACTER_ID, ACTOR)
    traits.delete("ct-1")
    traits.delete("ct-1", currency=TraitModifyCurrency.STARTING_POINTS)
    assert [dict(r.url.params) for r in api.requests] == [{}, {"currency": "STARTING_POINTS"}]
