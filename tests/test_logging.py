from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from vclient import SyncVClient

from . import payloads
from .mockapi import MockAPI


@pytest.fixture
def vclient_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("vclient")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def make(api: MockAPI) -> SyncVClient:
    return SyncVClient(
        "https://api.test",
        "sk-secret-key",
        http_client=httpx.Client(transport=api.transport),
        set_as_default=False,
    )


def test_the_environment_variable_turns_on_one_line_per_request(
    api: MockAPI,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vclient_logger: logging.Logger,
) -> None:
    monkeypatch.setenv("VALENTINA_CLIENT_LOG", "info")
    api.route(
        "GET",
        "/api/v1/health",
        httpx.Response(502),
        httpx.Response(200, json=payloads.health(), headers={"x-request-id": "req_x"}),
    )
    client = make(api)
    make(api)  # a second client does not add a second handler
    client.system.health()

    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2
    assert "GET /api/v1/health -> 502 in " in lines[0]
    assert "retry=0; retrying in" in lines[0]
    assert "GET /api/v1/health -> 200 in " in lines[1]
    assert "request_id=req_x retry=1" in lines[1]
    assert all("sk-secret-key" not in line for line in lines)


def test_without_the_variable_the_library_installs_no_handler(
    api: MockAPI, vclient_logger: logging.Logger
) -> None:
    make(api)
    assert vclient_logger.handlers == []
