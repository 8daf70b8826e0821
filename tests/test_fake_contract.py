"""The fake answers every operation as the OpenAPI document says the server does.

One seeded fake is driven through all operations in turn (creates first, deletes last, children before
parents), each with a body made from the SDK's request type and ids found by listing what the fake holds.
Each answer must be a success status the document declares for the operation, validate against that
status's JSON schema, and decode into the SDK's response model.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import msgspec
import msgspec.inspect as mi
from jsonschema import Draft202012Validator

from vclient._core._api import declared_endpoints
from vclient._core._endpoint import BINARY, Endpoint, Upload
from vclient.testing import DEFAULT_API_KEY, FakeAPI, FakeResponse
from vclient.testing._fabricate import fabricate

from .test_contract import load_spec, spec_operations

PHASES = {"POST": 0, "GET": 2, "PUT": 3, "PATCH": 3, "DELETE": 4}  # actions POST in phase 1
# They remove what they are given: the last of a list, so that what later operations use stays.
TAKE_THE_LAST = {"deleteUser", "globalAdminDeleteDeveloper"}
CO = "/api/v1/companies/{company_id}"
# Where a path parameter or body field that names no listable collection of its own finds an id.
SOURCES = {
    "company_id": "/api/v1/companies",
    "campaign_id": f"{CO}/campaigns",
    "user_id": f"{CO}/users",
    "primary_user_id": f"{CO}/users",
    "character_id": f"{CO}/characters",
    "category_id": f"{CO}/characterblueprint/categories",
    "clan_id": f"{CO}/characterblueprint/vampire-clans",
    "quickroll_id": f"{CO}/users/{{user_id}}/quickrolls",
    "session_id": f"{CO}/characters/chargen/sessions",
    "developer_id": "/api/v1/admin/developers",
}


MULTIPART = (
    b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n'
    b"\x89PNG\r\n\x1a\n...\r\n--x--\r\n"
)


class Schema:
    """The document's JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12), with their formats checked."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.components = _any_of(spec["components"])

    def problems(self, value: Any, schema: dict[str, Any]) -> list[str]:
        rooted = {
            **_any_of(schema),
            "components": self.components,
        }  # so that "#/components/..." refers resolve
        validator = Draft202012Validator(rooted, format_checker=Draft202012Validator.FORMAT_CHECKER)
        return [
            f"{error.json_path}: {error.message}"
            for error in sorted(validator.iter_errors(value), key=lambda e: e.json_path)
        ]


def _any_of(schema: Any) -> Any:
    """The document with its `oneOf`s read as `anyOf`: it writes oneOf where its shapes overlap (an
    empty page of audit logs is one with request details and one without), which no answer could pass."""
    if isinstance(schema, dict):
        return {("anyOf" if key == "oneOf" else key): _any_of(value) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_any_of(item) for item in schema]
    return schema


class Driver:
    """Sends each operation to the fake with ids that exist, the way a client of the server would."""

    def __init__(self) -> None:
        self.fake = FakeAPI(seed=3)
        self.world = self.fake.world
        self.params = {"company_id": self.world.company_id, "user_id": self.world.admin_id}
        company = f"/api/v1/companies/{self.world.company_id}"
        grant = {"campaign_id": self.world.campaign_id, "amount": 100}  # chargen sessions cost XP
        self.post(f"{company}/users/{self.world.admin_id}/experience/xp/add", grant)
        for provider in ("google", "discord"):  # two identities, so that one can be unlinked
            self.post(
                f"{company}/users/{self.world.admin_id}/identities", {"provider": provider, "token": "t"}
            )
        # Users waiting for approval, one for each of approve, deny and merge (a provider login makes them).
        self.waiting = [
            json.loads(
                self.post(f"{company}/auth/identify", {"provider": "apple", "token": f"w{n}"}).content
            )["user"]["id"]
            for n in range(3)
        ]
        self.fixed = {
            ("approveUser", "user_id"): self.waiting[0],
            ("denyUser", "user_id"): self.waiting[1],
            ("mergeUsers", "secondary_user_id"): self.waiting[2],
            ("mergeUsers", "primary_user_id"): self.world.admin_id,
            ("unlinkUserIdentity", "user_id"): self.world.admin_id,
            ("globalAdminDeleteUser", "user_id"): self.waiting[0],
        }

    def post(self, path: str, body: dict[str, Any]) -> FakeResponse:
        return self.send("POST", path, {}, msgspec.json.encode(body), {"content-type": "application/json"})

    def send(
        self, method: str, path: str, query: dict[str, str], body: bytes, headers: dict[str, str]
    ) -> FakeResponse:
        headers = {"x-api-key": DEFAULT_API_KEY, "on-behalf-of": self.world.admin_id, **headers}
        return self.fake.handle(method, path, list(query.items()), headers, body)

    def first_id(self, template: str, params: dict[str, str], *, last: bool = False) -> str | None:
        path = re.sub(r"{(\w+)}", lambda m: params[m[1]], template)
        answer = json.loads(self.send("GET", path, {"limit": "100"}, b"", {}).content or b"null")
        items = answer.get("items") if isinstance(answer, dict) else answer
        return (items[-1] if last else items[0])["id"] if items else None

    def call(self, endpoint: Endpoint[Any]) -> FakeResponse:
        params: dict[str, str] = {}
        for name in endpoint.path_params:
            prefix = endpoint.path.split("{" + name + "}")[0].rstrip("/")
            last = endpoint.operation_id in TAKE_THE_LAST and name == endpoint.path_params[-1]
            found = self.fixed.get((endpoint.operation_id, name)) or self.first_id(prefix, params, last=last)
            if found is None and name == "session_id":  # finalizing took the first session
                start = re.sub(r"{(\w+)}", lambda m: params[m[1]], prefix.rsplit("/", 1)[0] + "/start")
                self.send("POST", start, {"campaign_id": self.world.campaign_id}, b"", {})
                found = self.first_id(prefix, params)
            if found is None and name in SOURCES:
                found = self.first_id(SOURCES[name], params)
            params[name] = found or {"provider": "discord"}.get(name, "missing")
        path = re.sub(r"{(\w+)}", lambda m: params[m[1]], endpoint.path)
        query = {"campaign_id": self.world.campaign_id} if "campaign_id" in endpoint.query else {}
        if "email" in endpoint.query:
            query["email"] = "sofia@example.com"
        if isinstance(endpoint.body, Upload):
            content = MULTIPART
            return self.send(
                endpoint.method, path, query, content, {"content-type": "multipart/form-data; boundary=x"}
            )
        body = self.body(endpoint, params) if endpoint.body is not None else None
        content = b"" if body is None else msgspec.json.encode(body)
        return self.send(endpoint.method, path, query, content, {"content-type": "application/json"})

    def body(self, endpoint: Endpoint[Any], params: dict[str, str]) -> Any:
        given: dict[str, Any] = {}
        kind = mi.type_info(endpoint.body)
        fields = kind.fields if isinstance(kind, mi.StructType) else ()
        for f in fields:
            name = f.encode_name
            if (endpoint.operation_id, name) in self.fixed:
                given[name] = self.fixed[(endpoint.operation_id, name)]
            elif name in SOURCES:
                given[name] = self.first_id(SOURCES[name], {**self.params, **params})
            elif name == "secondary_user_id":
                given[name] = self.first_id(SOURCES["user_id"], params, last=True)
            elif name == "trait_id":  # the last catalog trait: one the first character does not hold
                given[name] = self.first_id(f"{CO}/characterblueprint/traits", params, last=True)
            elif name == "selected_character_id":
                sessions = self.send(
                    "GET",
                    f"/api/v1/companies/{params['company_id']}/characters/chargen/sessions",
                    {},
                    b"",
                    {},
                )
                given[name] = json.loads(sessions.content)[0]["characters"][0]["id"]
            elif name == "email":
                given[name] = "someone@example.com"
            elif name == "definition":  # a dictionary term needs a definition or a link
                given[name] = "A word of the night"
        required = {f.encode_name: f.type for f in fields if f.required or f.encode_name in given}
        if not isinstance(kind, mi.StructType):
            return fabricate(kind, given, lambda: str(uuid.uuid4()))
        return {
            name: fabricate(t, given.get(name), lambda: str(uuid.uuid4())) for name, t in required.items()
        }


def test_every_answer_matches_the_document() -> None:
    spec = load_spec()
    documented = spec_operations(spec)
    schema = Schema(spec)
    driver = Driver()
    endpoints = [variants[0] for variants in declared_endpoints().values()]
    collections = {e.path for e in endpoints if e.method == "GET"}

    def phase(e: Endpoint[Any]) -> tuple[int, int]:
        creates = e.method == "POST" and (e.path in collections or e.path.endswith("/upload"))
        return (
            PHASES[e.method] + (e.method == "POST" and not creates),
            -e.path.count("/") * (e.method == "DELETE"),
        )

    endpoints.sort(key=phase)
    problems: dict[str, list[str]] = {}
    for endpoint in endpoints:
        answer = driver.call(endpoint)
        responses = documented[endpoint.operation_id][2]["responses"]
        success = 200 <= answer.status < 300 and str(answer.status) in responses
        if not success and not (answer.status == 204 and endpoint.response is None):
            problems[endpoint.operation_id] = [
                f"status {answer.status} ({answer.content[:200]!r}), documented {list(responses)}"
            ]
            continue
        if endpoint.response is None or endpoint.response is BINARY:
            continue
        body = json.loads(answer.content)
        content = responses[str(answer.status)].get("content", {}).get("application/json", {})
        found = schema.problems(body, content["schema"]) if "schema" in content else []
        try:
            msgspec.json.decode(answer.content, type=endpoint.response, strict=False)  # as the SDK does
        except msgspec.ValidationError as exc:
            found.append(f"does not decode into the SDK's model: {exc}")
        if found:
            problems[endpoint.operation_id] = found[:3]
    assert not problems, "\n".join(f"{operation}: {found}" for operation, found in problems.items())
    assert len(endpoints) == len(documented)


def test_the_validator_catches_what_it_should() -> None:
    spec = {
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id", "when"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "when": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
                        "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
                        "name": {"type": "string", "minLength": 3, "maxLength": 5, "pattern": "^[a-z]+$"},
                        "level": {"type": "integer", "minimum": 0, "maximum": 5},
                        "email": {"type": "string", "format": "email"},
                    },
                }
            }
        }
    }
    schema, ref = Schema(spec), {"$ref": "#/components/schemas/Thing"}
    good = {"id": str(uuid.UUID(int=1)), "when": None, "tags": ["a"], "name": "abc", "level": 5}
    assert schema.problems(good, ref) == []
    bad = {
        "id": "x",
        "when": "yesterday",
        "tags": ["c"],
        "name": "ABCDEFG",
        "level": 6,
        "email": "nobody",
    }
    assert [problem.split(":")[0] for problem in schema.problems({**good, **bad}, ref)] == [
        "$.email",
        "$.id",
        "$.level",
        "$.name",
        "$.name",
        "$.tags[0]",
        "$.when",
    ]
    assert schema.problems({"id": good["id"]}, ref) == ["$: 'when' is a required property"]
