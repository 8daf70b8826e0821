"""The few blocking-or-awaitable primitives the clients need, in both flavours.

`_async` code imports the `async_*` names; the sync generation renames them to the `sync_*` ones,
so that no module name has to be rewritten.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from os import PathLike
from pathlib import Path
from typing import IO

import anyio

__all__ = [
    "Deadline",
    "async_create_file",
    "async_deadline",
    "async_read_file",
    "async_sleep",
    "sync_create_file",
    "sync_deadline",
    "sync_read_file",
    "sync_sleep",
]


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


class Deadline:
    """When an attempt must be over; `check()` raises TimeoutError once it has passed."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise TimeoutError


@contextlib.contextmanager
def async_deadline(seconds: float) -> Iterator[Deadline]:
    """The whole attempt, connecting to the last byte, is cancelled when `seconds` are up (TimeoutError)."""
    with anyio.fail_after(seconds):
        yield Deadline(seconds)


@contextlib.contextmanager
def sync_deadline(seconds: float) -> Iterator[Deadline]:
    """A blocking read cannot be cancelled: the caller checks the deadline between the body's pieces,
    so an attempt ends at most one read timeout after it."""
    yield Deadline(seconds)
