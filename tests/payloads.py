"""Response bodies shaped like the real server's (see the API notes): UUIDv7 ids, `Z` timestamps."""

from __future__ import annotations

from typing import Any

COMPANY_ID = "0192f3c4-5b6a-7d8e-9f01-23456789abcd"
DEVELOPER_ID = "0192f3c4-5b6a-7d8e-9f01-000000000001"
USER_ID = "0192f3c4-5b6a-7d8e-9f01-000000000002"


def company(index: int = 0, **overrides: Any) -> dict[str, Any]:
    body = {
        "id": f"0192f3c4-5b6a-7d8e-9f01-{index:012d}" if index else COMPANY_ID,
        "date_created": "2026-11-21T23:37:35.552094Z",
        "date_modified": "2026-11-21T23:42:08Z",
        "name": f"Company {index}",
        "description": None,
        "email": "storytellers@example.com",
        "resources_modified_at": "2026-11-21T23:42:08.000001Z",
        "num_campaigns": 2,
        "num_player_characters": 5,
        "num_storyteller_characters": 1,
        "num_npc_characters": 7,
        "num_users": 4,
        "settings": {
            "id": "0192f3c4-5b6a-7d8e-9f01-00000000aaaa",
            "character_autogen_xp_cost": 10,
            "character_autogen_num_choices": 3,
            "character_autogen_starting_points": 0,
            "permission_manage_campaign": "UNRESTRICTED",
            "permission_manage_npc": "UNRESTRICTED",
            "permission_grant_xp": "UNRESTRICTED",
            "permission_free_trait_changes": "UNRESTRICTED",
            "permission_recoup_xp": "DENIED",
        },
    }
    body.update(overrides)
    return body


def page(items: list[Any], *, offset: int = 0, limit: int = 10, total: int | None = None) -> dict[str, Any]:
    return {"items": items, "limit": limit, "offset": offset, "total": len(items) if total is None else total}


def developer(**overrides: Any) -> dict[str, Any]:
    body = {
        "id": DEVELOPER_ID,
        "date_created": "2026-11-20T10:00:00.000000Z",
        "date_modified": "2026-11-21T23:37:35.552094Z",
        "username": "nate",
        "email": "nate@example.com",
        "key_generated": None,
        "provider_audiences": None,
        "companies": [{"company_id": COMPANY_ID, "name": "Company 0", "permission": "OWNER"}],
    }
    body.update(overrides)
    return body


def health() -> dict[str, Any]:
    return {
        "database_status": "online",
        "cache_status": "online",
        "database_latency_ms": 1.42,
        "cache_latency_ms": None,
        "uptime": "3 days, 4:05:06",
        "version": "0.27.0",
    }


def statistics() -> dict[str, Any]:
    return {
        "botches": 1,
        "successes": 10,
        "failures": 4,
        "criticals": 2,
        "total_rolls": 17,
        "average_difficulty": 6.5,
        "average_pool": None,
        "top_traits": [{"id": "0192f3c4-5b6a-7d8e-9f01-0000000000ff", "name": "Strength", "count": 9}],
        "criticals_percentage": 11.76,
        "success_percentage": 58.82,
        "failure_percentage": 23.53,
        "botch_percentage": 5.88,
    }


def audit_log(index: int = 0, **overrides: Any) -> dict[str, Any]:
    body = {
        "id": f"0192f3c4-5b6a-7d8e-9f01-{index + 500:012d}",
        "date_created": "2026-11-21T23:37:35.552094Z",
        "entity_type": "CAMPAIGN",
        "operation": "CREATE",
        "target_entity_id": None,
        "description": "Campaign created",
        "changes": {"name": [None, "Chicago by Night"]},
        "company_id": COMPANY_ID,
        "acting_user_id": USER_ID,
        "user_id": None,
        "campaign_id": None,
        "book_id": None,
        "chapter_id": None,
        "character_id": None,
        "request_id": "req_abcdefghijklmnopqrstuv",
        "summary": None,
    }
    body.update(overrides)
    return body


CAMPAIGN_ID = "0192f3c4-5b6a-7d8e-9f01-000000000003"
CHARACTER_ID = "0192f3c4-5b6a-7d8e-9f01-000000000004"
STAMP = "2026-11-21T23:37:35.552094Z"


def experience(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000e1", "campaign_id": CAMPAIGN_ID, "user_id": USER_ID,
            "xp_current": 12, "xp_total": 40, "cool_points": 2}  # fmt: skip
    return {**body, **overrides}


def user(**overrides: Any) -> dict[str, Any]:
    body = {
        "id": USER_ID,
        "date_created": STAMP,
        "date_modified": "2026-11-21T23:42:08Z",
        "name_first": "Lucita",
        "name_last": None,
        "username": "lucita",
        "email": "lucita@example.com",
        "role": "PLAYER",
        "company_id": COMPANY_ID,
        "lifetime_xp": 40,
        "lifetime_cool_points": 2,
        "google_profile": None,
        "github_profile": None,
        "discord_profile": {"id": "1234", "username": "lucita#0001"},
        "apple_profile": None,
        "avatar_url": None,
        "num_quickrolls": 1,
        "num_notes": 0,
        "num_assets": 0,
        "num_characters": 2,
        "campaign_experience": [experience()],
    }
    return {**body, **overrides}


def note(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000a1", "date_created": STAMP, "date_modified": STAMP,
            "title": "Elysium rules", "content": "No feeding in the opera house.", "company_id": COMPANY_ID,
            "campaign_id": None, "book_id": None, "chapter_id": None, "character_id": None, "user_id": USER_ID}  # fmt: skip
    return {**body, **overrides}


def asset(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000b1", "date_created": STAMP, "date_modified": STAMP,
            "asset_type": "image", "mime_type": "image/png", "original_filename": "portrait.png",
            "public_url": "https://cdn.example.com/portrait.png", "company_id": COMPANY_ID,
            "uploaded_by_id": USER_ID, "character_id": None, "campaign_id": None, "book_id": None,
            "chapter_id": None, "user_parent_id": USER_ID}  # fmt: skip
    return {**body, **overrides}


def quickroll(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000c1", "date_created": STAMP, "date_modified": STAMP,
            "name": "Dexterity + Firearms", "description": "", "user_id": USER_ID,
            "trait_ids": ["0192f3c4-5b6a-7d8e-9f01-0000000000f1", "0192f3c4-5b6a-7d8e-9f01-0000000000f2"]}  # fmt: skip
    return {**body, **overrides}


def diceroll(**overrides: Any) -> dict[str, Any]:
    body = {
        "id": "0192f3c4-5b6a-7d8e-9f01-0000000000d1",
        "date_created": STAMP,
        "date_modified": STAMP,
        "difficulty": 6,
        "dice_size": 10,
        "num_dice": 3,
        "num_desperation_dice": 0,
        "result": {
            "total_result": 2, "total_result_type": "SUCCESS", "total_result_humanized": "2 successes",
            "total_dice_roll": [7, 10, 3], "player_roll": [7, 10, 3], "desperation_roll": [],
            "total_dice_roll_emoji": "", "total_dice_roll_shortcode": "", "player_roll_emoji": "",
            "player_roll_shortcode": "", "desperation_roll_emoji": "", "desperation_roll_shortcode": "",
        },
        "comment": None,
        "trait_ids": [],
        "user_id": USER_ID,
        "character_id": CHARACTER_ID,
        "campaign_id": None,
        "company_id": COMPANY_ID,
    }  # fmt: skip
    return {**body, **overrides}


def power() -> dict[str, Any]:
    return {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000f9", "level": 1, "name": "Feral Whispers",
            "description": None, "system": None, "link": None}  # fmt: skip


def term(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000e9", "date_created": STAMP, "date_modified": STAMP,
            "term": "Elysium", "definition": "Neutral ground.", "link": None, "synonyms": ["Haven of peace"],
            "company_id": COMPANY_ID, "source_type": None, "source_id": None, "powers": [power()]}  # fmt: skip
    return {**body, **overrides}


def admin_developer(**overrides: Any) -> dict[str, Any]:
    body = {**developer(), "is_global_admin": False}
    return {**body, **overrides}


def admin_user(**overrides: Any) -> dict[str, Any]:
    return {**user(), "is_archived": False, **overrides}


def trait() -> dict[str, Any]:
    return {
        "id": "0192f3c4-5b6a-7d8e-9f01-0000000000f1", "name": "Strength", "description": None,
        "character_classes": ["VAMPIRE", "MORTAL"], "game_versions": ["V5"], "link": None, "show_when_zero": True,
        "max_value": 5, "min_value": 0, "initial_cost": 1, "upgrade_cost": 5, "count_based_cost_multiplier": None,
        "is_rollable": True, "sheet_section_id": "0192f3c4-5b6a-7d8e-9f01-0000000000a9",
        "sheet_section_name": "Attributes", "category_id": "0192f3c4-5b6a-7d8e-9f01-0000000000aa",
        "category_name": "Physical", "custom_for_character_id": None, "subcategory_id": None,
        "subcategory_name": None, "pool": None, "opposing_pool": None, "system": None, "gift_attributes": None,
        "powers": [], "date_created": STAMP, "date_modified": STAMP,
    }  # fmt: skip


def character_trait(value: int = 3) -> dict[str, Any]:
    return {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000ab", "character_id": CHARACTER_ID, "value": value,
            "trait": trait(), "date_created": STAMP, "date_modified": STAMP}  # fmt: skip


BOOK_ID = "0192f3c4-5b6a-7d8e-9f01-000000000005"
CHAPTER_ID = "0192f3c4-5b6a-7d8e-9f01-000000000006"
CLAN_ID = "0192f3c4-5b6a-7d8e-9f01-0000000000c7"


def campaign(**overrides: Any) -> dict[str, Any]:
    body = {"id": CAMPAIGN_ID, "name": "Chicago by Night", "description": "Princes fall.", "in_game_date": "1998-10-31",
            "desperation": 1, "danger": 2, "company_id": COMPANY_ID, "num_books": 1, "num_chapters": 3,
            "num_notes": 0, "num_player_characters": 4, "num_storyteller_characters": 1, "num_npc_characters": 9,
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def book(**overrides: Any) -> dict[str, Any]:
    body = {"id": BOOK_ID, "name": "The Succession", "description": None, "number": 1, "campaign_id": CAMPAIGN_ID,
            "num_chapters": 3, "num_notes": 0, "num_assets": 0, "character_ids": [CHARACTER_ID],
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def chapter(**overrides: Any) -> dict[str, Any]:
    body = {"id": CHAPTER_ID, "name": "Elysium", "description": "A gathering at the opera.", "number": 1,
            "book_id": BOOK_ID, "num_notes": 1, "num_assets": 0, "character_ids": [CHARACTER_ID],
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def vampire_attributes(**overrides: Any) -> dict[str, Any]:
    body = {"clan_id": CLAN_ID, "clan_name": "Toreador", "generation": 12, "sire": None,
            "bane_name": "Aesthetic Fixation", "bane_description": "Beauty distracts.", "compulsion_name": "Obsession",
            "compulsion_description": None}  # fmt: skip
    return {**body, **overrides}


def character(**overrides: Any) -> dict[str, Any]:
    body = {
        "id": CHARACTER_ID, "name_first": "Lucita", "name_last": "de Aragon", "name_nick": None,
        "name": "Lucita de Aragon", "name_full": "Lucita de Aragon", "character_class": "VAMPIRE", "type": "PLAYER",
        "game_version": "V5", "status": "ALIVE", "starting_points": 0, "age": 27, "date_of_birth": "1971-04-02",
        "biography": None, "demeanor": None, "nature": None, "concept_id": None, "concept_name": None,
        "is_temporary": False, "date_killed": None, "user_creator_id": USER_ID, "user_player_id": USER_ID,
        "company_id": COMPANY_ID, "campaign_id": CAMPAIGN_ID, "num_inventory_items": 1, "num_notes": 0,
        "num_assets": 0, "specialties": [{"id": "0192f3c4-5b6a-7d8e-9f01-0000000000d9", "name": "Rapiers",
                                          "type": "ACTION", "description": None}],
        "vampire_attributes": vampire_attributes(), "werewolf_attributes": None, "mage_attributes": None,
        "hunter_attributes": None, "chapter_ids": [CHAPTER_ID], "date_created": STAMP, "date_modified": STAMP,
    }  # fmt: skip
    return {**body, **overrides}


def inventory_item(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000e7", "name": "Rapier", "description": None, "type": "WEAPON",
            "character_id": CHARACTER_ID, "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def sheet_section(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000a9", "name": "Attributes", "description": None,
            "character_classes": ["VAMPIRE"], "game_versions": ["V5"], "show_when_empty": True, "order": 1,
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def trait_category(**overrides: Any) -> dict[str, Any]:
    body = {**sheet_section(), "id": "0192f3c4-5b6a-7d8e-9f01-0000000000aa", "name": "Physical",
            "sheet_section_id": "0192f3c4-5b6a-7d8e-9f01-0000000000a9", "sheet_section_name": "Attributes",
            "initial_cost": 1, "upgrade_cost": 5, "count_based_cost_multiplier": None}  # fmt: skip
    return {**body, **overrides}


def trait_subcategory(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000ac", "name": "Animalism", "description": None,
            "character_classes": ["VAMPIRE"], "game_versions": ["V5"], "show_when_empty": False, "initial_cost": 5,
            "upgrade_cost": 5, "count_based_cost_multiplier": None, "requires_parent": False, "pool": None,
            "system": None, "hunter_edge_type": None, "category_id": "0192f3c4-5b6a-7d8e-9f01-0000000000ab",
            "category_name": "Disciplines", "sheet_section_id": None, "sheet_section_name": None,
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def concept(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000ad", "name": "Socialite", "description": "Lives for the party.",
            "examples": ["Club kid"], "max_specialties": 2, "specialties": [{"name": "Etiquette"}],
            "favored_ability_names": ["Persuasion"], "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def vampire_clan(**overrides: Any) -> dict[str, Any]:
    body = {"id": CLAN_ID, "name": "Toreador", "description": None, "game_versions": ["V5"], "discipline_ids": [],
            "bane": {"name": "Aesthetic Fixation", "description": None}, "variant_bane": None,
            "compulsion": {"name": "Obsession", "description": "Fixated on beauty."}, "link": None,
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def werewolf_tribe(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000ae", "name": "Glass Walkers", "description": None,
            "game_versions": ["V5"], "renown": "Wisdom", "patron_spirit": "Cockroach", "favor": None, "ban": None,
            "gift_trait_ids": [], "link": None, "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def werewolf_auspice(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000af", "name": "Ragabash", "description": None,
            "game_versions": ["V5"], "gift_trait_ids": [], "link": None, "date_created": STAMP,
            "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}


def full_sheet_category(**overrides: Any) -> dict[str, Any]:
    held = {
        "id": "0192f3c4-5b6a-7d8e-9f01-0000000000ab",
        "value": 3,
        "character_id": CHARACTER_ID,
        "trait": trait(),
    }
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000aa", "name": "Physical", "description": None, "initial_cost": 1,
            "upgrade_cost": 5, "show_when_empty": True, "order": 1, "subcategories": [], "character_traits": [held],
            "available_traits": []}  # fmt: skip
    return {**body, **overrides}


def full_sheet() -> dict[str, Any]:
    section = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000a9", "name": "Attributes", "description": None, "order": 1,
               "show_when_empty": True, "categories": [full_sheet_category()]}  # fmt: skip
    return {"sections": [section], "character": character()}


def chargen_session(**overrides: Any) -> dict[str, Any]:
    body = {"id": "0192f3c4-5b6a-7d8e-9f01-0000000000cc", "user_id": USER_ID, "campaign_id": CAMPAIGN_ID,
            "expires_at": "2026-11-22T00:37:35Z", "requires_selection": True,
            "characters": [character(), character(id="0192f3c4-5b6a-7d8e-9f01-0000000000cd", name_first="Anna")],
            "date_created": STAMP, "date_modified": STAMP}  # fmt: skip
    return {**body, **overrides}
