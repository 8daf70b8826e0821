"""The rules the server applies to the values it stores, declared once on the request models.

The SDK checks every request body against its model before sending, so an empty name or `danger=99`
fails at once with `RequestValidationError`; the fake API checks bodies with the same models, so it
answers 400 where the server does. Lengths and ranges are the server's own (its database rules, which
the OpenAPI document leaves out); `Id` is the document's `format: uuid`.
"""

from __future__ import annotations

from typing import Annotated

from msgspec import Meta

UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"

Id = Annotated[str, Meta(pattern=UUID_PATTERN)]
"""The id of something on the server: a UUID."""

Name = Annotated[str, Meta(min_length=3, max_length=50)]
"""A name or title the server keeps: 3 to 50 characters."""

PersonName = Annotated[str, Meta(min_length=2, max_length=50)]
"""A user's first or last name: 2 to 50 characters."""

Label = Annotated[str, Meta(max_length=50)]
"""A name the server keeps without a minimum (books, chapters, items, usernames of developers): up to 50."""

Text = Annotated[str, Meta(min_length=3)]
"""A description, biography or note body: at least 3 characters."""

Email = Annotated[str, Meta(pattern=EMAIL_PATTERN, max_length=255)]
"""An email address: one @, and a dot in the domain."""

Level = Annotated[int, Meta(ge=0, le=5)]
"""A campaign's danger or desperation: 0 to 5."""

Points = Annotated[int, Meta(ge=0, le=100)]
"""A trait's bounds and costs, a company's XP cost and starting points: 0 to 100."""

Choices = Annotated[int, Meta(ge=1, le=10)]
"""How many characters a chargen session offers: 1 to 10."""
