"""Raw calls, sans-IO: which paths may be sent, and which operation a path reaches."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import httpx
from hypothesis import given
from hypothesis import strategies as st

from vclient._core._api import declared_endpoints
from vclient._core._raw import check_raw_path, operation_for
from vclient.exceptions import RequestValidationError

BASE = "https://api.test"
_PIECES = st.sampled_from(
    ["/", "..", ".", "%2e", "%2E", "\\", "//", "?", "#", "@", ":", "http:", "api", "v1", " ", "\n"]
)


@given(st.one_of(st.text(max_size=30), st.lists(_PIECES, max_size=8).map("".join)))
def test_any_path_stays_on_the_base_url_or_is_refused(path: str) -> None:
    try:
        checked = check_raw_path(path, BASE)
    except RequestValidationError:
        return
    url = httpx.URL(BASE + checked)
    assert (url.scheme, url.host, url.port) == ("https", "api.test", None)
    assert urlsplit(BASE + checked).path == checked
    segments = httpx.URL(BASE + checked).path.split("/")
    assert ".." not in segments and "." not in segments


def test_every_declared_route_is_named_by_its_operation() -> None:
    """A raw call to a wrapped route is paced and logged as that operation (its buckets are known)."""
    for operation, variants in declared_endpoints().items():
        endpoint = variants[0]
        path = endpoint.path
        for name in endpoint.path_params:
            path = path.replace("{" + name + "}", str(uuid.uuid4()))
        assert operation_for(endpoint.method, path) == operation, path


@given(st.lists(st.uuids(), min_size=1, max_size=3))
def test_an_unknown_route_is_named_with_its_ids_left_out(ids: list[uuid.UUID]) -> None:
    path = "/api/v1/things/" + "/parts/".join(map(str, ids)) + "/health"
    assert (
        operation_for("GET", path) == "GET /api/v1/things/" + "/parts/".join(["{id}"] * len(ids)) + "/health"
    )
