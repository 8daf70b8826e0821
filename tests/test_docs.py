"""The README's examples and the example scripts run, against the in-process demo server."""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(EXAMPLES))

from _server import DemoServer  # noqa: E402


@pytest.fixture
def demo_server(monkeypatch: pytest.MonkeyPatch) -> DemoServer:
    """Every httpx client made while the test runs is answered by one demo server."""
    server = DemoServer()
    transport = httpx.MockTransport(server.handle)

    class AsyncPool(httpx.AsyncClient):
        def __init__(self, **kwargs: object) -> None:
            super().__init__(**{**kwargs, "transport": transport})  # type: ignore[arg-type]

    class SyncPool(httpx.Client):
        def __init__(self, **kwargs: object) -> None:
            super().__init__(**{**kwargs, "transport": transport})  # type: ignore[arg-type]

    monkeypatch.setattr(httpx, "AsyncClient", AsyncPool)
    monkeypatch.setattr(httpx, "Client", SyncPool)
    return server


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(), re.DOTALL)


def test_readme_examples_run_in_order(demo_server: DemoServer, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = python_blocks(ROOT / "README.md")
    assert len(blocks) >= 8
    namespace: dict[str, object] = {"__name__": "__readme__"}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "API 0.27.0, database online" in out
    assert "404 Company not found" in out
    assert "'<redacted>'" in out
    assert "your-api-key" not in out


def test_docs_examples_run_in_order(
    demo_server: DemoServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # examples that save files write here
    for page in sorted(set((ROOT / "docs").glob("*.md")) - {ROOT / "docs" / "testing.md"}):
        namespace: dict[str, object] = {"__name__": f"__{page.stem}__"}
        for block in python_blocks(page):
            exec(compile(block, str(page), "exec"), namespace)
    out = capsys.readouterr().out
    assert "['lucita'] Lucita []" in out
    assert "['No feeding anywhere in Elysium.']" in out
    assert "https://cdn.example.com/" in out
    assert "['ADMIN', 'STORYTELLER', 'PLAYER', 'UNAPPROVED']" in out
    assert "Demo PLAYER" in out
    assert "vapi-logs.zip server-logs.zip" in out
    assert (
        "['Blood in the Loop', 'Elysium at the Opera']\n['Blood in the Loop', 'Elysium at the Opera']" in out
    )
    assert "Lucita de Aragon Toreador 12" in out
    assert "Traits Physical {'Strength': 2, 'Dexterity': 4}" in out
    assert "Rapier WEAPON\nNPC 3 True" in out
    assert (tmp_path / "server-logs.zip").read_bytes().startswith(b"PK")


def test_testing_docs_run_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {"__name__": "__testing__"}
    for block in python_blocks(ROOT / "docs" / "testing.md"):
        exec(compile(block, "docs/testing.md", "exec"), namespace)
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["1 Chicago by Night None", "404 Campaign not found"]
    assert out[2:] == ["2", "gave up with 500", "POST {'name': 'Recorded'} a-storyteller-id"]


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("[!_]*.py")), ids=lambda p: p.name)
def test_example_scripts_run(script: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(script), run_name="__main__")
    assert capsys.readouterr().out.strip()
