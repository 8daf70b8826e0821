"""The reference catalog, paged and filtered; the dictionary; dice rolls, quick rolls and their statistics."""

from __future__ import annotations

from vclient import VClient
from vclient.models import BlueprintTraitOrder, CharacterClass, CharacterType, DiceSize, GameVersion

from ..conftest import Live, unique
from .conftest import Undo, gone


async def test_every_catalog_lists_and_reads_its_entries(live: Live, user_key: VClient) -> None:
    catalog = user_key.character_blueprint(live.player)
    sections = await catalog.list_all_sections(game_version=GameVersion.V5)
    assert (await catalog.get_section(sections[0].id)).name == sections[0].name
    categories = await catalog.list_all_categories(section_id=sections[0].id)
    assert {c.sheet_section_id for c in categories} == {sections[0].id}
    category = await catalog.get_category(categories[0].id)
    subcategories = await catalog.list_all_subcategories(character_class=CharacterClass.VAMPIRE)
    assert (await catalog.get_subcategory(subcategories[0].id)).id == subcategories[0].id
    traits = await catalog.list_all_traits(category_id=category.id, order_by=BlueprintTraitOrder.NAME)
    assert [t.name for t in traits] == sorted(t.name for t in traits)
    assert (await catalog.get_trait(traits[0].id)).category_id == category.id
    concepts = await catalog.list_all_concepts()
    assert (await catalog.get_concept(concepts[0].id)).name == concepts[0].name
    clans = await catalog.list_all_vampire_clans(game_version=GameVersion.V5)
    assert (await catalog.get_vampire_clan(clans[0].id)).name == clans[0].name
    tribes = await catalog.list_all_werewolf_tribes()
    assert (await catalog.get_werewolf_tribe(tribes[0].id)).name == tribes[0].name
    auspices = await catalog.list_all_werewolf_auspices()
    assert (await catalog.get_werewolf_auspice(auspices[0].id)).name == auspices[0].name
    for page in (
        await catalog.get_sections_page(limit=1),
        await catalog.get_categories_page(limit=1),
        await catalog.get_subcategories_page(limit=1),
        await catalog.get_concepts_page(limit=1),
        await catalog.get_vampire_clans_page(limit=1),
        await catalog.get_werewolf_tribes_page(limit=1),
        await catalog.get_werewolf_auspices_page(limit=1),
    ):
        assert len(page.items) == 1 and page.total > 1


async def test_iterating_a_catalog_larger_than_a_page(live: Live, user_key: VClient) -> None:
    catalog = user_key.character_blueprint(live.player)
    by_name = {"game_version": GameVersion.V5, "order_by": BlueprintTraitOrder.NAME}
    first = await catalog.get_traits_page(limit=100, **by_name)  # type: ignore[arg-type]
    assert first.total > 300 and first.has_more
    second = await catalog.get_traits_page(limit=100, offset=first.next_offset, **by_name)  # type: ignore[arg-type]
    assert second.current_page == 2
    every = [trait.id async for trait in catalog.iter_all_traits(**by_name)]  # type: ignore[arg-type]
    assert len(every) == len(set(every)) == first.total
    assert {t.id for t in first.items + second.items} <= set(every)


async def test_dictionary_terms(live: Live, company_admin: VClient, undo: Undo) -> None:
    dictionary = company_admin.dictionary(live.storyteller)
    term = await dictionary.create(term=unique("Kindred "), definition="A vampire", synonyms=["Cainite"])
    undo.push(lambda: dictionary.delete(term.id))
    changed = await dictionary.update(term.id, definition=None, link="https://example.com/kindred")
    assert (changed.definition, changed.link) == (None, "https://example.com/kindred")
    assert (await dictionary.get(term.id)).synonyms == ["cainite"]  # the server keeps synonyms in lower case
    found = await dictionary.get_page(term=term.term)
    assert [t.id for t in found.items] == [term.id]
    assert (await dictionary.get_page(limit=1)).total > 700  # the global terms come with the catalog
    await dictionary.delete(term.id)
    await gone(lambda: dictionary.get(term.id))


async def test_dice_rolls_quick_rolls_and_statistics(live: Live, company_admin: VClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = await campaigns.create(name=unique("Chronicle "))
    undo.push(lambda: campaigns.delete(campaign.id))
    character = await company_admin.characters(live.player).create(
        campaign_id=campaign.id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
        name_first="Rolling", name_last="Stone",
    )  # fmt: skip
    rollable = await company_admin.character_blueprint(live.player).list_all_traits(
        is_rollable=True, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5
    )
    pool = [t for t in rollable if t.min_value <= 2 <= t.max_value][:2]
    for trait in pool:
        await company_admin.characters(live.player).traits(character.id).assign(trait.id, 2)

    dice = company_admin.dicerolls(live.player)
    roll = await dice.create(
        dice_size=DiceSize.D10, num_dice=5, difficulty=6, comment="Sneak",
        character_id=character.id, campaign_id=campaign.id,
    )  # fmt: skip
    assert roll.result is not None and len(roll.result.player_roll) == 5
    assert (await dice.get(roll.id)).comment == "Sneak"
    mine = await dice.list_all(character_id=character.id)
    assert [r.id for r in mine] == [roll.id]
    players = await dice.get_page(campaign_id=campaign.id, character_type=CharacterType.PLAYER)
    assert [r.id for r in players.items] == [roll.id]
    npcs = await dice.get_page(campaign_id=campaign.id, character_type=CharacterType.NPC)
    assert npcs.items == []

    quickrolls = company_admin.users(live.player).quickrolls(live.player)
    quickroll = await quickrolls.create(name=unique("Pool "), trait_ids=[t.id for t in pool])
    undo.push(lambda: quickrolls.delete(quickroll.id))
    quick = await dice.create_from_quickroll(
        quickroll_id=quickroll.id, character_id=character.id, difficulty=6
    )
    assert quick.num_dice == 4 and set(quick.trait_ids) == {t.id for t in pool}

    statistics = await campaigns.get_statistics(campaign.id)
    assert statistics.total_rolls == 2
    assert (await company_admin.characters(live.player).get_statistics(character.id)).total_rolls == 2
