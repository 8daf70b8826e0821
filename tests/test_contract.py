"""The SDK's declarations against the server's OpenAPI document, operation by operation.

For each operation: method and path, path and query parameters, the On-Behalf-Of header, the request
body's fields (names, required or not, types) and the response model's fields (names, nullability,
types), recursively. Any field renamed, added or removed on either side fails.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect as mi
import pytest

from vclient._core._api import declared_endpoints
from vclient._core._api._fields import UUID_PATTERN
from vclient._core._endpoint import BINARY, Endpoint, Upload

SPEC_PATH = Path(__file__).resolve().parents[2] / "shared" / "reference" / "openapi.json"


# Where the SDK departs from the document on purpose, and why.
DELIBERATE = {
    ("createCompany", "request", "email"): "required: the server rejects a company without an email",
    ("globalAdminCreateDeveloperApiKey", "response", "is_global_admin"): (
        'a bool: the server sends "True" or "False", which the lax decoder reads as a bool'
    ),
}


def load_spec() -> dict[str, Any]:
    if not SPEC_PATH.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the OpenAPI document is missing at {SPEC_PATH}")
        pytest.skip("the OpenAPI document (../shared/reference/openapi.json) is not beside this checkout")
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return spec


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method.upper(), path, op)
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
        if isinstance(op, dict) and "operationId" in op
    }


class Checker:
    def enum_values(self, schema: dict[str, Any]) -> list[str] | None:
        """The values a parameter's schema enumerates (through refs, unions and arrays), or None."""
        schema = self.resolve(schema)
        if "enum" in schema:
            return sorted(str(value) for value in schema["enum"])
        if schema.get("type") == "array":
            return self.enum_values(schema["items"])
        for option in schema.get("anyOf", []) + schema.get("oneOf", []):
            if (found := self.enum_values(option)) is not None:
                return found
        return None

    def __init__(self, spec: dict[str, Any], operation_id: str) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.operation_id = operation_id
        self.problems: list[str] = []
        self.seen: set[tuple[int, type]] = set()
        self.request = False  # which side is being checked: the SDK checks what it sends

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def matches(self, schema: dict[str, Any], sdk: mi.Type, where: str) -> bool:
        before = len(self.problems)
        self.check(schema, sdk, where)
        if len(self.problems) > before:
            del self.problems[before:]
            return False
        return True

    def check(self, schema: dict[str, Any], sdk: mi.Type, where: str) -> None:
        schema = self.resolve(schema)
        if isinstance(sdk, mi.AnyType) or not schema:
            return
        options = schema.get("oneOf") or schema.get("anyOf")
        if options is None and isinstance(schema.get("type"), list):
            options = [{**schema, "type": t} for t in schema["type"]]
        members = list(sdk.types) if isinstance(sdk, mi.UnionType) else [sdk]
        values = [m for m in members if not isinstance(m, mi.NoneType)]
        if options is not None:
            options = [self.resolve(o) for o in options]
            if any(o.get("type") == "null" for o in options) and not any(
                isinstance(m, mi.NoneType) for m in members
            ):
                self.fail(where, "nullable in the spec but not in the SDK")
            for option in (o for o in options if o.get("type") != "null"):
                if not any(self.matches(option, m, where) for m in values):
                    self.fail(where, f"no SDK type matches {json.dumps(option)[:120]}")
            return
        if len(values) != 1:
            if not any(self.matches(schema, m, where) for m in values):
                self.fail(where, f"no SDK type matches {json.dumps(schema)[:120]}")
            return
        self.check_single(schema, values[0], where)

    def check_single(self, schema: dict[str, Any], sdk: mi.Type, where: str) -> None:
        kind = schema.get("type")
        if "enum" in schema:
            if isinstance(sdk, mi.EnumType):
                sdk_values = {member.value for member in sdk.cls}
                if sdk_values != set(schema["enum"]):
                    self.fail(where, f"enum values {sorted(map(str, sdk_values))} != {schema['enum']}")
            elif not isinstance(sdk, mi.StrType | mi.IntType):
                self.fail(where, f"enum declared as {type(sdk).__name__}")
        elif kind == "string":
            accepted: tuple[type, ...] = (mi.StrType, mi.DateTimeType, mi.DateType, mi.UUIDType, mi.EnumType)
            if schema.get("format") == "date-time":
                accepted = (mi.DateTimeType,)
            if not isinstance(sdk, accepted):
                self.fail(
                    where,
                    f"string{'/' + schema['format'] if 'format' in schema else ''} "
                    f"declared as {type(sdk).__name__}",
                )
            elif (
                self.request
                and isinstance(sdk, mi.StrType)
                and (schema.get("format") == "uuid") != (sdk.pattern == UUID_PATTERN)
            ):
                # What the spec says of an id the SDK sends, the SDK checks before sending (`Id`).
                self.fail(where, f"format {schema.get('format')!r} but the SDK checks {sdk.pattern!r}")
        elif kind == "integer":
            if not isinstance(sdk, mi.IntType | mi.EnumType):
                self.fail(where, f"integer declared as {type(sdk).__name__}")
        elif kind == "number":
            if not isinstance(sdk, mi.FloatType):
                self.fail(where, f"number declared as {type(sdk).__name__}")
        elif kind == "boolean":
            if not isinstance(sdk, mi.BoolType):
                self.fail(where, f"boolean declared as {type(sdk).__name__}")
        elif kind == "array":
            if isinstance(sdk, mi.ListType):
                self.check(schema.get("items", {}), sdk.item_type, where + "[]")
            else:
                self.fail(where, f"array declared as {type(sdk).__name__}")
        elif kind == "object" or "properties" in schema:
            if schema.get("properties"):
                if isinstance(sdk, mi.StructType):
                    self.check_struct(schema, sdk, where, request=self.request)
                else:
                    self.fail(where, f"object with fields declared as {type(sdk).__name__}")
            elif isinstance(sdk, mi.DictType):
                extra = schema.get("additionalProperties")
                if isinstance(extra, dict):
                    self.check(extra, sdk.value_type, where + "{}")
            elif isinstance(sdk, mi.StructType) and isinstance(schema.get("additionalProperties"), dict):
                # A loosely declared object that the SDK models precisely: each field must fit the values.
                value = self.resolve(schema["additionalProperties"])
                options = value.get("oneOf") or [value]
                for field in sdk.fields:
                    field_where = f"{where}.{field.encode_name}"
                    if (self.operation_id, "response", field.encode_name) in DELIBERATE:
                        continue
                    types = field.type.types if isinstance(field.type, mi.UnionType) else (field.type,)
                    for member in (t for t in types if not isinstance(t, mi.NoneType)):
                        if not any(self.matches(option, member, field_where) for option in options):
                            self.fail(
                                field_where, f"{type(member).__name__} fits none of the declared values"
                            )
            elif not isinstance(sdk, mi.StructType):
                self.fail(where, f"object declared as {type(sdk).__name__}")

    def check_struct(self, schema: dict[str, Any], sdk: mi.StructType, where: str, *, request: bool) -> None:
        key = (id(schema), sdk.cls)
        if key in self.seen:
            return
        self.seen.add(key)
        outer, self.request = self.request, request
        fields = {field.encode_name: field for field in sdk.fields}
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        side = "request" if request else "response"
        for name in sorted(properties.keys() - fields.keys()):
            self.fail(f"{where}.{name}", f"in the spec, missing from {sdk.cls.__name__}")
        for name in sorted(fields.keys() - properties.keys()):
            self.fail(f"{where}.{name}", f"in {sdk.cls.__name__}, not in the spec")
        for name in sorted(fields.keys() & properties.keys()):
            field = fields[name]
            if (self.operation_id, side, name) in DELIBERATE:
                continue
            if request and (name in required) != field.required:
                self.fail(
                    f"{where}.{name}",
                    f"required in the spec: {name in required}, in the SDK: {field.required}",
                )
            if not request and name not in required and field.required:
                self.fail(f"{where}.{name}", "optional in the spec but required by the SDK model")
            self.check(properties[name], field.type, f"{where}.{name}")
        self.request = outer


def check_operation(spec: dict[str, Any], variants: list[Endpoint[Any]]) -> list[str]:
    endpoint = variants[0]
    method, path, operation = spec_operations(spec)[endpoint.operation_id]
    checker = Checker(spec, endpoint.operation_id)
    if (endpoint.method, endpoint.path) != (method, path):
        checker.fail("route", f"SDK {endpoint.method} {endpoint.path} != spec {method} {path}")
    parameters = operation.get("parameters", [])
    by_place = {place: {p["name"] for p in parameters if p["in"] == place} for place in ("path", "query")}
    # The template is the authority: some operations of the document omit path parameters from their list.
    in_template = set(re.findall(r"{(\w+)}", path))
    if set(endpoint.path_params) != in_template or not by_place["path"] <= in_template:
        checker.fail("path parameters", f"{sorted(endpoint.path_params)} != {sorted(in_template)}")
    if set(endpoint.query) != by_place["query"]:
        checker.fail("query parameters", f"{sorted(endpoint.query)} != {sorted(by_place['query'])}")
    for parameter in parameters:
        if parameter["in"] in ("query", "path"):
            allowed = checker.enum_values(parameter["schema"])
            chosen = endpoint.choices.get(parameter["name"])
            sdk = sorted(str(m.value) for m in chosen) if chosen else None
            if sdk != allowed:
                checker.fail(f"query {parameter['name']}", f"SDK accepts {sdk}, spec {allowed}")
    acting = any(
        p["in"] == "header" and p["name"] == "On-Behalf-Of" and p.get("required") for p in parameters
    )
    if endpoint.acting_user != acting:
        checker.fail("On-Behalf-Of", f"SDK requires it: {endpoint.acting_user}, spec: {acting}")

    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = checker.resolve(content["application/json"]["schema"])
        declared = mi.type_info(endpoint.body) if endpoint.body is not None else None
        if body.get("type") == "array" and isinstance(declared, mi.ListType):
            body, declared, where = checker.resolve(body["items"]), declared.item_type, "body[]"
        else:
            where = "body"
        if isinstance(declared, mi.StructType):
            checker.check_struct(body, declared, where, request=True)
        else:
            checker.fail("body", "the spec takes a JSON body; the SDK declares none")
    elif "multipart/form-data" in content:
        fields = list(content["multipart/form-data"]["schema"].get("properties", {}))
        if not isinstance(endpoint.body, Upload) or [endpoint.body.field] != fields:
            checker.fail("body", f"multipart field(s) {fields}, SDK declares {endpoint.body!r}")
    elif endpoint.body is not None:
        checker.fail("body", "the SDK declares a body the spec does not take")

    status, response = next((s, r) for s, r in operation["responses"].items() if s.startswith("2"))
    response_content = response.get("content", {})
    if "application/json" in response_content:
        schema = response_content["application/json"]["schema"]
        shapes = [checker.resolve(s) for s in schema.get("oneOf", [])]
        if endpoint.response is None or endpoint.response is BINARY:
            checker.fail("response", f"{status} has a JSON body; the SDK declares {endpoint.response!r}")
        elif len(shapes) > 1 and all(s.get("type") == "object" for s in shapes):
            # Alternative shapes chosen by a query option: the SDK's variants must cover them one to one.
            types = [mi.type_info(v.response) for v in variants]
            for index, shape in enumerate(shapes):
                if not any(checker.matches(shape, t, f"response[{index}]") for t in types):
                    checker.fail(f"response[{index}]", "no SDK variant decodes this shape")
        else:
            checker.check(schema, mi.type_info(endpoint.response), "response")
    elif response_content:
        if endpoint.response is not BINARY:
            checker.fail("response", f"{status} returns a file; the SDK declares {endpoint.response!r}")
    elif endpoint.response is not None:
        checker.fail("response", f"{status} has no body; the SDK declares {endpoint.response!r}")
    return checker.problems


DECLARED = declared_endpoints()


@pytest.mark.parametrize("operation_id", sorted(DECLARED))
def test_declared_operation_agrees_with_the_spec(operation_id: str) -> None:
    spec = load_spec()
    assert operation_id in spec_operations(spec), f"{operation_id} is not an operation of the spec"
    assert check_operation(spec, DECLARED[operation_id]) == []


def test_every_operation_of_the_spec_is_declared() -> None:
    spec = load_spec()
    assert sorted(spec_operations(spec).keys() - DECLARED.keys()) == []


def test_the_checker_notices_a_renamed_added_or_removed_field() -> None:
    spec = load_spec()
    endpoint = DECLARED["getCompany"]
    response = endpoint[0].response

    class Renamed(msgspec.Struct):
        ident: str

    for bad in (Renamed, dict[str, int]):
        assert check_operation(spec, [endpoint[0].returning(bad)]) != []
    schema = spec["components"]["schemas"]["CompanyResponse"]
    trimmed = {**schema, "properties": {k: v for k, v in schema["properties"].items() if k != "email"}}
    checker = Checker(spec, "getCompany")
    checker.check(trimmed, mi.type_info(response), "response")
    assert checker.problems == ["response.email: in Company, not in the spec"]
