"""The sync client and sync tests are generated; they must match their async sources exactly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_sync", ROOT / "scripts" / "generate_sync.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate_sync", module)
    spec.loader.exec_module(module)
    return module


def test_generated_files_are_fresh_and_each_has_a_source() -> None:
    generator = load_generator()
    problems = generator.stale_files(generator.generate())
    assert problems == [], "run `nox -s generate` (or python scripts/generate_sync.py)"


def test_generated_files_say_they_are_generated_and_hold_no_async_code() -> None:
    for folder in (ROOT / "src" / "vclient" / "_sync", ROOT / "tests" / "_sync"):
        for path in folder.rglob("*.py"):
            text = path.read_text()
            assert text.startswith("# Generated from "), path
            assert "await " not in text, path
            assert "async def" not in text, path
