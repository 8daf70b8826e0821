# Generated from tests/_async/test_operations.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Every declared operation, called once through its service with a reply shaped like the real server's.

Each case checks what went over the wire (method, raw path, JSON body, query, acting user) and what
came back decoded. A guard test fails when an operation is declared without a case here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from vclient import SyncVClient
from vclient._core._api import declared_endpoints
from vclient.models import (
    AssetType,
    AuditOperation,
    BlueprintTraitOrder,
    BookInclude,
    ChapterInclude,
    CharacterClass,
    CharacterInclude,
    CharacterStatus,
    CharacterType,
    CompanyPermission,
    DiceSize,
    ExperienceLevel,
    GameVersion,
    IdentityProvider,
    InitialTrait,
    InventoryItemType,
    LogLevel,
    TraitAssignment,
    TraitModifyCurrency,
    UserInclude,
    UserRole,
    VampireAttributesCreate,
    VampireAttributesPatch,
)

from .. import payloads as p
from ..mockapi import MockAPI

C, U, CAMPAIGN, CHARACTER = p.COMPANY_ID, p.USER_ID, p.CAMPAIGN_ID, p.CHARACTER_ID
DEV = p.DEVELOPER_ID
CO = f"/api/v1/companies/{C}"
USER = f"{CO}/users/{U}"
NOTE, ASSET, QR = (
    "0192f3c4-5b6a-7d8e-9f01-0000000000a1",
    "0192f3c4-5b6a-7d8e-9f01-0000000000b1",
    "0192f3c4-5b6a-7d8e-9f01-0000000000d1",
)
TERM, ROLL, CT = "term-1", "roll-1", "ct-1"
ACTOR = "0192f3c4-5b6a-7d8e-9f01-00000000beef"
TRAIT1, TRAIT2 = "0192f3c4-5b6a-7d8e-9f01-0000000000f1", "0192f3c4-5b6a-7d8e-9f01-0000000000f2"
SESSION = "0192f3c4-5b6a-7d8e-9f01-0000000000f5"
PAGE0 = {"limit": "10", "offset": "0"}
NO_BODY = object()
BOOK_ID, CHAPTER_ID = p.BOOK_ID, p.CHAPTER_ID
CAMP = f"{CO}/campaigns/{CAMPAIGN}"
BOOK = f"{CAMP}/books/{BOOK_ID}"
CHAPTER = f"{BOOK}/chapters/{CHAPTER_ID}"
CHAR = f"{CO}/characters/{CHARACTER}"
BP = f"{CO}/characterblueprint"
SECTION, CATEGORY = "0192f3c4-5b6a-7d8e-9f01-0000000000a9", "0192f3c4-5b6a-7d8e-9f01-0000000000aa"
SUBCATEGORY, ITEM = "0192f3c4-5b6a-7d8e-9f01-0000000000ac", "0192f3c4-5b6a-7d8e-9f01-0000000000e7"


@dataclass
class Case:
    operation: str
    call: Callable[[SyncVClient], Any]
    method: str
    path: str
    reply: Any = None
    status: int = 200
    body: Any = NO_BODY
    query: Mapping[str, str | list[str]] | None = None
    check: Callable[[Any], bool] = field(default=lambda result: result is None)


def page(*items: dict[str, Any]) -> dict[str, Any]:
    return p.page(list(items))


def notes_and_assets(name: str, path: str, parent: Callable[[SyncVClient], Any]) -> list[Case]:
    """The nine cases of one parent's notes and assets; `parent(v)` gives the parent's service."""
    return [
        Case(f"list{name}Notes", lambda v: parent(v).notes().get_page(), "GET", f"{path}/notes", page(p.note()),
             query=PAGE0, check=lambda r: r.total == 1),
        Case(f"create{name}Note", lambda v: parent(v).notes().create(title="Tale", content="Once"), "POST",
             f"{path}/notes", p.note(title="Tale"), status=201, body={"title": "Tale", "content": "Once"},
             check=lambda r: r.title == "Tale"),
        Case(f"get{name}Note", lambda v: parent(v).notes().get(NOTE), "GET", f"{path}/notes/{NOTE}", p.note(),
             check=lambda r: r.id == NOTE),
        Case(f"update{name}Note", lambda v: parent(v).notes().update(NOTE, title="Update"), "PATCH",
             f"{path}/notes/{NOTE}", p.note(title="Update"), body={"title": "Update"}, check=lambda r: r.title == "Update"),
        Case(f"delete{name}Note", lambda v: parent(v).notes().delete(NOTE), "DELETE", f"{path}/notes/{NOTE}",
             status=204),
        Case(f"list{name}Assets", lambda v: parent(v).assets().get_page(asset_type=AssetType.IMAGE), "GET",
             f"{path}/assets", page(p.asset()), query={**PAGE0, "asset_type": "image"},
             check=lambda r: r.items[0].id == ASSET),
        Case(f"get{name}Asset", lambda v: parent(v).assets().get(ASSET), "GET", f"{path}/assets/{ASSET}",
             p.asset(), check=lambda r: r.original_filename == "portrait.png"),
        Case(f"upload{name}Asset", lambda v: parent(v).assets().upload(b"\x89PNG", filename="map.png"), "POST",
             f"{path}/assets/upload", p.asset(original_filename="map.png"), status=201,
             check=lambda r: r.original_filename == "map.png"),
        Case(f"delete{name}Asset", lambda v: parent(v).assets().delete(ASSET), "DELETE",
             f"{path}/assets/{ASSET}", status=204),
    ]  # fmt: skip


class _Parent:
    """Binds a parent id so `notes()`/`assets()` read the same for every parent in the cases above."""

    def __init__(self, service: Any, parent_id: str) -> None:
        self.service, self.parent_id = service, parent_id

    def notes(self) -> Any:
        return self.service.notes(self.parent_id)

    def assets(self) -> Any:
        return self.service.assets(self.parent_id)


CASES = [
    # System, Developers
    Case("checkSystemHealth", lambda v: v.system.health(), "GET", "/api/v1/health", p.health(),
         check=lambda r: r.uptime == "3 days, 4:05:06"),
    Case("getDeveloperMe", lambda v: v.developer.get_me(), "GET", "/api/v1/developers/me", p.developer(),
         check=lambda r: r.username == "nate"),
    Case("updateDeveloperMe", lambda v: v.developer.update_me(email="n@example.com"), "PATCH",
         "/api/v1/developers/me", p.developer(email="n@example.com"), body={"email": "n@example.com"},
         check=lambda r: r.email == "n@example.com"),
    Case("regenerateDeveloperMeApiKey", lambda v: v.developer.regenerate_api_key(), "POST",
         "/api/v1/developers/me/new-key",
         {"id": DEV, "username": "nate", "email": "n@example.com", "api_key": "k2", "key_generated": p.STAMP},
         status=201, check=lambda r: r.api_key == "k2"),
    # Companies and statistics
    Case("listCompanies", lambda v: v.companies.get_page(), "GET", "/api/v1/companies", page(p.company()),
         query=PAGE0, check=lambda r: r.total == 1),
    Case("createCompany", lambda v: v.companies.create(name="Coterie", email="e@example.com", description=None), "POST",
         "/api/v1/companies", {"company": p.company(), "admin_user": {k: v for k, v in p.user(role="ADMIN").items()
         if k in ("id", "date_created", "date_modified", "username", "email", "role", "company_id")}},
         status=201, body={"name": "Coterie", "email": "e@example.com", "description": None},
         check=lambda r: r.admin_user.role == "ADMIN"),
    Case("getCompany", lambda v: v.companies.get(C), "GET", CO, p.company(), check=lambda r: r.id == C),
    Case("updateCompany", lambda v: v.companies.update(C, name="New"), "PATCH", CO, p.company(name="New"),
         body={"name": "New"}, check=lambda r: r.name == "New"),
    Case("deleteCompany", lambda v: v.companies.delete(C), "DELETE", CO, status=204),
    Case("addDeveloperToCompany", lambda v: v.companies.grant_access(C, DEV, CompanyPermission.REVOKE), "POST",
         f"{CO}/access", {"company_id": C, "name": "Co", "permission": "REVOKE"}, status=201,
         body={"developer_id": DEV, "permission": "REVOKE"}, check=lambda r: r.permission == "REVOKE"),
    Case("getCompanyStatistics", lambda v: v.companies.get_statistics(C, num_top_traits=2), "GET",
         f"{CO}/statistics", p.statistics(), query={"num_top_traits": "2"}, check=lambda r: r.successes == 10),
    Case("listCompanyAuditLogs", lambda v: v.companies.get_audit_log_page(C, operation=AuditOperation.DELETE),
         "GET", f"{CO}/audit-logs", page(p.audit_log(operation="DELETE")), query={**PAGE0, "operation": "DELETE"},
         check=lambda r: r.items[0].operation == "DELETE"),
    # Users
    Case("listUsers", lambda v: v.users().get_page(role=UserRole.PLAYER, email="l@example.com"), "GET",
         f"{CO}/users", page(p.user()), query={**PAGE0, "user_role": "PLAYER", "email": "l@example.com"},
         check=lambda r: r.items[0].campaign_experience[0].xp_total == 40),
    Case("createUser", lambda v: v.users(ACTOR).create(username="lou", email="l@example.com", role=UserRole.PLAYER),
         "POST", f"{CO}/users", p.user(), status=201,
         body={"username": "lou", "email": "l@example.com", "role": "PLAYER"}, check=lambda r: r.id == U),
    Case("getUser", lambda v: v.users().get(U, include=[UserInclude.NOTES, UserInclude.QUICKROLLS]), "GET", USER,
         {**p.user(), "notes": [p.note()], "quickrolls": [p.quickroll()]}, query=None,
         check=lambda r: r.notes[0].title == "Elysium rules" and r.assets == []),
    Case("updateUser", lambda v: v.users(ACTOR).update(U, name_last=None, role=UserRole.STORYTELLER), "PATCH",
         USER, p.user(role="STORYTELLER"), body={"name_last": None, "role": "STORYTELLER"},
         check=lambda r: r.role == UserRole.STORYTELLER),
    Case("deleteUser", lambda v: v.users(ACTOR).delete(U), "DELETE", USER, status=204),
    Case("listUnapprovedUsers", lambda v: v.users(ACTOR).get_unapproved_page(), "GET", f"{CO}/users/unapproved",
         page(p.user(role="UNAPPROVED")), query=PAGE0, check=lambda r: r.items[0].role == "UNAPPROVED"),
    Case("approveUser", lambda v: v.users(ACTOR).approve_user(U, UserRole.PLAYER), "POST", f"{USER}/approve",
         p.user(), status=201, body={"role": "PLAYER"}, check=lambda r: r.role == "PLAYER"),
    Case("denyUser", lambda v: v.users(ACTOR).deny_user(U), "POST", f"{USER}/deny", status=201),
    Case("mergeUsers", lambda v: v.users(ACTOR).merge(U, ACTOR), "POST", f"{CO}/users/merge", p.user(), status=201,
         body={"primary_user_id": U, "secondary_user_id": ACTOR}, check=lambda r: r.id == U),
    Case("identifyUser", lambda v: v.users().identify(provider=IdentityProvider.DISCORD, token="tok"), "POST",
         f"{CO}/auth/identify", {"resolution": "linked", "user": p.user()},
         body={"provider": "discord", "token": "tok"}, check=lambda r: r.resolution == "linked"),
    Case("linkUserIdentity", lambda v: v.users(ACTOR).link_identity(U, provider=IdentityProvider.GITHUB, token="t"),
         "POST", f"{USER}/identities", p.user(), body={"provider": "github", "token": "t"},
         check=lambda r: r.id == U),
    Case("unlinkUserIdentity", lambda v: v.users(ACTOR).unlink_identity(U, provider=IdentityProvider.APPLE),
         "DELETE", f"{USER}/identities/apple", p.user(), check=lambda r: r.id == U),
    Case("deleteUserAvatar", lambda v: v.users(ACTOR).delete_avatar(U), "DELETE", f"{USER}/avatar", p.user(),
         check=lambda r: r.avatar_url is None),
    Case("setUserAvatar", lambda v: v.users(ACTOR).upload_avatar(U, b"\x89PNG", filename="me.png"), "PUT",
         f"{USER}/avatar", p.user(avatar_url="https://cdn.example.com/me.webp"),
         check=lambda r: r.avatar_url.endswith(".webp")),
    Case("getUserStatistics", lambda v: v.users().get_statistics(U), "GET", f"{USER}/statistics", p.statistics(),
         query={}, check=lambda r: r.botches == 1),
    Case("lookupUser", lambda v: v.user_lookup.by_discord_id("1234"), "GET", "/api/v1/users/lookup",
         [{"company_id": C, "company_name": "Co", "user_id": U, "role": "PLAYER"}], query={"discord_id": "1234"},
         check=lambda r: r[0].company_name == "Co"),
    # Experience
    Case("getCampaignExperience", lambda v: v.users().get_experience(U, CAMPAIGN), "GET",
         f"{USER}/experience/{CAMPAIGN}", p.experience(), check=lambda r: r.xp_current == 12),
    Case("addXp", lambda v: v.users(ACTOR).add_xp(U, CAMPAIGN, 5), "POST", f"{USER}/experience/xp/add",
         p.experience(xp_current=17), status=201, body={"amount": 5, "campaign_id": CAMPAIGN},
         check=lambda r: r.xp_current == 17),
    Case("removeXp", lambda v: v.users(ACTOR).remove_xp(U, CAMPAIGN, 2), "POST", f"{USER}/experience/xp/remove",
         p.experience(xp_current=10), status=201, body={"amount": 2, "campaign_id": CAMPAIGN},
         check=lambda r: r.xp_current == 10),
    Case("addCpToCampaignExperience", lambda v: v.users(ACTOR).add_cool_points(U, CAMPAIGN, 1), "POST",
         f"{USER}/experience/cp/add", p.experience(cool_points=3), status=201,
         body={"amount": 1, "campaign_id": CAMPAIGN}, check=lambda r: r.cool_points == 3),
    Case("getTraitValueOptions", lambda v: v.character_traits(CHARACTER).get_value_options(CT), "GET",
         f"{CO}/characters/{CHARACTER}/traits/{CT}/value-options",
         {"name": "Strength", "current_value": 2, "trait": p.trait(), "xp_current": 9, "starting_points_current": 0,
          "options": {"3": {"direction": "increase", "point_change": 15, "can_use_xp": False, "xp_after": -6,
                            "can_use_starting_points": False, "starting_points_after": 0}}},
         check=lambda r: r.options["3"].can_use_xp is False),
    Case("modifyTraitValue",
         lambda v: v.character_traits(CHARACTER, ACTOR).change_value(CT, target_value=3, currency=TraitModifyCurrency.XP),
         "PUT", f"{CO}/characters/{CHARACTER}/traits/{CT}/value", p.character_trait(3),
         body={"target_value": 3, "currency": "XP"}, check=lambda r: r.value == 3),
    # User notes, assets, quick rolls
    Case("listUserNotes", lambda v: v.users().notes(U).get_page(), "GET", f"{USER}/notes", page(p.note()),
         query=PAGE0, check=lambda r: r.items[0].user_id == U),
    Case("createUserNote", lambda v: v.users().notes(U).create(title="Tale"), "POST", f"{USER}/notes", p.note(),
         status=201, body={"title": "Tale"}, check=lambda r: r.id == NOTE),
    Case("getUserNote", lambda v: v.users().notes(U).get(NOTE), "GET", f"{USER}/notes/{NOTE}", p.note(),
         check=lambda r: r.content.startswith("No feeding")),
    Case("updateUserNote", lambda v: v.users().notes(U).update(NOTE, content="xyz"), "PATCH", f"{USER}/notes/{NOTE}",
         p.note(content="xyz"), body={"content": "xyz"}, check=lambda r: r.content == "xyz"),
    Case("deleteUserNote", lambda v: v.users().notes(U).delete(NOTE), "DELETE", f"{USER}/notes/{NOTE}", status=204),
    Case("listUserAssets", lambda v: v.users().assets(U).get_page(asset_type=AssetType.IMAGE), "GET",
         f"{USER}/assets", page(p.asset()), query={**PAGE0, "asset_type": "image"},
         check=lambda r: r.items[0].mime_type == "image/png"),
    Case("getUserAsset", lambda v: v.users().assets(U).get(ASSET), "GET", f"{USER}/assets/{ASSET}", p.asset(),
         check=lambda r: r.public_url.startswith("https://")),
    Case("uploadUserAsset", lambda v: v.users(ACTOR).assets(U).upload(b"GIF89a", filename="a.gif"), "POST",
         f"{USER}/assets/upload", p.asset(), status=201, check=lambda r: r.id == ASSET),
    Case("deleteUserAsset", lambda v: v.users().assets(U).delete(ASSET), "DELETE", f"{USER}/assets/{ASSET}",
         status=204),
    Case("listUserQuickrolls", lambda v: v.users().quickrolls(U).get_page(), "GET", f"{USER}/quickrolls",
         page(p.quickroll()), query=PAGE0, check=lambda r: len(r.items[0].trait_ids) == 2),
    Case("createUserQuickroll", lambda v: v.users(ACTOR).quickrolls(U).create(name="Dex", trait_ids=(TRAIT1,)),
         "POST", f"{USER}/quickrolls", p.quickroll(), status=201, body={"name": "Dex", "trait_ids": [TRAIT1]},
         check=lambda r: r.name.startswith("Dexterity")),
    Case("getUserQuickroll", lambda v: v.users().quickrolls(U).get(QR), "GET", f"{USER}/quickrolls/{QR}",
         p.quickroll(), check=lambda r: r.user_id == U),
    Case("updateUserQuickroll", lambda v: v.users(ACTOR).quickrolls(U).update(QR, description="ddd"), "PATCH",
         f"{USER}/quickrolls/{QR}", p.quickroll(description="ddd"), body={"description": "ddd"},
         check=lambda r: r.description == "ddd"),
    Case("deleteUserQuickroll", lambda v: v.users(ACTOR).quickrolls(U).delete(QR), "DELETE",
         f"{USER}/quickrolls/{QR}", status=204),
    # Gameplay
    Case("listDiceRolls", lambda v: v.dicerolls(ACTOR).get_page(user_id=U, character_type=CharacterType.NPC), "GET",
         f"{CO}/dicerolls", page(p.diceroll()), query={**PAGE0, "userid": U, "character_type": "NPC"},
         check=lambda r: r.items[0].result.player_roll == [7, 10, 3]),
    Case("createDiceRoll", lambda v: v.dicerolls(ACTOR).create(dice_size=DiceSize.D10, num_dice=3, difficulty=None),
         "POST", f"{CO}/dicerolls", p.diceroll(), status=201,
         body={"dice_size": 10, "num_dice": 3, "difficulty": None}, check=lambda r: r.result.total_result == 2),
    Case("createQuickRoll", lambda v: v.dicerolls(ACTOR).create_from_quickroll(quickroll_id=QR, character_id=CHARACTER),
         "POST", f"{CO}/dicerolls/quickroll", p.diceroll(), status=201,
         body={"quickroll_id": QR, "character_id": CHARACTER}, check=lambda r: r.character_id == CHARACTER),
    Case("getDiceRoll", lambda v: v.dicerolls(ACTOR).get(ROLL), "GET", f"{CO}/dicerolls/{ROLL}", p.diceroll(),
         check=lambda r: r.dice_size == DiceSize.D10),
    # Dictionary, options
    Case("listDictionaryTerms", lambda v: v.dictionary().get_page(limit=1000, term="Ely"), "GET",
         f"{CO}/dictionaries", page(p.term()), query={"limit": "1000", "offset": "0", "term": "Ely"},
         check=lambda r: r.items[0].powers[0].name == "Feral Whispers"),
    Case("createDictionaryTerm", lambda v: v.dictionary().create(term="Elysium", synonyms=["Haven"]), "POST",
         f"{CO}/dictionaries", p.term(), status=201, body={"term": "Elysium", "synonyms": ["Haven"]},
         check=lambda r: r.term == "Elysium"),
    Case("getDictionaryTerm", lambda v: v.dictionary().get(TERM), "GET", f"{CO}/dictionaries/{TERM}", p.term(),
         check=lambda r: r.synonyms == ["Haven of peace"]),
    Case("updateDictionaryTerm", lambda v: v.dictionary().update(TERM, link=None), "PATCH",
         f"{CO}/dictionaries/{TERM}", p.term(), body={"link": None}, check=lambda r: r.link is None),
    Case("deleteDictionaryTerm", lambda v: v.dictionary().delete(TERM), "DELETE", f"{CO}/dictionaries/{TERM}",
         status=204),
    Case("getCompanyOptions", lambda v: v.options().get_options(), "GET", f"{CO}/options",
         {"users": {"UserRole": ["ADMIN", "PLAYER"]}, "gameplay": {"DiceSize": ["D10", "D6"]},
          "characters": {"CharacterClass": ["VAMPIRE"], "_related": {"traits": "https://api.test/traits"}}},
         check=lambda r: r.values("UserRole") == ["ADMIN", "PLAYER"]
         and r.categories["characters"].related["traits"].endswith("/traits")),
    # Global admin
    Case("globalAdminListDevelopers", lambda v: v.global_admin.get_developer_page(is_global_admin=True), "GET",
         "/api/v1/admin/developers", page(p.admin_developer(is_global_admin=True)),
         query={**PAGE0, "is_global_admin": "true"}, check=lambda r: r.items[0].is_global_admin),
    Case("globalAdminCreateDeveloper", lambda v: v.global_admin.create_developer(username="d", email="d@example.com"),
         "POST", "/api/v1/admin/developers", p.admin_developer(), status=201,
         body={"username": "d", "email": "d@example.com"}, check=lambda r: r.id == DEV),
    Case("globalAdminGetDeveloper", lambda v: v.global_admin.get_developer(DEV), "GET",
         f"/api/v1/admin/developers/{DEV}", p.admin_developer(), check=lambda r: r.companies[0].permission == "OWNER"),
    Case("globalAdminUpdateDeveloper", lambda v: v.global_admin.update_developer(DEV, provider_audiences=None),
         "PATCH", f"/api/v1/admin/developers/{DEV}", p.admin_developer(), body={"provider_audiences": None},
         check=lambda r: r.provider_audiences is None),
    Case("globalAdminDeleteDeveloper", lambda v: v.global_admin.delete_developer(DEV), "DELETE",
         f"/api/v1/admin/developers/{DEV}", status=204),
    Case("globalAdminCreateDeveloperApiKey", lambda v: v.global_admin.create_api_key(DEV), "POST",
         f"/api/v1/admin/developers/{DEV}/new-key",
         {"id": DEV, "username": "d", "email": "d@example.com", "api_key": "dk", "is_global_admin": "False",
          "key_generated": "2026-11-22T00:10:00Z", "date_created": "2026-11-21T00:10:00Z",
          "date_modified": "2026-11-22T00:10:00Z",
          "companies": [{"company_id": C, "company_name": "Chicago", "permission": "USER"}]}, status=201,
         check=lambda r: r.api_key == "dk" and "dk" not in repr(r) and r.is_global_admin is False
         and r.companies[0].company_name == "Chicago"),
    Case("globalAdminListDeveloperAuditLogs",
         lambda v: v.global_admin.get_audit_log_page(DEV, company_id=C, date_to=datetime(2026, 11, 2, tzinfo=UTC)),
         "GET", f"/api/v1/admin/developers/{DEV}/audit-logs", page(p.audit_log()),
         query={**PAGE0, "company_id": C, "date_to": "2026-11-02T00:00:00+00:00"},
         check=lambda r: r.items[0].entity_type == "CAMPAIGN"),
    Case("globalAdminListUsers", lambda v: v.global_admin.get_user_page(role=UserRole.ADMIN, is_archived=False), "GET",
         "/api/v1/admin/users", page(p.admin_user(role="ADMIN")),
         query={**PAGE0, "role": "ADMIN", "is_archived": "false"}, check=lambda r: r.items[0].is_archived is False),
    Case("globalAdminCreateUser",
         lambda v: v.global_admin.create_user(company_id=C, username="usr", email="u@example.com", role=UserRole.PLAYER),
         "POST", "/api/v1/admin/users", p.admin_user(), status=201,
         body={"company_id": C, "username": "usr", "email": "u@example.com", "role": "PLAYER"},
         check=lambda r: r.company_id == C),
    Case("globalAdminGetUser", lambda v: v.global_admin.get_user(U), "GET", f"/api/v1/admin/users/{U}",
         p.admin_user(), check=lambda r: r.username == "lucita"),
    Case("globalAdminUpdateUser", lambda v: v.global_admin.update_user(U, is_archived=True), "PATCH",
         f"/api/v1/admin/users/{U}", p.admin_user(is_archived=True), body={"is_archived": True},
         check=lambda r: r.is_archived),
    Case("globalAdminDeleteUser", lambda v: v.global_admin.delete_user(U), "DELETE", f"/api/v1/admin/users/{U}",
         status=204),
    Case("globalAdminTailServerLogs", lambda v: v.global_admin.tail_logs(level=LogLevel.ERROR, limit=2), "GET",
         "/api/v1/admin/logs", [{"timestamp": "2026-11-21 23:37:35", "level": "ERROR", "message": "boom"}, {"raw": "x"}],
         query={"level": "ERROR", "limit": "2"}, check=lambda r: r[0].message == "boom" and r[1].level is None),
    # Campaigns, books, chapters
    Case("listCampaigns", lambda v: v.campaigns().get_page(), "GET", f"{CO}/campaigns", page(p.campaign()),
         query=PAGE0, check=lambda r: r.items[0].in_game_date == date(1998, 10, 31)),
    Case("createCampaign", lambda v: v.campaigns(ACTOR).create(name="CbN", in_game_date=date(1998, 10, 31), danger=2),
         "POST", f"{CO}/campaigns", p.campaign(), status=201,
         body={"name": "CbN", "in_game_date": "1998-10-31", "danger": 2}, check=lambda r: r.danger == 2),
    Case("getCampaign", lambda v: v.campaigns().get(CAMPAIGN), "GET", CAMP, p.campaign(),
         check=lambda r: r.num_npc_characters == 9),
    Case("updateCampaign", lambda v: v.campaigns(ACTOR).update(CAMPAIGN, in_game_date=None, description=None),
         "PATCH", CAMP, p.campaign(in_game_date=None, description=None),
         body={"in_game_date": None, "description": None}, check=lambda r: r.in_game_date is None),
    Case("deleteCampaign", lambda v: v.campaigns(ACTOR).delete(CAMPAIGN), "DELETE", CAMP, status=204),
    Case("getCampaignStatistics", lambda v: v.campaigns().get_statistics(CAMPAIGN, num_top_traits=3), "GET",
         f"{CAMP}/statistics", p.statistics(), query={"num_top_traits": "3"}, check=lambda r: r.total_rolls == 17),
    Case("listCampaignBooks", lambda v: v.books(CAMPAIGN).get_page(), "GET", f"{CAMP}/books", page(p.book()),
         query=PAGE0, check=lambda r: r.items[0].number == 1),
    Case("createCampaignBook", lambda v: v.campaigns(ACTOR).books(CAMPAIGN).create(name="B", description=None),
         "POST", f"{CAMP}/books", p.book(name="B"), status=201, body={"name": "B", "description": None},
         check=lambda r: r.name == "B"),
    Case("getCampaignBook", lambda v: v.books(CAMPAIGN).get(BOOK_ID, include=[BookInclude.CHAPTERS, BookInclude.NOTES]),
         "GET", BOOK, {**p.book(), "chapters": [p.chapter()], "notes": [p.note()]},
         query={"include": ["chapters", "notes"]}, check=lambda r: r.chapters[0].id == CHAPTER_ID and r.assets == []),
    Case("updateCampaignBook", lambda v: v.books(CAMPAIGN, ACTOR).update(BOOK_ID, name="N"), "PATCH", BOOK,
         p.book(name="N"), body={"name": "N"}, check=lambda r: r.name == "N"),
    Case("deleteCampaignBook", lambda v: v.books(CAMPAIGN, ACTOR).delete(BOOK_ID), "DELETE", BOOK, status=204),
    Case("renumberCampaignBook", lambda v: v.books(CAMPAIGN, ACTOR).renumber(BOOK_ID, 2), "PUT", f"{BOOK}/number",
         p.book(number=2), body={"number": 2}, check=lambda r: r.number == 2),
    Case("listCampaignChapters", lambda v: v.chapters(CAMPAIGN, BOOK_ID).get_page(), "GET", f"{BOOK}/chapters",
         page(p.chapter()), query=PAGE0, check=lambda r: r.items[0].book_id == BOOK_ID),
    Case("createCampaignChapter",
         lambda v: v.books(CAMPAIGN, ACTOR).chapters(BOOK_ID).create(name="C", character_ids=[CHARACTER]),
         "POST", f"{BOOK}/chapters", p.chapter(name="C"), status=201, body={"name": "C", "character_ids": [CHARACTER]},
         check=lambda r: r.character_ids == [CHARACTER]),
    Case("getCampaignChapter", lambda v: v.chapters(CAMPAIGN, BOOK_ID).get(CHAPTER_ID, include=[ChapterInclude.ASSETS]),
         "GET", CHAPTER, {**p.chapter(), "assets": [p.asset()]}, query={"include": "assets"},
         check=lambda r: r.assets[0].id == ASSET and r.notes == []),
    Case("updateCampaignChapter", lambda v: v.chapters(CAMPAIGN, BOOK_ID, ACTOR).update(CHAPTER_ID, character_ids=[]),
         "PATCH", CHAPTER, p.chapter(character_ids=[]), body={"character_ids": []},
         check=lambda r: r.character_ids == []),
    Case("deleteCampaignChapter", lambda v: v.chapters(CAMPAIGN, BOOK_ID, ACTOR).delete(CHAPTER_ID), "DELETE",
         CHAPTER, status=204),
    Case("renumberCampaignChapter", lambda v: v.chapters(CAMPAIGN, BOOK_ID, ACTOR).renumber(CHAPTER_ID, 3), "PUT",
         f"{CHAPTER}/number", p.chapter(number=3), body={"number": 3}, check=lambda r: r.number == 3),
    *notes_and_assets("Campaign", CAMP, lambda v: _Parent(v.campaigns(ACTOR), CAMPAIGN)),
    *notes_and_assets("Book", BOOK, lambda v: _Parent(v.books(CAMPAIGN, ACTOR), BOOK_ID)),
    *notes_and_assets("Chapter", CHAPTER, lambda v: _Parent(v.chapters(CAMPAIGN, BOOK_ID, ACTOR), CHAPTER_ID)),
    # Characters
    Case("listCharacters",
         lambda v: v.characters(ACTOR).get_page(campaign_id=CAMPAIGN, character_class=CharacterClass.VAMPIRE,
                                                is_temporary=False),
         "GET", f"{CO}/characters", page(p.character()),
         query={**PAGE0, "campaign_id": CAMPAIGN, "character_class": "VAMPIRE", "is_temporary": "false"},
         check=lambda r: r.items[0].vampire_attributes.clan_name == "Toreador"),
    Case("createCharacter",
         lambda v: v.characters(ACTOR).create(
             campaign_id=CAMPAIGN, character_class=CharacterClass.VAMPIRE, game_version=GameVersion.V5,
             name_first="Lucita", name_last="de Aragon", date_of_birth=date(1971, 4, 2),
             vampire_attributes=VampireAttributesCreate(clan_id=p.CLAN_ID, generation=12),
             traits=[InitialTrait(trait_id=TRAIT1, value=3)]),
         "POST", f"{CO}/characters", p.character(), status=201,
         body={"name_first": "Lucita", "name_last": "de Aragon", "character_class": "VAMPIRE", "game_version": "V5",
               "campaign_id": CAMPAIGN, "date_of_birth": "1971-04-02",
               "vampire_attributes": {"clan_id": p.CLAN_ID, "generation": 12},
               "traits": [{"trait_id": TRAIT1, "value": 3}]},
         check=lambda r: r.vampire_attributes.generation == 12 and r.specialties[0].name == "Rapiers"),
    Case("getCharacter",
         lambda v: v.characters().get(CHARACTER, include=[CharacterInclude.TRAITS, CharacterInclude.INVENTORY]),
         "GET", CHAR, {**p.character(), "traits": [p.character_trait()], "inventory": [p.inventory_item()]},
         query={"include": ["traits", "inventory"]},
         check=lambda r: r.traits[0].trait.name == "Strength" and r.inventory[0].type == InventoryItemType.WEAPON),
    Case("updateCharacter",
         lambda v: v.characters(ACTOR).update(CHARACTER, date_of_birth=None, concept_id=None, user_player_id=None,
                                              status=CharacterStatus.DEAD,
                                              vampire_attributes=VampireAttributesPatch(sire=None)),
         "PATCH", CHAR, p.character(date_of_birth=None, status="DEAD"),
         body={"date_of_birth": None, "concept_id": None, "user_player_id": None, "status": "DEAD",
               "vampire_attributes": {"sire": None}},
         check=lambda r: r.date_of_birth is None and r.status == CharacterStatus.DEAD),
    Case("deleteCharacter", lambda v: v.characters(ACTOR).delete(CHARACTER), "DELETE", CHAR, status=204),
    Case("getCharacterStatistics", lambda v: v.characters().get_statistics(CHARACTER), "GET", f"{CHAR}/statistics",
         p.statistics(), query={}, check=lambda r: r.successes == 10),
    Case("getCharacterFullSheet", lambda v: v.characters().get_full_sheet(CHARACTER, include_available_traits=True),
         "GET", f"{CHAR}/full-sheet", p.full_sheet(), query={"include_available_traits": "true"},
         check=lambda r: r.sections[0].categories[0].character_traits[0].value == 3),
    Case("getCharacterFullSheetCategory", lambda v: v.characters().get_full_sheet_category(CHARACTER, CATEGORY),
         "GET", f"{CHAR}/full-sheet/categories/{CATEGORY}", p.full_sheet_category(), query={},
         check=lambda r: r.name == "Physical"),
    *notes_and_assets("Character", CHAR, lambda v: _Parent(v.characters(ACTOR), CHARACTER)),
    Case("listCharacterInventoryItems", lambda v: v.characters().inventory(CHARACTER).get_page(), "GET",
         f"{CHAR}/inventory", page(p.inventory_item()), query=PAGE0, check=lambda r: r.items[0].name == "Rapier"),
    Case("createCharacterInventoryItem",
         lambda v: v.characters(ACTOR).inventory(CHARACTER).create(name="Rapier", type=InventoryItemType.WEAPON),
         "POST", f"{CHAR}/inventory", p.inventory_item(), status=201, body={"name": "Rapier", "type": "WEAPON"},
         check=lambda r: r.type == "WEAPON"),
    Case("getCharacterInventoryItem", lambda v: v.characters().inventory(CHARACTER).get(ITEM), "GET",
         f"{CHAR}/inventory/{ITEM}", p.inventory_item(), check=lambda r: r.id == ITEM),
    Case("updateCharacterInventoryItem",
         lambda v: v.characters(ACTOR).inventory(CHARACTER).update(ITEM, description=None), "PATCH",
         f"{CHAR}/inventory/{ITEM}", p.inventory_item(), body={"description": None},
         check=lambda r: r.description is None),
    Case("deleteCharacterInventoryItem", lambda v: v.characters(ACTOR).inventory(CHARACTER).delete(ITEM), "DELETE",
         f"{CHAR}/inventory/{ITEM}", status=204),
    # Character traits
    Case("listCharacterTraits", lambda v: v.character_traits(CHARACTER).get_page(is_rollable=True), "GET",
         f"{CHAR}/traits", page(p.character_trait()), query={**PAGE0, "is_rollable": "true"},
         check=lambda r: r.items[0].value == 3),
    Case("getCharacterTrait", lambda v: v.characters().traits(CHARACTER).get(CT), "GET", f"{CHAR}/traits/{CT}",
         p.character_trait(), check=lambda r: r.trait.max_value == 5),
    Case("assignTraitToCharacter",
         lambda v: v.character_traits(CHARACTER, ACTOR).assign(TRAIT1, 2, TraitModifyCurrency.STARTING_POINTS),
         "POST", f"{CHAR}/traits/assign", p.character_trait(2), status=201,
         body={"trait_id": TRAIT1, "value": 2, "currency": "STARTING_POINTS"}, check=lambda r: r.value == 2),
    Case("bulkAssignTraitsToCharacter",
         lambda v: v.character_traits(CHARACTER, ACTOR).bulk_assign(
             [TraitAssignment(trait_id=TRAIT1, value=2), TraitAssignment(trait_id=TRAIT2, currency=TraitModifyCurrency.XP)]),
         "POST", f"{CHAR}/traits/bulk-assign",
         {"succeeded": [{"trait_id": TRAIT1, "character_trait": p.character_trait(2)}],
          "failed": [{"trait_id": TRAIT2, "error": "Not enough XP"}]}, status=201,
         body=[{"trait_id": TRAIT1, "value": 2}, {"trait_id": TRAIT2, "currency": "XP"}],
         check=lambda r: r.succeeded[0].character_trait.value == 2 and r.failed[0].error == "Not enough XP"),
    Case("createCustomTrait",
         lambda v: v.character_traits(CHARACTER, ACTOR).create(name="Haven", category_id=CATEGORY,
                                                              currency=TraitModifyCurrency.NO_COST, max_value=3),
         "POST", f"{CHAR}/traits/create", p.character_trait(1), status=201,
         body={"name": "Haven", "category_id": CATEGORY, "currency": "NO_COST", "max_value": 3},
         check=lambda r: r.value == 1),
    Case("deleteCharacterTrait",
         lambda v: v.character_traits(CHARACTER, ACTOR).delete(CT, currency=TraitModifyCurrency.XP), "DELETE",
         f"{CHAR}/traits/{CT}", status=204, query={"currency": "XP"}),
    # Blueprints
    Case("listCharacterBlueprintSections",
         lambda v: v.character_blueprint().get_sections_page(game_version=GameVersion.V5), "GET",
         f"{BP}/sections", page(p.sheet_section()), query={**PAGE0, "game_version": "V5"},
         check=lambda r: r.items[0].name == "Attributes"),
    Case("getCharacterBlueprintSection", lambda v: v.character_blueprint().get_section(SECTION), "GET",
         f"{BP}/sections/{SECTION}", p.sheet_section(), check=lambda r: r.order == 1),
    Case("listCharacterBlueprintCategories",
         lambda v: v.character_blueprint().get_categories_page(limit=1000, section_id=SECTION), "GET",
         f"{BP}/categories", page(p.trait_category()), query={"limit": "1000", "offset": "0", "section_id": SECTION},
         check=lambda r: r.items[0].sheet_section_id == SECTION),
    Case("getCharacterBlueprintCategory", lambda v: v.character_blueprint().get_category(CATEGORY), "GET",
         f"{BP}/categories/{CATEGORY}", p.trait_category(), check=lambda r: r.upgrade_cost == 5),
    Case("listCharacterBlueprintSubcategories",
         lambda v: v.character_blueprint().get_subcategories_page(character_class=CharacterClass.VAMPIRE), "GET",
         f"{BP}/subcategories", page(p.trait_subcategory()), query={**PAGE0, "character_class": "VAMPIRE"},
         check=lambda r: r.items[0].name == "Animalism"),
    Case("getCharacterBlueprintSubcategory", lambda v: v.character_blueprint().get_subcategory(SUBCATEGORY), "GET",
         f"{BP}/subcategories/{SUBCATEGORY}", p.trait_subcategory(), check=lambda r: r.requires_parent is False),
    Case("listAllCharacterBlueprintTraits",
         lambda v: v.character_blueprint().get_traits_page(order_by=BlueprintTraitOrder.SHEET,
                                                           exclude_subcategory_traits=True), "GET",
         f"{BP}/traits", page(p.trait()), query={**PAGE0, "order_by": "SHEET", "exclude_subcategory_traits": "true"},
         check=lambda r: r.items[0].name == "Strength"),
    Case("getCharacterBlueprintTrait", lambda v: v.character_blueprint().get_trait("t1"), "GET", f"{BP}/traits/t1",
         p.trait(), check=lambda r: r.is_rollable),
    Case("listCharacterBlueprintConcepts", lambda v: v.character_blueprint().get_concepts_page(), "GET",
         f"{BP}/concepts", page(p.concept()), query=PAGE0, check=lambda r: r.items[0].specialties[0]["name"] == "Etiquette"),
    Case("getCharacterBlueprintConcept", lambda v: v.character_blueprint().get_concept("c1"), "GET",
         f"{BP}/concepts/c1", p.concept(), check=lambda r: r.max_specialties == 2),
    Case("listCharacterBlueprintVampireClans", lambda v: v.character_blueprint().get_vampire_clans_page(), "GET",
         f"{BP}/vampire-clans", page(p.vampire_clan()), query=PAGE0, check=lambda r: r.items[0].bane.name == "Aesthetic Fixation"),
    Case("getCharacterBlueprintVampireClan", lambda v: v.character_blueprint().get_vampire_clan(p.CLAN_ID), "GET",
         f"{BP}/vampire-clans/{p.CLAN_ID}", p.vampire_clan(), check=lambda r: r.variant_bane is None),
    Case("listCharacterBlueprintWerewolfTribes", lambda v: v.character_blueprint().get_werewolf_tribes_page(), "GET",
         f"{BP}/werewolf-tribes", page(p.werewolf_tribe()), query=PAGE0, check=lambda r: r.items[0].renown == "Wisdom"),
    Case("getCharacterBlueprintWerewolfTribe", lambda v: v.character_blueprint().get_werewolf_tribe("w1"), "GET",
         f"{BP}/werewolf-tribes/w1", p.werewolf_tribe(), check=lambda r: r.patron_spirit == "Cockroach"),
    Case("listCharacterBlueprintWerewolfAuspices",
         lambda v: v.character_blueprint().get_werewolf_auspices_page(game_version=GameVersion.V4), "GET",
         f"{BP}/werewolf-auspices", page(p.werewolf_auspice()), query={**PAGE0, "game_version": "V4"},
         check=lambda r: r.items[0].name == "Ragabash"),
    Case("getCharacterBlueprintWerewolfAuspice", lambda v: v.character_blueprint().get_werewolf_auspice("a1"), "GET",
         f"{BP}/werewolf-auspices/a1", p.werewolf_auspice(), check=lambda r: r.gift_trait_ids == []),
    # Character generation
    Case("autogenerateCharacter",
         lambda v: v.character_autogen(ACTOR).generate_character(
             campaign_id=CAMPAIGN, character_type=CharacterType.NPC, experience_level=ExperienceLevel.ELITE),
         "POST", f"{CO}/characters/autogenerate", p.character(type="NPC"), status=201,
         query={"campaign_id": CAMPAIGN}, body={"character_type": "NPC", "experience_level": "ELITE"},
         check=lambda r: r.type == "NPC"),
    Case("startChargenSession", lambda v: v.character_autogen(ACTOR).start_chargen_session(campaign_id=CAMPAIGN),
         "POST", f"{CO}/characters/chargen/start", p.chargen_session(), status=201, query={"campaign_id": CAMPAIGN},
         check=lambda r: len(r.characters) == 2 and r.requires_selection),
    Case("finalizeChargenSession",
         lambda v: v.character_autogen(ACTOR).finalize_chargen_session(SESSION, CHARACTER), "POST",
         f"{CO}/characters/chargen/finalize", p.character(), status=201,
         body={"session_id": SESSION, "selected_character_id": CHARACTER}, check=lambda r: r.id == CHARACTER),
    Case("listChargenSessions", lambda v: v.character_autogen(ACTOR).list_sessions(), "GET",
         f"{CO}/characters/chargen/sessions", [p.chargen_session()], query={},
         check=lambda r: r[0].characters[1].name_first == "Anna"),
    Case("getChargenSession", lambda v: v.character_autogen(ACTOR).get_session("s1"), "GET",
         f"{CO}/characters/chargen/sessions/s1", p.chargen_session(), check=lambda r: r.campaign_id == CAMPAIGN),
    Case("globalAdminDownloadServerLogs", lambda v: v.global_admin.download_logs(), "GET",
         "/api/v1/admin/logs/download", b"PK\x03\x04zip",
         check=lambda r: r.content == b"PK\x03\x04zip" and r.filename == "vapi-logs.zip"),
]  # fmt: skip


def reply(case: Case) -> httpx.Response:
    if case.status == 204 or (case.reply is None and case.status == 201):
        return httpx.Response(case.status)
    if isinstance(case.reply, bytes):
        headers = {
            "content-type": "application/zip",
            "content-disposition": 'attachment; filename="vapi-logs.zip"',
        }
        return httpx.Response(case.status, content=case.reply, headers=headers)
    return httpx.Response(case.status, json=case.reply, headers={"x-request-id": "req_case"})


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.operation)
def test_operation(case: Case, company_client: SyncVClient, api: MockAPI) -> None:
    api.route(case.method, case.path, reply(case))

    result = case.call(company_client)

    sent = api.last
    assert (sent.method, sent.url.raw_path.decode().split("?")[0]) == (case.method, case.path)
    if case.body is not NO_BODY:
        assert json.loads(sent.content) == case.body
    if case.query is not None:
        sent_query = {name: sent.url.params.get_list(name) for name in sent.url.params}
        assert sent_query == {k: v if isinstance(v, list) else [v] for k, v in case.query.items()}
    assert case.check(result)


def test_every_declared_operation_has_a_case() -> None:
    assert sorted(declared_endpoints().keys() - {case.operation for case in CASES}) == []
