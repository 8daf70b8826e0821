"""Models as DataFrames: flat rows, nested objects as dotted columns, pandas and polars imported
only when used, secrets never shown."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

import pandas  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vclient import to_pandas, to_polars, to_records
from vclient.exceptions import MissingDependencyError, RequestValidationError
from vclient.models import Character
from vclient.testing import FakeVClient, SyncFakeVClient


@pytest.fixture
def characters() -> list[Character]:
    with SyncFakeVClient(seed=4) as client:
        world = client.fake.world
        return client.characters(world.storyteller_id).list_all()


def test_every_model_is_a_row_and_every_field_a_column(characters: list[Character]) -> None:
    frame = to_pandas(characters)
    assert len(frame) == len(characters) > 1
    for index, character in enumerate(characters):
        row = frame.iloc[index]
        assert row["id"] == character.id and row["name_full"] == character.name_full
        assert row["date_created"] == character.date_created
    vampires = [c for c in characters if c.vampire_attributes is not None]
    mortals = [c for c in characters if c.vampire_attributes is None]
    assert vampires and mortals  # the seeded world has both
    assert "vampire_attributes" not in frame.columns  # the object is its dotted columns
    clan = frame.set_index("id")["vampire_attributes.clan_id"]
    assert {c.id: clan[c.id] for c in vampires} == {c.id: c.vampire_attributes.clan_id for c in vampires}  # type: ignore[union-attr]
    assert all(pandas.isna(clan[c.id]) for c in mortals)
    assert [list(value) for value in frame["chapter_ids"]] == [c.chapter_ids for c in characters]


def test_polars_gets_the_same_table(characters: list[Character]) -> None:
    frame = to_polars(characters)
    assert frame.columns == list(to_records(characters)[0])
    assert frame["id"].to_list() == [c.id for c in characters]
    assert frame["date_created"].to_list() == [c.date_created for c in characters]


def test_a_page_and_a_sync_walk_are_read_and_an_async_walk_is_refused() -> None:
    with SyncFakeVClient(seed=4) as client:
        service = client.characters(client.fake.world.storyteller_id)
        assert to_records(service.get_page(limit=3)) == to_records(service.get_page(limit=3).items)
        assert len(to_pandas(service.iter_all(limit=2))) == len(service.list_all())
    async_client = FakeVClient(seed=4, set_as_default=False)
    walk = async_client.characters(async_client.fake.world.storyteller_id).iter_all()
    with pytest.raises(RequestValidationError, match=r"await service\.list_all"):
        to_records(walk)  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match="several models"):
        to_records({"a": 1})


def test_secrets_are_redacted() -> None:
    with SyncFakeVClient(seed=1) as client:
        created = client.developer.regenerate_api_key()
        assert created.api_key
        [row] = to_records([created])
        assert created.api_key not in str(row) and created.api_key not in repr(to_pandas([created]))


def test_no_rows_is_an_empty_table() -> None:
    assert to_records([]) == []
    assert to_pandas([]).empty and to_polars([]).is_empty()


@pytest.mark.parametrize(("name", "convert"), [("pandas", to_pandas), ("polars", to_polars)])
def test_a_missing_library_says_what_to_install(
    name: str, convert: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    with pytest.raises(
        MissingDependencyError, match=rf"pip install 'valentina-noir-sdk\[{name}\]'"
    ) as raised:
        convert([{"a": 1}])
    assert isinstance(raised.value, ImportError)


def test_the_libraries_are_imported_only_when_used() -> None:
    import subprocess

    code = "import sys, vclient; print('pandas' in sys.modules, 'polars' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        == "False False\n"
    )


leaves = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2))
keys = st.text(alphabet="abcxyz_", min_size=1, max_size=4)
objects = st.recursive(
    st.dictionaries(keys, leaves, max_size=3),
    lambda inner: st.dictionaries(keys, inner | leaves, max_size=3),
    max_leaves=10,
)


def _leaves(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, item in value.items():
        if isinstance(item, dict) and item:
            found |= _leaves(item, f"{prefix}{name}.")
        else:
            found[f"{prefix}{name}"] = item
    return found


@given(st.lists(objects, max_size=4))
def test_every_leaf_lands_in_its_dotted_column(rows: list[dict[str, Any]]) -> None:
    records = to_records(rows)
    assert len(records) == len(rows)
    for row, record in zip(rows, records, strict=True):
        for column, value in _leaves(row).items():
            if value is not None or column in record:
                assert record[column] == value
        assert len({len(r) for r in records}) <= 1  # every row has every column


def test_datetimes_stay_datetimes() -> None:
    stamp = datetime(2026, 12, 7, tzinfo=UTC)
    assert to_records([{"at": stamp, "nested": {"at": stamp}}]) == [{"at": stamp, "nested.at": stamp}]
