"""Each client takes hooks of its own flavour: the async one awaits them, the sync one calls them."""

from __future__ import annotations

import functools

import pytest

from vclient import AttemptInfo, SyncVClient, VClient
from vclient.exceptions import ConfigurationError


def plain(attempt: AttemptInfo) -> None: ...


async def awaited(attempt: AttemptInfo) -> None: ...


class AwaitedCall:
    async def __call__(self, attempt: AttemptInfo) -> None: ...


@pytest.mark.parametrize(
    ("client_class", "wrong", "right"),
    [
        (VClient, plain, awaited),
        (VClient, plain, AwaitedCall()),
        (VClient, plain, functools.partial(awaited)),
        (SyncVClient, awaited, plain),
        (SyncVClient, AwaitedCall(), functools.partial(plain)),
    ],
)
def test_a_hook_of_the_other_flavour_is_refused_when_the_client_is_made(
    client_class: type[VClient] | type[SyncVClient], wrong: object, right: object
) -> None:
    with pytest.raises(ConfigurationError, match="must be"):
        client_class("https://api.test", "k", set_as_default=False, on_attempt=wrong)  # type: ignore[arg-type]
    client_class("https://api.test", "k", set_as_default=False, on_attempt=[right])  # type: ignore[list-item]
