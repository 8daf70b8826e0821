"""Work beside the caller, in both flavours: tasks for the async client, threads for the sync one.

`_async` code imports the `async_*` names and `AsyncBackground`; the sync generation renames them.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import anyio

__all__ = ["AsyncBackground", "SyncBackground", "async_run_bounded", "sync_run_bounded"]

T = TypeVar("T")


class AsyncBackground(Generic[T]):
    """One call running beside the caller's task, for as long as the caller keeps it.

    A prefetch must outlive the `__anext__` that started it, which no anyio task group can do (its
    tasks end with its block), so the running loop's own spawning is used: an asyncio task, or a trio
    system task inside a cancel scope of its own. `cancel()` needs no await, so a walk dropped by a
    `break` or by the garbage collector stops its fetch at once. The outcome is kept, never raised in
    the task, so nothing is logged for a fetch that nobody waits for.
    """

    __slots__ = ("_cancel", "_done", "_outcome")

    def __init__(self, call: Callable[[], Awaitable[T]]) -> None:
        self._done = anyio.Event()
        self._outcome: tuple[bool, Any] = (False, None)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio: anyio's only other backend
            import trio

            scope = trio.CancelScope()
            self._cancel: Callable[[], object] = scope.cancel

            async def in_scope() -> None:
                with scope:
                    await self._run(call)

            trio.lowlevel.spawn_system_task(in_scope)
        else:
            self._cancel = loop.create_task(self._run(call)).cancel

    async def _run(self, call: Callable[[], Awaitable[T]]) -> None:
        try:
            self._outcome = (True, await call())
        except BaseException as exc:  # handed to whoever asks for the result (a cancellation: to nobody)
            self._outcome = (False, exc)
        finally:
            self._done.set()

    async def result(self) -> T:
        await self._done.wait()
        succeeded, value = self._outcome
        if succeeded:
            return value  # type: ignore[no-any-return]
        raise value

    def cancel(self) -> None:
        self._cancel()


class SyncBackground(Generic[T]):
    """One call running in a thread beside the caller's.

    A blocking request cannot be interrupted, so `cancel()` waits for it to end: when a walk is
    closed, no request of it is left running.
    """

    __slots__ = ("_outcome", "_thread")

    def __init__(self, call: Callable[[], T]) -> None:
        self._outcome: tuple[bool, Any] = (False, None)
        self._thread = threading.Thread(target=self._run, args=(call,), name="vclient-prefetch", daemon=True)
        self._thread.start()

    def _run(self, call: Callable[[], T]) -> None:
        try:
            self._outcome = (True, call())
        except BaseException as exc:
            self._outcome = (False, exc)

    def result(self) -> T:
        self._thread.join()
        succeeded, value = self._outcome
        if succeeded:
            return value  # type: ignore[no-any-return]
        raise value

    def cancel(self) -> None:
        if self._thread is not threading.current_thread():
            self._thread.join()


async def async_run_bounded(calls: Sequence[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Every call's result, in order, with at most `limit` running at once (started in order).

    The first failure cancels the others and is raised alone, not in an exception group.
    """
    if limit == 1 or len(calls) == 1:
        return [await call() for call in calls]
    results: list[Any] = [None] * len(calls)
    failures: list[Exception] = []
    todo = iter(enumerate(calls))
    async with anyio.create_task_group() as group:

        async def worker() -> None:
            for index, call in todo:
                try:
                    results[index] = await call()
                except Exception as exc:
                    failures.append(exc)
                    group.cancel_scope.cancel()
                    return

        for _ in range(min(limit, len(calls))):
            group.start_soon(worker)
    if failures:
        raise failures[0]
    return results


def sync_run_bounded(calls: Sequence[Callable[[], T]], limit: int) -> list[T]:
    """Every call's result, in order, from at most `limit` threads (calls started in order).

    The first failure stops the calls not started yet and is raised once the running ones are over.
    """
    if limit == 1 or len(calls) == 1:
        return [call() for call in calls]
    results: list[Any] = [None] * len(calls)
    failures: list[BaseException] = []
    todo = iter(enumerate(calls))
    lock = threading.Lock()

    def worker() -> None:
        while not failures:
            with lock:
                step = next(todo, None)
            if step is None:
                return
            try:
                results[step[0]] = step[1]()
            except BaseException as exc:
                failures.append(exc)

    threads = [threading.Thread(target=worker, name="vclient-page") for _ in range(min(limit, len(calls)))]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    except BaseException as exc:  # Ctrl-C in the caller: start nothing more, let the running calls end
        failures.append(exc)
        for thread in threads:
            thread.join()
        raise
    if failures:
        raise failures[0]
    return results
