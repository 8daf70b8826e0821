"""The core must stay free of I/O so that both clients (and any other transport) can share it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import vclient._core

CORE = Path(vclient._core.__file__).parent
FORBIDDEN = {"httpx", "anyio", "asyncio", "socket", "trio", "time"}


def test_no_core_module_imports_an_io_library() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_importing_the_core_loads_no_io_library() -> None:
    # A bare `vclient` package object, so that only the core (not the clients in __init__) is imported.
    code = (
        "import sys, types; package = types.ModuleType('vclient'); "
        f"package.__path__ = [{str(CORE.parent)!r}]; sys.modules['vclient'] = package; "
        "import vclient._core._api._companies, vclient._core._retry, vclient._core._config; "
        "print(sorted(sys.modules))"
    )
    loaded = set(
        eval(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    )
    assert loaded.isdisjoint({"httpx", "anyio", "trio"})
