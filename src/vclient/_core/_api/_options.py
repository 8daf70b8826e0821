"""The server's enumerations, grouped by category, as one typed object."""

from __future__ import annotations

from .._endpoint import Endpoint
from .._model import Model

RawOptions = dict[str, dict[str, list[str | int] | dict[str, str]]]


class OptionCategory(Model):
    """One category: each enumeration's values, and links to related catalog endpoints."""

    enums: dict[str, list[str | int]]
    related: dict[str, str]


class Options(Model):
    """Every enumeration the server accepts, by category, as it lists them."""

    categories: dict[str, OptionCategory]

    def values(self, enum_name: str) -> list[str | int]:
        """The values of one enumeration (e.g. "UserRole"), whichever category holds it; [] if none."""
        for category in self.categories.values():
            if enum_name in category.enums:
                return category.enums[enum_name]
        return []

    @classmethod
    def from_raw(cls, raw: RawOptions) -> Options:
        """Split each category's entries into enumerations (lists) and related links (mappings)."""
        categories = {}
        for name, entries in raw.items():
            enums = {key: value for key, value in entries.items() if isinstance(value, list)}
            related: dict[str, str] = {}
            for value in entries.values():
                if isinstance(value, dict):
                    related.update(value)
            categories[name] = OptionCategory(enums=enums, related=related)
        return cls(categories=categories)


GET_COMPANY_OPTIONS: Endpoint[RawOptions] = Endpoint(
    "getCompanyOptions", "GET", "/api/v1/companies/{company_id}/options", RawOptions
)
