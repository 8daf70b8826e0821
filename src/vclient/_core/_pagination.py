"""Pages and the arithmetic of walking through them."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, SupportsIndex, TypeVar, overload

from . import _display
from ._exceptions import PaginationError, RequestValidationError
from ._model import Model

__all__ = ["DEFAULT_PAGE_SIZE", "PAGING", "Page", "PageWalk", "Seen", "check_count", "check_page_args"]

T = TypeVar("T")

PAGING = ("limit", "offset")
"""The query parameters every paginated collection takes."""

DEFAULT_PAGE_SIZE = 10
"""The server's own default for `limit`; `get_page()` keeps it."""


class Page(Model, Generic[T], dict=True):
    """One page of a collection, as the server returned it: a read-only sequence of its items.

    `client.next_page(page)` fetches the page after it with the same filters (the client keeps
    how the page was asked for beside it, never in its fields).
    """

    items: list[T]
    limit: int
    offset: int
    total: int

    def __len__(self) -> int:
        return len(self.items)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(_display.pretty_page(self.items, self.offset, self.total))

    def _repr_html_(self) -> str:
        return _display.html_table(self.items, _display.page_heading(self.items, self.offset, self.total))

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __contains__(self, value: object) -> bool:
        return value in self.items

    def __reversed__(self) -> Iterator[T]:
        return reversed(self.items)

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | list[T]:
        return self.items[index]

    def index(self, value: object, start: int = 0, stop: int = sys.maxsize) -> int:
        """Where `value` first is among the items (ValueError when it is not), as for a list."""
        return self.items.index(value, start, stop)  # type: ignore[arg-type]

    def count(self, value: object) -> int:
        """How many of the items equal `value`."""
        return self.items.count(value)  # type: ignore[arg-type]

    @property
    def has_more(self) -> bool:
        """Whether items follow this page."""
        return self.offset + len(self.items) < self.total

    @property
    def next_offset(self) -> int:
        """Where the page after this one starts."""
        return self.offset + len(self.items)

    @property
    def total_pages(self) -> int:
        """How many pages of this page's `limit` the collection fills."""
        return -(-self.total // self.limit) if self.limit > 0 else 0

    @property
    def current_page(self) -> int:
        """1-based number of this page (its first item's page when offsets are not aligned)."""
        return self.offset // self.limit + 1 if self.limit > 0 else 1


Sequence.register(Page)


def check_count(name: str, value: object, low: int, high: int | None = None) -> None:
    """Reject a count outside the server's range instead of clamping it silently."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < low
        or (high is not None and value > high)
    ):
        span = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise RequestValidationError(f"{name} must be an integer {span}, got {value!r}")


def check_page_args(limit: object, offset: object, maximum: int) -> None:
    check_count("limit", limit, 0, maximum)
    check_count("offset", offset, 0)


@dataclass(slots=True)
class PageWalk:
    """A walk through a collection's pages: where the next page starts, and when to stop.

    It ends when the collection is exhausted, and refuses to go on (`PaginationError`) when a page
    does not advance, or when the collection keeps growing past twice what its first page promised
    (plus a page): a walk always ends, and says why when it ends early.
    """

    limit: int
    offset: int = 0
    promised: int | None = None

    def next_offset(self, page: Page[Any]) -> int | None:
        """Where the page after `page` starts, or None when there is none."""
        if self.promised is None:
            self.promised = page.total
        if not page.has_more:
            return None
        if page.offset != self.offset or not page.items:
            raise PaginationError(
                f"pagination stalled: asked for offset {self.offset}, got offset {page.offset} "
                f"with {len(page.items)} of {page.total} items"
            )
        self.offset = page.next_offset
        if self.offset >= 2 * self.promised + self.limit:
            raise PaginationError(
                f"the collection kept growing: its first page promised {self.promised} items, and after "
                f"{self.offset} it claims {page.total}; stopped rather than follow it for ever"
            )
        return self.offset

    def planned(self, page: Page[Any]) -> range:
        """The offsets of the pages after `page` that its total promises (at least the next one), to be
        fetched at once; `next_offset(page)` must have said there is a next one."""
        return range(self.offset, max(page.total, self.offset + 1), self.limit)


class Seen:
    """The ids of the items a walk has returned lately, so that none is returned twice.

    Offsets shift when items are added before them during a walk: a page then repeats items of the
    one before it. With a `window`, only the latest `window` ids are kept (memory stays flat over a
    long walk; a repeat is caught unless more than a window's worth of items came in between two
    pages). Items without an `id` are all returned.
    """

    __slots__ = ("_ids", "_order", "_window")

    def __init__(self, window: int | None = None) -> None:
        self._ids: set[object] = set()
        self._window = window
        self._order: deque[object] = deque()

    def first(self, item: object) -> bool:
        """Whether `item` is new to the walk (it is remembered from now on)."""
        key = getattr(item, "id", None)
        if key is None:
            return True
        if key in self._ids:
            return False
        self._ids.add(key)
        if self._window is not None:
            self._order.append(key)
            if len(self._order) > self._window:
                self._ids.discard(self._order.popleft())
        return True
