"""The README's and docs' examples and the example scripts run, against the built-in fake API."""

from __future__ import annotations

import logging
import re
import runpy
from pathlib import Path

import httpx
import pytest

from vclient.testing import FakeAPI, fake_transport

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def fake() -> FakeAPI:
    """Every httpx client made while the test runs is answered by one seeded fake API."""
    fake = FakeAPI(seed=1)
    fake.add_api_key("your-api-key", admin=True)
    return fake


@pytest.fixture
def docs_server(fake: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Route every httpx client to `fake`; return the docs' placeholders with the ids they stand for."""
    transport = fake_transport(fake)

    class AsyncPool(httpx.AsyncClient):
        def __init__(self, **kwargs: object) -> None:
            super().__init__(**{**kwargs, "transport": transport})  # type: ignore[arg-type]

    class SyncPool(httpx.Client):
        def __init__(self, **kwargs: object) -> None:
            super().__init__(**{**kwargs, "transport": transport})  # type: ignore[arg-type]

    # A user's own pool, and the transport the SDK makes for the pool it owns.
    monkeypatch.setattr(httpx, "AsyncClient", AsyncPool)
    monkeypatch.setattr(httpx, "Client", SyncPool)
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda: transport)
    monkeypatch.setattr(httpx, "HTTPTransport", lambda: transport)
    world = fake.world
    return {
        "your-company-id": world.company_id,
        "your-admin-user-id": world.admin_id,
        "your-storyteller-user-id": world.storyteller_id,
        "your-campaign-id": world.campaign_id,
    }


def run_blocks(path: Path, placeholders: dict[str, str]) -> None:
    """Run a page's Python blocks in order, in one namespace, with placeholder ids filled in."""
    namespace: dict[str, object] = {"__name__": f"__{path.stem}__"}
    for block in python_blocks(path):
        for placeholder, value in placeholders.items():
            block = block.replace(placeholder, value)
        exec(compile(block, str(path), "exec"), namespace)


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(), re.DOTALL)


def test_readme_examples_run_in_order(
    docs_server: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(python_blocks(ROOT / "README.md")) >= 8
    run_blocks(ROOT / "README.md", docs_server)
    out = capsys.readouterr().out
    assert "API 0.27.0, database online" in out
    assert "404 Company not found" in out
    assert "'<redacted>'" in out
    assert "your-api-key" not in out


def test_real_server_page_runs(docs_server: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "real-server.md", docs_server)
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Jonah Greyfeather True",
        "burst True",
        "['upload'] Upload must be a PNG, JPEG, GIF, or WEBP image.",
        "refused before sending: True",
    ]


def test_rate_limits_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The page makes its own transport over its own fake, whose world is the seeded one."""
    world = FakeAPI(seed=1).world
    placeholders = {"your-company-id": world.company_id, "your-admin-user-id": world.admin_id}
    logger = logging.getLogger("vclient")
    handlers, level = list(logger.handlers), logger.level
    try:
        run_blocks(ROOT / "docs" / "rate-limits.md", placeholders)
    finally:
        logger.handlers[:], logger.level = handlers, level
    [line] = capsys.readouterr().out.splitlines()  # the reads after the uploads never waited
    assert re.fullmatch(
        r'PUT /api/v1/companies/\S+/avatar waits 0\.9\d s for a turn under rate limit "asset_upload"', line
    )


def test_pagination_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "pagination.md", {})
    assert capsys.readouterr().out == "36 pages asked for, each walk asking each page once\n"


def test_security_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "security.md", {})
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "base_url must not carry credentials (user:password@); the API key goes in api_key",
        "api_key must not start or end with whitespace (a line break read from a file, perhaps)"
        " (the key is not shown)",
    ]
    assert out[2:6] == [
        "campaign_id must not be '.' or '..', got '..'",
        "campaign_id must not contain a slash, got 'a/b'",
        "campaign_id must not contain control characters, got 'x\\nDELETE'",
        "0 requests sent",
    ]
    assert out[6] == "True False"
    assert out[7].startswith("3 attempts: 503 Service Unavailable: Simulated 503")
    assert "(gave up after 3 attempts over " in out[7]


def test_users_and_play_page_runs(
    docs_server: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # examples that save files write here
    run_blocks(ROOT / "docs" / "users-and-play.md", docs_server)
    out = capsys.readouterr().out
    assert "['nadia', 'marcus', 'lucita'] Lucita []\n['No feeding anywhere in Elysium.']\nhttps://cdn" in out
    assert "/portrait.png\nDexterity + Firearms 2\n5\n" in out
    assert "1 rolls by lucita" in out
    assert "'paradox', 'prince']" in out
    assert "['ADMIN', 'STORYTELLER', 'PLAYER', 'UNAPPROVED', 'DEACTIVATED']\nChicago by Night PLAYER" in out
    assert "Upload to the asset store timed out; retried\nvapi-logs.zip server-logs.zip" in out
    assert (tmp_path / "server-logs.zip").read_bytes().startswith(b"PK")


def test_campaigns_and_characters_page_runs(
    docs_server: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    run_blocks(ROOT / "docs" / "campaigns-and-characters.md", docs_server)
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "Chicago by Night 1998-10-31 None",
        *["['Blood in the Loop', 'Elysium at the Opera']"] * 2,
    ]
    assert out[3:9] == [
        "Seating plan",
        "['Brujah', 'Malkavian', 'Nosferatu', 'Toreador', 'Ventrue'] 30",
        "Lucita de Aragon Toreador 12",
        "None A Lasombra's daughter, once.",
        "['Dexterity', 'Wits', 'Firearms'] []",
        "Dexterity 4",
    ]
    assert out[9:12] == [
        "Attributes Physical {'Strength': 2, 'Dexterity': 4}",
        "Attributes Mental {'Wits': 3}",
        "Skills Physical Skills {'Firearms': 3}",
    ]
    assert out[12].split()[0] in {"SUCCESS", "FAILURE", "BOTCH", "CRITICAL"}
    assert out[13:15] == ["Rapier WEAPON", "NPC 3 True"]
    assert out[15].endswith("] 8")  # the NPC generated above, among the campaign's 8 characters


def test_testing_docs_run_against_the_fake(capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "testing.md", {})
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["2 Chicago by Night None", "404 Campaign not found"]
    assert out[2:4] == ["Lucita de Aragon ['Strength', 'Dexterity', 'Stamina']", "120 rolls so far"]
    assert out[4:7] == ["2", "gave up with 503", "POST {'name': 'Recorded'} True"]
    assert out[7:9] == ["['Chicago by Night']", "1"]  # the user's test passed silently, then the transport
    assert out[9:11] == ["['USER']", "403 No rights to access this resource"]
    assert out[11:13] == ["403 User not authorized to grant or remove XP for this user", "a day later: 403"]
    assert out[13:] == ["20 True"]


# What each example must show; a new example script needs an entry here.
EXAMPLE_OUTPUT = {
    "quickstart_async.py": [
        "API 0.27.0: database online",
        "player: nadia\nplayer: marcus",
        "Victor Crane         VAMPIRE   NPC",
        "not found: Character not found (status 404, request req_",
    ],
    "quickstart_sync.py": [
        "is its ADMIN",
        "description cleared: True",
        "2 companies in all",
        "after deleting: 1",
    ],
    "pagination.py": [
        "page 1 of 5: 25 of 120 rolls",
        "last page: 5, 20 rolls",
        "requests at 50 rolls per page: 3",
    ],
    "errors.py": [
        "NotFoundError: 404 Campaign not found",
        "ValidationError: [('campaign_id', 'Invalid UUID')]",
        "ValidationError: [('target_value', 'Strength must be between 0 and 5')]",
        "RequestValidationError: ",
        "after two 503s, retried: 1 campaign",
        "ServerError, not retried (the server's 500s recur): 500",
        "RateLimitError: retry after",
        "AuthenticationError: Unauthorized API key; the key is never shown: True",
    ],
    "campaign_and_character.py": [
        "Vienna Nights > 1. A Waltz in Blood > 1. The Opera Ball",
        "Anna von Hohenberg: Ventrue, generation 10",
        "Powers: {'Dominate': 2}",
        "Charisma + Persuasion: [",
    ],
}


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("[!_]*.py")), ids=lambda p: p.name)
def test_example_scripts_run(script: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out
    for expected in EXAMPLE_OUTPUT[script.name]:
        assert expected in out


def test_extending_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "extending.md", {})
    assert capsys.readouterr().out.splitlines() == [
        "['items', 'limit', 'offset', 'total'] listCompanies",
        "404 GET /api/v1/companies/{id}/characters/{id}/trackers",
        "path must be a path on the base URL https://fake.valentina-noir.test (such as /api/v1/health):"
        " a URL to another host would receive the API key",
        "path must not contain '.' or '..' segments, got '/api/v1/../admin'",
        "path must start with '/', got 'api/v1/companies'",
        "[('getCompany', 503), ('getCompany', 200)]",
    ]


def test_models_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "models.md", {})
    assert capsys.readouterr().out.splitlines() == ["True True", "True", "(5, 2)"]


def test_retries_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "retries.md", {})
    assert capsys.readouterr().out.splitlines() == ["online 4", "True True"]


def test_migrating_page_runs(docs_server: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    run_blocks(ROOT / "docs" / "migrating.md", docs_server)
    assert capsys.readouterr().out.splitlines() == ["True True None"]


def test_every_page_with_python_examples_is_run_by_a_test() -> None:
    source = Path(__file__).read_text()
    pages = [page for page in sorted((ROOT / "docs").rglob("*.md")) if python_blocks(page)]
    assert pages, "no examples found"
    assert [page.name for page in pages if f'"{page.name}"' not in source] == []
