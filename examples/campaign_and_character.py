"""A storyteller's first evening: a campaign, a book and chapter, a vampire from the catalog, a roll.

The seeded fake provides the storyteller and the reference catalog (clans, traits, sheet sections).
"""

from vclient.models import (
    CharacterClass,
    DiceSize,
    GameVersion,
    InitialTrait,
    TraitAssignment,
    TraitModifyCurrency,
    VampireAttributesCreate,
)
from vclient.testing import SyncFakeVClient

client = SyncFakeVClient(seed=1)
world = client.fake.world
storyteller = world.storyteller_id

campaigns = client.campaigns(on_behalf_of=storyteller)
campaign = campaigns.create(name="Vienna Nights", description="The Camarilla's oldest court.", danger=3)
book = campaigns.books(campaign.id).create(name="A Waltz in Blood")
chapter = campaigns.books(campaign.id).chapters(book.id).create(name="The Opera Ball")
print(f"{campaign.name} > {book.number}. {book.name} > {chapter.number}. {chapter.name}")

blueprint = client.character_blueprint()
clan = next(c for c in blueprint.list_all_vampire_clans() if c.name == "Ventrue")
traits = {t.name: t for t in blueprint.list_all_traits(character_class=CharacterClass.VAMPIRE)}

characters = client.characters(on_behalf_of=storyteller)
anna = characters.create(
    campaign_id=campaign.id,
    character_class=CharacterClass.VAMPIRE,
    game_version=GameVersion.V5,
    name_first="Anna",
    name_last="von Hohenberg",
    vampire_attributes=VampireAttributesCreate(clan_id=clan.id, generation=10),
    traits=[InitialTrait(trait_id=traits[name].id, value=3) for name in ("Charisma", "Persuasion")],
)
attributes = anna.vampire_attributes
assert attributes is not None
print(f"{anna.name_full}: {attributes.clan_name}, generation {attributes.generation}")

held = characters.traits(anna.id)
held.bulk_assign(
    [
        TraitAssignment(trait_id=traits[name].id, value=2, currency=TraitModifyCurrency.NO_COST)
        for name in ("Dominate", "Wits")
    ]
)
sheet = characters.get_full_sheet(anna.id)
for section in sheet.sections:
    values = {h.trait.name: h.value for c in section.categories for h in c.character_traits}
    if values:
        print(f"{section.name}: {values}")

pool = [h for h in held.list_all() if h.trait.name in ("Charisma", "Persuasion")]
roll = client.dicerolls(on_behalf_of=storyteller).create(
    dice_size=DiceSize.D10,
    num_dice=sum(h.value for h in pool),
    difficulty=6,
    trait_ids=[h.trait.id for h in pool],
    character_id=anna.id,
    campaign_id=campaign.id,
)
if roll.result:
    print(f"Charisma + Persuasion: {roll.result.player_roll} -> {roll.result.total_result_humanized}")
client.close()
