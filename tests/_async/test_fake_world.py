"""The seeded fake world, and the operations the fake plays by the game's rules."""

from __future__ import annotations

import pytest

from vclient.exceptions import ConflictError, NotFoundError, ValidationError
from vclient.models import (
    CharacterClass,
    CharacterType,
    DiceSize,
    GameVersion,
    TraitAssignment,
    TraitModifyCurrency,
    UserRole,
)
from vclient.testing import FakeVClient, World

MISSING = "0192f3c4-5b6a-7d8e-9f01-00000000dead"  # an id the fake holds nothing under

NO_COST = TraitModifyCurrency.NO_COST


@pytest.fixture
def client() -> FakeVClient:
    return FakeVClient(seed=7)


@pytest.fixture
def world(client: FakeVClient) -> World:
    return client.fake.world


async def held_values(client: FakeVClient) -> dict[str, int]:
    world = client.fake.world
    traits = await client.characters(world.storyteller_id).traits(world.character_ids[0]).list_all()
    return {held.trait.name: held.value for held in traits}


async def test_the_same_seed_gives_the_same_world_and_dice() -> None:
    first, again, other = FakeVClient(seed=7), FakeVClient(seed=7), FakeVClient(seed=8)
    assert first.fake.world == again.fake.world
    assert await held_values(first) == await held_values(again)
    assert await held_values(first) != await held_values(other)
    rolls = [await c.dicerolls(c.fake.world.admin_id).create(num_dice=6) for c in (first, again)]
    assert rolls[0].result == rolls[1].result


async def test_an_unseeded_fake_has_the_catalog_but_no_world() -> None:
    client = FakeVClient()
    with pytest.raises(RuntimeError, match="make it with a seed"):
        client.fake.world  # noqa: B018
    assert await client.users().list_all() == []
    assert len(await client.character_blueprint().list_all_vampire_clans()) >= 4


async def test_the_world_has_every_role_a_campaign_and_characters_of_four_classes(
    client: FakeVClient, world: World
) -> None:
    users = await client.users().list_all()
    assert {u.role for u in users} == {
        UserRole.ADMIN,
        UserRole.STORYTELLER,
        UserRole.PLAYER,
        UserRole.UNAPPROVED,
    }
    assert [u.username for u in await client.users(world.admin_id).list_all_unapproved()] == ["ruth"]

    books = client.books(world.campaign_id, world.storyteller_id)
    listed = await books.list_all()
    assert [b.number for b in listed] == [1, 2]
    assert [len(await books.chapters(b.id).list_all()) for b in listed] == [2, 1]

    characters = await client.characters(world.storyteller_id).list_all(campaign_id=world.campaign_id)
    assert [c.id for c in characters] == list(world.character_ids)
    assert {c.character_class for c in characters} >= {"VAMPIRE", "WEREWOLF", "MAGE", "HUNTER"}
    assert any(c.type == CharacterType.NPC for c in characters)
    vampire = characters[0].vampire_attributes
    assert vampire is not None
    assert vampire.clan_name == "Toreador"
    assert (await client.companies.get_statistics(world.company_id)).total_rolls == 120


async def test_catalog_filters_by_class_and_section(client: FakeVClient) -> None:
    blueprint = client.character_blueprint()
    vampire = await blueprint.list_all_traits(character_class=CharacterClass.VAMPIRE)
    mage = await blueprint.list_all_traits(character_class=CharacterClass.MAGE)
    assert "Celerity" in {t.name for t in vampire}
    assert "Celerity" not in {t.name for t in mage}
    assert "Strength" in {t.name for t in mage}
    attributes = next(s for s in await blueprint.list_all_sections() if s.name == "Attributes")
    categories = await blueprint.list_all_categories(section_id=attributes.id)
    assert [c.name for c in categories] == ["Physical", "Social", "Mental"]


async def test_assigned_traits_are_held_checked_and_on_the_sheet(client: FakeVClient, world: World) -> None:
    characters = client.characters(world.storyteller_id)
    lucita = world.character_ids[0]
    traits = characters.traits(lucita)
    held = {t.trait.name for t in await traits.list_all()}
    catalog = await client.character_blueprint().list_all_traits(character_class=CharacterClass.VAMPIRE)
    new = next(t for t in catalog if t.name not in held and t.category_name == "Disciplines")

    assigned = await traits.assign(new.id, value=2, currency=NO_COST)
    assert (assigned.trait.name, assigned.value) == (new.name, 2)
    with pytest.raises(ConflictError, match="already exists on character"):
        await traits.assign(new.id, value=1)

    result = await traits.bulk_assign(
        [TraitAssignment(trait_id=new.id, value=1), TraitAssignment(trait_id=MISSING, value=1)]
    )
    assert result.succeeded == []
    assert [(f.trait_id, f.error) for f in result.failed] == [
        (new.id, f"Trait named '{new.name}' already exists on character. Use modify trait value instead."),
        (MISSING, "Trait not found"),
    ]

    with pytest.raises(ValidationError) as raised:
        await traits.change_value(assigned.id, target_value=6, currency=NO_COST)
    assert raised.value.invalid_parameters[0].field == "target_value"
    changed = await traits.change_value(assigned.id, target_value=4, currency=NO_COST)
    options = await traits.get_value_options(changed.id)
    assert (options.current_value, sorted(options.options)) == (4, ["0", "1", "2", "3", "5"])
    assert options.options["5"].direction == "increase"
    assert options.options["3"].point_change < 0

    sheet = await characters.get_full_sheet(lucita)
    disciplines = next(c for s in sheet.sections for c in s.categories if c.name == "Disciplines")
    assert {h.trait.name: h.value for h in disciplines.character_traits}[new.name] == 4
    assert {s.name for s in sheet.sections} == {"Attributes", "Skills", "Powers"}
    category = await characters.get_full_sheet_category(lucita, disciplines.id)
    assert category.character_traits == disciplines.character_traits

    await traits.delete(assigned.id)
    sheet = await characters.get_full_sheet(lucita)
    assert new.name not in {
        h.trait.name for s in sheet.sections for c in s.categories for h in c.character_traits
    }


async def test_a_custom_trait_joins_the_sheet_of_its_character(client: FakeVClient, world: World) -> None:
    blueprint = client.character_blueprint()
    physical = next(c for c in await blueprint.list_all_categories() if c.name == "Physical")
    traits = client.characters(world.storyteller_id).traits(world.character_ids[0])
    custom = await traits.create(name="Parkour", category_id=physical.id, currency=NO_COST, max_value=3)
    assert custom.value == 1
    assert (custom.trait.custom_for_character_id, custom.trait.category_name) == (
        world.character_ids[0],
        "Physical",
    )
    with pytest.raises(NotFoundError, match="Trait category not found"):
        await traits.create(name="Juggling", category_id=MISSING, currency=NO_COST)


async def test_renumbering_a_chapter_moves_its_siblings(client: FakeVClient, world: World) -> None:
    books = client.books(world.campaign_id, world.storyteller_id)
    chapters = books.chapters((await books.list_all())[0].id)
    first, second = await chapters.list_all()
    moved = await chapters.renumber(first.id, 2)
    assert moved.number == 2
    assert [(c.id, c.number) for c in await chapters.list_all()] == [(second.id, 1), (first.id, 2)]
    book = (await books.list_all())[0]
    for past_the_end in (lambda: books.renumber(book.id, 3), lambda: chapters.renumber(first.id, 3)):
        with pytest.raises(ValidationError, match="greater than the number of"):
            await past_the_end()


async def test_rolls_list_newest_first_and_storyteller_characters_only_to_storytellers(
    client: FakeVClient, world: World
) -> None:
    storyteller = client.characters(world.storyteller_id)
    secret = await storyteller.create(
        campaign_id=world.campaign_id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
        name_first="Hidden", name_last="Hand", type=CharacterType.STORYTELLER,
    )  # fmt: skip
    dice = client.dicerolls(world.storyteller_id)
    made = [await dice.create(num_dice=1, character_id=c) for c in (world.character_ids[0], secret.id)]
    assert [r.id for r in (await dice.get_page(limit=2)).items] == [made[1].id, made[0].id]
    assert [r.id for r in (await dice.get_page(character_type=CharacterType.STORYTELLER)).items] == [
        made[1].id
    ]
    seen_by_player = [r.id async for r in client.dicerolls(world.player_ids[0]).iter_all()]
    assert made[0].id in seen_by_player
    assert made[1].id not in seen_by_player


async def test_rolls_have_results_and_count_in_statistics(client: FakeVClient, world: World) -> None:
    player, character = world.player_ids[0], world.character_ids[0]
    before = (await client.characters(player).get_statistics(character)).total_rolls
    roll = await client.dicerolls(player).create(
        dice_size=DiceSize.D10, num_dice=5, num_desperation_dice=2, difficulty=6, character_id=character
    )
    assert roll.result is not None
    assert (len(roll.result.player_roll), len(roll.result.desperation_roll), roll.user_id) == (5, 2, player)
    assert roll.result.total_result_type in {"SUCCESS", "FAILURE", "BOTCH", "CRITICAL"}
    assert (await client.characters(player).get_statistics(character)).total_rolls == before + 1

    sheet = await client.characters(player).traits(character).list_all()
    pool = (
        await client.users(player)
        .quickrolls(player)
        .create(name="Pool", trait_ids=[t.trait.id for t in sheet[:2]])
    )
    quick = await client.dicerolls(player).create_from_quickroll(quickroll_id=pool.id, character_id=character)
    assert quick.num_dice == sheet[0].value + sheet[1].value


async def test_chargen_sessions_end_with_the_chosen_character(client: FakeVClient, world: World) -> None:
    autogen = client.character_autogen(world.player_ids[0])
    await client.users(world.storyteller_id).add_xp(world.player_ids[0], world.campaign_id, 10)  # the cost
    session = await autogen.start_chargen_session(campaign_id=world.campaign_id)
    assert [s.id for s in await autogen.list_sessions()] == [session.id]
    with pytest.raises(ValidationError):
        await autogen.finalize_chargen_session(session.id, MISSING)
    chosen = await autogen.finalize_chargen_session(session.id, session.characters[1].id)
    characters = client.characters(world.player_ids[0])
    assert (await characters.get(chosen.id)).name == session.characters[1].name
    assert await characters.traits(chosen.id).list_all()
    with pytest.raises(ValidationError, match="Session not found or expired"):
        await autogen.get_session(session.id)
    with pytest.raises(ValidationError, match="session_id: Session not found"):  # finalized once only
        await autogen.finalize_chargen_session(session.id, session.characters[1].id)
    storyteller = client.character_autogen(world.storyteller_id)  # only storytellers generate outright
    npc = await storyteller.generate_character(
        campaign_id=world.campaign_id, character_type=CharacterType.NPC
    )
    assert (await characters.get(npc.id)).type == CharacterType.NPC


async def test_a_new_company_comes_with_its_admin(client: FakeVClient) -> None:
    created = await client.companies.create(name="Vienna by Night", email="founder@example.com")
    admins = await client.users(company_id=created.company.id).list_all()
    assert [(u.id, u.role) for u in admins] == [(created.admin_user.id, UserRole.ADMIN)]


async def test_experience_adds_up_and_cannot_go_negative(client: FakeVClient, world: World) -> None:
    users = client.users(world.storyteller_id)
    player = world.player_ids[1]
    await users.add_xp(player, world.campaign_id, 5)
    spent = await users.remove_xp(player, world.campaign_id, 3)
    assert (spent.xp_current, spent.xp_total) == (2, 5)
    with pytest.raises(ValidationError, match="not have enough XP"):
        await users.remove_xp(player, world.campaign_id, 3)
    assert (await users.get(player)).lifetime_xp == 5
    admin = client.users(world.admin_id)  # only an admin sees who is waiting
    approved = await users.approve_user((await admin.list_all_unapproved())[0].id, UserRole.PLAYER)
    assert approved.role == UserRole.PLAYER
    assert await admin.list_all_unapproved() == []
