"""The live suite: the SDK's public API against a real Valentina Noir server (`nox -s live`).

`nox -s live` starts the server kit in ../shared/vserver and points the suite at it with
VCLIENT_LIVE_URL and VCLIENT_LIVE_KEYS (the kit's keys file). Set both yourself to run the same suite
against any other deployment. Everything a test creates, it deletes.
"""

from __future__ import annotations

import os
import struct
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .wire import WIRE, drift


@dataclass(frozen=True)
class Live:
    """The server under test: its URL and the keys file's keys and ids."""

    url: str
    keys: dict[str, str]

    @property
    def company_id(self) -> str:
        return self.keys["COMPANY_1_ID"]

    @property
    def admin_user(self) -> str:
        """The company's ADMIN user, to act on behalf of."""
        return self.keys["COMPANY_1_ADMIN_USER_ID"]

    @property
    def storyteller(self) -> str:
        return self.keys["COMPANY_1_STORYTELLER_USER_ID"]

    @property
    def player(self) -> str:
        return self.keys["COMPANY_1_PLAYER_USER_ID"]

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
def live() -> Live:
    url, keys = os.environ.get("VCLIENT_LIVE_URL"), os.environ.get("VCLIENT_LIVE_KEYS")
    if not url or not keys:
        pytest.fail(
            "the live suite needs a server: run `nox -s live`, or set VCLIENT_LIVE_URL and "
            "VCLIENT_LIVE_KEYS (a keys file as ../shared/vserver writes it)",
            pytrace=False,
        )
    return Live(url.rstrip("/"), _read_keys(Path(keys)))


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
