# Generated from tests/_async/test_as_a_user.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""A user's own tests, written against FakeVClient as docs/testing.md shows: the suite's proof that it works.

The code under test is a small piece of "application" (recruiting and retiring players). The tests use
only the public API of `vclient` and `vclient.testing`, and run on the async and the sync client.
"""

from __future__ import annotations

import pytest

from vclient import SyncVClient
from vclient.exceptions import NotFoundError, ServerError
from vclient.models import User, UserRole
from vclient.testing import SyncFakeVClient, World

# -- the application's code ------------------------------------------------------------------------


def recruit(client: SyncVClient, admin_id: str, username: str) -> User:
    """Create a player account, named after its username."""
    users = client.users(on_behalf_of=admin_id)
    return users.create(
        username=username, email=f"{username}@example.com", role=UserRole.PLAYER, name_first=username.title()
    )


def retire(client: SyncVClient, admin_id: str, user_id: str) -> bool:
    """Delete a player; False if there was no such player."""
    try:
        client.users(on_behalf_of=admin_id).delete(user_id)
    except NotFoundError:
        return False
    return True


# -- its tests ---------------------------------------------------------------------------------------


@pytest.fixture
def client() -> SyncFakeVClient:
    return SyncFakeVClient(seed=1)


@pytest.fixture
def world(client: SyncFakeVClient) -> World:
    return client.fake.world


def test_a_recruit_can_be_read_listed_renamed_and_retired(client: SyncFakeVClient, world: World) -> None:
    recruit_ = recruit(client, world.admin_id, "beatrix")
    users = client.users(on_behalf_of=world.admin_id)

    assert (users.get(recruit_.id)).name_first == "Beatrix"
    players = [u.username for u in users.iter_all(role=UserRole.PLAYER)]
    assert players[-1] == "beatrix"
    renamed = users.update(recruit_.id, name_first="Bea")
    assert renamed.name_first == "Bea"

    assert retire(client, world.admin_id, recruit_.id) is True
    assert retire(client, world.admin_id, recruit_.id) is False
    with pytest.raises(NotFoundError):
        users.get(recruit_.id)


def test_recruiting_sends_what_the_server_needs(client: SyncFakeVClient, world: World) -> None:
    recruit(client, world.admin_id, "beatrix")
    (call,) = client.fake.calls_to("createUser")
    assert call.body == {
        "username": "beatrix",
        "email": "beatrix@example.com",
        "role": "PLAYER",
        "name_first": "Beatrix",
    }
    assert call.headers["on-behalf-of"] == world.admin_id


def test_a_failing_server_surfaces_as_a_server_error(client: SyncFakeVClient, world: World) -> None:
    client.fake.override("createUser", status=503)
    with pytest.raises(ServerError):
        recruit(client, world.admin_id, "beatrix")
    assert len(client.fake.calls_to("createUser")) > 1  # the client retried before giving up

    client.fake.reset()
    assert (recruit(client, world.admin_id, "beatrix")).username == "beatrix"


def test_an_answer_can_be_forced_for_one_user_only(client: SyncFakeVClient, world: World) -> None:
    victim, bystander = world.player_ids
    client.fake.override("deleteUser", status=404, path_params={"user_id": victim})
    assert retire(client, world.admin_id, victim) is False
    assert retire(client, world.admin_id, bystander) is True
