"""A small, believable Valentina world for `FakeAPI(seed=...)`: the same world for the same seed.

The names are fixed; the seed picks trait values and dice. Everything goes in through the same
store and rules as requests do, so a seeded object looks exactly like one a test created.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._rules._characters import class_attributes, new_character, starting_traits
from ._rules._dicerolls import record_roll
from ._store import CATALOG, Store

ALL_CLASSES: list[str] = []  # an empty class list means "for every class"

_ATTRIBUTES = {
    "Physical": ("Strength", "Dexterity", "Stamina"),
    "Social": ("Charisma", "Manipulation", "Composure"),
    "Mental": ("Intelligence", "Wits", "Resolve"),
}
_SKILLS = {
    "Physical Skills": ("Athletics", "Brawl", "Firearms", "Melee", "Stealth"),
    "Social Skills": ("Etiquette", "Insight", "Intimidation", "Persuasion", "Subterfuge"),
    "Mental Skills": ("Academics", "Awareness", "Investigation", "Occult", "Science"),
}
# category: (the one class it belongs to, its traits)
_POWERS = {
    "Disciplines": ("VAMPIRE", ("Auspex", "Celerity", "Dominate", "Fortitude", "Potence", "Presence")),
    "Gifts": ("WEREWOLF", ("Eyes of the Cat", "Hare's Leap", "Razor Claws", "Sense the True Form")),
    "Spheres": ("MAGE", ("Correspondence", "Forces", "Life", "Mind", "Prime")),
    "Edges": ("HUNTER", ("Arsenal", "Drone", "Sense the Unnatural", "Repel the Unnatural")),
}
_CLANS = {
    "Brujah": (("Celerity", "Potence", "Presence"), "Violent Temper", "Rebellion"),
    "Malkavian": (("Auspex", "Dominate"), "Fractured Perspective", "Delusion"),
    "Nosferatu": (("Potence",), "Repulsiveness", "Cryptophilia"),
    "Toreador": (("Auspex", "Celerity", "Presence"), "Aesthetic Fixation", "Obsession"),
    "Ventrue": (("Dominate", "Fortitude", "Presence"), "Rarefied Tastes", "Arrogance"),
}
_TRIBES = {
    "Bone Gnawers": ("Rat", "Honor"),
    "Glass Walkers": ("Cockroach", "Wisdom"),
    "Shadow Lords": ("Grandfather Thunder", "Glory"),
    "Silver Fangs": ("Falcon", "Honor"),
}
_AUSPICES = ("Ragabash", "Theurge", "Philodox", "Galliard", "Ahroun")
_CONCEPTS = {
    "Bohemian": ("An artist or free spirit living outside convention.", ("Musician", "Painter")),
    "Criminal": ("Someone who lives by breaking the law.", ("Fence", "Smuggler")),
    "Investigator": ("A seeker of hidden truths.", ("Detective", "Journalist")),
    "Socialite": ("A creature of parties and reputations.", ("Heir", "Influencer")),
}
_TERMS = {
    "Elysium": "Neutral ground where violence is forbidden.",
    "Embrace": "The act of turning a mortal into a vampire.",
    "Masquerade": "The tradition of hiding the supernatural from mortals.",
    "Caern": "A place of spiritual power that a sept guards.",
    "Paradox": "The backlash reality deals to a mage who breaks its rules openly.",
}
_CAMPAIGN = ("Blood in the Loop", "Chicago after the fall of the Prince.")
_BOOKS = {
    "The Succession": ("Elysium at the Opera", "A Body in the River"),
    "Autumn Court": ("The Feast of Masks",),
}
_USERS = (
    ("sofia", "Sofia", "Marchetti", "ADMIN"),
    ("theo", "Theo", "Lindqvist", "STORYTELLER"),
    ("nadia", "Nadia", "Petrova", "PLAYER"),
    ("marcus", "Marcus", "Hale", "PLAYER"),
    ("ruth", "Ruth", "Okafor", "UNAPPROVED"),
)
# (player username or None for an NPC, first name, last name, class, class attributes)
_CHARACTERS: tuple[tuple[str | None, str, str, str, dict[str, Any]], ...] = (
    ("nadia", "Lucita", "de Aragon", "VAMPIRE", {"clan": "Toreador", "generation": 12}),
    ("marcus", "Jonah", "Greyfeather", "WEREWOLF", {"tribe": "Glass Walkers", "auspice": "Ragabash"}),
    ("nadia", "Evelyn", "Shaw", "MAGE", {"sphere": "Forces", "tradition": "Order of Hermes"}),
    ("marcus", "Tom", "Reyes", "HUNTER", {"creed": "Inquisitive"}),
    (None, "Victor", "Crane", "VAMPIRE", {"clan": "Ventrue", "generation": 9}),
)
NUM_DICE_ROLLS = 120


@dataclass(frozen=True)
class World:
    """Ids of what a seeded `FakeAPI` holds, to start tests from."""

    company_id: str
    admin_id: str
    storyteller_id: str
    player_ids: tuple[str, ...]
    campaign_id: str
    character_ids: tuple[str, ...]


def build_catalog(store: Store) -> None:
    """Sheet sections, categories, traits, clans, tribes, auspices and concepts, shared by all companies."""
    order = iter(range(1, 100))
    for section_name, categories, classes in (
        ("Attributes", _ATTRIBUTES, None),
        ("Skills", _SKILLS, None),
        ("Powers", {name: traits for name, (_, traits) in _POWERS.items()}, "powers"),
    ):
        section = _catalog(store, "sections", name=section_name, order=next(order), show_when_empty=True)
        for category_name, trait_names in categories.items():
            only = [_POWERS[category_name][0]] if classes else ALL_CLASSES
            category = _catalog(
                store,
                "categories",
                name=category_name,
                order=next(order),
                sheet_section_id=section["id"],
                sheet_section_name=section_name,
                character_classes=only,
                initial_cost=1,
                upgrade_cost=5 if classes else 2,
                show_when_empty=True,
            )
            for trait_name in trait_names:
                _catalog(
                    store,
                    "traits",
                    name=trait_name,
                    category_id=category["id"],
                    category_name=category_name,
                    sheet_section_id=section["id"],
                    sheet_section_name=section_name,
                    character_classes=only,
                    min_value=0,
                    max_value=5,
                    initial_cost=1,
                    upgrade_cost=category["upgrade_cost"],
                    is_rollable=True,
                    show_when_zero=not classes,
                )
    gifts = [t for t in _traits(store).values() if t["category_name"] == "Gifts"]
    _catalog(
        store,
        "subcategories",
        name="Native Gifts",
        category_id=gifts[0]["category_id"],
        category_name="Gifts",
        sheet_section_id=gifts[0]["sheet_section_id"],
        sheet_section_name="Powers",
        character_classes=["WEREWOLF"],
        initial_cost=1,
        upgrade_cost=5,
        show_when_empty=True,
    )
    by_name = {t["name"]: t["id"] for t in _traits(store).values()}
    for clan, (disciplines, bane, compulsion) in _CLANS.items():
        _catalog(
            store,
            "vampire-clans",
            name=clan,
            discipline_ids=[by_name[d] for d in disciplines],
            bane={"name": bane, "description": None},
            compulsion={"name": compulsion, "description": None},
        )
    gift_ids = [t["id"] for t in gifts]
    for index, (tribe, (patron, renown)) in enumerate(_TRIBES.items()):
        _catalog(
            store,
            "werewolf-tribes",
            name=tribe,
            patron_spirit=patron,
            renown=renown,
            gift_trait_ids=gift_ids[index % 2 :: 2],
        )
    for auspice in _AUSPICES:
        _catalog(store, "werewolf-auspices", name=auspice, gift_trait_ids=gift_ids[:1])
    for concept, (description, examples) in _CONCEPTS.items():
        _catalog(
            store,
            "concepts",
            name=concept,
            description=description,
            examples=list(examples),
            max_specialties=1,
            favored_ability_names=["Insight"],
        )


def seed_world(store: Store, company_id: str) -> World:
    """Users of every role, a campaign with books and chapters, characters of four classes, dice history."""
    base = f"/api/v1/companies/{company_id}"
    for term, definition in _TERMS.items():
        store.insert(
            f"{base}/dictionaries",
            store.model(
                "createDictionaryTerm",
                {"term": term.lower(), "definition": definition, "company_id": company_id},
            ),
        )
    users = {
        username: store.insert(
            f"{base}/users",
            store.model(
                "createUser",
                {
                    "username": username,
                    "email": f"{username}@example.com",
                    "name_first": first,
                    "name_last": last,
                    "role": role,
                    "company_id": company_id,
                },
            ),
        )["id"]
        for username, first, last, role in _USERS
    }
    storyteller = users["theo"]
    name, description = _CAMPAIGN
    campaign = store.insert(
        f"{base}/campaigns",
        store.model(
            "createCampaign",
            {
                "name": name,
                "description": description,
                "danger": 2,
                "desperation": 1,
                "company_id": company_id,
            },
        ),
    )
    for number, (book_name, chapter_names) in enumerate(_BOOKS.items(), 1):
        books = f"{base}/campaigns/{campaign['id']}/books"
        book = store.insert(
            books,
            store.model(
                "createCampaignBook",
                {
                    "name": book_name,
                    "number": number,
                    "campaign_id": campaign["id"],
                    "num_chapters": len(chapter_names),
                },
            ),
        )
        for chapter_number, chapter_name in enumerate(chapter_names, 1):
            store.insert(
                f"{books}/{book['id']}/chapters",
                store.model(
                    "createCampaignChapter",
                    {"name": chapter_name, "number": chapter_number, "book_id": book["id"]},
                ),
            )
    characters = []
    for player, first, last, character_class, details in _CHARACTERS:
        given = {
            "name_first": first,
            "name_last": last,
            "character_class": character_class,
            "game_version": "V5",
            "campaign_id": campaign["id"],
            "type": "PLAYER" if player else "NPC",
            "user_player_id": users[player] if player else None,
            **class_attributes(store, character_class, details),
        }
        character = new_character(store, base, given, storyteller, starting_traits(store, given))
        characters.append(character)
    ids = [c["id"] for c in characters]
    for _ in range(NUM_DICE_ROLLS):
        character = store.random.choice(characters)
        roller = character["user_player_id"] or storyteller
        body = {"num_dice": store.random.randint(1, 8), "difficulty": 6, "dice_size": 10}
        record_roll(
            store, base, roller, {**body, "character_id": character["id"], "campaign_id": campaign["id"]}
        )
    return World(
        company_id=company_id,
        admin_id=users["sofia"],
        storyteller_id=storyteller,
        player_ids=(users["nadia"], users["marcus"]),
        campaign_id=campaign["id"],
        character_ids=tuple(ids),
    )


def _catalog(store: Store, kind: str, **given: Any) -> dict[str, Any]:
    operation = {
        "sections": "getCharacterBlueprintSection",
        "categories": "getCharacterBlueprintCategory",
        "subcategories": "getCharacterBlueprintSubcategory",
        "traits": "getCharacterBlueprintTrait",
        "concepts": "getCharacterBlueprintConcept",
        "vampire-clans": "getCharacterBlueprintVampireClan",
        "werewolf-tribes": "getCharacterBlueprintWerewolfTribe",
        "werewolf-auspices": "getCharacterBlueprintWerewolfAuspice",
    }[kind]
    given.setdefault("character_classes", ALL_CLASSES)
    given.setdefault("game_versions", ["V5"])
    given.setdefault("description", f"{given['name']}, as the V5 rules describe it.")
    return store.insert(f"{CATALOG}/{kind}", store.model(operation, given))


def _traits(store: Store) -> dict[str, dict[str, Any]]:
    return store.items(f"{CATALOG}/traits")
