# Generated from src/vclient/_async/_services/_users.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..._core._api import _users as api
from ..._core._api._enums import (
    IdentityProviderLike,
    UserIncludeLike,
    UserRole,
    UserRoleLike,
)
from ..._core._api._statistics import RollStatistics
from ..._core._api._users import (
    CampaignExperience,
    Identification,
    QuickRoll,
    User,
    UserDetail,
    UserLookupResult,
)
from ..._core._endpoint import Endpoint
from ..._core._exceptions import RequestValidationError
from ..._core._model import UNSET, Unset
from ..._core._pagination import DEFAULT_PAGE_SIZE, Page
from .._walks import collect
from ._assets import SyncAssetsService
from ._base import FileInput, Service, as_list, read_upload
from ._notes import SyncNotesService

if TYPE_CHECKING:
    from .._client import SyncVClient


class SyncUsersService(Service):
    """The users of one company, acting as `on_behalf_of` where the server needs an acting user."""

    def __init__(self, client: SyncVClient, company_id: str, on_behalf_of: str | None = None) -> None:
        super().__init__(client, {"company_id": company_id}, on_behalf_of)

    # -- the company's users ---------------------------------------------------------------

    def get_page(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        offset: int = 0,
        role: UserRoleLike | None = None,
        email: str | None = None,
    ) -> Page[User]:
        """One page of users: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        query = {"user_role": role, "email": email}
        return self._page(api.LIST_USERS, limit=limit, offset=offset, query=query)

    def iter_all(
        self, *, limit: int = 100, role: UserRole | None = None, email: str | None = None
    ) -> Iterator[User]:
        """Every user, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_USERS, limit=limit, query={"user_role": role, "email": email})

    def list_all(
        self,
        *,
        limit: int = 100,
        role: UserRole | None = None,
        email: str | None = None,
        page_concurrency: int | None = None,
    ) -> list[User]:
        """Every user, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit, role=role, email=email), page_concurrency)

    def get(self, user_id: str, *, include: Sequence[UserIncludeLike] = ()) -> UserDetail:
        """A user, with the child collections named in `include` embedded."""
        query = {"include": as_list(include, "include") or None}
        return self._call(api.GET_USER, {"user_id": user_id}, query=query)

    def create(
        self,
        *,
        username: str,
        email: str,
        role: UserRoleLike,
        name_first: str | Unset | None = UNSET,
        name_last: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> User:
        """A new user, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        body = api.UserCreate(
            username=username, email=email, role=role, name_first=name_first, name_last=name_last
        )
        return self._call(api.CREATE_USER, body=body, idempotency_key=idempotency_key)

    def update(
        self,
        user_id: str,
        *,
        username: str | Unset = UNSET,
        email: str | Unset = UNSET,
        role: UserRoleLike | Unset = UNSET,
        name_first: str | Unset | None = UNSET,
        name_last: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> User:
        """Change the given fields only; `name_first=None` clears it."""
        body = api.UserPatch(
            username=username, email=email, role=role, name_first=name_first, name_last=name_last
        )
        return self._call(
            api.UPDATE_USER, {"user_id": user_id}, body=body, idempotency_key=idempotency_key
        )

    def delete(self, user_id: str) -> None:
        """Delete the user with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(api.DELETE_USER, {"user_id": user_id})

    def get_statistics(self, user_id: str, *, num_top_traits: int | None = None) -> RollStatistics:
        """Dice-roll statistics (success rates, the `num_top_traits` most rolled traits) for this one.

        Raises `NotFoundError` when there is none.
        """
        query = {"num_top_traits": num_top_traits}
        return self._call(api.GET_USER_STATISTICS, {"user_id": user_id}, query=query)

    # -- registration ------------------------------------------------------------------------

    def get_unapproved_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[User]:
        """One page of users: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return self._page(api.LIST_UNAPPROVED_USERS, limit=limit, offset=offset)

    def iter_all_unapproved(self, *, limit: int = 100) -> Iterator[User]:
        """Every user, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_UNAPPROVED_USERS, limit=limit)

    def list_all_unapproved(
        self, *, limit: int = 100, page_concurrency: int | None = None
    ) -> list[User]:
        """Every user, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all_unapproved(limit=limit), page_concurrency)

    def approve_user(
        self, user_id: str, role: UserRoleLike, *, idempotency_key: str | None = None
    ) -> User:
        """Approve a pending (UNAPPROVED) user as PLAYER, STORYTELLER or ADMIN."""
        body = api.UserApprove(role=role)
        return self._call(
            api.APPROVE_USER, {"user_id": user_id}, body=body, idempotency_key=idempotency_key
        )

    def deny_user(self, user_id: str, *, idempotency_key: str | None = None) -> None:
        """Deny a pending user: they are archived and removed from the company."""
        self._call(api.DENY_USER, {"user_id": user_id}, idempotency_key=idempotency_key)

    def merge(
        self, primary_user_id: str, secondary_user_id: str, *, idempotency_key: str | None = None
    ) -> User:
        """Fold the secondary user into the primary one; returns the primary user."""
        body = api.UserMerge(primary_user_id=primary_user_id, secondary_user_id=secondary_user_id)
        return self._call(api.MERGE_USERS, body=body, idempotency_key=idempotency_key)

    def identify(
        self,
        *,
        provider: IdentityProviderLike,
        token: str,
        username: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> Identification:
        """Resolve a provider login (an OIDC ID token or OAuth access token) to a user of the company.

        The user is matched, linked by verified email, or created as UNAPPROVED;
        `result.resolution` says which.
        """
        body = api.IdentifyRequest(provider=provider, token=token, username=username, email=email)
        return self._call(api.IDENTIFY_USER, body=body, idempotency_key=idempotency_key)

    def link_identity(
        self, user_id: str, *, provider: IdentityProviderLike, token: str, idempotency_key: str | None = None
    ) -> User:
        """The user, able to sign in with `provider` too; `token` is the provider's identity token."""
        body = api.LinkIdentityRequest(provider=provider, token=token)
        return self._call(
            api.LINK_USER_IDENTITY, {"user_id": user_id}, body=body, idempotency_key=idempotency_key
        )

    def unlink_identity(self, user_id: str, *, provider: IdentityProviderLike) -> User:
        """The user, no longer signing in with `provider`."""
        return self._call(
            api.UNLINK_USER_IDENTITY,
            {"user_id": user_id, "provider": provider},
        )

    # -- avatar ------------------------------------------------------------------------------

    def upload_avatar(
        self,
        user_id: str,
        file: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Set the avatar from bytes, a path or a binary file (PNG, JPEG, WEBP or GIF up to 5 MB)."""
        upload = read_upload(file, filename, content_type)
        return self._call(
            api.SET_USER_AVATAR, {"user_id": user_id}, body=upload, idempotency_key=idempotency_key
        )

    def delete_avatar(self, user_id: str) -> User:
        """The user, without an avatar.

        Raises `NotFoundError` when there is no such user.
        """
        return self._call(api.DELETE_USER_AVATAR, {"user_id": user_id})

    # -- experience --------------------------------------------------------------------------

    def get_experience(self, user_id: str, campaign_id: str) -> CampaignExperience:
        """The user's experience (XP, cool points) in one campaign.

        Raises `NotFoundError` when there is no such user or campaign.
        """
        return self._call(api.GET_CAMPAIGN_EXPERIENCE, {"user_id": user_id, "campaign_id": campaign_id})

    def add_xp(
        self, user_id: str, campaign_id: str, amount: int, *, idempotency_key: str | None = None
    ) -> CampaignExperience:
        """The user's experience in the campaign, with `amount` experience points added."""
        return self._experience(api.ADD_XP, user_id, campaign_id, amount, idempotency_key)

    def remove_xp(
        self, user_id: str, campaign_id: str, amount: int, *, idempotency_key: str | None = None
    ) -> CampaignExperience:
        """The user's experience in the campaign, with `amount` experience points taken away."""
        return self._experience(api.REMOVE_XP, user_id, campaign_id, amount, idempotency_key)

    def add_cool_points(
        self, user_id: str, campaign_id: str, amount: int, *, idempotency_key: str | None = None
    ) -> CampaignExperience:
        """The user's experience in the campaign, with `amount` cool points added (each is worth 10 XP)."""
        return self._experience(api.ADD_COOL_POINTS, user_id, campaign_id, amount, idempotency_key)

    def _experience(
        self,
        endpoint: Endpoint[CampaignExperience],
        user_id: str,
        campaign_id: str,
        amount: int,
        idempotency_key: str | None,
    ) -> CampaignExperience:
        body = api.ExperienceAddRemove(amount=amount, campaign_id=campaign_id)
        return self._call(endpoint, {"user_id": user_id}, body=body, idempotency_key=idempotency_key)

    # -- a user's own collections ----------------------------------------------------------

    def notes(self, user_id: str) -> SyncNotesService:
        """The notes of this user."""
        return SyncNotesService(
            self._client, api.USER_NOTES, {**self._path, "user_id": user_id}, self._on_behalf_of
        )

    def assets(self, user_id: str) -> SyncAssetsService:
        """The assets (uploaded files) of this user."""
        return SyncAssetsService(
            self._client, api.USER_ASSETS, {**self._path, "user_id": user_id}, self._on_behalf_of
        )

    def quickrolls(self, user_id: str) -> SyncQuickRollsService:
        """The quick rolls of this user."""
        return SyncQuickRollsService(self._client, {**self._path, "user_id": user_id}, self._on_behalf_of)


class SyncQuickRollsService(Service):
    """A user's saved dice pools."""

    def get_page(self, *, limit: int = DEFAULT_PAGE_SIZE, offset: int = 0) -> Page[QuickRoll]:
        """One page of quick rolls: `limit` of them from `offset`.

        Raises `RequestValidationError` for a `limit` or `offset` out of range.
        """
        return self._page(api.LIST_USER_QUICKROLLS, limit=limit, offset=offset)

    def iter_all(self, *, limit: int = 100) -> Iterator[QuickRoll]:
        """Every quick roll, fetched `limit` at a time as you iterate; one page is held at a time."""
        return self._iterate(api.LIST_USER_QUICKROLLS, limit=limit)

    def list_all(self, *, limit: int = 100, page_concurrency: int | None = None) -> list[QuickRoll]:
        """Every quick roll, in one list (fetched `limit` at a time)."""
        return collect(self.iter_all(limit=limit), page_concurrency)

    def get(self, quickroll_id: str) -> QuickRoll:
        """The quick roll with this id.

        Raises `NotFoundError` when there is none.
        """
        return self._call(api.GET_USER_QUICKROLL, {"quickroll_id": quickroll_id})

    def create(
        self,
        *,
        name: str,
        description: str | Unset = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> QuickRoll:
        """A new quick roll, from the arguments; a retry of the call creates it only once.

        Raises `ValidationError` when the server refuses a value.
        """
        traits = as_list(trait_ids, "trait_ids")
        body = api.QuickRollCreate(name=name, description=description, trait_ids=traits)
        return self._call(api.CREATE_USER_QUICKROLL, body=body, idempotency_key=idempotency_key)

    def update(
        self,
        quickroll_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        trait_ids: Sequence[str] | Unset = UNSET,
        idempotency_key: str | None = None,
    ) -> QuickRoll:
        """The quick roll, changed: an argument left out stays as it is, `None` clears it.

        Raises `NotFoundError` when there is none, `ValidationError` when the server refuses a value.
        """
        traits = as_list(trait_ids, "trait_ids")
        body = api.QuickRollPatch(name=name, description=description, trait_ids=traits)
        return self._call(
            api.UPDATE_USER_QUICKROLL,
            {"quickroll_id": quickroll_id},
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete(self, quickroll_id: str) -> None:
        """Delete the quick roll with this id.

        Raises `NotFoundError` when there is none.
        """
        self._call(api.DELETE_USER_QUICKROLL, {"quickroll_id": quickroll_id})


class SyncUserLookupService(Service):
    """Find a person across every company the API key can reach (for login and sign-up flows)."""

    def by_email(self, email: str) -> list[UserLookupResult]:
        """Every user with this e-mail address, in each company the key can reach (empty when none)."""
        return self._lookup("email", email)

    def by_discord_id(self, discord_id: str) -> list[UserLookupResult]:
        """Every user with this Discord id, in each company the key can reach (empty when none)."""
        return self._lookup("discord_id", discord_id)

    def by_google_id(self, google_id: str) -> list[UserLookupResult]:
        """Every user with this Google id, in each company the key can reach (empty when none)."""
        return self._lookup("google_id", google_id)

    def by_github_id(self, github_id: str) -> list[UserLookupResult]:
        """Every user with this GitHub id, in each company the key can reach (empty when none)."""
        return self._lookup("github_id", github_id)

    def by_apple_id(self, apple_id: str) -> list[UserLookupResult]:
        """Every user with this Apple id, in each company the key can reach (empty when none)."""
        return self._lookup("apple_id", apple_id)

    def _lookup(self, field: str, value: str) -> list[UserLookupResult]:
        if not isinstance(value, str) or not value:
            raise RequestValidationError(f"{field} must be a non-empty string, got {value!r}")
        return self._call(api.LOOKUP_USER, query={field: value})
