"""The few blocking-or-awaitable primitives the clients need, in both flavours.

`_async` code imports the `async_*` names; the sync generation renames them to the `sync_*` ones,
so that no module name has to be rewritten.
"""

from __future__ import annotations

import time
import urllib.request
from os import PathLike
from pathlib import Path
from typing import IO, Any

import anyio

from ._core._checks import check_hooks

__all__ = [
    "Deadline",
    "async_create_file",
    "async_hooks",
    "async_read_file",
    "async_sleep",
    "clock",
    "proxied",
    "sync_create_file",
    "sync_hooks",
    "sync_read_file",
    "sync_sleep",
]


clock = time.monotonic
"""The clock retries, deadlines and pacing go by (tests move it with the waits they skip)."""


def proxied(url: str) -> bool:
    """Whether the environment sends `url` through a proxy (HTTPS_PROXY, ALL_PROXY, ...).

    Read the way httpx reads it for a client it makes, leaving out NO_PROXY: an exempt URL is
    merely sent the slower way."""
    proxies = urllib.request.getproxies()
    return bool(proxies.get(url.partition(":")[0].lower()) or proxies.get("all"))


async def async_sleep(seconds: float) -> None:
    await anyio.sleep(seconds)


def sync_sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_read_file(path: str | PathLike[str]) -> bytes:
    return await anyio.Path(path).read_bytes()


def sync_read_file(path: str | PathLike[str]) -> bytes:
    return Path(path).read_bytes()


async def async_create_file(path: str | PathLike[str]) -> anyio.AsyncFile[bytes]:
    """A new (or emptied) file for writing bytes; the caller closes it with `async with`."""
    return await anyio.open_file(path, "wb")


def sync_create_file(path: str | PathLike[str]) -> IO[bytes]:
    """A new (or emptied) file for writing bytes; the caller closes it with `with`."""
    return open(path, "wb")


def async_hooks(given: object) -> tuple[Any, ...]:
    return check_hooks(given, want_async=True)


def sync_hooks(given: object) -> tuple[Any, ...]:
    return check_hooks(given, want_async=False)


class Deadline:
    """When an attempt must be over.

    Checked between the pieces of a body, with no single read allowed longer than the attempt's
    timeout: a server that drips a body cannot hold a call, and no read is cancelled mid-way (which
    would cost every call a cancel scope, and cannot be done to a blocking read at all).
    """

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def passed(self) -> bool:
        return time.monotonic() > self.at
