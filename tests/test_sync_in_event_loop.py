"""The sync client must work where an event loop is already running: a notebook cell, an async handler."""

from __future__ import annotations

import httpx

from vclient import SyncVClient

from . import payloads
from .mockapi import MockAPI


async def test_sync_client_works_inside_a_running_event_loop(api: MockAPI, sleeps: list[float]) -> None:
    api.route("GET", "/api/v1/health", httpx.Response(503), httpx.Response(200, json=payloads.health()))
    client = SyncVClient(
        "https://api.test", "k", http_client=httpx.Client(transport=api.transport), set_as_default=False
    )
    with client:
        health = client.system.health()  # a retry included: no loop is started or nested
    assert health.database_status == "online"
    assert len(sleeps) == 1
