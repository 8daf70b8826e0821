"""A server restart is not an outage: the API restarts in the middle of a workload (`nox -s restart`).

150 calls, 10 at a time, spread over about 15 seconds: two of every three create a dictionary term (a
keyed write), the third reads one. Three seconds in, the kit stops the API (gracefully, or with SIGKILL
as a crash would) and starts it again. With default settings, every call must end well after a graceful
restart: no error, no lost write, no duplicate. After a crash the figures are reported: the server can
commit a write and die before it stores the idempotency record, so a retry may create it twice.
"""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import anyio
import pytest

from vclient import SyncVClient, VClient
from vclient.exceptions import APIError

from .conftest import Live
from .kit import Watch, restart_api

pytestmark = [
    pytest.mark.restart,
    # A killed server leaves httpcore's broken pooled connections for the collector to close under
    # asyncio; the drill is about what callers get, which is asserted below.
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

CALLS, AT_ONCE, SPREAD, RESTART_AFTER = 150, 10, 15.0, 3.0


@dataclass
class Tally:
    """What the workload saw."""

    prefix: str
    succeeded: dict[str, float] = field(default_factory=dict)  # term (or read) -> when it ended
    failed: dict[str, str] = field(default_factory=dict)  # term (or read) -> the error
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ended(self, name: str, error: APIError | None) -> None:
        with self.lock:
            if error is None:
                self.succeeded[name] = time.monotonic()
            else:
                self.failed[name] = f"{type(error).__name__}: {error}"


def plan(prefix: str) -> list[tuple[float, str]]:
    """(when to start, what) for every call: writes are term names, reads are `read-N`."""
    return [
        (SPREAD * index / CALLS, f"read-{index}" if index % 3 == 2 else f"{prefix}-{index:03d}")
        for index in range(CALLS)
    ]


def report(
    live: Live, flavour: str, kill: bool, tally: Tally, watch: Watch, admin: SyncVClient
) -> dict[str, object]:
    stored = [t for t in admin.dictionary(live.storyteller).list_all() if t.term.startswith(tally.prefix)]
    names = [t.term for t in stored]
    writes = [name for _, name in plan(tally.prefix) if not name.startswith("read-")]
    back = watch.up_at or time.monotonic()
    recovery = [ended - back for ended in tally.succeeded.values() if ended > back]
    figures: dict[str, object] = {
        "flavour": flavour,
        "restart": "kill" if kill else "graceful",
        "calls": CALLS,
        "succeeded": len(tally.succeeded),
        "failed": len(tally.failed),
        "created": len(set(names)),
        "duplicates": len(names) - len(set(names)),
        "lost": len([w for w in writes if w in tally.succeeded and w not in names]),
        "outage s": round(back - (watch.down_at or back), 1),
        "recovery median s": round(statistics.median(recovery), 2) if recovery else None,
        "first back s": round(min(recovery), 2) if recovery else None,
    }
    for term in stored:
        admin.dictionary(live.storyteller).delete(term.id)
    print("\n" + " | ".join(f"{k}: {v}" for k, v in figures.items()))
    for name, error in list(tally.failed.items())[:3]:
        print(f"   {name}: {error}")
    return figures


def judge(figures: dict[str, object], kill: bool) -> None:
    assert figures["lost"] == 0
    if not kill:  # a graceful restart costs the callers time, nothing else
        assert (figures["failed"], figures["duplicates"], figures["created"]) == (0, 0, 100)


@pytest.fixture
def admin(live: Live) -> Iterator[SyncVClient]:
    with SyncVClient(
        live.url, live.keys["GLOBAL_ADMIN_KEY"], default_company_id=live.company_id, set_as_default=False
    ) as client:
        yield client


@pytest.mark.parametrize("kill", [False, True], ids=["graceful", "kill"])
def test_sync_workload_rides_out_a_restart(live: Live, admin: SyncVClient, kill: bool) -> None:
    tally = Tally(f"restart-{uuid.uuid4().hex[:6]}")
    client = SyncVClient(
        live.url, live.keys["COMPANY_ADMIN_KEY"], default_company_id=live.company_id, set_as_default=False
    )
    dictionary = client.dictionary(live.storyteller)
    reference = dictionary.create(term=f"ref-{tally.prefix}", definition="read by the workload")
    began = time.monotonic()

    def call(start: float, name: str) -> None:
        time.sleep(max(0.0, began + start - time.monotonic()))
        try:
            if name.startswith("read-"):
                dictionary.get(reference.id)
            else:
                dictionary.create(term=name, definition="made during a restart")
        except APIError as error:
            tally.ended(name, error)
        else:
            tally.ended(name, None)

    with Watch(live.url, live.keys["USER_KEY"]) as watch, ThreadPoolExecutor(AT_ONCE) as pool:
        futures = [pool.submit(call, start, name) for start, name in plan(tally.prefix)]
        time.sleep(RESTART_AFTER)
        restart_api(kill=kill)
        for future in futures:
            future.result()
    dictionary.delete(reference.id)
    client.close()
    judge(report(live, "sync", kill, tally, watch, admin), kill)


@pytest.mark.parametrize("kill", [False, True], ids=["graceful", "kill"])
async def test_async_workload_rides_out_a_restart(
    live: Live, admin: SyncVClient, kill: bool, anyio_backend: str
) -> None:
    tally = Tally(f"restart-{uuid.uuid4().hex[:6]}")
    async with VClient(
        live.url, live.keys["COMPANY_ADMIN_KEY"], default_company_id=live.company_id, set_as_default=False
    ) as client:
        dictionary = client.dictionary(live.storyteller)
        reference = await dictionary.create(term=f"ref-{tally.prefix}", definition="read by the workload")
        began = time.monotonic()
        limiter = anyio.CapacityLimiter(AT_ONCE)

        async def call(start: float, name: str) -> None:
            await anyio.sleep(max(0.0, began + start - time.monotonic()))
            async with limiter:
                try:
                    if name.startswith("read-"):
                        await dictionary.get(reference.id)
                    else:
                        await dictionary.create(term=name, definition="made during a restart")
                except APIError as error:
                    tally.ended(name, error)
                else:
                    tally.ended(name, None)

        restart: Callable[[], None] = lambda: restart_api(kill=kill)  # noqa: E731
        with Watch(live.url, live.keys["USER_KEY"]) as watch:
            async with anyio.create_task_group() as group:
                for start, name in plan(tally.prefix):
                    group.start_soon(call, start, name)
                await anyio.sleep(RESTART_AFTER)
                await anyio.to_thread.run_sync(restart)
        await dictionary.delete(reference.id)
    judge(report(live, anyio_backend, kill, tally, watch, admin), kill)
