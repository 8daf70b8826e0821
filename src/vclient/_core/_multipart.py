"""multipart/form-data for uploads, built as bytes so that a retry resends exactly the same body."""

from __future__ import annotations

import mimetypes
import uuid
from dataclasses import dataclass

from ._exceptions import RequestValidationError

__all__ = ["File", "encode_multipart"]


@dataclass(frozen=True, slots=True)
class File:
    """A file to upload: its name (which also decides the content type) and its bytes."""

    filename: str
    content: bytes
    content_type: str | None = None

    @property
    def media_type(self) -> str:
        guessed, _ = mimetypes.guess_type(self.filename)
        return self.content_type or guessed or "application/octet-stream"


def encode_multipart(field: str, file: File) -> tuple[bytes, str]:
    """The request body and its Content-Type header for one file in form field `field`."""
    if not file.filename or any(c in file.filename for c in '\r\n"'):
        raise RequestValidationError(f"filename must be one line without quotes, got {file.filename!r}")
    if not isinstance(file.content, bytes | bytearray | memoryview):
        raise RequestValidationError(f"file content must be bytes, got {type(file.content).__name__}")
    boundary = uuid.uuid4().hex
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{field}"; filename="{file.filename}"\r\n'
        f"Content-Type: {file.media_type}\r\n\r\n"
    ).encode()
    body = head + bytes(file.content) + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"
