# Generated from tests/_async/test_users_and_admin.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""Scoping, uploads, downloads and the errors users meet with the users, dice and admin services."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest

from vclient import SyncVClient
from vclient.exceptions import (
    AuthorizationError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    RequestValidationError,
    ValidationError,
)
from vclient.models import DiceSize, UserInclude, UserRole

from .. import payloads as p
from ..mockapi import MockAPI, problem

CO = f"/api/v1/companies/{p.COMPANY_ID}"
USER = f"{CO}/users/{p.USER_ID}"
ACTOR = "0192f3c4-5b6a-7d8e-9f01-00000000beef"


def test_the_acting_user_is_sent_on_every_call_of_a_scoped_service(
    company_client: SyncVClient, api: MockAPI
) -> None:
    api.json("GET", USER + "/notes", p.page([p.note()]))
    api.json("POST", f"{CO}/dicerolls", p.diceroll(), status=201)
    company_client.users(ACTOR).notes(p.USER_ID).list_all()
    company_client.dicerolls(ACTOR).create(dice_size=DiceSize.D10, num_dice=2)
    assert [r.headers["on-behalf-of"] for r in api.requests] == [ACTOR, ACTOR]


def test_an_operation_that_needs_an_acting_user_fails_before_sending_without_one(
    company_client: SyncVClient, api: MockAPI
) -> None:
    with pytest.raises(RequestValidationError, match="on_behalf_of"):
        company_client.users().create(username="xavier", email="x@example.com", role=UserRole.PLAYER)
    with pytest.raises(RequestValidationError, match="on_behalf_of"):
        company_client.characters().create(
            campaign_id=ACTOR, character_class="VAMPIRE", game_version="V5", name_first="Al", name_last="Bo"
        )
    assert api.requests == []
    with pytest.raises(RequestValidationError, match="on_behalf_of"):
        company_client.users("")


def test_the_company_comes_from_the_argument_else_the_default(client: SyncVClient, api: MockAPI) -> None:
    with pytest.raises(ConfigurationError, match=r"company_id=.*VALENTINA_CLIENT_DEFAULT_COMPANY_ID"):
        client.users()
    api.json("GET", "/api/v1/companies/other/users", p.page([]))
    client.users(company_id="other").list_all()
    assert api.last.url.path == "/api/v1/companies/other/users"


def test_includes_are_sent_as_repeated_keys(company_client: SyncVClient, api: MockAPI) -> None:
    api.json("GET", USER, p.user())
    detail = company_client.users().get(p.USER_ID, include=[UserInclude.NOTES, UserInclude.ASSETS])
    assert api.last.url.params.get_list("include") == ["notes", "assets"]
    assert detail.notes == []


def multipart_file(request: httpx.Request) -> tuple[str, str, bytes]:
    """(field name and filename header line, content type line, file bytes) of a one-file multipart body."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    part = request.content.split(b"--" + boundary)[1]
    head, _, rest = part.partition(b"\r\n\r\n")
    lines = head.decode().strip().splitlines()
    return lines[0], lines[1], rest[: -len(b"\r\n")]


@pytest.mark.parametrize("form", ["bytes", "path", "file object"])
def test_an_upload_takes_bytes_a_path_or_a_binary_file(
    form: str, company_client: SyncVClient, api: MockAPI, tmp_path: Path
) -> None:
    image = b"\x89PNG\r\n\x1a\n-pixels-"
    picture = tmp_path / "portrait.png"
    picture.write_bytes(image)
    api.json("POST", USER + "/assets/upload", p.asset(), status=201)
    assets = company_client.users(ACTOR).assets(p.USER_ID)

    with picture.open("rb") as opened:
        source = {"bytes": image, "path": picture, "file object": opened}[form]
        asset = assets.upload(source, filename="portrait.png" if form == "bytes" else None)  # type: ignore[arg-type]

    disposition, content_type, content = multipart_file(api.last)
    assert disposition == 'Content-Disposition: form-data; name="file"; filename="portrait.png"'
    assert content_type == "Content-Type: image/png"
    assert content == image
    assert "idempotency-key" in api.last.headers
    assert asset.public_url.startswith("https://")


def test_an_upload_is_retried_with_the_same_body_and_key(
    company_client: SyncVClient, api: MockAPI, sleeps: list[float]
) -> None:
    api.route("PUT", USER + "/avatar", problem(503, "Service Unavailable", "busy"),
              httpx.Response(200, json=p.user(avatar_url="https://cdn.example.com/a.webp")))  # fmt: skip
    company_client.users(ACTOR).upload_avatar(p.USER_ID, b"GIF89a...", filename="a.gif")
    first, second = api.requests
    assert first.content == second.content
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("source", "filename", "message"),
    [
        (b"data", None, "filename="),
        ("/no/such/file.png", None, "cannot read"),
        (io.StringIO("text"), "a.png", "binary mode"),
        (12345, None, "cannot upload"),
        (b"data", 'bad"name.png', "filename"),
    ],
)
def test_an_upload_that_cannot_be_read_is_refused_before_sending(
    source: object, filename: str | None, message: str, company_client: SyncVClient, api: MockAPI
) -> None:
    with pytest.raises(RequestValidationError, match=message):
        company_client.users(ACTOR).assets(p.USER_ID).upload(source, filename=filename)  # type: ignore[arg-type]
    assert api.requests == []


def test_the_log_archive_streams_to_a_file(client: SyncVClient, api: MockAPI, tmp_path: Path) -> None:
    chunks = [b"PK\x03\x04", b"x" * 70_000, b"end"]
    disposition = {"content-disposition": 'attachment; filename="vapi-logs.zip"'}
    archive = httpx.Response(200, stream=httpx.ByteStream(b"".join(chunks)), headers=disposition)
    api.route("GET", "/api/v1/admin/logs/download", archive)
    target = tmp_path / "logs.zip"

    written = client.global_admin.download_logs(target)

    assert written == target
    assert target.read_bytes() == b"".join(chunks)


def test_a_download_refused_by_the_server_raises_and_writes_nothing(
    client: SyncVClient, api: MockAPI, tmp_path: Path
) -> None:
    api.route("GET", "/api/v1/admin/logs/download", problem(409, "Conflict", "File logging is not enabled"))
    with pytest.raises(ConflictError, match="File logging"):
        client.global_admin.download_logs(tmp_path / "logs.zip")
    assert not (tmp_path / "logs.zip").exists()


def test_a_non_admin_key_gets_authorization_error(client: SyncVClient, api: MockAPI) -> None:
    api.route("GET", "/api/v1/admin/users", problem(403, "Forbidden", "No rights to access this resource"))
    with pytest.raises(AuthorizationError) as caught:
        client.global_admin.list_all_users()
    assert caught.value.detail == "No rights to access this resource"


def test_an_unknown_user_is_not_found(company_client: SyncVClient, api: MockAPI) -> None:
    api.route("GET", USER, problem(404, "Not Found", "User not found", request_id="req_404"))
    with pytest.raises(NotFoundError) as caught:
        company_client.users().get(p.USER_ID)
    assert caught.value.request_id == "req_404"


def test_invalid_fields_come_back_as_validation_error(company_client: SyncVClient, api: MockAPI) -> None:
    api.route("POST", f"{CO}/users", problem(400, "Bad Request", "Validation failed for one or more fields.",
              invalid_parameters=[{"field": "email", "message": "Email already in use"}]))  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        company_client.users(ACTOR).create(
            username="xavier", email="x@example.com", role=UserRole.PLAYER
        )
    assert [(e.field, e.message) for e in caught.value.invalid_parameters] == [
        ("email", "Email already in use")
    ]


def test_a_reused_idempotency_key_with_another_body_is_a_conflict(
    company_client: SyncVClient, api: MockAPI
) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["amount"] != 5:
            return problem(
                409, "Conflict", "Idempotency key 'xp-1' was previously used with a different body."
            )
        return httpx.Response(201, json=p.experience(xp_current=17))

    api.route("POST", USER + "/experience/xp/add", server)
    users = company_client.users(ACTOR)
    users.add_xp(p.USER_ID, p.CAMPAIGN_ID, 5, idempotency_key="xp-1")
    with pytest.raises(ConflictError, match="previously used"):
        users.add_xp(p.USER_ID, p.CAMPAIGN_ID, 6, idempotency_key="xp-1")
    assert [r.headers["idempotency-key"] for r in api.requests] == ["xp-1", "xp-1"]


def test_limits_outside_the_servers_range_are_refused(company_client: SyncVClient, client: SyncVClient) -> None:
    with pytest.raises(RequestValidationError, match="1 to 500"):
        client.global_admin.tail_logs(limit=501)
    with pytest.raises(RequestValidationError, match="0 to 1000"):
        company_client.dictionary().get_page(limit=1001)
    with pytest.raises(RequestValidationError, match="0 to 100"):
        company_client.users().get_page(limit=101)
    with pytest.raises(RequestValidationError, match="email"):
        client.user_lookup.by_email("")
