"""The public surface is pinned: a change here is a change users see."""

from __future__ import annotations

import inspect

import vclient
from vclient import exceptions, models
from vclient._async._services import _companies as async_companies
from vclient._async._services import _developers as async_developers
from vclient._async._services import _system as async_system
from vclient._sync._services import _companies as sync_companies
from vclient._sync._services import _developers as sync_developers
from vclient._sync._services import _system as sync_system


def test_top_level_names() -> None:
    assert sorted(vclient.__all__) == sorted(
        [
            "UNSET",
            "APIConfig",
            "Page",
            "SyncVClient",
            "VClient",
            "__version__",
            "clear_default_client",
            "clear_sync_default_client",
            "companies_service",
            "default_client",
            "developer_service",
            "exceptions",
            "models",
            "sync_companies_service",
            "sync_default_client",
            "sync_developer_service",
            "sync_system_service",
            "system_service",
        ]
    )


def test_exception_names_and_tree() -> None:
    assert sorted(exceptions.__all__) == sorted(
        [
            "APIConnectionError",
            "APIError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "AuthorizationError",
            "ClientClosedError",
            "ConfigurationError",
            "ConflictError",
            "InvalidParameter",
            "NotFoundError",
            "PaginationError",
            "RateLimitError",
            "RequestValidationError",
            "ResponseDecodeError",
            "ServerError",
            "UnprocessableEntityError",
            "ValidationError",
        ]
    )
    for name in exceptions.__all__:
        cls = getattr(exceptions, name)
        if name != "InvalidParameter":
            assert issubclass(cls, exceptions.APIError), name
    for name in (
        "AuthenticationError",
        "AuthorizationError",
        "NotFoundError",
        "ValidationError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "ServerError",
    ):
        assert issubclass(getattr(exceptions, name), exceptions.APIStatusError)
    assert issubclass(exceptions.APITimeoutError, exceptions.APIConnectionError)


def test_every_exported_name_exists() -> None:
    for module in (vclient, exceptions, models):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def test_sync_and_async_clients_offer_the_same_services_and_signatures() -> None:
    pairs = [
        (async_companies.CompaniesService, sync_companies.SyncCompaniesService),
        (async_developers.DeveloperService, sync_developers.SyncDeveloperService),
        (async_system.SystemService, sync_system.SyncSystemService),
        (vclient.VClient, vclient.SyncVClient),
    ]
    for async_cls, sync_cls in pairs:
        async_methods, sync_methods = public_methods(async_cls), public_methods(sync_cls)
        assert async_methods.keys() == sync_methods.keys()
        for name, signature in async_methods.items():
            assert list(signature.parameters) == list(sync_methods[name].parameters), name
    assert (
        inspect.signature(vclient.VClient).parameters.keys()
        == inspect.signature(vclient.SyncVClient).parameters.keys()
    )
