"""The fake answers any request like a server does: with a status, never with a Python exception.

Generated requests go to every route with hostile paths, queries, headers and bodies (deeply nested
JSON, garbage multipart, wrong types); a user's test that sends something odd gets a 4xx to assert on.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vclient._core._api import declared_endpoints
from vclient.testing import DEFAULT_API_KEY, FakeAPI

TEMPLATES = sorted({(v[0].method, v[0].path) for v in declared_endpoints().values()})
FAKE = FakeAPI(seed=1)
WORLD = FAKE.world
KNOWN = [WORLD.company_id, WORLD.campaign_id, WORLD.admin_id, WORLD.character_ids[0]]

segments = st.one_of(
    st.sampled_from(KNOWN), st.text(max_size=8), st.sampled_from(["..", ".", "%2e", "", "discord"])
)
json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=10,
)
bodies = st.one_of(
    st.binary(max_size=64),
    json_values.map(lambda v: __import__("json").dumps(v).encode()),
    st.integers(min_value=1000, max_value=100_000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.just(b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nPNG'),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    route=st.sampled_from(TEMPLATES),
    fill=st.lists(segments, min_size=6, max_size=6),
    query=st.lists(
        st.tuples(st.sampled_from(["limit", "offset", "include", "campaign_id", "x"]), st.text(max_size=6)),
        max_size=3,
    ),
    content_type=st.sampled_from(["application/json", "multipart/form-data; boundary=x", "text/plain", ""]),
    acting=st.one_of(st.none(), st.sampled_from([WORLD.admin_id, "nobody", ""])),
    body=bodies,
)
def test_any_request_gets_an_answer(
    route: tuple[str, str],
    fill: list[str],
    query: list[tuple[str, str]],
    content_type: str,
    acting: str | None,
    body: bytes,
) -> None:
    method, template = route
    values = iter(fill)
    path = re.sub(r"{(\w+)}", lambda _: next(values), template)
    headers = {"x-api-key": DEFAULT_API_KEY, "content-type": content_type}
    if acting is not None:
        headers["on-behalf-of"] = acting
    answer = FAKE.handle(method, path, query, headers, body)
    assert 200 <= answer.status < 500
