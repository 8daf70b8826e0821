"""Pages and the arithmetic of walking through them."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._exceptions import PaginationError, RequestValidationError
from ._model import Model

__all__ = ["DEFAULT_PAGE_SIZE", "PAGING", "Page", "check_page_args", "next_offset"]

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


def check_page_args(limit: object, offset: object, maximum: int) -> None:
    """Reject out-of-range paging arguments instead of clamping them silently."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= maximum:
        raise RequestValidationError(f"limit must be an integer from 0 to {maximum}, got {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise RequestValidationError(f"offset must be a non-negative integer, got {offset!r}")


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
