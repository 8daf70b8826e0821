"""Generate the sync client and its tests from their async sources with unasync.

    python scripts/generate_sync.py          # rewrite src/vclient/_sync and tests/_sync
    python scripts/generate_sync.py --check  # exit 1 if a generated file is stale or orphaned

unasync replaces whole tokens only (names, and strings that are exactly a name), so prose in
messages and docstrings is never rewritten. Service classes and factory functions are renamed by
rule (`FooService` -> `SyncFooService`, `foo_service` -> `sync_foo_service`), so a new service needs
no edit here.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    (ROOT / "src" / "vclient" / "_async", ROOT / "src" / "vclient" / "_sync"),
    (ROOT / "tests" / "_async", ROOT / "tests" / "_sync"),
    (ROOT / "tests" / "live" / "_async", ROOT / "tests" / "live" / "_sync"),
]
HEADER = (
    "# Generated from {source} by scripts/generate_sync.py (unasync). Do not edit:\n"
    "# change the async source and run `nox -s generate`.\n"
)
REPLACEMENTS = {
    "_async": "_sync",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "handle_async_request": "handle_request",
    "AsyncByteStream": "SyncByteStream",
    "aclose": "close",
    "aread": "read",
    "async_sleep": "sync_sleep",
    "async_read_file": "sync_read_file",
    "async_create_file": "sync_create_file",
    "async_hooks": "sync_hooks",
    "AsyncAttemptHook": "AttemptHook",
    "AsyncHTTPClient": "HTTPClient",
    "aiter_bytes": "iter_bytes",
    "async_run_all": "sync_run_all",
    "async_run_bounded": "sync_run_bounded",
    "AsyncBackground": "SyncBackground",
    "VClient": "SyncVClient",
    "FakeVClient": "SyncFakeVClient",
    "default_client": "sync_default_client",
    "clear_default_client": "clear_sync_default_client",
}


def _replacements(sources: list[Path]) -> dict[str, str]:
    found = dict(REPLACEMENTS)
    for path in sources:
        text = path.read_text()
        for name in re.findall(r"^class (\w+Service)\b", text, re.MULTILINE):
            found[name] = "Sync" + name
        for name in re.findall(r"^def (\w+_service)\(", text, re.MULTILINE):
            found[name] = "sync_" + name
    return found


def generate() -> dict[Path, str]:
    """The text every generated file should have, keyed by its path."""
    sources = [path for source_dir, _ in PAIRS for path in sorted(source_dir.rglob("*.py"))]
    rule_map = _replacements([p for p in sources if "src" in p.parts])
    expected: dict[Path, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for source_dir, target_dir in PAIRS:
            work_from = Path(tmp) / source_dir.relative_to(ROOT)
            work_to = Path(tmp) / target_dir.relative_to(ROOT)
            rule = unasync.Rule(str(work_from) + "/", str(work_to) + "/", additional_replacements=rule_map)
            copies = []
            for path in sorted(source_dir.rglob("*.py")):
                copy = work_from / path.relative_to(source_dir)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
                copies.append(str(copy))
            unasync.unasync_files(copies, [rule])
            for path in sorted(source_dir.rglob("*.py")):
                relative = path.relative_to(source_dir)
                text = (work_to / relative).read_text()
                header = HEADER.format(source=path.relative_to(ROOT).as_posix())
                expected[target_dir / relative] = header + text
    return expected


def stale_files(expected: dict[Path, str]) -> list[str]:
    problems = []
    for path, text in expected.items():
        if not path.exists() or path.read_text() != text:
            problems.append(f"stale: {path.relative_to(ROOT)}")
    for _, target_dir in PAIRS:
        for path in sorted(target_dir.rglob("*.py")) if target_dir.exists() else []:
            if path not in expected:
                problems.append(f"no async source: {path.relative_to(ROOT)}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="report stale files instead of writing them")
    args = parser.parse_args()
    expected = generate()
    if args.check:
        problems = stale_files(expected)
        print("\n".join(problems) or "generated code is up to date")
        return 1 if problems else 0
    for _, target_dir in PAIRS:
        if target_dir.exists():
            shutil.rmtree(target_dir)
    for path, text in expected.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    print(f"wrote {len(expected)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
