"""Open the built documentation site in headless Chromium and check what a reader would see.

The home page, a guide and the reference pages must load without a console error or a failed request,
show their heading, and (for the reference) document real members. A screenshot of each is kept in
`site-check/` as the build's artefact.

    python scripts/check_site.py [SITE_DIR]    (default: site/, built by `nox -s docs`)
"""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "site-check"
# page, text its main heading must hold, and how many documented objects it must show at least
PAGES = [
    ("", "vclient", 0),
    ("errors/", "Errors", 0),
    ("testing/", "Testing your code with the fake API", 0),
    ("reference/clients/", "Clients", 20),
    ("reference/services/", "Services", 100),
    ("reference/models/", "Models", 100),
    ("reference/exceptions/", "Exceptions", 10),
    ("reference/testing/", "Testing", 10),
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    raise SystemExit("no Chromium: install Debian's package (apt-get install chromium)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"
    if not (site / "index.html").exists():
        raise SystemExit(f"no built site at {site}: run `nox -s docs`")
    SHOTS.mkdir(exist_ok=True)
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("requestfailed", lambda request: errors.append(f"failed to load {request.url}"))
        for path, heading, documented in PAGES:
            errors.clear()
            response = page.goto(base + path, wait_until="networkidle")
            if response is None or response.status != 200:
                problems.append(f"/{path}: HTTP {response.status if response else 'no answer'}")
                continue
            title = page.locator("article h1").first.inner_text()
            found = page.locator("article .doc-heading").count()
            name = path.strip("/").replace("/", "-") or "home"
            page.screenshot(path=str(SHOTS / f"{name}.png"))
            if heading not in title:
                problems.append(f"/{path}: heading {title!r}, expected {heading!r}")
            if found < documented:
                problems.append(f"/{path}: {found} documented objects, expected at least {documented}")
            problems += [f"/{path}: {error}" for error in errors]
            print(f"/{path:<24} {title!r:<42} {found:>4} documented objects, {len(errors)} console errors")
        browser.close()
    server.shutdown()
    for problem in problems:
        print("site:", problem, file=sys.stderr)
    print(f"screenshots in {SHOTS.relative_to(ROOT)}/")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
