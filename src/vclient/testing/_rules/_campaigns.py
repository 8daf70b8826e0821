"""Campaigns, books and chapters: names in title case, numbers kept in order."""

from __future__ import annotations

from typing import Any

from .._fabricate import NOW
from .._store import Problem, Store
from ._common import Call, Check, Rule, titlecase


def renumber(store: Store, call: Call) -> tuple[int, Any]:
    """Move a book or chapter to a number from 1 to the last; its siblings close the gap and make room."""
    collection, item_id, _ = call.path.rsplit("/", 2)
    siblings, number = store.items(collection), call.body["number"]
    book = collection.endswith("/books")
    item = store.find(collection, item_id, "Book" if book else "Chapter")
    if number != item["number"] and number > len(siblings):
        label = "books in the campaign" if book else "chapters in the book"
        raise Problem.bad(f"New number {number} is greater than the number of {label} ({len(siblings)})")
    if number != item["number"] and number < 1:
        raise Problem.bad(f"New number {number} is less than 1")
    ordered = sorted((other for other in siblings.values() if other is not item), key=lambda i: i["number"])
    ordered.insert(number - 1, item)
    for number, each in enumerate(ordered, 1):
        each["number"] = number
    item["date_modified"] = NOW
    return 200, item


def renumber_after_delete(store: Store, call: Call) -> None:
    """A deleted book or chapter leaves no gap: the ones after it move up (checked before the delete)."""
    collection, item_id = call.path.rsplit("/", 1)
    gone = store.items(collection).get(item_id)
    if gone is not None:
        for other in store.items(collection).values():
            if other["number"] > gone["number"]:
                other["number"] -= 1


def title_case_name(store: Store, call: Call) -> None:
    if isinstance(call.body, dict) and isinstance(call.body.get("name"), str):
        call.body["name"] = titlecase(call.body["name"])


RULES: dict[str, Rule] = {"renumberCampaignBook": renumber, "renumberCampaignChapter": renumber}
CHECKS: dict[str, Check] = {
    **dict.fromkeys(
        (
            "createCampaign",
            "updateCampaign",
            "createCampaignBook",
            "updateCampaignBook",
            "createCampaignChapter",
            "updateCampaignChapter",
        ),
        title_case_name,
    ),
    "deleteCampaignBook": renumber_after_delete,
    "deleteCampaignChapter": renumber_after_delete,
}
