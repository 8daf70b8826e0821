"""Every chore: `nox` runs tests (each Python found), lint and types; `nox -s NAME` runs one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "types"]
nox.options.error_on_missing_interpreters = False
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
SUPPORTED = ("3.11", "3.12", "3.13")


def _pythons_found() -> list[str]:
    """Supported versions that really run here (a pyenv shim may exist for a version not activated)."""
    found = []
    for version in SUPPORTED:
        executable = shutil.which(f"python{version}")
        if executable and subprocess.run([executable, "-c", "pass"], capture_output=True).returncode == 0:
            found.append(version)
    return found


@nox.session(python=_pythons_found() or None)
def tests(session: nox.Session) -> None:
    """The whole test suite (async tests on asyncio and trio, generated sync tests, core tests)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def types(session: nox.Session) -> None:
    """mypy --strict over the package, tests, scripts and benchmarks."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate src/vclient/_sync and tests/_sync from their async sources."""
    session.install("unasync", "setuptools")
    session.run("python", "scripts/generate_sync.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """SDK overhead per call as a ratio to bare httpx + msgspec, measured in the same run."""
    session.install("-e", ".")
    session.run("python", "benchmarks/bench_overhead.py", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Run every example script against the built-in fake API: no network, no API key."""
    session.install("-e", ".")
    for script in sorted((ROOT / "examples").glob("[!_]*.py")):
        session.log(f"--- {script.name}")
        session.run("python", str(script))
