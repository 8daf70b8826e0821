"""The server kit's own controls, for the drills that restart its API in the middle of a workload."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import httpx

KIT = Path(os.environ.get("VSERVER_KIT", Path(__file__).resolve().parents[3] / "shared" / "vserver"))


def restart_api(*, kill: bool) -> None:
    """Stop the API (gracefully, or with SIGKILL as a crash would) and start it again; data stays."""
    down = [str(KIT / "down"), "--api-only", *(["--kill"] if kill else [])]
    subprocess.run(down, check=True, capture_output=True)
    subprocess.run(
        [str(KIT / "up")], check=True, capture_output=True, env={**os.environ, "VSERVER_RATE_LIMIT": ""}
    )


class Watch:
    """Polls the health check from a thread: when the server stopped answering, and when it was back."""

    def __init__(self, url: str, key: str) -> None:
        self.down_at: float | None = None
        self.up_at: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, args=(url, key), daemon=True)

    def __enter__(self) -> Watch:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self, url: str, key: str) -> None:
        with httpx.Client(timeout=1.0) as http:
            while not self._stop.is_set():
                try:
                    healthy = http.get(f"{url}/api/v1/health", headers={"X-API-KEY": key}).status_code == 200
                except httpx.HTTPError:
                    healthy = False
                now = time.monotonic()
                if not healthy and self.down_at is None:
                    self.down_at = now
                if healthy and self.down_at is not None and self.up_at is None:
                    self.up_at = now
                time.sleep(0.05)
