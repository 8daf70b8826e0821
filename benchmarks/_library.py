"""Imported first by each benchmark: the HTTP library it runs on, from VCLIENT_BENCH_HTTP.

`httpx` (the default) keeps both the SDK and the floors on httpx; `httpx2` aliases `import httpx` to
httpx2 before anything imports it, so the floors and the SDK's own pools run on httpx2 alike.
"""

from __future__ import annotations

import os

LIBRARY = os.environ.get("VCLIENT_BENCH_HTTP", "httpx")

if LIBRARY == "httpx2":
    import httpx2

    httpx2.alias_httpx()
elif LIBRARY == "httpx":
    os.environ["VCLIENT_HTTP_LIBRARY"] = "httpx"
else:
    raise SystemExit(f"VCLIENT_BENCH_HTTP must be httpx or httpx2, got {LIBRARY!r}")
