"""Run examples/notebook.ipynb in a real kernel and check what a notebook user sees (`nox -s notebook`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"


def outputs(cell: Any) -> dict[str, str]:
    """The display data of a cell's result, by MIME type."""
    data: dict[str, str] = {}
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            raise SystemExit(f"cell failed: {output['ename']}: {output['evalue']}")
        data.update(output.get("data", {}))
    return data


def main() -> int:
    notebook = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(notebook, timeout=60, kernel_name="python3").execute()
    shown = {
        cell.source.splitlines()[-1]: outputs(cell) for cell in notebook.cells if cell.cell_type == "code"
    }

    page, sheet = shown["page"], shown["sheet"]
    problems = []
    if not page.get("text/html", "").startswith("<table><caption>Page of Character"):
        problems.append("a page shows no HTML table")
    if len(page["text/plain"].splitlines()) > 25 or len(page["text/plain"]) > 4_000:
        problems.append(f"a page's text is {len(page['text/plain'])} characters")
    if len(sheet["text/plain"]) > 4_000 or "<table>" not in sheet.get("text/html", ""):
        problems.append(f"a full sheet's text is {len(sheet['text/plain'])} characters")
    key = next(data for line, data in shown.items() if "api_key=" in line)
    if any("vsk_not_for_your_eyes" in text for text in key.values()):
        problems.append("an API key is on show")
    if not shown["len(page), page[0].name_first"]["text/plain"].startswith("("):
        problems.append("a page is not a sequence")
    frame = shown['frame[["name_full", "character_class", "vampire_attributes.clan_name"]]']
    if not frame.get("text/html", "").lstrip().startswith("<div") or "clan_name" not in frame["text/html"]:
        problems.append("a DataFrame of characters shows no table with its nested columns")
    for problem in problems:
        print("notebook:", problem, file=sys.stderr)
    print(
        f"notebook: {len(shown)} cells ran; page text {len(page['text/plain'])} characters, "
        f"sheet text {len(sheet['text/plain'])} characters"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
