"""A tiny in-process stand-in for the API so that the examples run with no server and no key.

It answers from memory (campaigns, characters and the catalog are in `_story.py`). The full fake of the API
(`vclient.testing`) will replace it.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from _story import Story

NOW = datetime(2026, 11, 21, 23, 37, 35, 552094, tzinfo=UTC).isoformat().replace("+00:00", "Z")


def _company(name: str, index: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=index)),
        "date_created": NOW,
        "date_modified": NOW,
        "name": name,
        "description": None,
        "email": f"{name.lower().replace(' ', '.')}@example.com",
        "resources_modified_at": NOW,
        "num_campaigns": index % 4,
        "num_player_characters": index % 7,
        "num_storyteller_characters": 1,
        "num_npc_characters": index % 5,
        "num_users": 3,
        "settings": {
            "id": str(uuid.UUID(int=10_000 + index)),
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


def _user(user_id: str, company_id: str, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": user_id, "date_created": NOW, "date_modified": NOW, "name_first": None, "name_last": None,
        "username": body.get("username", "player"), "email": body.get("email", "player@example.com"),
        "role": body.get("role", "PLAYER"), "company_id": company_id, "lifetime_xp": 0, "lifetime_cool_points": 0,
        "google_profile": None, "github_profile": None, "discord_profile": None, "apple_profile": None,
        "avatar_url": None, "num_quickrolls": 0, "num_notes": 0, "num_assets": 0, "num_characters": 0,
        "campaign_experience": [], **{k: v for k, v in body.items() if k in ("name_first", "name_last")},
    }  # fmt: skip


def _roll(body: dict[str, Any], company_id: str, user_id: str | None) -> dict[str, Any]:
    dice = [((7 * i + 3) % body.get("dice_size", 10)) + 1 for i in range(body.get("num_dice", 1))]
    hits = sum(d >= (body.get("difficulty") or 6) for d in dice)
    return {
        "id": str(uuid.uuid4()), "date_created": NOW, "date_modified": NOW, "difficulty": body.get("difficulty"),
        "dice_size": body.get("dice_size", 10), "num_dice": len(dice), "num_desperation_dice": 0,
        "result": {"total_result": hits, "total_result_type": "SUCCESS" if hits else "FAILURE",
                   "total_result_humanized": f"{hits} successes", "total_dice_roll": dice, "player_roll": dice,
                   "desperation_roll": [], "total_dice_roll_emoji": "", "total_dice_roll_shortcode": "",
                   "player_roll_emoji": "", "player_roll_shortcode": "", "desperation_roll_emoji": "",
                   "desperation_roll_shortcode": ""},
        "comment": body.get("comment"), "trait_ids": body.get("trait_ids", []), "user_id": user_id,
        "character_id": body.get("character_id"), "campaign_id": body.get("campaign_id"), "company_id": company_id,
    }  # fmt: skip


class DemoServer:
    def __init__(self, companies: int = 25) -> None:
        cities = ["Chicago", "London", "Berlin", "Prague", "New Orleans", "Seattle", "Hong Kong", "Cairo"]
        self.companies = {
            c["id"]: c
            for c in (_company(f"{cities[i % len(cities)]} {i + 1}", i + 1) for i in range(companies))
        }
        self.store: dict[str, dict[str, dict[str, Any]]] = {}
        self.story = Story(self._page, self._json, self._problem)

    def _collection(self, key: str) -> dict[str, dict[str, Any]]:
        return self.store.setdefault(key, {})

    def _scoped(self, request: httpx.Request) -> httpx.Response | None:
        """Users and what hangs off them, dice, dictionary, options: answered from memory."""
        path, method = request.url.path, request.method
        body = (
            json.loads(request.content) if request.headers.get("content-type") == "application/json" else {}
        )
        actor = request.headers.get("on-behalf-of")
        m = re.fullmatch(
            r"/api/v1/companies/([^/]+)/(users|dicerolls|dictionaries)(?:/([^/]+))?(?:/(.*))?", path
        )
        if path == "/api/v1/users/lookup":
            email = request.url.params.get("email")
            found = [u for users in self.store.values() for u in users.values() if u.get("email") == email]
            return self._json([{"company_id": u["company_id"], "company_name": "Demo", "user_id": u["id"],
                                "role": u["role"]} for u in found])  # fmt: skip
        if path.endswith("/options"):
            return self._json({"users": {"UserRole": ["ADMIN", "STORYTELLER", "PLAYER", "UNAPPROVED"]},
                               "gameplay": {"DiceSize": ["D4", "D6", "D8", "D10", "D20", "D100"]}})  # fmt: skip
        if not m:
            return None
        company_id, kind, item_id, rest = m.groups()
        items = self._collection(f"{company_id}/{kind}")
        if kind == "users" and item_id and rest:
            return self._user_child(request, company_id, item_id, rest, body)
        if item_id in (None, "quickroll") and method == "POST":
            if kind == "users":
                item = _user(str(uuid.uuid4()), company_id, body)
            elif kind == "dicerolls":
                item = _roll(body, company_id, actor)
            else:
                item = {"id": str(uuid.uuid4()), "date_created": NOW, "date_modified": NOW, "definition": None,
                        "link": None, "synonyms": [], "company_id": company_id, "source_type": None,
                        "source_id": None, "powers": [], **body}  # fmt: skip
            items[item["id"]] = item
            return self._json(item, 201)
        if item_id is None:
            return self._page(request, list(items.values()))
        if item_id not in items:
            return self._problem(request, 404, "Not Found", "Not found")
        if method == "PATCH":
            items[item_id].update(body)
        return self._json(items[item_id])

    def _user_child(
        self, request: httpx.Request, company_id: str, user_id: str, rest: str, body: dict[str, Any]
    ) -> httpx.Response:
        kind, _, child_id = rest.partition("/")
        children = self._collection(f"{company_id}/users/{user_id}/{kind}")
        if kind == "experience":
            return self._json({"id": str(uuid.uuid4()), "campaign_id": body.get("campaign_id"), "user_id": user_id,
                               "xp_current": body.get("amount", 0), "xp_total": body.get("amount", 0),
                               "cool_points": 0}, 201)  # fmt: skip
        if request.method == "POST":
            if kind == "assets":
                child = {"id": str(uuid.uuid4()), "date_created": NOW, "date_modified": NOW, "asset_type": "image",
                         "mime_type": "image/png", "original_filename": "upload.png",
                         "public_url": f"https://cdn.example.com/{uuid.uuid4().hex}.png", "company_id": company_id,
                         "uploaded_by_id": request.headers.get("on-behalf-of"), "character_id": None,
                         "campaign_id": None, "book_id": None, "chapter_id": None, "user_parent_id": user_id}  # fmt: skip
            else:
                child = {"id": str(uuid.uuid4()), "date_created": NOW, "date_modified": NOW, "company_id": company_id,
                         "campaign_id": None, "book_id": None, "chapter_id": None, "character_id": None,
                         "user_id": user_id, "description": "", "trait_ids": [], "content": "", **body}  # fmt: skip
            children[child["id"]] = child
            return self._json(child, 201)
        if not child_id:
            return self._page(request, list(children.values()))
        if child_id not in children:
            return self._problem(request, 404, "Not Found", "Not found")
        if request.method == "PATCH":
            children[child_id].update(body)
        return self._json(children[child_id])

    def _page(self, request: httpx.Request, items: list[dict[str, Any]]) -> httpx.Response:
        limit, offset = int(request.url.params.get("limit", 10)), int(request.url.params.get("offset", 0))
        return self._json({"items": items[offset : offset + limit], "limit": limit, "offset": offset,
                           "total": len(items)})  # fmt: skip

    def handle(self, request: httpx.Request) -> httpx.Response:
        if not request.headers.get("x-api-key"):
            return self._problem(request, 401, "Unauthorized", "API key not provided")
        path, method = request.url.path, request.method
        scoped = self._scoped(request) or self.story.handle(request)
        if scoped is not None:
            return scoped
        if path == "/api/v1/admin/logs/download":
            archive = b"PK\x05\x06" + bytes(18)  # an empty zip archive
            return httpx.Response(
                200, content=archive, headers={"content-disposition": 'attachment; filename="vapi-logs.zip"'}
            )
        if path == "/api/v1/admin/logs":
            return self._json([{"timestamp": NOW, "level": "ERROR", "name": "vapi", "message": "Cache timeout",
                                "exception": None, "extra": {}, "raw": None}])  # fmt: skip
        if path == "/api/v1/health":
            return self._json(
                {
                    "database_status": "online",
                    "cache_status": "online",
                    "database_latency_ms": 0.8,
                    "cache_latency_ms": 0.2,
                    "uptime": "0:42:00",
                    "version": "0.27.0",
                }
            )
        if path == "/api/v1/developers/me":
            return self._json(
                {
                    "id": str(uuid.UUID(int=99)),
                    "date_created": NOW,
                    "date_modified": NOW,
                    "username": "demo",
                    "email": "demo@example.com",
                    "key_generated": None,
                    "provider_audiences": None,
                    "companies": [],
                }
            )
        if path == "/api/v1/companies" and method == "GET":
            limit, offset = int(request.url.params.get("limit", 10)), int(request.url.params.get("offset", 0))
            items = list(self.companies.values())
            return self._json(
                {
                    "items": items[offset : offset + limit],
                    "limit": limit,
                    "offset": offset,
                    "total": len(items),
                }
            )
        if path == "/api/v1/companies" and method == "POST":
            body = json.loads(request.content)
            company = _company(body["name"], len(self.companies) + 1)
            company["settings"].update(body.pop("settings", None) or {})
            company.update(body)
            self.companies[company["id"]] = company
            admin = {
                "id": str(uuid.uuid4()),
                "date_created": NOW,
                "date_modified": NOW,
                "username": "demo",
                "email": "demo@example.com",
                "role": "ADMIN",
                "company_id": company["id"],
            }
            return self._json({"company": company, "admin_user": admin}, 201)
        match = re.fullmatch(r"/api/v1/companies/([^/]+)(/statistics)?", path)
        if match and match[1] in self.companies:
            company = self.companies[match[1]]
            if match[2]:
                return self._json(
                    {
                        "botches": 1,
                        "successes": 12,
                        "failures": 5,
                        "criticals": 3,
                        "total_rolls": 21,
                        "average_difficulty": 6.0,
                        "average_pool": 5.5,
                        "top_traits": [],
                        "criticals_percentage": 14.3,
                        "success_percentage": 57.1,
                        "failure_percentage": 23.8,
                        "botch_percentage": 4.8,
                    }
                )
            if method == "GET":
                return self._json(company)
            if method == "PATCH":
                body = json.loads(request.content)
                company["settings"].update(body.pop("settings", None) or {})
                company.update(body)
                return self._json(company)
            if method == "DELETE":
                del self.companies[match[1]]
                return httpx.Response(204)
        if match:
            return self._problem(request, 404, "Not Found", "Company not found")
        return self._problem(request, 404, "Not Found", "Not Found")

    @staticmethod
    def _json(body: Any, status: int = 200) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-request-id": f"req_{uuid.uuid4().hex[:22]}"})

    @staticmethod
    def _problem(request: httpx.Request, status: int, title: str, detail: str) -> httpx.Response:
        body = {"status": status, "title": title, "detail": detail, "instance": str(request.url)}
        return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


def transport() -> httpx.MockTransport:
    return httpx.MockTransport(DemoServer().handle)
