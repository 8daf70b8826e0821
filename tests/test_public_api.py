"""The public surface is pinned: a change here is a change users see."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import vclient
from vclient import exceptions, models
from vclient._async import _services as async_services
from vclient._sync import _services as sync_services

FACTORIES = [
    "books_service",
    "campaigns_service",
    "chapters_service",
    "character_autogen_service",
    "character_blueprint_service",
    "character_traits_service",
    "characters_service",
    "companies_service",
    "developer_service",
    "dicerolls_service",
    "dictionary_service",
    "global_admin_service",
    "options_service",
    "system_service",
    "user_lookup_service",
    "users_service",
]


def test_top_level_names() -> None:
    expected = [
        "UNSET",
        "APIConfig",
        "AsyncAttemptHook",
        "AttemptHook",
        "AttemptInfo",
        "ClientSettings",
        "Page",
        "ResponseInfo",
        "SyncVClient",
        "VClient",
        "__version__",
        "clear_default_client",
        "clear_sync_default_client",
        "default_client",
        "exceptions",
        "models",
        "sync_default_client",
        "to_pandas",
        "to_polars",
        "to_records",
        *FACTORIES,
        *[f"sync_{name}" for name in FACTORIES],
    ]
    assert sorted(vclient.__all__) == sorted(expected)


def test_testing_names() -> None:
    import vclient.testing

    assert sorted(vclient.testing.__all__) == [
        "COMPANY_ID",
        "Call",
        "DEFAULT_API_KEY",
        "FakeAPI",
        "FakeResponse",
        "FakeVClient",
        "OPERATIONS",
        "OperationId",
        "SyncFakeVClient",
        "World",
        "fake_transport",
    ]


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
            "MissingDependencyError",
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


def service_pairs() -> list[tuple[type, type]]:
    pairs: list[tuple[type, type]] = [(vclient.VClient, vclient.SyncVClient)]
    for info in pkgutil.iter_modules(async_services.__path__):
        async_module = importlib.import_module(f"{async_services.__name__}.{info.name}")
        sync_module = importlib.import_module(f"{sync_services.__name__}.{info.name}")
        for name, cls in vars(async_module).items():
            if isinstance(cls, type) and name.endswith("Service") and cls.__module__ == async_module.__name__:
                pairs.append((cls, getattr(sync_module, "Sync" + name if name != "Service" else name)))
    return pairs


def test_sync_and_async_clients_offer_the_same_services_and_signatures() -> None:
    pairs = service_pairs()
    assert len(pairs) > 10
    for async_cls, sync_cls in pairs:
        async_methods, sync_methods = public_methods(async_cls), public_methods(sync_cls)
        assert async_methods.keys() == sync_methods.keys(), async_cls
        for name, signature in async_methods.items():
            assert list(signature.parameters) == list(sync_methods[name].parameters), f"{async_cls}.{name}"
    client_params = inspect.signature(vclient.VClient).parameters
    assert client_params.keys() == inspect.signature(vclient.SyncVClient).parameters.keys()


def test_client_settings_name_every_keyword_setting_of_both_clients() -> None:
    import inspect

    from vclient import ClientSettings, SyncVClient, VClient

    for client in (VClient, SyncVClient):
        keywords = {
            name
            for name, parameter in inspect.signature(client.__init__).parameters.items()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        }
        assert keywords - {"config", "http_client"} == set(ClientSettings.__annotations__)


def test_every_public_model_and_enum_is_labelled_where_users_import_it() -> None:
    classes = [value for name in models.__all__ if isinstance(value := getattr(models, name), type)]
    assert len(classes) > 70
    assert [c.__qualname__ for c in classes if c.__module__ != "vclient.models"] == []
    assert [c.__qualname__ for c in classes if getattr(models, c.__qualname__) is not c] == []


def test_relabelled_models_still_decode_pickle_export_and_compare() -> None:
    import pickle

    import msgspec

    from tests import payloads

    raw = msgspec.json.encode(payloads.page([payloads.company(1), payloads.company(2)], total=2))
    page = msgspec.json.decode(raw, type=models.Page[models.Company])  # a generic, parameterised now
    company = page[0]
    assert "vclient.models" in pickle.dumps(company).decode("latin-1")
    for value in (page, company, models.UserRole.ADMIN):
        assert pickle.loads(pickle.dumps(value)) == value
    assert msgspec.json.decode(company.to_json(), type=models.Company) == company
    assert company.to_dict()["id"] == company.id
    assert company != page[1]


def test_the_reference_documents_every_public_name() -> None:
    from pathlib import Path

    pages = "".join(p.read_text() for p in (Path(__file__).parent.parent / "docs" / "reference").glob("*.md"))
    documented = set(re.findall(r"^::: vclient\.(\w+)", pages, re.MULTILINE))
    assert [name for name in vclient.__all__ if name not in documented] == []
