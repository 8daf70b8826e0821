# Generated from src/vclient/_async/_services/_base.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""What every service shares: the client, the path parameters it is bound to, and the acting user."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ..._core._checks import header_value_problem
from ..._core._endpoint import ACTING_USER_HEADER, Endpoint, PreparedRequest
from ..._core._exceptions import RequestValidationError
from ..._core._model import UNSET, Unset
from ..._core._multipart import File
from ..._core._pagination import Page
from ..._io import sync_read_file

if TYPE_CHECKING:
    from .._client import SyncVClient

T = TypeVar("T")

FileInput = bytes | str | os.PathLike[str] | IO[bytes]
"""What an upload accepts: the bytes themselves, a path to read, or a binary file object."""


class Service:
    """A service bound to a scope: fixed path parameters (company, parent ids) and an acting user."""

    def __init__(
        self, client: SyncVClient, path: Mapping[str, str] | None = None, on_behalf_of: str | None = None
    ) -> None:
        if on_behalf_of is not None and (problem := header_value_problem(on_behalf_of)):
            raise RequestValidationError(f"on_behalf_of {problem}: it goes in the On-Behalf-Of header")
        self._client = client
        self._path = dict(path or {})
        self._on_behalf_of = on_behalf_of
        self._headers = {ACTING_USER_HEADER: on_behalf_of} if on_behalf_of else {}

    def _bind(self, endpoint: Endpoint[Any], path: Mapping[str, object] | None) -> dict[str, object]:
        bound: dict[str, object] = {k: v for k, v in self._path.items() if k in endpoint.path_params}
        bound.update(path or {})
        return bound

    def _call(
        self, endpoint: Endpoint[T], path: Mapping[str, object] | None = None, **kwargs: Any
    ) -> T:
        return self._client._send(self._prepare(endpoint, path, **kwargs))

    def _prepare(
        self, endpoint: Endpoint[T], path: Mapping[str, object] | None = None, **kwargs: Any
    ) -> PreparedRequest[T]:
        return self._client._prepare(endpoint, self._bind(endpoint, path), headers=self._headers, **kwargs)

    def _page(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None = None,
        *,
        limit: int,
        offset: int,
        query: Mapping[str, object] | None = None,
    ) -> Page[T]:
        bound = self._bind(endpoint, path)
        return self._client._page(
            endpoint, bound, limit=limit, offset=offset, query=query, headers=self._headers
        )

    def _iterate(
        self,
        endpoint: Endpoint[Page[T]],
        path: Mapping[str, object] | None = None,
        *,
        limit: int,
        query: Mapping[str, object] | None = None,
    ) -> Iterator[T]:
        bound = self._bind(endpoint, path)
        return self._client._iterate(endpoint, bound, limit=limit, query=query, headers=self._headers)


def as_list(values: Sequence[str] | Unset, name: str) -> list[str] | Unset:
    """A list for the wire, refusing a lone string (which would otherwise become a list of letters)."""
    if isinstance(values, Unset):
        return UNSET
    if isinstance(values, str):
        raise RequestValidationError(f"{name} must be a list of strings, not one string")
    return list(values)


def read_upload(file: FileInput, filename: str | None, content_type: str | None) -> File:
    """The file to send, from bytes, a path or a binary file object; its name decides its content type."""
    if isinstance(file, bytes | bytearray | memoryview):
        if not filename:
            raise RequestValidationError("filename= is required when uploading bytes")
        return File(filename, bytes(file), content_type)
    if isinstance(file, str | os.PathLike):
        try:
            content = sync_read_file(file)
        except OSError as exc:
            raise RequestValidationError(f"cannot read {os.fspath(file)!r}: {exc.strerror or exc}") from None
        return File(filename or PurePath(os.fspath(file)).name, content, content_type)
    read = getattr(file, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise RequestValidationError("file objects must be opened in binary mode ('rb')")
        name = filename or PurePath(str(getattr(file, "name", "") or "")).name
        if not name:
            raise RequestValidationError("filename= is required for a file object without a name")
        return File(name, content, content_type)
    raise RequestValidationError(
        f"cannot upload a {type(file).__name__}: give bytes, a path or a binary file"
    )
