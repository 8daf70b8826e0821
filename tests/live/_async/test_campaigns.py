"""Campaigns, their books and chapters: numbering, embedded children, notes, assets and statistics."""

from __future__ import annotations

from datetime import date

import pytest

from vclient import VClient
from vclient.exceptions import RequestValidationError, ValidationError
from vclient.models import BookInclude, ChapterInclude

from ..conftest import Live, tiny_png, unique
from ..wire import WIRE
from .conftest import Undo, gone, settled


async def test_a_campaign_with_books_and_chapters(live: Live, company_admin: VClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = await campaigns.create(
        name=unique("Chronicle "), description="Nights in the city", in_game_date=date(1998, 10, 31), danger=2
    )
    undo.push(lambda: campaigns.delete(campaign.id))
    assert (campaign.danger, campaign.in_game_date) == (2, date(1998, 10, 31))
    cleared = await campaigns.update(campaign.id, description=None, in_game_date=None, desperation=1)
    assert (cleared.description, cleared.in_game_date, cleared.desperation) == (None, None, 1)
    assert (await campaigns.get(campaign.id)).description is None
    assert campaign.id in {c.id async for c in campaigns.iter_all(limit=1)}

    books = campaigns.books(campaign.id)
    first, second, third = [await books.create(name=f"Book {n}") for n in ("One", "Two", "Three")]
    assert [b.number for b in (first, second, third)] == [1, 2, 3]
    moved = await books.renumber(third.id, 1)
    assert moved.number == 1
    assert [b.id for b in await books.list_all()] == [third.id, first.id, second.id]
    assert (await books.update(first.id, description="The prologue")).description == "The prologue"

    chapters = books.chapters(first.id)
    opening = await chapters.create(name="Opening Night", description="The first night")
    closing = await chapters.create(name="Closing Night")
    assert (await chapters.renumber(closing.id, 1)).number == 1
    assert [c.id for c in (await chapters.get_page(limit=1)).items] == [closing.id]
    assert (await chapters.update(opening.id, description=None)).description is None
    detail = await books.get(first.id, include=[BookInclude.CHAPTERS, BookInclude.NOTES])
    assert sorted(c.id for c in detail.chapters) == sorted([opening.id, closing.id])

    await chapters.delete(closing.id)
    await gone(lambda: chapters.get(closing.id))
    await books.delete(second.id)
    remaining = await settled(books.list_all, lambda listed: len(listed) == 2)
    assert [b.number for b in remaining] == [1, 2]

    statistics = await campaigns.get_statistics(campaign.id)
    assert statistics.total_rolls == 0
    await campaigns.delete(campaign.id)
    await gone(lambda: campaigns.get(campaign.id))


async def test_notes_and_assets_at_every_level(live: Live, company_admin: VClient, undo: Undo) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = await campaigns.create(name=unique("Chronicle "))
    undo.push(lambda: campaigns.delete(campaign.id))
    book = await campaigns.books(campaign.id).create(name="The Book")
    chapter = await campaigns.books(campaign.id).chapters(book.id).create(name="The Chapter")
    chapters = campaigns.books(campaign.id).chapters(book.id)
    levels = [
        (campaigns.notes(campaign.id), campaigns.assets(campaign.id)),
        (campaigns.books(campaign.id).notes(book.id), campaigns.books(campaign.id).assets(book.id)),
        (chapters.notes(chapter.id), chapters.assets(chapter.id)),
    ]
    for index, (notes, assets) in enumerate(levels):
        note = await notes.create(title=f"Note {index}", content="*markdown*")
        assert (await notes.update(note.id, title="Renamed")).title == "Renamed"
        assert (await notes.get(note.id)).content == "*markdown*"
        assert [n.id for n in (await notes.get_page()).items] == [note.id]
        await notes.delete(note.id)

        asset = await assets.upload(tiny_png(index), filename=f"map-{index}.png")
        assert (await assets.get(asset.id)).original_filename == f"map-{index}.png"
        assert [a.id for a in await assets.list_all()] == [asset.id]
        await assets.delete(asset.id)
        await gone(lambda: assets.get(asset.id))  # noqa: B023 (awaited before the loop moves on)

    detail = await chapters.get(chapter.id, include=[ChapterInclude.NOTES, ChapterInclude.ASSETS])
    assert (detail.notes, detail.assets) == ([], [])


async def test_the_servers_rules_are_checked_before_sending(live: Live, company_admin: VClient) -> None:
    """An empty name or danger 99 would be the server's 400: the SDK refuses them without a request."""
    campaigns = company_admin.campaigns(live.storyteller)
    sent = len(WIRE.exchanges)
    for bad, field in (({"name": ""}, "name"), ({"name": "Long Night", "danger": 99}, "danger")):
        with pytest.raises(RequestValidationError, match=field):
            await campaigns.create(**bad)
    assert len(WIRE.exchanges) == sent


async def test_a_rule_only_the_server_knows_is_its_validation_error(
    live: Live, company_admin: VClient
) -> None:
    with pytest.raises(ValidationError) as caught:  # a term needs a definition or a link
        await company_admin.dictionary(live.storyteller).create(term=unique("Undefined "))
    assert caught.value.detail == "DictionaryTerm must have either a definition or a link."
    assert caught.value.invalid_parameters == ()  # the server names no field
