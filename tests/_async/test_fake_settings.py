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
from vclient.testing import FakeVClient, World

DAY = 24 * 3600


@pytest.fixture
def client() -> FakeVClient:
    return FakeVClient(seed=3)


@pytest.fixture
def world(client: FakeVClient) -> World:
    return client.fake.world


async def refused(call: Callable[[], Any], detail: str = "No rights") -> None:
    with pytest.raises(AuthorizationError, match=detail):
        await call()


async def free_traits(client: FakeVClient, character_id: str) -> list[str]:
    """Catalog traits the character does not hold yet, that take a value of 1."""
    held = {
        t.trait.id
        for t in await client.characters(client.fake.world.storyteller_id).traits(character_id).list_all()
    }
    catalog = await client.character_blueprint().list_all_traits(character_class=CharacterClass.VAMPIRE)
    return [t.id for t in catalog if t.id not in held and t.min_value <= 1 <= t.max_value]


async def test_a_company_starts_with_the_servers_defaults(client: FakeVClient, world: World) -> None:
    settings = (await client.companies.get(world.company_id)).settings
    assert settings is not None
    assert (settings.character_autogen_xp_cost, settings.character_autogen_num_choices) == (10, 3)
    assert {
        settings.permission_manage_campaign,
        settings.permission_manage_npc,
        settings.permission_grant_xp,
        settings.permission_free_trait_changes,
    } == {"UNRESTRICTED"}
    assert settings.permission_recoup_xp == "DENIED"
    made = await client.companies.create(
        name="Strict House",
        email="s@example.com",
        settings=CompanySettingsInput(permission_grant_xp="PLAYER"),
    )
    assert made.company.settings is not None
    assert (made.company.settings.permission_grant_xp, made.company.settings.permission_manage_npc) == (
        "PLAYER",
        "UNRESTRICTED",
    )


async def test_campaigns_managed_by_storytellers_only(client: FakeVClient, world: World) -> None:
    player = client.campaigns(world.player_ids[0])
    await player.create(name="Allowed by default")
    await client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_manage_campaign="STORYTELLER")
    )
    books = player.books(world.campaign_id)
    book = (await books.list_all())[0]
    for change in (
        lambda: player.create(name="Not now"),
        lambda: player.update(world.campaign_id, description="Mine"),
        lambda: player.delete(world.campaign_id),
        lambda: books.create(name="Mine"),
        lambda: books.renumber(book.id, 1),
        lambda: books.chapters(book.id).create(name="Mine"),
    ):
        await refused(change)
    assert (await player.get(world.campaign_id)).id == world.campaign_id  # reading stays open
    storyteller = client.campaigns(world.storyteller_id)
    assert (await storyteller.update(world.campaign_id, description="Theirs")).description == "Theirs"


async def test_npcs_managed_by_storytellers_only(client: FakeVClient, world: World) -> None:
    npc = world.character_ids[4]
    player = client.characters(world.player_ids[0])
    spare = iter(await free_traits(client, npc))
    await player.update(npc, name_nick="Allowed by default")
    await player.traits(npc).assign(next(spare), 1, TraitModifyCurrency.NO_COST)
    await client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_manage_npc="STORYTELLER")
    )
    await refused(lambda: player.update(npc, name_nick="Not now"))
    await refused(
        lambda: player.traits(npc).assign(next(spare), 1, TraitModifyCurrency.NO_COST), "does not own"
    )
    await refused(
        lambda: player.create(
            campaign_id=world.campaign_id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
            name_first="Nora", name_last="Npc", type=CharacterType.NPC,
        )
    )  # fmt: skip
    await client.characters(world.storyteller_id).update(npc, name_nick="Theirs")


async def test_experience_granted_as_the_company_says(client: FakeVClient, world: World) -> None:
    me, other = world.player_ids
    as_player = client.users(me)
    assert (await as_player.add_xp(other, world.campaign_id, 1)).xp_current >= 1  # unrestricted
    await client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_grant_xp="PLAYER")
    )
    await as_player.add_xp(me, world.campaign_id, 1)
    for grant in (as_player.add_xp, as_player.remove_xp, as_player.add_cool_points):
        with pytest.raises(AuthorizationError, match="not authorized to grant"):
            await grant(other, world.campaign_id, 1)
    await client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_grant_xp="STORYTELLER")
    )
    await refused(lambda: as_player.add_xp(me, world.campaign_id, 1), "not authorized to grant")
    await client.users(world.storyteller_id).add_xp(me, world.campaign_id, 1)


async def test_free_trait_changes_as_the_company_says(client: FakeVClient, world: World) -> None:
    mine, theirs = world.character_ids[0], world.character_ids[1]  # the first player's, the second's
    player = client.characters(world.player_ids[0])
    spare = iter(await free_traits(client, mine))
    await refused(lambda: player.traits(theirs).assign(next(spare), 1), "does not own")
    await client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_free_trait_changes="STORYTELLER")
    )
    await refused(lambda: player.traits(mine).assign(next(spare), 1, TraitModifyCurrency.NO_COST))
    await (
        client.characters(world.storyteller_id)
        .traits(mine)
        .assign(next(spare), 1, TraitModifyCurrency.NO_COST)
    )

    await client.companies.update(
        world.company_id, settings=CompanySettingsInput(permission_free_trait_changes="WITHIN_24_HOURS")
    )
    held = await player.traits(mine).assign(next(spare), 1, TraitModifyCurrency.NO_COST)  # a new character
    client.fake.advance(DAY)
    await refused(
        lambda: player.traits(mine).change_value(
            held.id, target_value=0, currency=TraitModifyCurrency.NO_COST
        )
    )


async def test_chargen_costs_and_choices_come_from_the_settings(client: FakeVClient, world: World) -> None:
    await client.companies.update(
        world.company_id,
        settings=CompanySettingsInput(character_autogen_xp_cost=0, character_autogen_num_choices=1),
    )
    session = await client.character_autogen(world.player_ids[0]).start_chargen_session(
        campaign_id=world.campaign_id
    )
    assert (len(session.characters), session.requires_selection) == (1, False)
