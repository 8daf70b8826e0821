"""The live suite: the SDK's public API against a real Valentina Noir server (`nox -s live`).

`nox -s live` starts the server kit in ../shared/vserver and points the suite at it with
VCLIENT_LIVE_URL and VCLIENT_LIVE_KEYS (the kit's keys file). Set both yourself to run the same suite
against any other deployment. Everything a test creates, it deletes, and it creates it in a company made
for the run (see `live`), never in the deployment's own.
"""

from __future__ import annotations

import contextlib
import os
import struct
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from vclient import SyncVClient
from vclient.models import CompanyPermission, UserRole

from .wire import WIRE, drift

UNLIMITED = {"X-Testing-Ignore-Rate-Limit": "true"}
"""The kit's header for a request that neither takes a rate-limit token nor is refused one."""


@dataclass(frozen=True)
class Live:
    """The server under test: its URL, the keys file's keys and ids, and the run's company and its users."""

    url: str
    keys: dict[str, str]
    company_id: str
    admin_user: str
    """The company's ADMIN user, to act on behalf of."""
    storyteller: str
    player: str

    @property
    def burst(self) -> int:
        """The capacity of the rate-limit policy `nox -s live` turns on for the `ratelimited` tests."""
        return int(os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:5:1").split(":")[1])

    @property
    def refill(self) -> float:
        """Requests per second that policy refills."""
        return float(os.environ.get("VCLIENT_LIVE_RATE_LIMIT", "burst:5:1").split(":")[2])


def _read_keys(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {name.strip(): value.strip() for name, value in pairs}


@pytest.fixture(scope="session")
def live() -> Iterator[Live]:
    """The server, with a company of the run's own: a company like the kit's, deleted when the run ends.

    The server never removes a deleted row (it archives it), and listing or reading a company counts
    its campaigns, characters and users, archived ones included, in one join whose size is their
    product: a suite writing in the kit's company made `companies.list` take a minute after a dozen
    runs (docs/real-server.md). A deleted company's rows are left out of every count.
    """
    url, path = os.environ.get("VCLIENT_LIVE_URL"), os.environ.get("VCLIENT_LIVE_KEYS")
    if not url or not path:
        pytest.fail(
            "the live suite needs a server: run `nox -s live`, or set VCLIENT_LIVE_URL and "
            "VCLIENT_LIVE_KEYS (a keys file as ../shared/vserver writes it)",
            pytrace=False,
        )
    url, keys = url.rstrip("/"), _read_keys(Path(path))
    # Setting up takes no token of a rate limit a test may have switched on.
    with SyncVClient(url, keys["GLOBAL_ADMIN_KEY"], headers=UNLIMITED, set_as_default=False) as admin:
        made = admin.companies.create(name=unique("Live run "), email="live-run@example.com")
        company = made.company.id
        try:
            admin.companies.grant_access(company, keys["COMPANY_ADMIN_DEVELOPER_ID"], CompanyPermission.ADMIN)
            admin.companies.grant_access(company, keys["USER_DEVELOPER_ID"], CompanyPermission.USER)
            users = admin.users(made.admin_user.id, company_id=company)
            storyteller, player = (
                users.create(username=name, email=f"{name}@example.com", role=role).id
                for name, role in (
                    (unique("teller"), UserRole.STORYTELLER),
                    (unique("player"), UserRole.PLAYER),
                )
            )
            yield Live(url, keys, company, made.admin_user.id, storyteller, player)
        finally:
            admin.companies.delete(company)


@pytest.fixture(autouse=True)
def sleeps() -> list[float]:
    """Live tests wait for real: the server's rate limits are real (this replaces the unit suite's fake)."""
    return []


@pytest.fixture(autouse=True)
def no_drift() -> Iterator[None]:
    """Fail a test whose answers carried members that our models drop."""
    start = len(WIRE.exchanges)
    yield
    dropped = {f"{e.operation}: {', '.join(found)}" for e in WIRE.exchanges[start:] if (found := drift(e))}
    assert not dropped, "the server sent members our models drop:\n" + "\n".join(sorted(dropped))


def tiny_png(seed: int = 0) -> bytes:
    """A valid one-pixel PNG (the server checks uploads are images by their bytes); `seed` sets its colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = zlib.compress(bytes([0, seed % 256, 64, 128]))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixel) + chunk(b"IEND", b"")


def unique(prefix: str) -> str:
    """A name no earlier run used (the server keeps deleted rows, and their unique names, archived)."""
    return f"{prefix}{uuid.uuid4().hex[:10]}"


@contextlib.contextmanager
def fresh_key(live: Live) -> Iterator[tuple[str, str]]:
    """A new developer's key with ADMIN permission on the run's company, and a user to upload for."""
    with SyncVClient(
        live.url, live.keys["GLOBAL_ADMIN_KEY"], headers=UNLIMITED, set_as_default=False
    ) as admin:
        name = unique("vclient-pace-")
        developer = admin.global_admin.create_developer(username=name, email=f"{name}@example.com")
        users = admin.users(live.admin_user, company_id=live.company_id)
        user = users.create(username=name, email=f"{name}@example.com", role=UserRole.PLAYER)
        try:
            admin.companies.grant_access(live.company_id, developer.id, CompanyPermission.ADMIN)
            yield admin.global_admin.create_api_key(developer.id).api_key, user.id
        finally:
            users.delete(user.id)
            admin.global_admin.delete_developer(developer.id)
