"""Users of a company: accounts and roles, approval, experience, avatars, notes, assets, quick rolls,
identities and lookup."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from vclient import VClient
from vclient.exceptions import AuthorizationError, NotFoundError, ServerError, ValidationError
from vclient.models import IdentityProvider, User, UserInclude, UserRole

from ..conftest import Live, tiny_png, unique
from .conftest import Undo, gone


async def new_user(client: VClient, live: Live, undo: Undo, role: UserRole = UserRole.PLAYER) -> User:
    users = client.users(live.admin_user)
    name = unique("live-")
    user = await users.create(username=name, email=f"{name}@example.com", role=role, name_first="Live")
    undo.push(lambda: users.delete(user.id))
    return user


async def test_a_user_from_creation_to_deletion(live: Live, company_admin: VClient, undo: Undo) -> None:
    users = company_admin.users(live.admin_user)
    user = await new_user(company_admin, live, undo)
    assert (user.role, user.name_first, user.company_id) == ("PLAYER", "Live", live.company_id)

    cleared = await users.update(user.id, name_first=None, role=UserRole.STORYTELLER)
    assert (cleared.name_first, cleared.role) == (None, "STORYTELLER")
    fetched = await users.get(user.id, include=[UserInclude.NOTES, UserInclude.QUICKROLLS])
    assert (fetched.name_first, fetched.notes, fetched.quickrolls) == (None, [], [])

    storytellers = [u.id async for u in users.iter_all(limit=1, role=UserRole.STORYTELLER)]
    assert {user.id, live.storyteller} <= set(storytellers)
    page = await users.get_page(limit=1, email=user.email)
    assert ([u.id for u in page.items], page.total) == ([user.id], 1)
    statistics = await users.get_statistics(user.id, num_top_traits=2)
    assert statistics.total_rolls == 0

    await users.delete(user.id)
    await gone(lambda: users.get(user.id))


async def test_a_player_may_not_create_users(live: Live, company_admin: VClient) -> None:
    with pytest.raises(AuthorizationError):
        await company_admin.users(live.player).create(
            username=unique("nope-"), email="nope@example.com", role=UserRole.PLAYER
        )


async def test_an_unapproved_role_cannot_be_given_at_creation(live: Live, company_admin: VClient) -> None:
    with pytest.raises(ValidationError) as caught:
        await company_admin.users(live.admin_user).create(
            username=unique("unapproved-"), email="unapproved@example.com", role=UserRole.UNAPPROVED
        )
    assert "UNAPPROVED" in str(caught.value)


async def test_approve_deny_and_merge_take_unapproved_users(
    live: Live, admin: VClient, company_admin: VClient, undo: Undo
) -> None:
    users = company_admin.users(live.admin_user)
    waiting = [await new_user(company_admin, live, undo) for _ in range(3)]
    with pytest.raises(ValidationError):  # an approved user cannot be approved again
        await users.approve_user(waiting[0].id, UserRole.PLAYER)
    for user in waiting:  # only the global admin can put a user back in the waiting room
        demoted = await admin.global_admin.update_user(user.id, role=UserRole.UNAPPROVED)
        assert demoted.role == "UNAPPROVED"

    listed = {u.id for u in await users.list_all_unapproved(limit=1)}
    assert {u.id for u in waiting} <= listed
    assert (await users.get_unapproved_page(limit=1)).total >= 3

    approved = await users.approve_user(waiting[0].id, UserRole.PLAYER)
    assert approved.role == "PLAYER"
    await users.deny_user(waiting[1].id)
    await gone(lambda: users.get(waiting[1].id))
    merged = await users.merge(waiting[0].id, waiting[2].id)
    assert merged.id == waiting[0].id
    await gone(lambda: users.get(waiting[2].id))


async def test_experience_is_granted_and_spent_per_campaign(
    live: Live, company_admin: VClient, undo: Undo
) -> None:
    campaigns = company_admin.campaigns(live.admin_user)
    campaign = await campaigns.create(name=unique("Chronicle "))
    undo.push(lambda: campaigns.delete(campaign.id))
    users = company_admin.users(live.admin_user)

    await users.add_xp(live.player, campaign.id, 10)
    spent = await users.remove_xp(live.player, campaign.id, 4)
    assert (spent.xp_current, spent.xp_total) == (6, 10)
    cool = await users.add_cool_points(live.player, campaign.id, 2)
    assert (cool.cool_points, cool.xp_current) == (2, 26)  # each cool point is worth 10 XP
    assert (await users.get_experience(live.player, campaign.id)).xp_total == 30
    with pytest.raises(ValidationError):
        await users.remove_xp(live.player, campaign.id, 100)


async def test_avatars_notes_assets_and_quick_rolls(
    live: Live, company_admin: VClient, undo: Undo, tmp_path: Path
) -> None:
    users = company_admin.users(live.admin_user)
    user = await new_user(company_admin, live, undo)

    with_avatar = await users.upload_avatar(user.id, tiny_png(1), filename="me.png")
    assert with_avatar.avatar_url
    assert (await users.delete_avatar(user.id)).avatar_url is None

    notes = users.notes(user.id)
    note = await notes.create(title="Sire", content="Unknown")
    assert (await notes.update(note.id, content="Known")).content == "Known"
    assert [n.id for n in await notes.list_all()] == [note.id]
    assert (await notes.get(note.id)).title == "Sire"
    await notes.delete(note.id)

    assets = users.assets(user.id)
    path = tmp_path / "portrait.png"
    path.write_bytes(tiny_png(2))
    with path.open("rb") as handle:
        uploaded = [
            await assets.upload(tiny_png(3), filename="bytes.png"),
            await assets.upload(path),
            await assets.upload(handle),
        ]
    assert [a.original_filename for a in uploaded] == ["bytes.png", "portrait.png", "portrait.png"]
    async with httpx.AsyncClient() as plain:
        stored = [(await plain.get(asset.public_url)).content for asset in uploaded]
    assert stored == [tiny_png(3), tiny_png(2), tiny_png(2)]
    assert (await assets.get(uploaded[0].id)).mime_type == "image/png"
    assert len(await assets.list_all(limit=2)) == 3
    with pytest.raises(ValidationError):
        await assets.upload(b"not an image", filename="notes.txt")
    for asset in uploaded:
        await assets.delete(asset.id)

    traits = await company_admin.character_blueprint(live.admin_user).get_traits_page(limit=2)
    quickrolls = users.quickrolls(user.id)
    quickroll = await quickrolls.create(name="Ambush", trait_ids=[t.id for t in traits.items])
    assert sorted(quickroll.trait_ids) == sorted(t.id for t in traits.items)
    changed = await quickrolls.update(quickroll.id, description="From the shadows")
    assert changed.description == "From the shadows"
    assert (await quickrolls.get(quickroll.id)).name == "Ambush"
    assert [q.id for q in await quickrolls.list_all()] == [quickroll.id]
    await quickrolls.delete(quickroll.id)


async def test_identities_need_the_provider_and_say_why_they_fail(live: Live, company_admin: VClient) -> None:
    users = company_admin.with_options(max_retries=0).users(live.admin_user)
    with pytest.raises(NotFoundError) as not_linked:
        await users.unlink_identity(live.player, provider=IdentityProvider.DISCORD)
    assert not_linked.value.code == "IDENTITY_NOT_LINKED"
    with pytest.raises(ServerError) as unavailable:  # this machine cannot reach Discord
        await users.link_identity(live.player, provider=IdentityProvider.DISCORD, token="not-a-token")
    assert (unavailable.value.status_code, unavailable.value.code) == (503, "PROVIDER_UNAVAILABLE")
    with pytest.raises(ServerError) as unavailable:
        await users.identify(provider=IdentityProvider.DISCORD, token="not-a-token")
    assert (unavailable.value.status_code, unavailable.value.code) == (503, "PROVIDER_UNAVAILABLE")


async def test_lookup_finds_users_across_companies(
    live: Live, admin: VClient, company_admin: VClient
) -> None:
    player = await company_admin.users(live.admin_user).get(live.player)
    found = await admin.user_lookup.by_email(player.email)
    assert [(r.user_id, r.company_id, r.role) for r in found] == [(player.id, live.company_id, "PLAYER")]
    for lookup in (
        admin.user_lookup.by_discord_id,
        admin.user_lookup.by_google_id,
        admin.user_lookup.by_github_id,
        admin.user_lookup.by_apple_id,
    ):
        assert await lookup("no-such-account") == []
