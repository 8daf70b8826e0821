"""Users of a company: accounts, approval, identities, avatar, experience, quick rolls, notes, assets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from .._endpoint import Endpoint, Upload
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._assets import Asset, AssetEndpoints
from ._enums import IdentityProvider, IdentityProviderLike, UserInclude, UserRole
from ._fields import Email, Id, Name, PersonName, Text
from ._notes import Note, NoteEndpoints
from ._statistics import STATISTICS_QUERY, RollStatistics


class CampaignExperience(Model):
    """A user's experience in one campaign: current and total XP, and cool points."""

    id: str
    campaign_id: str
    user_id: str
    xp_current: int
    xp_total: int
    cool_points: int


class User(Model):
    """A user of a company: a player, storyteller or admin, with their identities and experience."""

    id: str
    date_created: datetime
    date_modified: datetime
    name_first: str | None
    name_last: str | None
    username: str
    email: str
    role: str
    company_id: str
    lifetime_xp: int
    lifetime_cool_points: int
    google_profile: dict[str, Any] | None
    github_profile: dict[str, Any] | None
    discord_profile: dict[str, Any] | None
    apple_profile: dict[str, Any] | None
    avatar_url: str | None
    num_quickrolls: int
    num_notes: int
    num_assets: int
    num_characters: int
    campaign_experience: list[CampaignExperience]


class QuickRoll(Model):
    """A saved dice pool: a named set of traits to roll together."""

    id: str
    date_created: datetime
    date_modified: datetime
    name: str
    description: str
    user_id: str
    trait_ids: list[str]


class UserDetail(User):
    """A user with the child collections asked for with `include=`; the others stay empty."""

    quickrolls: list[QuickRoll] = msgspec.field(default_factory=list)
    notes: list[Note] = msgspec.field(default_factory=list)
    assets: list[Asset] = msgspec.field(default_factory=list)
    characters: list[dict[str, Any]] = msgspec.field(default_factory=list)


class UserLookupResult(Model):
    """A company a looked-up person belongs to, with their user id and role there."""

    company_id: str
    company_name: str
    user_id: str
    role: str


class Identification(Model):
    """How a provider login was resolved (`matched`, `linked` or `created`) and to which user."""

    resolution: str
    user: User


class UserCreate(Model, omit_defaults=True):
    username: Name
    email: Email
    role: str
    name_first: PersonName | Unset | None = UNSET
    name_last: PersonName | Unset | None = UNSET


class UserPatch(Model, omit_defaults=True):
    name_first: PersonName | Unset | None = UNSET
    name_last: PersonName | Unset | None = UNSET
    username: Name | Unset = UNSET
    email: Email | Unset = UNSET
    role: str | Unset = UNSET


class UserApprove(Model):
    role: str


class UserMerge(Model):
    primary_user_id: Id
    secondary_user_id: Id


class LinkIdentityRequest(Model):
    provider: IdentityProviderLike
    token: str


class IdentifyRequest(Model, omit_defaults=True):
    provider: IdentityProviderLike
    token: str
    username: str | Unset | None = UNSET
    email: str | Unset | None = UNSET


class ExperienceAddRemove(Model):
    amount: int
    campaign_id: Id


class QuickRollCreate(Model, omit_defaults=True):
    name: Name
    description: Text | Unset = UNSET
    trait_ids: list[Id] | Unset = UNSET


class QuickRollPatch(Model, omit_defaults=True):
    name: Name | Unset = UNSET
    description: Text | Unset = UNSET
    trait_ids: list[Id] | Unset = UNSET


_USERS = "/api/v1/companies/{company_id}/users"
_USER = _USERS + "/{user_id}"
_QUICKROLL = _USER + "/quickrolls/{quickroll_id}"

LIST_USERS: Endpoint[Page[User]] = Endpoint(
    "listUsers",
    "GET",
    _USERS,
    Page[User],
    query=(*PAGING, "user_role", "email"),
    choices={"user_role": UserRole},
)
CREATE_USER: Endpoint[User] = Endpoint("createUser", "POST", _USERS, User, body=UserCreate, acting_user=True)
GET_USER: Endpoint[UserDetail] = Endpoint(
    "getUser", "GET", _USER, UserDetail, query=("include",), choices={"include": UserInclude}
)
UPDATE_USER: Endpoint[User] = Endpoint("updateUser", "PATCH", _USER, User, body=UserPatch, acting_user=True)
DELETE_USER: Endpoint[None] = Endpoint("deleteUser", "DELETE", _USER, None, acting_user=True)
LIST_UNAPPROVED_USERS: Endpoint[Page[User]] = Endpoint(
    "listUnapprovedUsers", "GET", _USERS + "/unapproved", Page[User], query=PAGING, acting_user=True
)
APPROVE_USER: Endpoint[User] = Endpoint(
    "approveUser", "POST", _USER + "/approve", User, body=UserApprove, acting_user=True
)
DENY_USER: Endpoint[None] = Endpoint("denyUser", "POST", _USER + "/deny", None, acting_user=True)
MERGE_USERS: Endpoint[User] = Endpoint(
    "mergeUsers", "POST", _USERS + "/merge", User, body=UserMerge, acting_user=True
)
LINK_USER_IDENTITY: Endpoint[User] = Endpoint(
    "linkUserIdentity", "POST", _USER + "/identities", User, body=LinkIdentityRequest, acting_user=True
)
UNLINK_USER_IDENTITY: Endpoint[User] = Endpoint(
    "unlinkUserIdentity",
    "DELETE",
    _USER + "/identities/{provider}",
    User,
    choices={"provider": IdentityProvider},
    acting_user=True,
)
SET_USER_AVATAR: Endpoint[User] = Endpoint(
    "setUserAvatar", "PUT", _USER + "/avatar", User, body=Upload("file"), acting_user=True
)
DELETE_USER_AVATAR: Endpoint[User] = Endpoint(
    "deleteUserAvatar", "DELETE", _USER + "/avatar", User, acting_user=True
)
IDENTIFY_USER: Endpoint[Identification] = Endpoint(
    "identifyUser",
    "POST",
    "/api/v1/companies/{company_id}/auth/identify",
    Identification,
    body=IdentifyRequest,
)
LOOKUP_USER: Endpoint[list[UserLookupResult]] = Endpoint(
    "lookupUser",
    "GET",
    "/api/v1/users/lookup",
    list[UserLookupResult],
    query=("email", "discord_id", "google_id", "github_id", "apple_id"),
)
GET_USER_STATISTICS: Endpoint[RollStatistics] = Endpoint(
    "getUserStatistics", "GET", _USER + "/statistics", RollStatistics, query=STATISTICS_QUERY
)

GET_CAMPAIGN_EXPERIENCE: Endpoint[CampaignExperience] = Endpoint(
    "getCampaignExperience", "GET", _USER + "/experience/{campaign_id}", CampaignExperience
)
ADD_XP: Endpoint[CampaignExperience] = Endpoint(
    "addXp",
    "POST",
    _USER + "/experience/xp/add",
    CampaignExperience,
    body=ExperienceAddRemove,
    acting_user=True,
)
REMOVE_XP: Endpoint[CampaignExperience] = Endpoint(
    "removeXp",
    "POST",
    _USER + "/experience/xp/remove",
    CampaignExperience,
    body=ExperienceAddRemove,
    acting_user=True,
)
ADD_COOL_POINTS: Endpoint[CampaignExperience] = Endpoint(
    "addCpToCampaignExperience",
    "POST",
    _USER + "/experience/cp/add",
    CampaignExperience,
    body=ExperienceAddRemove,
    acting_user=True,
)

LIST_USER_QUICKROLLS: Endpoint[Page[QuickRoll]] = Endpoint(
    "listUserQuickrolls", "GET", _USER + "/quickrolls", Page[QuickRoll], query=PAGING
)
CREATE_USER_QUICKROLL: Endpoint[QuickRoll] = Endpoint(
    "createUserQuickroll", "POST", _USER + "/quickrolls", QuickRoll, body=QuickRollCreate, acting_user=True
)
GET_USER_QUICKROLL: Endpoint[QuickRoll] = Endpoint("getUserQuickroll", "GET", _QUICKROLL, QuickRoll)
UPDATE_USER_QUICKROLL: Endpoint[QuickRoll] = Endpoint(
    "updateUserQuickroll", "PATCH", _QUICKROLL, QuickRoll, body=QuickRollPatch, acting_user=True
)
DELETE_USER_QUICKROLL: Endpoint[None] = Endpoint(
    "deleteUserQuickroll", "DELETE", _QUICKROLL, None, acting_user=True
)

USER_NOTES = NoteEndpoints.under(_USER, "User")
USER_ASSETS = AssetEndpoints.under(_USER, "User", delete_acting_user=False)
