# Generated from src/vclient/_async/_defaults.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The process-wide default client and the service factories that use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._client import SyncVClient
    from ._services._admin import SyncGlobalAdminService
    from ._services._autogen import SyncCharacterAutogenService
    from ._services._blueprints import SyncCharacterBlueprintService
    from ._services._campaigns import SyncBooksService, SyncCampaignsService, SyncChaptersService
    from ._services._character_traits import SyncCharacterTraitsService
    from ._services._characters import SyncCharactersService
    from ._services._companies import SyncCompaniesService
    from ._services._developers import SyncDeveloperService
    from ._services._dicerolls import SyncDiceRollsService
    from ._services._dictionary import SyncDictionaryService
    from ._services._options import SyncOptionsService
    from ._services._system import SyncSystemService
    from ._services._users import SyncUserLookupService, SyncUsersService

_default: SyncVClient | None = None


def set_default_client(client: SyncVClient) -> None:
    global _default
    _default = client


def clear_sync_default_client() -> None:
    """Forget the default client (it is not closed)."""
    global _default
    _default = None


def forget_default_client(client: SyncVClient) -> None:
    """A closed client stops being the default, so the factories never hand out a closed one."""
    global _default
    if _default is client:
        _default = None


def sync_default_client() -> SyncVClient:
    """The open client most recently created with `set_as_default=True` (the default)."""
    if _default is None:
        raise ConfigurationError(
            "no default client: the factories use the latest open VClient (or FakeVClient in tests) "
            "made without set_as_default=False, and there is none"
        )
    return _default


def sync_companies_service() -> SyncCompaniesService:
    """The default client's `companies`, reachable from any module."""
    return sync_default_client().companies


def sync_developer_service() -> SyncDeveloperService:
    """The default client's `developer`, reachable from any module."""
    return sync_default_client().developer


def sync_system_service() -> SyncSystemService:
    """The default client's `system`, reachable from any module."""
    return sync_default_client().system


def sync_global_admin_service() -> SyncGlobalAdminService:
    """The default client's `global_admin`, reachable from any module."""
    return sync_default_client().global_admin


def sync_user_lookup_service() -> SyncUserLookupService:
    """The default client's `user_lookup`, reachable from any module."""
    return sync_default_client().user_lookup


def sync_users_service(on_behalf_of: str | None = None, *, company_id: str | None = None) -> SyncUsersService:
    """The default client's `users(...)`, reachable from any module."""
    return sync_default_client().users(on_behalf_of, company_id=company_id)


def sync_dicerolls_service(on_behalf_of: str, *, company_id: str | None = None) -> SyncDiceRollsService:
    """The default client's `dicerolls(...)`, reachable from any module."""
    return sync_default_client().dicerolls(on_behalf_of, company_id=company_id)


def sync_dictionary_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncDictionaryService:
    """The default client's `dictionary(...)`, reachable from any module."""
    return sync_default_client().dictionary(on_behalf_of, company_id=company_id)


def sync_options_service(*, company_id: str | None = None) -> SyncOptionsService:
    """The default client's `options(...)`, reachable from any module."""
    return sync_default_client().options(company_id=company_id)


def sync_campaigns_service(on_behalf_of: str | None = None, *, company_id: str | None = None) -> SyncCampaignsService:
    """The default client's `campaigns(...)`, reachable from any module."""
    return sync_default_client().campaigns(on_behalf_of, company_id=company_id)


def sync_books_service(
    campaign_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncBooksService:
    """The default client's `books(...)`, reachable from any module."""
    return sync_default_client().books(campaign_id, on_behalf_of, company_id=company_id)


def sync_chapters_service(
    campaign_id: str, book_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncChaptersService:
    """The default client's `chapters(...)`, reachable from any module."""
    return sync_default_client().chapters(campaign_id, book_id, on_behalf_of, company_id=company_id)


def sync_characters_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncCharactersService:
    """The default client's `characters(...)`, reachable from any module."""
    return sync_default_client().characters(on_behalf_of, company_id=company_id)


def sync_character_blueprint_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncCharacterBlueprintService:
    """The default client's `character_blueprint(...)`, reachable from any module."""
    return sync_default_client().character_blueprint(on_behalf_of, company_id=company_id)


def sync_character_autogen_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncCharacterAutogenService:
    """The default client's `character_autogen(...)`, reachable from any module."""
    return sync_default_client().character_autogen(on_behalf_of, company_id=company_id)


def sync_character_traits_service(
    character_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> SyncCharacterTraitsService:
    """The default client's `character_traits(...)`, reachable from any module."""
    return sync_default_client().character_traits(character_id, on_behalf_of, company_id=company_id)
