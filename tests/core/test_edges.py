"""What enters at the SDK's edges, generated: path parameters, header values and settings.

For every operation and any text, a path parameter either is refused before sending or reaches
exactly the operation and the resource it names, as the server (which decodes the path before routing)
and httpx (which normalises it) see it. Header values and settings are either refused with our own
error, without echoing a key, or go out exactly as given.
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vclient import APIConfig
from vclient._core._api import declared_endpoints, operation_for
from vclient._core._checks import header_value_problem
from vclient._core._endpoint import Endpoint
from vclient.exceptions import ConfigurationError, RequestValidationError

WITH_PATHS = sorted(
    (variants[0] for variants in declared_endpoints().values() if variants[0].path_params),
    key=lambda e: e.operation_id,
)
UUID = "0192f3c4-5b6a-7d8e-9f01-000000000001"
# Text as an attacker or an unlucky user might give it: dots, slashes, separators, encodings, controls.
HOSTILE = st.one_of(
    st.text(),
    st.sampled_from(
        ["", ".", "..", "%2e%2e", "%2E.", ".%2e", "%2f", "a/b", "a\\b", "?x=1", "#top", ";p", "unapproved"]
    ),
    st.lists(
        st.sampled_from([".", "..", "/", "%", "2e", "2f", "?", "#", "\n", "\x00", " ", "a"]), max_size=6
    ).map("".join),
)


def routed(endpoint: Endpoint[Any], params: dict[str, str]) -> tuple[str, dict[str, str]] | None:
    """Where the request goes: the path as httpx sends it, decoded as the server routes it."""
    request = endpoint.prepare(params, headers={"On-Behalf-Of": UUID})
    url = httpx.URL("https://api.test" + request.path)
    found = operation_for(endpoint.method, unquote(url.raw_path.decode()))
    return None if found is None else (found[0].operation_id, found[1])


@pytest.mark.parametrize("endpoint", WITH_PATHS, ids=lambda e: e.operation_id)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(value=HOSTILE)
def test_a_path_parameter_reaches_exactly_its_own_route(endpoint: Endpoint[Any], value: str) -> None:
    name = endpoint.path_params[-1]
    params = dict.fromkeys(endpoint.path_params, UUID) | {name: value}
    if name == "provider":
        params[name] = value or "discord"
    try:
        where = routed(endpoint, params)
    except RequestValidationError as error:
        assert name in str(error)
        return
    assert where == (endpoint.operation_id, params)


@given(value=st.text(max_size=40))
def test_an_idempotency_key_is_sent_as_given_or_refused(value: str) -> None:
    from vclient._core._api._companies import UPDATE_COMPANY, CompanyPatch

    try:
        request = UPDATE_COMPANY.prepare({"company_id": UUID}, body=CompanyPatch(), idempotency_key=value)
    except RequestValidationError as error:
        assert str(error).startswith("idempotency_key ")
        return
    assert request.headers["Idempotency-Key"] == value
    assert httpx.Headers(request.headers)["idempotency-key"] == value  # httpx takes it as it is


@given(key=st.text(min_size=1, max_size=40))
def test_a_key_is_usable_or_refused_at_construction_without_being_shown(key: str) -> None:
    try:
        config = APIConfig(base_url="https://api.test", api_key=key)
    except ConfigurationError as error:
        # The message is the problem's description, which names no value.
        assert str(error) == f"api_key {header_value_problem(key)} (the key is not shown)"
        return
    assert config.api_key == key
    assert httpx.Headers({"X-API-KEY": key})["x-api-key"] == key
    assert repr(config) == repr(config.replace(api_key="another-key"))


@pytest.mark.parametrize(
    "url",
    [
        "http://",
        "https://api.test:99999",
        "https://api.test:0",
        "https://api.test:port",
        "https://[::1",
        "ftp://api.test",
        "https://api.test/?q=1",
        "https://api.test/#top",
        "https://api test",
        "https://api.test/\n",
        "api.test",
    ],
)
def test_malformed_urls_are_configuration_errors(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        APIConfig(base_url=url, api_key="k")


def test_credentials_in_the_url_are_refused_without_being_shown() -> None:
    with pytest.raises(ConfigurationError, match="credentials") as caught:
        APIConfig(base_url="https://user:hunter2@api.test", api_key="k")
    assert "hunter2" not in str(caught.value)
    with pytest.raises(ConfigurationError) as caught:
        APIConfig(base_url="ftp://user:hunter2@api.test", api_key="k")
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize("name", ["timeout", "retry_delay", "max_retry_delay", "retry_budget"])
@given(value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text(max_size=3)))
def test_seconds_are_finite_and_not_negative_or_refused(name: str, value: object) -> None:
    try:
        config = APIConfig(**{name: value})  # type: ignore[arg-type]
    except ConfigurationError:
        return
    seconds = getattr(config, name)
    assert isinstance(seconds, int | float)
    assert math.isfinite(seconds)
    assert seconds >= 0
    assert name != "timeout" or seconds > 0


@given(
    headers=st.dictionaries(st.text(max_size=12), st.text(max_size=20), max_size=3),
)
def test_extra_headers_go_out_as_given_or_are_refused(headers: dict[str, str]) -> None:
    try:
        config = APIConfig(headers=headers)
    except ConfigurationError as error:
        assert "headers" in str(error)
        return
    sent = httpx.Headers(config.headers)
    assert {name.lower(): value for name, value in headers.items()} == dict(sent.items())
