"""Uploads: images only, told apart by their bytes as the server does; kept as a description."""

from __future__ import annotations

from typing import Any

from .._store import Problem, Store
from ._common import Call, Rule

IMAGES = {  # the formats the server accepts, by the bytes they start with
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def image_type(content: bytes) -> str | None:
    """The MIME type of an image the server would accept, from its first bytes; None for anything else."""
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for magic, mime in IMAGES.items() if content.startswith(magic)), None)


def image_upload(call: Call) -> str:
    """The uploaded file's name, once its bytes are known to be an image; a 400 as the server's otherwise."""
    upload = call.body
    if not isinstance(upload, dict):
        raise Problem(400, "Bad Request", "Invalid multipart/form-data")
    if not upload.get("image"):
        message = "Upload must be a PNG, JPEG, GIF, or WEBP image."
        raise Problem(
            400, "Bad Request", message, invalid_parameters=[{"field": "upload", "message": message}]
        )
    return str(upload.get("filename") or "upload")


def upload_asset(store: Store, call: Call) -> tuple[int, Any]:
    """Keep an uploaded image's description under its parent (the fake keeps no file contents)."""
    filename = image_upload(call)
    parents = {
        name: call.path_params.get(name) for name in ("campaign_id", "book_id", "chapter_id", "character_id")
    }
    given = {
        **parents,
        "asset_type": "image",
        "mime_type": call.body["image"],
        "original_filename": filename,
        "company_id": call.path_params["company_id"],
        "uploaded_by_id": call.acting_user_id,
        "user_parent_id": call.path_params.get("user_id"),
    }
    asset = store.model("uploadUserAsset", given)
    asset["public_url"] = f"https://cdn.example.com/{asset['id']}/{filename}"
    return 201, store.insert(call.path.removesuffix("/upload"), asset)


RULES: dict[str, Rule] = {
    f"upload{parent}Asset": upload_asset for parent in ("Campaign", "Book", "Chapter", "Character", "User")
}
