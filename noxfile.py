"""Every chore: `nox` runs tests (each Python found), lint and types; `nox -s NAME` runs one."""

from __future__ import annotations

import os
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
@nox.parametrize("http", ["httpx", "httpx2"])
def tests(session: nox.Session, http: str) -> None:
    """The whole test suite (async tests on asyncio and trio, generated sync tests, core tests), on
    httpx and again on httpx2 (with `import httpx` aliased to it, as a migrating application does)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs, env={"VCLIENT_TEST_HTTP": http})


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def types(session: nox.Session) -> None:
    """mypy --strict over the package, tests, scripts and benchmarks; a user's program under pyright too."""
    session.install("-e", ".[dev]")
    session.run("mypy")
    session.run("pyright", "tests/typing/user_program.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate src/vclient/_sync and tests/_sync from their async sources."""
    session.install("unasync", "setuptools")
    session.run("python", "scripts/generate_sync.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """SDK time per call as ratios to two floors (httpx client, bare transport), memory of long walks, and
    the pacer's time under a token bucket as a ratio to the bucket's minimum (simulated time)."""
    session.install("-e", ".[httpx2]")
    for library in ("httpx", "httpx2"):  # the per-call figures on each library (floors on the same one)
        session.run(
            "python", "benchmarks/bench_overhead.py", *session.posargs, env={"VCLIENT_BENCH_HTTP": library}
        )
    session.run("python", "benchmarks/bench_memory.py")
    session.run("python", "benchmarks/bench_pacing.py")
    session.run("python", "benchmarks/bench_walks.py")


@nox.session
def demo(session: nox.Session) -> None:
    """Run every example script against the built-in fake API: no network, no API key."""
    session.install("-e", ".")
    for script in sorted((ROOT / "examples").glob("[!_]*.py")):
        session.log(f"--- {script.name}")
        session.run("python", str(script))


@nox.session
def notebook(session: nox.Session) -> None:
    """Run examples/notebook.ipynb in a real Jupyter kernel and check its displays."""
    session.install("-e", ".[dev]")
    session.run("python", "scripts/check_notebook.py")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site in strict mode (a broken link or reference fails), then open it in headless Chromium."""
    session.install("-e", ".[docs]")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})
    session.run("python", "scripts/check_site.py", "site")


# -- the real server --------------------------------------------------------------------------------

KIT = Path(os.environ.get("VSERVER_KIT", ROOT.parent / "shared" / "vserver"))
RATE_LIMIT = "burst:5:1"  # the policy the `ratelimited` live tests expect: 5 requests, refilled 1 per second
EVERYDAY = "not ratelimited and not restart and not pacing"  # the drills run in sessions of their own


def _kit_keys() -> Path:
    home = os.environ.get("VSERVER_HOME") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vserver"
    )
    return Path(os.environ.get("VSERVER_KEYS") or Path(home) / "keys.txt")


def _kit_up(session: nox.Session, *, rate_limit: str = "") -> dict[str, str]:
    """Start (or reuse) the kit's server with this rate-limit policy and fresh buckets; its URL and keys."""
    session.run(str(KIT / "up"), external=True, env={"VSERVER_RATE_LIMIT": rate_limit})
    redis = os.environ.get("VSERVER_REDIS_PORT", "6379")
    # Fresh rate-limit buckets (and caches), as after a restart, so earlier runs cannot slow this one.
    session.run("redis-cli", "-h", "127.0.0.1", "-p", redis, "FLUSHALL", external=True, silent=True)
    keys = _kit_keys()
    url = next(
        line.split("=", 1)[1] for line in keys.read_text().splitlines() if line.startswith("VSERVER_URL=")
    )
    return {"VCLIENT_LIVE_URL": url, "VCLIENT_LIVE_KEYS": str(keys)}


@nox.session
def live(session: nox.Session) -> None:
    """The live suite on both clients against a real server: the kit in ../shared/vserver, started here,
    or the deployment named by VCLIENT_LIVE_URL and VCLIENT_LIVE_KEYS (its keys file)."""
    session.install("-e", ".[test]")
    tests = ["pytest", "tests/live", "--live", *session.posargs]
    if os.environ.get("VCLIENT_LIVE_URL"):
        if not os.environ.get("VCLIENT_LIVE_KEYS"):
            session.error(
                "VCLIENT_LIVE_URL needs VCLIENT_LIVE_KEYS: a keys file as ../shared/vserver writes it"
            )
        session.run(*tests, "-m", EVERYDAY)
        session.log("the rate-limit tests need the kit (they switch its rate limit on): not run here")
        return
    if not (KIT / "up").exists():
        session.error(f"no server kit at {KIT}: set VSERVER_KIT, or VCLIENT_LIVE_URL and VCLIENT_LIVE_KEYS")
    session.run(*tests, "-m", EVERYDAY, env=_kit_up(session))
    session.log("the everyday tests again, on httpx2")
    session.run(*tests, "-m", EVERYDAY, env={**_kit_up(session), "VCLIENT_TEST_HTTP": "httpx2"})
    try:
        env = _kit_up(session, rate_limit=RATE_LIMIT)
        session.run(*tests, "-m", "ratelimited", env={**env, "VCLIENT_LIVE_RATE_LIMIT": RATE_LIMIT})
    finally:
        _kit_up(session)  # the rate limit off again


@nox.session
def restart(session: nox.Session) -> None:
    """Restart the kit's API in the middle of a workload, gracefully and by a kill, on both clients;
    print calls, failures, objects created, duplicates, lost writes and how soon waiting calls recovered."""
    session.install("-e", ".[test]")
    if not (KIT / "up").exists():
        session.error(f"no server kit at {KIT}: the drill restarts the kit's API, so it needs the kit")
    env = {**_kit_up(session), "VSERVER_KIT": str(KIT)}
    session.run("pytest", "tests/live", "--live", "-m", "restart", "-s", "-q", *session.posargs, env=env)


PACING_LIMIT = "burst:30:5"  # the burst: 30 requests, refilled 5 a second


@nox.session
def pacing(session: nox.Session) -> None:
    """Many tasks and threads under one rate limit, paced and not: print calls, 429s on the wire,
    errors and time against the bucket's minimum, with the kit's limit switched on for the drill."""
    session.install("-e", ".[test]")
    if not (KIT / "up").exists():
        session.error(
            f"no server kit at {KIT}: the drill switches the kit's rate limit on, so it needs the kit"
        )
    try:
        env = {**_kit_up(session, rate_limit=PACING_LIMIT), "VCLIENT_LIVE_RATE_LIMIT": PACING_LIMIT}
        session.run("pytest", "tests/live", "--live", "-m", "pacing", "-s", "-q", *session.posargs, env=env)
    finally:
        _kit_up(session)  # the rate limit off again
