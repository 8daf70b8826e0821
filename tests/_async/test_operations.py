"""Every declared operation, called once through its service with a reply shaped like the real server's.

Each case checks what went over the wire (method, raw path, JSON body, query, acting user) and what
came back decoded. A guard test fails when an operation is declared without a case here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from vclient import VClient
from vclient.models import (
    AssetType,
    AuditOperation,
    CharacterType,
    CompanyPermission,
    DiceSize,
    IdentityProvider,
    LogLevel,
    TraitModifyCurrency,
    UserInclude,
    UserRole,
)

from .. import payloads as p
from ..mockapi import MockAPI
from ..test_contract import declared_endpoints

C, U, CAMPAIGN, CHARACTER = p.COMPANY_ID, p.USER_ID, p.CAMPAIGN_ID, p.CHARACTER_ID
DEV = p.DEVELOPER_ID
CO = f"/api/v1/companies/{C}"
USER = f"{CO}/users/{U}"
NOTE, ASSET, QR = "0192f3c4-5b6a-7d8e-9f01-0000000000a1", "0192f3c4-5b6a-7d8e-9f01-0000000000b1", "qr-1"
TERM, ROLL, CT = "term-1", "roll-1", "ct-1"
ACTOR = "0192f3c4-5b6a-7d8e-9f01-00000000beef"
PAGE0 = {"limit": "10", "offset": "0"}
NO_BODY = object()


@dataclass
class Case:
    operation: str
    call: Callable[[VClient], Any]
    method: str
    path: str
    reply: Any = None
    status: int = 200
    body: Any = NO_BODY
    query: dict[str, str] | None = None
    check: Callable[[Any], bool] = field(default=lambda result: result is None)


def page(*items: dict[str, Any]) -> dict[str, Any]:
    return p.page(list(items))


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
    Case("createCompany", lambda v: v.companies.create(name="Co", email="e@example.com", description=None), "POST",
         "/api/v1/companies", {"company": p.company(), "admin_user": {k: v for k, v in p.user(role="ADMIN").items()
         if k in ("id", "date_created", "date_modified", "username", "email", "role", "company_id")}},
         status=201, body={"name": "Co", "email": "e@example.com", "description": None},
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
    Case("createUser", lambda v: v.users(ACTOR).create(username="l", email="l@example.com", role=UserRole.PLAYER),
         "POST", f"{CO}/users", p.user(), status=201,
         body={"username": "l", "email": "l@example.com", "role": "PLAYER"}, check=lambda r: r.id == U),
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
    Case("createUserNote", lambda v: v.users().notes(U).create(title="T"), "POST", f"{USER}/notes", p.note(),
         status=201, body={"title": "T"}, check=lambda r: r.id == NOTE),
    Case("getUserNote", lambda v: v.users().notes(U).get(NOTE), "GET", f"{USER}/notes/{NOTE}", p.note(),
         check=lambda r: r.content.startswith("No feeding")),
    Case("updateUserNote", lambda v: v.users().notes(U).update(NOTE, content="x"), "PATCH", f"{USER}/notes/{NOTE}",
         p.note(content="x"), body={"content": "x"}, check=lambda r: r.content == "x"),
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
    Case("createUserQuickroll", lambda v: v.users(ACTOR).quickrolls(U).create(name="Dex", trait_ids=("t1",)),
         "POST", f"{USER}/quickrolls", p.quickroll(), status=201, body={"name": "Dex", "trait_ids": ["t1"]},
         check=lambda r: r.name.startswith("Dexterity")),
    Case("getUserQuickroll", lambda v: v.users().quickrolls(U).get(QR), "GET", f"{USER}/quickrolls/{QR}",
         p.quickroll(), check=lambda r: r.user_id == U),
    Case("updateUserQuickroll", lambda v: v.users(ACTOR).quickrolls(U).update(QR, description="d"), "PATCH",
         f"{USER}/quickrolls/{QR}", p.quickroll(description="d"), body={"description": "d"},
         check=lambda r: r.description == "d"),
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
          "key_generated": "2026-11-22T00:10:00Z"}, status=201,
         check=lambda r: r.api_key == "dk" and "dk" not in repr(r)),
    Case("globalAdminListDeveloperAuditLogs",
         lambda v: v.global_admin.get_audit_log_page(DEV, company_id=C, date_to=datetime(2026, 11, 2, tzinfo=UTC)),
         "GET", f"/api/v1/admin/developers/{DEV}/audit-logs", page(p.audit_log()),
         query={**PAGE0, "company_id": C, "date_to": "2026-11-02T00:00:00+00:00"},
         check=lambda r: r.items[0].entity_type == "CAMPAIGN"),
    Case("globalAdminListUsers", lambda v: v.global_admin.get_user_page(role=UserRole.ADMIN, is_archived=False), "GET",
         "/api/v1/admin/users", page(p.admin_user(role="ADMIN")),
         query={**PAGE0, "role": "ADMIN", "is_archived": "false"}, check=lambda r: r.items[0].is_archived is False),
    Case("globalAdminCreateUser",
         lambda v: v.global_admin.create_user(company_id=C, username="u", email="u@example.com", role=UserRole.PLAYER),
         "POST", "/api/v1/admin/users", p.admin_user(), status=201,
         body={"company_id": C, "username": "u", "email": "u@example.com", "role": "PLAYER"},
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
async def test_operation(case: Case, company_client: VClient, api: MockAPI) -> None:
    api.route(case.method, case.path, reply(case))

    result = await case.call(company_client)

    sent = api.last
    assert (sent.method, sent.url.raw_path.decode().split("?")[0]) == (case.method, case.path)
    if case.body is not NO_BODY:
        assert json.loads(sent.content) == case.body
    if case.query is not None:
        assert dict(sent.url.params) == case.query
    assert case.check(result)


def test_every_declared_operation_has_a_case() -> None:
    assert sorted(declared_endpoints().keys() - {case.operation for case in CASES}) == []
