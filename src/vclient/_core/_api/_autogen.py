"""Character generation: one character rolled outright, or a session offering several to choose from."""

from __future__ import annotations

from datetime import datetime

from .._endpoint import Endpoint
from .._model import UNSET, Model, Unset
from ._characters import Character
from ._enums import (
    CharacterClassLike,
    CharacterTypeLike,
    ExperienceLevelLike,
    SkillFocusLike,
)
from ._fields import Id


class ChargenSession(Model):
    """Characters generated for a player to choose one from, before `expires_at`."""

    id: str
    user_id: str
    campaign_id: str
    expires_at: datetime
    requires_selection: bool
    characters: list[Character]
    date_created: datetime
    date_modified: datetime


class AutogenerateRequest(Model, omit_defaults=True):
    character_type: CharacterTypeLike
    character_class: CharacterClassLike | Unset | None = UNSET
    experience_level: ExperienceLevelLike | Unset | None = UNSET
    skill_focus: SkillFocusLike | Unset | None = UNSET
    concept_id: Id | Unset | None = UNSET
    vampire_clan_id: Id | Unset | None = UNSET
    werewolf_tribe_id: Id | Unset | None = UNSET
    werewolf_auspice_id: Id | Unset | None = UNSET


class ChargenFinalize(Model):
    session_id: Id
    selected_character_id: Id


_CHARACTERS = "/api/v1/companies/{company_id}/characters"

AUTOGENERATE_CHARACTER: Endpoint[Character] = Endpoint(
    "autogenerateCharacter",
    "POST",
    _CHARACTERS + "/autogenerate",
    Character,
    query=("campaign_id",),
    body=AutogenerateRequest,
    acting_user=True,
)
START_CHARGEN_SESSION: Endpoint[ChargenSession] = Endpoint(
    "startChargenSession",
    "POST",
    _CHARACTERS + "/chargen/start",
    ChargenSession,
    query=("campaign_id",),
    acting_user=True,
)
FINALIZE_CHARGEN_SESSION: Endpoint[Character] = Endpoint(
    "finalizeChargenSession", "POST", _CHARACTERS + "/chargen/finalize", Character, body=ChargenFinalize
)
LIST_CHARGEN_SESSIONS: Endpoint[list[ChargenSession]] = Endpoint(
    "listChargenSessions", "GET", _CHARACTERS + "/chargen/sessions", list[ChargenSession], acting_user=True
)
GET_CHARGEN_SESSION: Endpoint[ChargenSession] = Endpoint(
    "getChargenSession", "GET", _CHARACTERS + "/chargen/sessions/{session_id}", ChargenSession
)
