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
    return default_client().companies


def developer_service() -> DeveloperService:
    return default_client().developer


def system_service() -> SystemService:
    return default_client().system


def global_admin_service() -> GlobalAdminService:
    return default_client().global_admin


def user_lookup_service() -> UserLookupService:
    return default_client().user_lookup


def users_service(on_behalf_of: str | None = None, *, company_id: str | None = None) -> UsersService:
    return default_client().users(on_behalf_of, company_id=company_id)


def dicerolls_service(on_behalf_of: str, *, company_id: str | None = None) -> DiceRollsService:
    return default_client().dicerolls(on_behalf_of, company_id=company_id)


def dictionary_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> DictionaryService:
    return default_client().dictionary(on_behalf_of, company_id=company_id)


def options_service(*, company_id: str | None = None) -> OptionsService:
    return default_client().options(company_id=company_id)


def campaigns_service(on_behalf_of: str | None = None, *, company_id: str | None = None) -> CampaignsService:
    return default_client().campaigns(on_behalf_of, company_id=company_id)


def books_service(
    campaign_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> BooksService:
    return default_client().books(campaign_id, on_behalf_of, company_id=company_id)


def chapters_service(
    campaign_id: str, book_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> ChaptersService:
    return default_client().chapters(campaign_id, book_id, on_behalf_of, company_id=company_id)


def characters_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharactersService:
    return default_client().characters(on_behalf_of, company_id=company_id)


def character_blueprint_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharacterBlueprintService:
    return default_client().character_blueprint(on_behalf_of, company_id=company_id)


def character_autogen_service(
    on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharacterAutogenService:
    return default_client().character_autogen(on_behalf_of, company_id=company_id)


def character_traits_service(
    character_id: str, on_behalf_of: str | None = None, *, company_id: str | None = None
) -> CharacterTraitsService:
    return default_client().character_traits(character_id, on_behalf_of, company_id=company_id)
