"""The few blocking-or-awaitable primitives the clients need, in both flavours.

`_async` code imports the `async_*` names; the sync generation renames them to the `sync_*` ones,
so that no module name has to be rewritten.
"""

from __future__ import annotations

import inspect
import time
import urllib.request
from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import IO, Any

import anyio

from ._core._exceptions import ConfigurationError

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


def _hooks(given: object, want_async: bool) -> tuple[Any, ...]:
    """`on_attempt` hooks, one or several, checked now rather than mid-call: async callables for
    the async client, plain ones for the sync client (an async one there would never run)."""
    hooks = (given,) if callable(given) else given
    if not isinstance(hooks, Sequence) or isinstance(hooks, str) or not all(map(callable, hooks)):
        raise ConfigurationError("on_attempt takes a callable or a sequence of callables")
    for hook in hooks:
        if _is_async(hook) != want_async:
            raise ConfigurationError(
                f"on_attempt hooks of the {'async' if want_async else 'sync'} client must be "
                f"{'async' if want_async else 'plain'} callables; {_name(hook)} is not"
            )
    return tuple(hooks)


def _is_async(hook: object) -> bool:
    return inspect.iscoroutinefunction(hook) or inspect.iscoroutinefunction(type(hook).__call__)


def _name(hook: object) -> str:
    return getattr(hook, "__qualname__", None) or type(hook).__qualname__


def async_hooks(given: object) -> tuple[Any, ...]:
    return _hooks(given, want_async=True)


def sync_hooks(given: object) -> tuple[Any, ...]:
    return _hooks(given, want_async=False)


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
