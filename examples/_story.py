"""The demo server's campaigns, characters and catalog: enough of them for the docs' walkthrough.

Part of the stand-in server; the full fake of the whole API (`vclient.testing`) will replace it.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from typing import Any

import httpx

NOW = "2026-11-21T23:37:35.552094Z"
CLANS = ["Brujah", "Toreador", "Ventrue"]
TRAITS = {"Strength": "Physical", "Dexterity": "Physical", "Wits": "Mental", "Firearms": "Skills"}
_STAMPS = {"date_created": NOW, "date_modified": NOW}


def _id(kind: str, name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo/{kind}/{name}"))


def _clan(name: str) -> dict[str, Any]:
    return {"id": _id("clan", name), "name": name, "description": None, "game_versions": ["V5"],
            "discipline_ids": [], "bane": {"name": f"Bane of the {name}", "description": None},
            "variant_bane": None, "compulsion": None, "link": None, **_STAMPS}  # fmt: skip


def _trait(name: str) -> dict[str, Any]:
    category = TRAITS[name]
    return {"id": _id("trait", name), "name": name, "description": None, "character_classes": ["VAMPIRE"],
            "game_versions": ["V5"], "link": None, "show_when_zero": True, "max_value": 5, "min_value": 0,
            "initial_cost": 1, "upgrade_cost": 5, "count_based_cost_multiplier": None, "is_rollable": True,
            "sheet_section_id": _id("section", "Traits"), "sheet_section_name": "Traits",
            "category_id": _id("category", category), "category_name": category, "custom_for_character_id": None,
            "subcategory_id": None, "subcategory_name": None, "pool": None, "opposing_pool": None, "system": None,
            "gift_attributes": None, "powers": [], **_STAMPS}  # fmt: skip


def _new(kind: str, ids: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    """A resource of `kind` created from `body`, shaped like the real server's."""
    item: dict[str, Any] = {"id": str(uuid.uuid4()), **_STAMPS, "description": None}
    if kind == "campaigns":
        item |= {"in_game_date": None, "desperation": 0, "danger": 0, "company_id": ids["company"], "num_books": 0,
                 "num_chapters": 0, "num_notes": 0, "num_player_characters": 0, "num_storyteller_characters": 0,
                 "num_npc_characters": 0}  # fmt: skip
    elif kind in ("books", "chapters"):
        item |= {"number": 0, "num_notes": 0, "num_assets": 0, "character_ids": []}
        item |= (
            {"campaign_id": ids["campaigns"], "num_chapters": 0}
            if kind == "books"
            else {"book_id": ids["books"]}
        )
    elif kind == "notes":
        item |= {"content": "", "company_id": ids["company"], "user_id": None}
        item |= {f"{k[:-1]}_id": ids.get(k) for k in ("campaigns", "books", "chapters", "characters")}
    elif kind == "inventory":
        item |= {"character_id": ids["characters"]}
    elif kind == "characters":
        attributes = body.pop("vampire_attributes", None)
        if attributes:
            name = next(clan for clan in CLANS if _id("clan", clan) == attributes["clan_id"])
            attributes = {"clan_name": name, "generation": None, "sire": None, "bane_name": f"Bane of the {name}",
                          "bane_description": None, "compulsion_name": None, "compulsion_description": None,
                          **attributes}  # fmt: skip
        item |= {"name_nick": None, "type": "PLAYER", "status": "ALIVE", "starting_points": 0, "age": None,
                 "date_of_birth": None, "biography": None, "demeanor": None, "nature": None, "concept_id": None,
                 "concept_name": None, "is_temporary": False, "date_killed": None, "user_creator_id": ids["actor"],
                 "user_player_id": ids["actor"], "company_id": ids["company"], "num_inventory_items": 0,
                 "num_notes": 0, "num_assets": 0, "specialties": [], "vampire_attributes": attributes,
                 "werewolf_attributes": None, "mage_attributes": None, "hunter_attributes": None,
                 "chapter_ids": []}  # fmt: skip
        body.pop("traits", None)
    item |= body
    if kind == "characters":
        item |= {"name": f"{item['name_first']} {item['name_last']}", "name_full": f"{item['name_first']} {item['name_last']}"}  # fmt: skip
    return item


def _number(item: dict[str, Any]) -> int:
    return int(item.get("number", 0))


class Story:
    """Campaigns > books > chapters, characters with traits and inventory, notes, and the catalog."""

    def __init__(
        self,
        page: Callable[[httpx.Request, list[dict[str, Any]]], httpx.Response],
        json_reply: Callable[..., httpx.Response],
        problem: Callable[[httpx.Request, int, str, str], httpx.Response],
    ) -> None:
        self.collections: dict[str, dict[str, dict[str, Any]]] = {}
        self.traits: dict[str, dict[str, dict[str, Any]]] = {}  # character id -> character trait id -> trait
        self._page, self._json, self._problem = page, json_reply, problem

    def handle(self, request: httpx.Request) -> httpx.Response | None:
        m = re.fullmatch(
            r"/api/v1/companies/([^/]+)/((?:campaigns|characters|characterblueprint)(?:/.*)?)",
            request.url.path,
        )
        if not m:
            return None
        company, rest = m.groups()
        body = (
            json.loads(request.content) if request.headers.get("content-type") == "application/json" else None
        )
        segments = rest.split("/")
        ids = {"company": company, "actor": request.headers.get("on-behalf-of") or str(uuid.uuid4())}
        ids |= {segments[i]: segments[i + 1] for i in range(0, len(segments) - 1, 2)}
        special = self._special(request, company, segments, ids, body)
        if special is not None:
            return special
        if len(segments) % 2:  # a collection
            key = "/".join([company, *segments])
            items = self.collections.setdefault(key, {})
            if request.method == "POST":
                item = _new(segments[-1], ids, dict(body or {}))
                if "number" in item:
                    item["number"] = len(items) + 1
                items[item["id"]] = item
                for start in (body or {}).get("traits", []):
                    self._assign(item["id"], start)
                return self._json(item, 201)
            found = sorted(items.values(), key=_number)
            for name in ("campaign_id", "character_type", "is_temporary"):
                wanted = request.url.params.get(name)
                field = "type" if name == "character_type" else name
                if wanted is not None:
                    found = [i for i in found if str(i[field]).lower() == wanted.lower()]
            return self._page(request, found)
        key = "/".join([company, *segments[:-1]])
        found_item = self.collections.get(key, {}).get(segments[-1])
        if found_item is None:
            return self._problem(request, 404, "Not Found", f"{segments[-2][:-1].capitalize()} not found")
        item = found_item
        if request.method == "PATCH":
            item.update(body or {})
        if request.method == "DELETE":
            del self.collections[key][segments[-1]]
            return httpx.Response(204)
        included = {name: sorted(self.collections.get(f"{key}/{item['id']}/{name}", {}).values(), key=_number)
                    for name in request.url.params.get_list("include")}  # fmt: skip
        return self._json({**item, **included})

    def _special(
        self, request: httpx.Request, company: str, segments: list[str], ids: dict[str, str], body: Any
    ) -> httpx.Response | None:
        tail = segments[-1]
        if segments[0] == "characterblueprint":
            catalog = {"vampire-clans": [_clan(n) for n in CLANS], "traits": [_trait(n) for n in TRAITS]}
            return self._page(request, catalog.get(tail, []))
        if tail == "number":
            key = "/".join([company, *segments[:-2]])
            siblings = sorted(self.collections[key].values(), key=lambda item: item["number"])
            moved = self.collections[key][segments[-2]]
            siblings.remove(moved)
            siblings.insert(body["number"] - 1, moved)
            for number, item in enumerate(siblings, 1):
                item["number"] = number
            return self._json(moved)
        if segments[:2] == ["characters", "autogenerate"] or tail == "finalize":
            chosen = body.get("selected_character_id") if tail == "finalize" else None
            characters = self.collections.setdefault(f"{company}/characters", {})
            if chosen:
                return self._json(characters[chosen], 201)
            return self._json(self._generated(company, ids, request.url.params["campaign_id"], body), 201)
        if tail == "start":
            campaign = request.url.params["campaign_id"]
            choices = [
                self._generated(company, ids, campaign, {"character_type": "PLAYER"}) for _ in range(3)
            ]
            session = {"id": str(uuid.uuid4()), "user_id": ids["actor"], "campaign_id": campaign,
                       "expires_at": "2026-11-22T00:37:35Z", "requires_selection": True, "characters": choices,
                       **_STAMPS}  # fmt: skip
            return self._json(session, 201)
        if segments[0] != "characters" or len(segments) < 3 or segments[2] not in ("traits", "full-sheet"):
            return None
        held = self.traits.setdefault(segments[1], {})
        if tail == "bulk-assign":
            succeeded, failed = [], []
            for item in body:
                assigned = self._assign(segments[1], item)
                if assigned is None:
                    failed.append({"trait_id": item["trait_id"], "error": "Trait not found"})
                else:
                    succeeded.append({"trait_id": item["trait_id"], "character_trait": assigned})
            return self._json({"succeeded": succeeded, "failed": failed}, 201)
        if tail == "value":
            held[segments[3]]["value"] = body["target_value"]
            return self._json(held[segments[3]])
        if tail == "traits":
            return self._page(request, list(held.values()))
        by_category: dict[str, list[dict[str, Any]]] = {}
        for assigned in held.values():
            by_category.setdefault(assigned["trait"]["category_name"], []).append(
                {k: assigned[k] for k in ("id", "value", "character_id", "trait")}
            )
        categories = [{"id": _id("category", name), "name": name, "description": None, "initial_cost": 1,
                       "upgrade_cost": 5, "show_when_empty": True, "order": order, "subcategories": [],
                       "character_traits": traits, "available_traits": []}
                      for order, (name, traits) in enumerate(sorted(by_category.items()), 1)]  # fmt: skip
        section = {"id": _id("section", "Traits"), "name": "Traits", "description": None, "order": 1,
                   "show_when_empty": True, "categories": categories}  # fmt: skip
        character = self.collections[f"{company}/characters"][segments[1]]
        return self._json({"sections": [section], "character": character})

    def _assign(self, character_id: str, item: dict[str, Any]) -> dict[str, Any] | None:
        trait = next((_trait(n) for n in TRAITS if _id("trait", n) == item["trait_id"]), None)
        if trait is None:
            return None
        assigned = {"id": str(uuid.uuid4()), "character_id": character_id, "value": item.get("value", 0),
                    "trait": trait, **_STAMPS}  # fmt: skip
        self.traits.setdefault(character_id, {})[assigned["id"]] = assigned
        return assigned

    def _generated(
        self, company: str, ids: dict[str, str], campaign: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        count = len(self.collections.setdefault(f"{company}/characters", {}))
        character = _new("characters", {**ids, "company": company}, {
            "name_first": ["Anton", "Bea", "Cass", "Dov"][count % 4], "name_last": "Generated",
            "character_class": body.get("character_class") or "MORTAL", "game_version": "V5",
            "campaign_id": campaign, "type": body["character_type"],
        })  # fmt: skip
        self.collections[f"{company}/characters"][character["id"]] = character
        return character
