"""A program as a user writes it: type-checked by mypy --strict and pyright in `nox -s types`, never run.

Plain strings are accepted where the API takes an enumeration, and a misspelt one is an error:
each `# type: ignore[...]` below must be needed, or both checkers fail (unused ignores are errors).
"""
# pyright: strict, reportUnnecessaryTypeIgnoreComment=true

from __future__ import annotations

from vclient import Page, SyncVClient, VClient
from vclient.exceptions import APIError, NotFoundError
from vclient.models import Character, CharacterClass, CharacterDetail, GameVersion
from vclient.testing import FakeVClient, SyncFakeVClient


async def with_strings(client: VClient, user_id: str, campaign_id: str) -> CharacterDetail:
    characters = client.characters(user_id)
    created = await characters.create(
        campaign_id=campaign_id,
        character_class="VAMPIRE",
        game_version="V5",
        name_first="Ada",
        name_last="Vane",
        type="NPC",
    )
    await characters.create(
        campaign_id=campaign_id,
        character_class=CharacterClass.MAGE,
        game_version=GameVersion.V4,
        name_first="Bo",
        name_last="Lark",
    )
    alive: list[Character] = await characters.list_all(status="ALIVE", character_class="VAMPIRE")
    print(len(alive))
    await client.users(user_id).get(user_id, include=["notes", "characters"])
    await client.companies.grant_access("company", "developer", "USER")
    return await characters.get(created.id, include=["traits", "inventory"])


async def with_pages(client: VClient) -> list[str]:
    page: Page[Character] | None = await client.characters("user").get_page(limit=5)
    names: list[str] = []
    while page is not None:
        names += [character.name_first for character in page]
        first: Character | None = page[0] if len(page) else None
        print(first)
        page = await client.next_page(page)
    return names


def sync_twin(client: SyncVClient, user_id: str) -> None:
    try:
        client.characters(user_id).get("id", include=["assets"])
    except NotFoundError as error:
        print(error.status_code, error.request_id)
    except APIError as error:
        print(error)
    page = client.users(user_id).get_page()
    following = client.next_page(page)
    print(following and following[0])


async def misspelt(client: VClient, user_id: str) -> None:
    characters = client.characters(user_id)
    await characters.list_all(status="ALIVEE")  # type: ignore[arg-type]
    await characters.get("id", include=["trait"])  # type: ignore[list-item]
    await client.companies.grant_access("c", "d", "SUPREME")  # type: ignore[arg-type]
    client.dicerolls()  # type: ignore[call-arg]  # every dice operation acts for a user


async def faked() -> None:
    async with FakeVClient(seed=1, retry_budget=5.0) as client:
        print(await client.system.health())
    FakeVClient(retry_budjet=5.0)  # type: ignore[call-arg]
    with SyncFakeVClient() as sync_client:
        print(sync_client.system.health())
