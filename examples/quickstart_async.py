"""The async client against the built-in fake API: health, users, the campaign's characters, an error.

With a real server, use `VClient(base_url=..., api_key=...)` (or the environment) instead of
`FakeVClient(seed=1)`; everything below stays the same.
"""

import asyncio

from vclient.exceptions import NotFoundError
from vclient.models import UserRole
from vclient.testing import FakeVClient


async def main() -> None:
    async with FakeVClient(seed=1) as client:
        health = await client.system.health()
        print(f"API {health.version}: database {health.database_status}")

        company = (await client.companies.list_all())[0]
        print(f"company: {company.name}")
        users = client.users()
        async for user in users.iter_all(role=UserRole.PLAYER):
            print(f"player: {user.username}")

        storyteller = next(u for u in await users.list_all() if u.role == UserRole.STORYTELLER)
        characters = client.characters(on_behalf_of=storyteller.id)
        for character in await characters.list_all():
            print(f"{character.name:<20} {character.character_class:<9} {character.type}")

        try:
            await characters.get("0192f3c4-5b6a-7d8e-9f01-00000000dead")
        except NotFoundError as error:
            print(f"not found: {error.detail} (status {error.status_code}, request {error.request_id})")


asyncio.run(main())
