"""The `vclient` logger. Silent unless the application configures logging or sets VALENTINA_CLIENT_LOG.

Per-request lines are logged at INFO and DEBUG only, never WARNING, so that Python's last-resort
handler never prints them in an application that has not configured logging.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Mapping

from ._core._checks import hook_name

__all__ = ["ENV_LOG", "configure_from_env", "log_attempt", "log_hook_failure", "log_turn"]

ENV_LOG = "VALENTINA_CLIENT_LOG"
logger = logging.getLogger("vclient")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Marks the one handler VALENTINA_CLIENT_LOG installs, so that it is installed once."""


def configure_from_env(environ: Mapping[str, str]) -> None:
    level = _LEVELS.get(environ.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def log_attempt(
    method: str,
    path: str,
    outcome: int | str,
    elapsed: float,
    headers: Mapping[str, str] | None,
    attempt: int,
    retry_in: float | None,
) -> None:
    """One line per HTTP attempt (`outcome` is a status or an error name).

    Never raises: a broken filter or handler must not break the request. The request id is looked up
    only when the line is going to be logged.
    """
    try:
        if not logger.isEnabledFor(logging.INFO):
            return
        request_id = headers.get("x-request-id") if headers is not None else None
        line = "%s %s -> %s in %.1f ms request_id=%s retry=%d"
        args: tuple[object, ...] = (method, path, outcome, elapsed * 1000, request_id or "-", attempt)
        if retry_in is not None:
            line += "; retrying in %.2f s"
            args += (retry_in,)
        logger.info(line, *args)
    except Exception:
        pass


def log_turn(method: str, path: str, wait: float, bucket: str | None) -> None:
    """The line a paced request logs before it waits: how long, and for which of the server's buckets."""
    try:
        if logger.isEnabledFor(logging.INFO):
            logger.info('%s %s waits %.2f s for a turn under rate limit "%s"', method, path, wait, bucket)
    except Exception:
        pass


def log_hook_failure(hook: object, exc: Exception) -> None:
    """An `on_attempt` hook raised: said at WARNING, with its traceback, as the bug in the caller's
    code it is; the call goes on as if the hook had returned."""
    with contextlib.suppress(Exception):
        logger.warning(
            "on_attempt hook %s raised %s; the call goes on",
            hook_name(hook),
            type(exc).__name__,
            exc_info=exc,
        )
