"""A tiny in-process stand-in for the API so that the examples run with no server and no key.

It answers the System, Developers and Companies routes from memory. The full fake of the whole API
(`vclient.testing`) will replace it.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

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


class DemoServer:
    def __init__(self, companies: int = 25) -> None:
        cities = ["Chicago", "London", "Berlin", "Prague", "New Orleans", "Seattle", "Hong Kong", "Cairo"]
        self.companies = {
            c["id"]: c
            for c in (_company(f"{cities[i % len(cities)]} {i + 1}", i + 1) for i in range(companies))
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        if not request.headers.get("x-api-key"):
            return self._problem(request, 401, "Unauthorized", "API key not provided")
        path, method = request.url.path, request.method
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
