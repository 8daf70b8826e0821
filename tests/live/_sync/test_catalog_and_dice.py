# Generated from tests/live/_async/test_catalog_and_dice.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The reference catalog, paged and filtered; the dictionary; dice rolls, quick rolls and their statistics."""

from __future__ import annotations

from vclient import SyncVClient
from vclient.models import BlueprintTraitOrder, CharacterClass, CharacterType, DiceSize, GameVersion

from ..conftest import Live, unique
from .conftest import Undo, gone


def test_every_catalog_lists_and_reads_its_entries(live: Live, user_key: SyncVClient) -> None:
    catalog = user_key.character_blueprint(live.player)
    sections = catalog.list_all_sections(game_version=GameVersion.V5)
    assert (catalog.get_section(sections[0].id)).name == sections[0].name
    categories = catalog.list_all_categories(section_id=sections[0].id)
    assert {c.sheet_section_id for c in categories} == {sections[0].id}
    category = catalog.get_category(categories[0].id)
    subcategories = catalog.list_all_subcategories(character_class=CharacterClass.VAMPIRE)
    assert (catalog.get_subcategory(subcategories[0].id)).id == subcategories[0].id
    traits = catalog.list_all_traits(category_id=category.id, order_by=BlueprintTraitOrder.NAME)
    assert [t.name for t in traits] == sorted(t.name for t in traits)
    assert (catalog.get_trait(traits[0].id)).category_id == category.id
    concepts = catalog.list_all_concepts()
    assert (catalog.get_concept(concepts[0].id)).name == concepts[0].name
    clans = catalog.list_all_vampire_clans(game_version=GameVersion.V5)
    assert (catalog.get_vampire_clan(clans[0].id)).name == clans[0].name
    tribes = catalog.list_all_werewolf_tribes()
    assert (catalog.get_werewolf_tribe(tribes[0].id)).name == tribes[0].name
    auspices = catalog.list_all_werewolf_auspices()
    assert (catalog.get_werewolf_auspice(auspices[0].id)).name == auspices[0].name
    for page in (
        catalog.get_sections_page(limit=1),
        catalog.get_categories_page(limit=1),
        catalog.get_subcategories_page(limit=1),
        catalog.get_concepts_page(limit=1),
        catalog.get_vampire_clans_page(limit=1),
        catalog.get_werewolf_tribes_page(limit=1),
        catalog.get_werewolf_auspices_page(limit=1),
    ):
        assert len(page.items) == 1 and page.total > 1


def test_iterating_a_catalog_larger_than_a_page(live: Live, user_key: SyncVClient) -> None:
    catalog = user_key.character_blueprint(live.player)
    by_name = {"game_version": GameVersion.V5, "order_by": BlueprintTraitOrder.NAME}
    first = catalog.get_traits_page(limit=100, **by_name)  # type: ignore[arg-type]
    assert first.total > 300 and first.has_more
    second = catalog.get_traits_page(limit=100, offset=first.next_offset, **by_name)  # type: ignore[arg-type]
    assert second.current_page == 2
    every = [trait.id for trait in catalog.iter_all_traits(**by_name)]  # type: ignore[arg-type]
    assert len(every) == len(set(every)) == first.total
    assert {t.id for t in first.items + second.items} <= set(every)


def test_dictionary_terms(live: Live, company_admin: SyncVClient, undo: Undo) -> None:
    dictionary = company_admin.dictionary(live.storyteller)
    term = dictionary.create(term=unique("Kindred "), definition="A vampire", synonyms=["Cainite"])
    undo.push(lambda: dictionary.delete(term.id))
    changed = dictionary.update(term.id, definition=None, link="https://example.com/kindred")
    assert (changed.definition, changed.link) == (None, "https://example.com/kindred")
    assert (dictionary.get(term.id)).synonyms == ["cainite"]  # the server keeps synonyms in lower case
    found = dictionary.get_page(term=term.term)
    assert [t.id for t in found.items] == [term.id]
    assert (dictionary.get_page(limit=1)).total > 700  # the global terms come with the catalog
    dictionary.delete(term.id)
    gone(lambda: dictionary.get(term.id))


def test_dice_rolls_quick_rolls_and_statistics(live: Live, company_admin: SyncVClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = campaigns.create(name=unique("Chronicle "))
    undo.push(lambda: campaigns.delete(campaign.id))
    character = company_admin.characters(live.player).create(
        campaign_id=campaign.id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
        name_first="Rolling", name_last="Stone",
    )  # fmt: skip
    rollable = company_admin.character_blueprint(live.player).list_all_traits(
        is_rollable=True, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5
    )
    pool = [t for t in rollable if t.min_value <= 2 <= t.max_value][:2]
    for trait in pool:
        company_admin.characters(live.player).traits(character.id).assign(trait.id, 2)

    dice = company_admin.dicerolls(live.player)
    roll = dice.create(
        dice_size=DiceSize.D10, num_dice=5, difficulty=6, comment="Sneak",
        character_id=character.id, campaign_id=campaign.id,
    )  # fmt: skip
    assert roll.result is not None and len(roll.result.player_roll) == 5
    assert (dice.get(roll.id)).comment == "Sneak"
    mine = dice.list_all(character_id=character.id)
    assert [r.id for r in mine] == [roll.id]
    players = dice.get_page(campaign_id=campaign.id, character_type=CharacterType.PLAYER)
    assert [r.id for r in players.items] == [roll.id]
    npcs = dice.get_page(campaign_id=campaign.id, character_type=CharacterType.NPC)
    assert npcs.items == []

    quickrolls = company_admin.users(live.player).quickrolls(live.player)
    quickroll = quickrolls.create(name=unique("Pool "), trait_ids=[t.id for t in pool])
    undo.push(lambda: quickrolls.delete(quickroll.id))
    quick = dice.create_from_quickroll(
        quickroll_id=quickroll.id, character_id=character.id, difficulty=6
    )
    assert quick.num_dice == 4 and set(quick.trait_ids) == {t.id for t in pool}

    statistics = campaigns.get_statistics(campaign.id)
    assert statistics.total_rolls == 2
    assert (company_admin.characters(live.player).get_statistics(character.id)).total_rolls == 2
