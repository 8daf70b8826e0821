"""MkDocs hooks: the README's sections are pages of the site.

A line `--8<-- "README.md:name"` becomes the README's lines between its `[start:name]` and
`[end:name]` markers, with links into `docs/` made relative to the site (the README's own links go
from the repository's root). Done here rather than by a Markdown extension, so that MkDocs then
checks those links like any other.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parent.parent / "README.md"
_INCLUDE = re.compile(r'^--8<-- "README\.md:([\w-]+)"$', re.MULTILINE)
_INTO_DOCS = re.compile(r"\]\(docs/([^)]+)\)")


def section(name: str) -> str:
    text = README.read_text()
    start, end = f"<!-- --8<-- [start:{name}] -->", f"<!-- --8<-- [end:{name}] -->"
    if start not in text or end not in text:
        raise ValueError(f"README.md has no section {name!r}")
    return _INTO_DOCS.sub(r"](\1)", text.split(start, 1)[1].split(end, 1)[0].strip("\n"))


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    return _INCLUDE.sub(lambda match: section(match.group(1)), markdown)
