"""Generated characters and chargen sessions; the global admin's users and the server's logs."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from vclient import VClient
from vclient.exceptions import AuthorizationError
from vclient.models import CharacterClass, CharacterType, ExperienceLevel, LogLevel, UserRole

from ..conftest import Live, unique
from .conftest import Undo, gone, settled


async def test_generated_characters_and_a_chargen_session(
    live: Live, company_admin: VClient, undo: Undo
) -> None:
    campaigns = company_admin.campaigns(live.storyteller)
    campaign = await campaigns.create(name=unique("Chronicle "))
    undo.push(lambda: campaigns.delete(campaign.id))

    generation = company_admin.character_autogen(live.storyteller)
    npc = await generation.generate_character(
        campaign_id=campaign.id,
        character_type=CharacterType.NPC,
        character_class=CharacterClass.MORTAL,
        experience_level=ExperienceLevel.NEW,
    )
    assert (npc.type, npc.character_class, npc.campaign_id) == ("NPC", "MORTAL", campaign.id)
    with pytest.raises(AuthorizationError):  # only storytellers generate characters outright
        await company_admin.character_autogen(live.player).generate_character(
            campaign_id=campaign.id, character_type=CharacterType.PLAYER
        )

    await company_admin.users(live.storyteller).add_xp(live.player, campaign.id, 50)  # a session costs XP
    player = company_admin.character_autogen(live.player)
    session = await player.start_chargen_session(campaign_id=campaign.id)
    assert session.requires_selection
    assert len(session.characters) >= 2
    assert session.id in [s.id for s in await player.list_sessions()]
    assert (await player.get_session(session.id)).campaign_id == campaign.id
    chosen = await player.finalize_chargen_session(session.id, session.characters[0].id)
    assert (chosen.id, chosen.is_temporary) == (session.characters[0].id, False)
    assert session.id not in [s.id for s in await player.list_sessions()]


async def test_the_global_admin_manages_users_of_any_company(live: Live, admin: VClient, undo: Undo) -> None:
    name = unique("admin-made-")
    user = await admin.global_admin.create_user(
        company_id=live.company_id, username=name, email=f"{name}@example.com", role=UserRole.PLAYER
    )
    undo.push(lambda: admin.global_admin.delete_user(user.id))
    assert (user.company_id, user.is_archived) == (live.company_id, False)
    renamed = await admin.global_admin.update_user(user.id, name_first="Admin", name_last=None)
    assert (renamed.name_first, renamed.name_last) == ("Admin", None)
    assert (await admin.global_admin.get_user(user.id)).username == name
    players = await admin.global_admin.get_user_page(
        limit=1, company_id=live.company_id, role=UserRole.PLAYER, email=user.email
    )
    assert [u.id for u in players.items] == [user.id]
    assert user.id in {
        u.id async for u in admin.global_admin.iter_all_users(limit=2, company_id=live.company_id)
    }

    await admin.global_admin.delete_user(user.id)  # archives the user: the admin still sees them
    await settled(lambda: admin.global_admin.get_user(user.id), lambda u: u.is_archived is True)
    await gone(lambda: admin.users(live.admin_user).get(user.id))
    restored = await admin.global_admin.update_user(user.id, is_archived=False)
    assert restored.is_archived is False
    await admin.global_admin.delete_user(user.id)


async def test_server_logs_tail_and_download(admin: VClient, company_admin: VClient, tmp_path: Path) -> None:
    lines = await admin.global_admin.tail_logs(limit=5)
    assert 0 < len(lines) <= 5
    assert all(line.level for line in lines)
    warnings = await admin.global_admin.tail_logs(level=LogLevel.WARNING, limit=5)
    assert all(line.level in ("WARNING", "ERROR", "CRITICAL") for line in warnings)

    archive = await admin.global_admin.download_logs()
    assert archive.filename.endswith(".zip")
    assert zipfile.ZipFile(BytesIO(archive.content)).namelist()
    saved = await admin.global_admin.download_logs(tmp_path / "logs.zip")
    assert zipfile.ZipFile(saved).namelist()

    with pytest.raises(AuthorizationError):
        await company_admin.global_admin.tail_logs()
