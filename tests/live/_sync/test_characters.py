# Generated from tests/live/_async/test_characters.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Characters of every class: their sheet, traits, inventory, notes and assets, and who may change them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from vclient import SyncVClient
from vclient.exceptions import AuthorizationError, ServerError
from vclient.models import (
    AuditLogDetail,
    Campaign,
    Character,
    CharacterClass,
    CharacterInclude,
    CharacterStatus,
    CharacterType,
    GameVersion,
    HunterAttributesInput,
    InitialTrait,
    InventoryItemType,
    MageAttributesInput,
    TraitAssignment,
    TraitModifyCurrency,
    VampireAttributesCreate,
    VampireAttributesPatch,
    WerewolfAttributesCreate,
)

from ..conftest import Live, tiny_png, unique
from .conftest import Undo, gone


@dataclass
class Table:
    """A campaign to play in, and the catalog entries characters are made from."""

    campaign: Campaign
    clan_id: str
    tribe_id: str
    auspice_id: str
    strength_id: str
    gift_id: str
    trait_ids: list[str]


@pytest.fixture
def table(live: Live, company_admin: SyncVClient) -> Iterator[Table]:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = campaigns.create(name=unique("Chronicle "))
    catalog = company_admin.character_blueprint(live.storyteller)
    clans = catalog.get_vampire_clans_page(limit=1, game_version=GameVersion.V5)
    tribes = catalog.get_werewolf_tribes_page(limit=1)
    auspices = catalog.get_werewolf_auspices_page(limit=1)
    traits = catalog.list_all_traits(character_class=CharacterClass.MORTAL, game_version=GameVersion.V5)
    strength = next(t for t in traits if t.name == "Strength")
    others = [t.id for t in traits if t.id != strength.id and t.min_value <= 1 <= t.max_value][:30]
    gifts = catalog.get_traits_page(limit=100, character_class=CharacterClass.WEREWOLF)
    gift = next(t for t in gifts.items if t.gift_attributes and t.min_value <= 1)
    yield Table(
        campaign, clans.items[0].id, tribes.items[0].id, auspices.items[0].id, strength.id, gift.id, others
    )
    campaigns.delete(campaign.id)


def make(client: SyncVClient, live: Live, table: Table, undo: Undo, **fields: object) -> Character:
    characters = client.characters(live.storyteller)
    given: dict[str, object] = {"name_first": "Ada", "name_last": unique("Live"), **fields}
    character = characters.create(campaign_id=table.campaign.id, **given)  # type: ignore[arg-type]
    undo.push(lambda: characters.delete(character.id))
    return character


def test_one_character_of_each_class(
    live: Live, company_admin: SyncVClient, table: Table, undo: Undo
) -> None:
    vampire = make(
        company_admin, live, table, undo,
        character_class=CharacterClass.VAMPIRE, game_version=GameVersion.V5,
        vampire_attributes=VampireAttributesCreate(clan_id=table.clan_id, generation=12, sire="Lucille"),
        traits=[InitialTrait(trait_id=table.strength_id, value=2)],
    )  # fmt: skip
    assert (vampire.vampire_attributes and vampire.vampire_attributes.clan_id) == table.clan_id
    werewolf = make(
        company_admin, live, table, undo,
        character_class=CharacterClass.WEREWOLF, game_version=GameVersion.V5,
        werewolf_attributes=WerewolfAttributesCreate(tribe_id=table.tribe_id, auspice_id=table.auspice_id),
        traits=[InitialTrait(trait_id=table.gift_id, value=1)],
    )  # fmt: skip
    assert werewolf.werewolf_attributes is not None
    mage = make(
        company_admin, live, table, undo, character_class=CharacterClass.MAGE, game_version=GameVersion.V5,
        mage_attributes=MageAttributesInput(sphere="Forces", tradition="Order of Hermes"),
    )  # fmt: skip
    assert mage.mage_attributes is not None and mage.mage_attributes.sphere == "Forces"
    hunter = make(
        company_admin, live, table, undo, character_class=CharacterClass.HUNTER, game_version=GameVersion.V5,
        hunter_attributes=HunterAttributesInput(creed="Inquisitive"),
    )  # fmt: skip
    assert hunter.hunter_attributes is not None and hunter.hunter_attributes.creed == "Inquisitive"

    characters = company_admin.characters(live.storyteller)
    listed = characters.list_all(limit=2, campaign_id=table.campaign.id)
    assert {c.id for c in listed} == {vampire.id, werewolf.id, mage.id, hunter.id}
    werewolves = characters.get_page(
        campaign_id=table.campaign.id, character_class=CharacterClass.WEREWOLF
    )
    assert [c.id for c in werewolves.items] == [werewolf.id]

    detail = characters.get(vampire.id, include=[CharacterInclude.TRAITS, CharacterInclude.INVENTORY])
    assert [(t.trait.id, t.value) for t in detail.traits if t.trait.id == table.strength_id] == [
        (table.strength_id, 2)
    ]
    with pytest.raises(ServerError) as crash:  # the server's known crash: include=traits, a werewolf's gift
        characters.get(werewolf.id, include=[CharacterInclude.TRAITS])
    assert crash.value.status_code == 500
    assert [t.trait.id for t in characters.traits(werewolf.id).list_all()] == [table.gift_id]


def test_patch_with_none_clears_and_class_attributes_change(
    live: Live, company_admin: SyncVClient, table: Table, undo: Undo
) -> None:
    characters = company_admin.characters(live.storyteller)
    vampire = make(
        company_admin, live, table, undo,
        character_class=CharacterClass.VAMPIRE, game_version=GameVersion.V5, age=120,
        date_of_birth=date(1900, 1, 1), biography="Embraced in Chicago",
        vampire_attributes=VampireAttributesCreate(clan_id=table.clan_id, sire="Lucille"),
    )  # fmt: skip
    changed = characters.update(
        vampire.id,
        age=None,
        date_of_birth=None,
        biography=None,
        status=CharacterStatus.DEAD,
        vampire_attributes=VampireAttributesPatch(sire=None),
    )
    assert (changed.age, changed.date_of_birth, changed.biography, changed.status) == (
        None,
        None,
        None,
        "DEAD",
    )
    assert changed.vampire_attributes is not None and changed.vampire_attributes.sire is None
    fetched = characters.get(vampire.id)
    assert (fetched.age, fetched.biography) == (None, None)


def test_the_sheet_and_its_traits(live: Live, company_admin: SyncVClient, table: Table, undo: Undo) -> None:
    mortal = make(
        company_admin, live, table, undo, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5
    )
    characters = company_admin.characters(live.storyteller)
    traits = characters.traits(mortal.id)
    strength = traits.assign(table.strength_id, 3, TraitModifyCurrency.NO_COST)
    assert (strength.value, strength.trait.id) == (3, table.strength_id)
    free = TraitModifyCurrency.NO_COST
    wanted = [*table.trait_ids, table.strength_id]
    result = traits.bulk_assign([TraitAssignment(trait_id=t, value=1, currency=free) for t in wanted])
    assert [s.trait_id for s in result.succeeded] == table.trait_ids
    assert [f.trait_id for f in result.failed] == [table.strength_id]  # already held

    # One page: the server orders a character's traits by category only, so smaller pages can skip or
    # repeat traits of one category (docs/real-server.md).
    held = [t for t in traits.iter_all(limit=100)]
    assert {t.trait.id for t in held} == {table.strength_id, *table.trait_ids}
    assert (traits.get(strength.id)).value == 3
    category = strength.trait.category_id
    in_category = traits.get_page(category_id=category)
    assert all(t.trait.category_id == category for t in in_category.items)

    options = traits.get_value_options(strength.id)
    assert options.current_value == 3
    raised = traits.change_value(strength.id, target_value=4, currency=TraitModifyCurrency.NO_COST)
    assert raised.value == 4

    custom = traits.create(
        name="Occult Lore", category_id=category, currency=TraitModifyCurrency.NO_COST, max_value=5
    )
    assert custom.trait.custom_for_character_id == mortal.id
    traits.delete(custom.id, currency=TraitModifyCurrency.NO_COST)
    gone(lambda: traits.get(custom.id))

    sheet = characters.get_full_sheet(mortal.id, include_available_traits=True)
    categories = [category for section in sheet.sections for category in section.categories]
    held_lists = [c.character_traits for c in categories] + [
        sub.character_traits for c in categories for sub in c.subcategories
    ]
    on_sheet = {held.trait.id for listed in held_lists for held in listed}
    assert table.strength_id in on_sheet
    one = characters.get_full_sheet_category(mortal.id, category)
    assert one.id == category
    statistics = characters.get_statistics(mortal.id)
    assert statistics.total_rolls == 0

    # Every bulk assignment leaves an audit entry whose request body is a JSON array.
    entries = company_admin.companies.get_audit_log_page(
        live.company_id, limit=20, character_id=mortal.id, include_request_details=True
    )
    bulk = [e for e in entries.items if isinstance(e, AuditLogDetail) and isinstance(e.request_json, list)]
    assert bulk and bulk[0].operation_id == "bulkAssignTraitsToCharacter"


def test_inventory_notes_and_assets(
    live: Live, company_admin: SyncVClient, table: Table, undo: Undo
) -> None:
    hunter = make(
        company_admin, live, table, undo, character_class=CharacterClass.HUNTER, game_version=GameVersion.V5
    )
    characters = company_admin.characters(live.storyteller)
    inventory = characters.inventory(hunter.id)
    stake = inventory.create(name="Wooden Stake", type=InventoryItemType.WEAPON, description="Sharp")
    assert (inventory.update(stake.id, description=None)).description is None
    assert [i.id for i in inventory.list_all()] == [stake.id]
    assert (inventory.get(stake.id)).type == "WEAPON"
    inventory.delete(stake.id)

    notes = characters.notes(hunter.id)
    note = notes.create(title="Backstory", content="Lost a sister")
    assert (notes.update(note.id, content="Lost a brother")).content == "Lost a brother"
    assert (notes.get(note.id)).title == "Backstory"
    assert [n.id for n in notes.list_all()] == [note.id]
    notes.delete(note.id)

    assets = characters.assets(hunter.id)
    portrait = assets.upload(tiny_png(9), filename="hunter.png")
    assert (assets.get(portrait.id)).character_id == hunter.id
    assert [a.id for a in (assets.get_page()).items] == [portrait.id]
    assets.delete(portrait.id)


def test_a_player_may_not_change_another_players_character(
    live: Live, company_admin: SyncVClient, table: Table, undo: Undo
) -> None:
    npc = make(
        company_admin, live, table, undo,
        character_class=CharacterClass.MORTAL, game_version=GameVersion.V5, type=CharacterType.PLAYER,
        user_player_id=live.storyteller,
    )  # fmt: skip
    with pytest.raises(AuthorizationError):
        company_admin.characters(live.player).update(npc.id, name_nick="Intruder")
