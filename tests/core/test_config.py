from __future__ import annotations

import pytest

from vclient import APIConfig
from vclient.exceptions import ConfigurationError


def test_repr_redacts_the_key() -> None:
    config = APIConfig(base_url="https://x.test/", api_key="super-secret")
    assert "super-secret" not in repr(config)
    assert "super-secret" not in str(config)
    assert config.base_url == "https://x.test"


def test_resolve_prefers_values_over_the_environment() -> None:
    environ = {
        "VALENTINA_CLIENT_BASE_URL": "https://env.test",
        "VALENTINA_CLIENT_API_KEY": "env",
        "VALENTINA_CLIENT_DEFAULT_COMPANY_ID": "c-env",
    }
    assert APIConfig().resolve(environ).base_url == "https://env.test"
    resolved = APIConfig(api_key="mine", default_company_id="c-mine").resolve(environ)
    assert (resolved.api_key, resolved.default_company_id) == ("mine", "c-mine")


@pytest.mark.parametrize("statuses", [{429}, {99}, {"500"}])
def test_retry_statuses_must_be_http_statuses_other_than_429(statuses: set[object]) -> None:
    with pytest.raises(ConfigurationError, match=r"retry_statuses|429"):
        APIConfig(retry_statuses=statuses)  # type: ignore[arg-type]
