# Generated from tests/_async/test_fake_world.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
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
from vclient.testing import SyncFakeVClient, World

MISSING = "0192f3c4-5b6a-7d8e-9f01-00000000dead"  # an id the fake holds nothing under

NO_COST = TraitModifyCurrency.NO_COST


@pytest.fixture
def client() -> SyncFakeVClient:
    return SyncFakeVClient(seed=7)


@pytest.fixture
def world(client: SyncFakeVClient) -> World:
    return client.fake.world


def held_values(client: SyncFakeVClient) -> dict[str, int]:
    world = client.fake.world
    traits = client.characters(world.storyteller_id).traits(world.character_ids[0]).list_all()
    return {held.trait.name: held.value for held in traits}


def test_the_same_seed_gives_the_same_world_and_dice() -> None:
    first, again, other = SyncFakeVClient(seed=7), SyncFakeVClient(seed=7), SyncFakeVClient(seed=8)
    assert first.fake.world == again.fake.world
    assert held_values(first) == held_values(again)
    assert held_values(first) != held_values(other)
    rolls = [c.dicerolls(c.fake.world.admin_id).create(num_dice=6) for c in (first, again)]
    assert rolls[0].result == rolls[1].result


def test_an_unseeded_fake_has_the_catalog_but_no_world() -> None:
    client = SyncFakeVClient()
    with pytest.raises(RuntimeError, match="make it with a seed"):
        client.fake.world  # noqa: B018
    assert client.users().list_all() == []
    assert len(client.character_blueprint().list_all_vampire_clans()) >= 4


def test_the_world_has_every_role_a_campaign_and_characters_of_four_classes(
    client: SyncFakeVClient, world: World
) -> None:
    users = client.users().list_all()
    assert {u.role for u in users} == {
        UserRole.ADMIN,
        UserRole.STORYTELLER,
        UserRole.PLAYER,
        UserRole.UNAPPROVED,
    }
    assert [u.username for u in client.users(world.admin_id).list_all_unapproved()] == ["ruth"]

    books = client.books(world.campaign_id, world.storyteller_id)
    listed = books.list_all()
    assert [b.number for b in listed] == [1, 2]
    assert [len(books.chapters(b.id).list_all()) for b in listed] == [2, 1]

    characters = client.characters(world.storyteller_id).list_all(campaign_id=world.campaign_id)
    assert [c.id for c in characters] == list(world.character_ids)
    assert {c.character_class for c in characters} >= {"VAMPIRE", "WEREWOLF", "MAGE", "HUNTER"}
    assert any(c.type == CharacterType.NPC for c in characters)
    vampire = characters[0].vampire_attributes
    assert vampire is not None
    assert vampire.clan_name == "Toreador"
    assert (client.companies.get_statistics(world.company_id)).total_rolls == 120


def test_catalog_filters_by_class_and_section(client: SyncFakeVClient) -> None:
    blueprint = client.character_blueprint()
    vampire = blueprint.list_all_traits(character_class=CharacterClass.VAMPIRE)
    mage = blueprint.list_all_traits(character_class=CharacterClass.MAGE)
    assert "Celerity" in {t.name for t in vampire}
    assert "Celerity" not in {t.name for t in mage}
    assert "Strength" in {t.name for t in mage}
    attributes = next(s for s in blueprint.list_all_sections() if s.name == "Attributes")
    categories = blueprint.list_all_categories(section_id=attributes.id)
    assert [c.name for c in categories] == ["Physical", "Social", "Mental"]


def test_assigned_traits_are_held_checked_and_on_the_sheet(client: SyncFakeVClient, world: World) -> None:
    characters = client.characters(world.storyteller_id)
    lucita = world.character_ids[0]
    traits = characters.traits(lucita)
    held = {t.trait.name for t in traits.list_all()}
    catalog = client.character_blueprint().list_all_traits(character_class=CharacterClass.VAMPIRE)
    new = next(t for t in catalog if t.name not in held and t.category_name == "Disciplines")

    assigned = traits.assign(new.id, value=2, currency=NO_COST)
    assert (assigned.trait.name, assigned.value) == (new.name, 2)
    with pytest.raises(ConflictError, match="already exists on character"):
        traits.assign(new.id, value=1)

    result = traits.bulk_assign(
        [TraitAssignment(trait_id=new.id, value=1), TraitAssignment(trait_id=MISSING, value=1)]
    )
    assert result.succeeded == []
    assert [(f.trait_id, f.error) for f in result.failed] == [
        (new.id, f"Trait named '{new.name}' already exists on character. Use modify trait value instead."),
        (MISSING, "Trait not found"),
    ]

    with pytest.raises(ValidationError) as raised:
        traits.change_value(assigned.id, target_value=6, currency=NO_COST)
    assert raised.value.invalid_parameters[0].field == "target_value"
    changed = traits.change_value(assigned.id, target_value=4, currency=NO_COST)
    options = traits.get_value_options(changed.id)
    assert (options.current_value, sorted(options.options)) == (4, ["0", "1", "2", "3", "5"])
    assert options.options["5"].direction == "increase"
    assert options.options["3"].point_change < 0

    sheet = characters.get_full_sheet(lucita)
    disciplines = next(c for s in sheet.sections for c in s.categories if c.name == "Disciplines")
    assert {h.trait.name: h.value for h in disciplines.character_traits}[new.name] == 4
    assert {s.name for s in sheet.sections} == {"Attributes", "Skills", "Powers"}
    category = characters.get_full_sheet_category(lucita, disciplines.id)
    assert category.character_traits == disciplines.character_traits

    traits.delete(assigned.id)
    sheet = characters.get_full_sheet(lucita)
    assert new.name not in {
        h.trait.name for s in sheet.sections for c in s.categories for h in c.character_traits
    }


def test_a_custom_trait_joins_the_sheet_of_its_character(client: SyncFakeVClient, world: World) -> None:
    blueprint = client.character_blueprint()
    physical = next(c for c in blueprint.list_all_categories() if c.name == "Physical")
    traits = client.characters(world.storyteller_id).traits(world.character_ids[0])
    custom = traits.create(name="Parkour", category_id=physical.id, currency=NO_COST, max_value=3)
    assert custom.value == 1
    assert (custom.trait.custom_for_character_id, custom.trait.category_name) == (
        world.character_ids[0],
        "Physical",
    )
    with pytest.raises(NotFoundError, match="Trait category not found"):
        traits.create(name="Juggling", category_id=MISSING, currency=NO_COST)


def test_renumbering_a_chapter_moves_its_siblings(client: SyncFakeVClient, world: World) -> None:
    books = client.books(world.campaign_id, world.storyteller_id)
    chapters = books.chapters((books.list_all())[0].id)
    first, second = chapters.list_all()
    moved = chapters.renumber(first.id, 2)
    assert moved.number == 2
    assert [(c.id, c.number) for c in chapters.list_all()] == [(second.id, 1), (first.id, 2)]
    book = (books.list_all())[0]
    for past_the_end in (lambda: books.renumber(book.id, 3), lambda: chapters.renumber(first.id, 3)):
        with pytest.raises(ValidationError, match="greater than the number of"):
            past_the_end()


def test_rolls_list_newest_first_and_storyteller_characters_only_to_storytellers(
    client: SyncFakeVClient, world: World
) -> None:
    storyteller = client.characters(world.storyteller_id)
    secret = storyteller.create(
        campaign_id=world.campaign_id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
        name_first="Hidden", name_last="Hand", type=CharacterType.STORYTELLER,
    )  # fmt: skip
    dice = client.dicerolls(world.storyteller_id)
    made = [dice.create(num_dice=1, character_id=c) for c in (world.character_ids[0], secret.id)]
    assert [r.id for r in (dice.get_page(limit=2)).items] == [made[1].id, made[0].id]
    assert [r.id for r in (dice.get_page(character_type=CharacterType.STORYTELLER)).items] == [
        made[1].id
    ]
    seen_by_player = [r.id for r in client.dicerolls(world.player_ids[0]).iter_all()]
    assert made[0].id in seen_by_player
    assert made[1].id not in seen_by_player


def test_rolls_have_results_and_count_in_statistics(client: SyncFakeVClient, world: World) -> None:
    player, character = world.player_ids[0], world.character_ids[0]
    before = (client.characters(player).get_statistics(character)).total_rolls
    roll = client.dicerolls(player).create(
        dice_size=DiceSize.D10, num_dice=5, num_desperation_dice=2, difficulty=6, character_id=character
    )
    assert roll.result is not None
    assert (len(roll.result.player_roll), len(roll.result.desperation_roll), roll.user_id) == (5, 2, player)
    assert roll.result.total_result_type in {"SUCCESS", "FAILURE", "BOTCH", "CRITICAL"}
    assert (client.characters(player).get_statistics(character)).total_rolls == before + 1

    sheet = client.characters(player).traits(character).list_all()
    pool = (
        client.users(player)
        .quickrolls(player)
        .create(name="Pool", trait_ids=[t.trait.id for t in sheet[:2]])
    )
    quick = client.dicerolls(player).create_from_quickroll(quickroll_id=pool.id, character_id=character)
    assert quick.num_dice == sheet[0].value + sheet[1].value


def test_chargen_sessions_end_with_the_chosen_character(client: SyncFakeVClient, world: World) -> None:
    autogen = client.character_autogen(world.player_ids[0])
    client.users(world.storyteller_id).add_xp(world.player_ids[0], world.campaign_id, 10)  # the cost
    session = autogen.start_chargen_session(campaign_id=world.campaign_id)
    assert [s.id for s in autogen.list_sessions()] == [session.id]
    with pytest.raises(ValidationError):
        autogen.finalize_chargen_session(session.id, MISSING)
    chosen = autogen.finalize_chargen_session(session.id, session.characters[1].id)
    characters = client.characters(world.player_ids[0])
    assert (characters.get(chosen.id)).name == session.characters[1].name
    assert characters.traits(chosen.id).list_all()
    with pytest.raises(ValidationError, match="Session not found or expired"):
        autogen.get_session(session.id)
    with pytest.raises(ValidationError, match="session_id: Session not found"):  # finalized once only
        autogen.finalize_chargen_session(session.id, session.characters[1].id)
    storyteller = client.character_autogen(world.storyteller_id)  # only storytellers generate outright
    npc = storyteller.generate_character(
        campaign_id=world.campaign_id, character_type=CharacterType.NPC
    )
    assert (characters.get(npc.id)).type == CharacterType.NPC


def test_a_new_company_comes_with_its_admin(client: SyncFakeVClient) -> None:
    created = client.companies.create(name="Vienna by Night", email="founder@example.com")
    admins = client.users(company_id=created.company.id).list_all()
    assert [(u.id, u.role) for u in admins] == [(created.admin_user.id, UserRole.ADMIN)]


def test_experience_adds_up_and_cannot_go_negative(client: SyncFakeVClient, world: World) -> None:
    users = client.users(world.storyteller_id)
    player = world.player_ids[1]
    users.add_xp(player, world.campaign_id, 5)
    spent = users.remove_xp(player, world.campaign_id, 3)
    assert (spent.xp_current, spent.xp_total) == (2, 5)
    with pytest.raises(ValidationError, match="not have enough XP"):
        users.remove_xp(player, world.campaign_id, 3)
    assert (users.get(player)).lifetime_xp == 5
    admin = client.users(world.admin_id)  # only an admin sees who is waiting
    approved = users.approve_user((admin.list_all_unapproved())[0].id, UserRole.PLAYER)
    assert approved.role == UserRole.PLAYER
    assert admin.list_all_unapproved() == []
