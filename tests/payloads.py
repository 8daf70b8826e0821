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
