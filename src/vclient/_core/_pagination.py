"""Pages and the arithmetic of walking through them."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._exceptions import PaginationError, RequestValidationError
from ._model import Model

__all__ = ["DEFAULT_PAGE_SIZE", "PAGING", "Page", "check_count", "check_page_args", "next_offset"]

T = TypeVar("T")

PAGING = ("limit", "offset")
"""The query parameters every paginated collection takes."""

DEFAULT_PAGE_SIZE = 10
"""The server's own default for `limit`; `get_page()` keeps it."""


class Page(Model, Generic[T]):
    """One page of a collection, as the server returned it."""

    items: list[T]
    limit: int
    offset: int
    total: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total

    @property
    def next_offset(self) -> int:
        return self.offset + len(self.items)

    @property
    def total_pages(self) -> int:
        return -(-self.total // self.limit) if self.limit > 0 else 0

    @property
    def current_page(self) -> int:
        """1-based number of this page (its first item's page when offsets are not aligned)."""
        return self.offset // self.limit + 1 if self.limit > 0 else 1


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


def next_offset(page: Page[T], requested_offset: int) -> int | None:
    """Where the next page starts, or None when the collection is exhausted.

    Raises `PaginationError` when the server's page does not advance (it ignored the offset,
    or claims more items while returning none), which would otherwise loop forever.
    """
    if not page.has_more:
        return None
    if page.offset != requested_offset or not page.items:
        raise PaginationError(
            f"pagination stalled: asked for offset {requested_offset}, got offset {page.offset} "
            f"with {len(page.items)} of {page.total} items"
        )
    return page.next_offset
