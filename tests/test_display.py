"""What a notebook shows for a model or a page: bounded, readable, escaped, and never a secret."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from vclient._core import _display
from vclient.models import Campaign, DeveloperApiKey, Page
from vclient.testing import SyncFakeVClient


def test_a_full_sheet_displays_in_a_screenful_not_one_enormous_line() -> None:
    with SyncFakeVClient(seed=1) as client:
        world = client.fake.world
        sheet = client.characters(world.storyteller_id).get_full_sheet(
            world.character_ids[0], include_available_traits=True
        )
    assert len(repr(sheet)) > 5_000  # what a notebook showed before
    text = _display.pretty_record(sheet)
    assert len(text.splitlines()) == len(sheet.__struct_fields__) + 2
    assert max(len(line) for line in text.splitlines()) <= _display.TEXT_WIDTH + 40
    assert len(sheet._repr_html_()) < 5_000


def campaigns(count: int) -> Page[Campaign]:
    with SyncFakeVClient(seed=1) as client:
        user = client.fake.world.storyteller_id
        for i in range(count):
            client.campaigns(user).create(name=f"Campaign <b>{i}</b> & co", description="x" * 500)
        return client.campaigns(user).get_page(limit=100)


def test_a_page_of_a_hundred_shows_its_first_rows_and_counts_the_rest() -> None:
    page = campaigns(99)
    text = _display.pretty_page(page.items, page.offset, page.total)
    lines = text.splitlines()
    assert lines[0] == f"Page of Campaign: items 1-100 of {page.total}"
    assert len(lines) == _display.ROWS + 2 and lines[-1] == "  … and 80 more on this page"
    assert all(len(line) <= _display.LINE_WIDTH + 2 for line in lines)

    table = page._repr_html_()
    assert table.count("<tr>") == _display.ROWS + 1  # the heading row and the rows shown
    assert "<b>" not in table and "Campaign &lt;b&gt;5&lt;/b&gt; &amp;" in table  # names are text, not markup
    assert "<th>name</th>" in table and "<th>date_created</th>" not in table


@given(key=st.text(min_size=8, max_size=40).map(lambda k: "vsk_" + k))
def test_a_secret_never_shows(key: str) -> None:
    record = DeveloperApiKey(
        id="0192f3c4-5b6a-7d8e-9f01-000000000003", username="dev", email="d@example.com", api_key=key
    )
    page = Page[DeveloperApiKey](items=[record], limit=10, offset=0, total=1)
    shown = [
        repr(record),
        _display.pretty_record(record),
        record._repr_html_(),
        _display.pretty_page(page.items, 0, 1),
        page._repr_html_(),
    ]
    for text in shown:
        assert key not in text and key not in html.unescape(text) and key not in re.sub(r"<[^>]+>", "", text)
