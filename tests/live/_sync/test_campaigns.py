# Generated from tests/live/_async/test_campaigns.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Campaigns, their books and chapters: numbering, embedded children, notes, assets and statistics."""

from __future__ import annotations

from datetime import date

import pytest

from vclient import SyncVClient
from vclient.exceptions import RequestValidationError, ValidationError
from vclient.models import BookInclude, ChapterInclude

from ..conftest import Live, tiny_png, unique
from ..wire import WIRE
from .conftest import Undo, gone, settled


def test_a_campaign_with_books_and_chapters(live: Live, company_admin: SyncVClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = campaigns.create(
        name=unique("Chronicle "), description="Nights in the city", in_game_date=date(1998, 10, 31), danger=2
    )
    undo.push(lambda: campaigns.delete(campaign.id))
    assert (campaign.danger, campaign.in_game_date) == (2, date(1998, 10, 31))
    cleared = campaigns.update(campaign.id, description=None, in_game_date=None, desperation=1)
    assert (cleared.description, cleared.in_game_date, cleared.desperation) == (None, None, 1)
    assert (campaigns.get(campaign.id)).description is None
    assert campaign.id in {c.id for c in campaigns.iter_all(limit=1)}

    books = campaigns.books(campaign.id)
    first, second, third = [books.create(name=f"Book {n}") for n in ("One", "Two", "Three")]
    assert [b.number for b in (first, second, third)] == [1, 2, 3]
    moved = books.renumber(third.id, 1)
    assert moved.number == 1
    assert [b.id for b in books.list_all()] == [third.id, first.id, second.id]
    assert (books.update(first.id, description="The prologue")).description == "The prologue"

    chapters = books.chapters(first.id)
    opening = chapters.create(name="Opening Night", description="The first night")
    closing = chapters.create(name="Closing Night")
    assert (chapters.renumber(closing.id, 1)).number == 1
    assert [c.id for c in (chapters.get_page(limit=1)).items] == [closing.id]
    assert (chapters.update(opening.id, description=None)).description is None
    detail = books.get(first.id, include=[BookInclude.CHAPTERS, BookInclude.NOTES])
    assert sorted(c.id for c in detail.chapters) == sorted([opening.id, closing.id])

    chapters.delete(closing.id)
    gone(lambda: chapters.get(closing.id))
    books.delete(second.id)
    remaining = settled(books.list_all, lambda listed: len(listed) == 2)
    assert [b.number for b in remaining] == [1, 2]

    statistics = campaigns.get_statistics(campaign.id)
    assert statistics.total_rolls == 0
    campaigns.delete(campaign.id)
    gone(lambda: campaigns.get(campaign.id))


def test_notes_and_assets_at_every_level(live: Live, company_admin: SyncVClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = campaigns.create(name=unique("Chronicle "))
    undo.push(lambda: campaigns.delete(campaign.id))
    book = campaigns.books(campaign.id).create(name="The Book")
    chapter = campaigns.books(campaign.id).chapters(book.id).create(name="The Chapter")
    chapters = campaigns.books(campaign.id).chapters(book.id)
    levels = [
        (campaigns.notes(campaign.id), campaigns.assets(campaign.id)),
        (campaigns.books(campaign.id).notes(book.id), campaigns.books(campaign.id).assets(book.id)),
        (chapters.notes(chapter.id), chapters.assets(chapter.id)),
    ]
    for index, (notes, assets) in enumerate(levels):
        note = notes.create(title=f"Note {index}", content="*markdown*")
        assert (notes.update(note.id, title="Renamed")).title == "Renamed"
        assert (notes.get(note.id)).content == "*markdown*"
        assert [n.id for n in (notes.get_page()).items] == [note.id]
        notes.delete(note.id)

        asset = assets.upload(tiny_png(index), filename=f"map-{index}.png")
        assert (assets.get(asset.id)).original_filename == f"map-{index}.png"
        assert [a.id for a in assets.list_all()] == [asset.id]
        assets.delete(asset.id)
        gone(lambda: assets.get(asset.id))  # noqa: B023 (awaited before the loop moves on)

    detail = chapters.get(chapter.id, include=[ChapterInclude.NOTES, ChapterInclude.ASSETS])
    assert (detail.notes, detail.assets) == ([], [])


def test_the_servers_rules_are_checked_before_sending(live: Live, company_admin: SyncVClient) -> None:
    """An empty name or danger 99 would be the server's 400: the SDK refuses them without a request."""
    campaigns = company_admin.campaigns(live.storyteller)
    sent = len(WIRE.exchanges)
    for bad, field in (({"name": ""}, "name"), ({"name": "Long Night", "danger": 99}, "danger")):
        with pytest.raises(RequestValidationError, match=field):
            campaigns.create(**bad)
    assert len(WIRE.exchanges) == sent


def test_a_rule_only_the_server_knows_is_its_validation_error(
    live: Live, company_admin: SyncVClient
) -> None:
    with pytest.raises(ValidationError) as caught:  # a term needs a definition or a link
        company_admin.dictionary(live.storyteller).create(term=unique("Undefined "))
    assert caught.value.detail == "DictionaryTerm must have either a definition or a link."
    assert caught.value.invalid_parameters == ()  # the server names no field
