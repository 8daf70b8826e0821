# Generated from tests/_async/test_fake_settings.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Company settings in the fake: the server's defaults, and the 403s each narrowing setting brings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from vclient.exceptions import AuthorizationError
from vclient.models import (
    CharacterClass,
    CharacterType,
    CompanySettingsInput,
    GameVersion,
    TraitModifyCurrency,
)
from vclient.testing import SyncFakeVClient, World

DAY = 24 * 3600


@pytest.fixture
def client() -> SyncFakeVClient:
    return SyncFakeVClient(seed=3)


@pytest.fixture
def world(client: SyncFakeVClient) -> World:
    return client.fake.world


def refused(call: Callable[[], Any], detail: str = "No rights") -> None:
    with pytest.raises(AuthorizationError, match=detail):
        call()


def free_traits(client: SyncFakeVClient, character_id: str) -> list[str]:
    """Catalog traits the character does not hold yet, that take a value of 1."""
    held = {
        t.trait.id
        for t in client.characters(client.fake.world.storyteller_id).traits(character_id).list_all()
    }
    catalog = client.character_blueprint().list_all_traits(character_class=CharacterClass.VAMPIRE)
    return [t.id for t in catalog if t.id not in held and t.min_value <= 1 <= t.max_value]


def test_a_company_starts_with_the_servers_defaults(client: SyncFakeVClient, world: World) -> None:
    settings = (client.companies.get(world.company_id)).settings
    assert settings is not None
    assert (settings.character_autogen_xp_cost, settings.character_autogen_num_choices) == (10, 3)
    assert {
        settings.permission_manage_campaign,
        settings.permission_manage_npc,
        settings.permission_grant_xp,
        settings.permission_free_trait_changes,
    } == {"UNRESTRICTED"}
    assert settings.permission_recoup_xp == "DENIED"
    made = client.companies.create(
        name="Strict House",
        email="s@example.com",
        settings=CompanySettingsInput(permission_grant_xp="PLAYER"),
    )
    assert made.company.settings is not None
    assert (made.company.settings.permission_grant_xp, made.company.settings.permission_manage_npc) == (
        "PLAYER",
        "UNRESTRICTED",
    )


def test_campaigns_managed_by_storytellers_only(client: SyncFakeVClient, world: World) -> None:
    player = client.campaigns(world.player_ids[0])
    player.create(name="Allowed by default")
    client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_manage_campaign="STORYTELLER")
    )
    books = player.books(world.campaign_id)
    book = (books.list_all())[0]
    for change in (
        lambda: player.create(name="Not now"),
        lambda: player.update(world.campaign_id, description="Mine"),
        lambda: player.delete(world.campaign_id),
        lambda: books.create(name="Mine"),
        lambda: books.renumber(book.id, 1),
        lambda: books.chapters(book.id).create(name="Mine"),
    ):
        refused(change)
    assert (player.get(world.campaign_id)).id == world.campaign_id  # reading stays open
    storyteller = client.campaigns(world.storyteller_id)
    assert (storyteller.update(world.campaign_id, description="Theirs")).description == "Theirs"


def test_npcs_managed_by_storytellers_only(client: SyncFakeVClient, world: World) -> None:
    npc = world.character_ids[4]
    player = client.characters(world.player_ids[0])
    spare = iter(free_traits(client, npc))
    player.update(npc, name_nick="Allowed by default")
    player.traits(npc).assign(next(spare), 1, TraitModifyCurrency.NO_COST)
    client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_manage_npc="STORYTELLER")
    )
    refused(lambda: player.update(npc, name_nick="Not now"))
    refused(
        lambda: player.traits(npc).assign(next(spare), 1, TraitModifyCurrency.NO_COST), "does not own"
    )
    refused(
        lambda: player.create(
            campaign_id=world.campaign_id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
            name_first="Nora", name_last="Npc", type=CharacterType.NPC,
        )
    )  # fmt: skip
    client.characters(world.storyteller_id).update(npc, name_nick="Theirs")


def test_experience_granted_as_the_company_says(client: SyncFakeVClient, world: World) -> None:
    me, other = world.player_ids
    as_player = client.users(me)
    assert (as_player.add_xp(other, world.campaign_id, 1)).xp_current >= 1  # unrestricted
    client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_grant_xp="PLAYER")
    )
    as_player.add_xp(me, world.campaign_id, 1)
    for grant in (as_player.add_xp, as_player.remove_xp, as_player.add_cool_points):
        with pytest.raises(AuthorizationError, match="not authorized to grant"):
            grant(other, world.campaign_id, 1)
    client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_grant_xp="STORYTELLER")
    )
    refused(lambda: as_player.add_xp(me, world.campaign_id, 1), "not authorized to grant")
    client.users(world.storyteller_id).add_xp(me, world.campaign_id, 1)


def test_free_trait_changes_as_the_company_says(client: SyncFakeVClient, world: World) -> None:
    mine, theirs = world.character_ids[0], world.character_ids[1]  # the first player's, the second's
    player = client.characters(world.player_ids[0])
    spare = iter(free_traits(client, mine))
    refused(lambda: player.traits(theirs).assign(next(spare), 1), "does not own")
    client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_free_trait_changes="STORYTELLER")
    )
    refused(lambda: player.traits(mine).assign(next(spare), 1, TraitModifyCurrency.NO_COST))
    (
        client.characters(world.storyteller_id)
        .traits(mine)
        .assign(next(spare), 1, TraitModifyCurrency.NO_COST)
    )

    client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_free_trait_changes="WITHIN_24_HOURS")
    )
    held = player.traits(mine).assign(next(spare), 1, TraitModifyCurrency.NO_COST)  # a new character
    client.fake.advance(DAY)
    refused(
        lambda: player.traits(mine).change_value(
            held.id, target_value=0, currency=TraitModifyCurrency.NO_COST
        )
    )


def test_chargen_costs_and_choices_come_from_the_settings(client: SyncFakeVClient, world: World) -> None:
    client.companies.update(
        world.company_id,
        settings=CompanySettingsInput(character_autogen_xp_cost=0, character_autogen_num_choices=1),
    )
    session = client.character_autogen(world.player_ids[0]).start_chargen_session(
        campaign_id=world.campaign_id
    )
    assert (len(session.characters), session.requires_selection) == (1, False)
