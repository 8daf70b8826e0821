"""The process-wide default client and the service factories that use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core._exceptions import ConfigurationError

if TYPE_CHECKING:
    from ._client import VClient
    from ._services._admin import GlobalAdminService
    from ._services._autogen import CharacterAutogenService
    from ._services._blueprints import CharacterBlueprintService
    from ._services._campaigns import BooksService, CampaignsService, ChaptersService
    from ._services._character_traits import CharacterTraitsService
    from ._services._characters import CharactersService
    from ._services._companies import CompaniesService
    from ._services._developers import DeveloperService
    from ._services._dicerolls import DiceRollsService
    from ._services._dictionary import DictionaryService
    from ._services._options import OptionsService
    from ._services._system import SystemService
    from ._services._users import UserLookupService, UsersService

_default: VClient | None = None


def set_default_client(client: VClient) -> None:
    global _default
    _default = client


def clear_default_client() -> None:
    """Forget the default client (it is not closed)."""
    global _default
    _default = None


def forget_default_client(client: VClient) -> None:
    """A closed client stops being the default, so the factories never hand out a closed one."""
    global _default
    if _default is client:
        _default = None


def default_client() -> VClient:
    """The open client most recently created with `set_as_default=True` (the default)."""
    if _default is None:
        raise ConfigurationError(
            "no default client: the factories use the latest open VClient (or FakeVClient in tests) "
            "made without set_as_default=False, and there is none"
        )
    return _default


def companies_service() -> CompaniesService:
    """The default client's `companies`, reachable from any module."""
    return default_client().companies


def developer_service() -> DeveloperService:
    """The default client's `developer`, reachable from any module."""
    return default_client().developer


def system_service() -> SystemService:
    """The default client's `system`, reachable from any module."""
    return default_client().system


def global_admin_service() -> GlobalAdminService:
    """The default client's `global_admin`, reachable from any module."""
    return default_client().global_admin


def user_lookup_service() -> UserLookupService:
    """The default client's `user_lookup`, reachable from any module."""
    return default_client().user_lookup


def users_service(on_behalf_of: str | None = None, *, company_id: str | None = None) -> UsersService:
    """The default client's `users(...)`, reachable from any module."""
    return default_client().users(on_behalf_of, company_id=company_id)


def dicerolls_service(on_behalf_of: str, *, company_id: str | None = None) -> DiceRollsService:
    """The default client's `dicerolls(...)`, reachable from any module."""
    return default_client().dicerolls(on_behalf_of, company_id=company_id)


def dictionary_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> DictionaryService:
    """The default client's `dictionary(...)`, reachable from any module."""
    return default_client().dictionary(on_behalf_of, company_id=company_id)


def options_service(*, company_id: str | None = None) -> OptionsService:
    """The default client's `options(...)`, reachable from any module."""
    return default_client().options(company_id=company_id)


def campaigns_service(on_behalf_of: str | None = None, *, company_id: str | None = None) -> CampaignsService:
    """The default client's `campaigns(...)`, reachable from any module."""
    return default_client().campaigns(on_behalf_of, company_id=company_id)


def books_service(
    campaign_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> BooksService:
    """The default client's `books(...)`, reachable from any module."""
    return default_client().books(campaign_id, on_behalf_of, company_id=company_id)


def chapters_service(
    campaign_id: str, book_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> ChaptersService:
    """The default client's `chapters(...)`, reachable from any module."""
    return default_client().chapters(campaign_id, book_id, on_behalf_of, company_id=company_id)


def characters_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharactersService:
    """The default client's `characters(...)`, reachable from any module."""
    return default_client().characters(on_behalf_of, company_id=company_id)


def character_blueprint_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharacterBlueprintService:
    """The default client's `character_blueprint(...)`, reachable from any module."""
    return default_client().character_blueprint(on_behalf_of, company_id=company_id)


def character_autogen_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharacterAutogenService:
    """The default client's `character_autogen(...)`, reachable from any module."""
    return default_client().character_autogen(on_behalf_of, company_id=company_id)


def character_traits_service(
    character_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharacterTraitsService:
    """The default client's `character_traits(...)`, reachable from any module."""
    return default_client().character_traits(character_id, on_behalf_of, company_id=company_id)
