"""Dictionary terms: the company's glossary (a catalog: pages of up to 1000)."""

from __future__ import annotations

from datetime import datetime

from .._endpoint import Endpoint
from .._model import UNSET, Model, Unset
from .._pagination import PAGING, Page
from ._fields import Name
from ._traits import TraitPower

CATALOG_LIMIT = 1000


class DictionaryTerm(Model):
    """A term of a company's dictionary (lore, rules, slang) with its definition."""

    id: str
    date_created: datetime
    date_modified: datetime
    term: str
    definition: str | None
    link: str | None
    synonyms: list[str]
    company_id: str | None
    source_type: str | None
    source_id: str | None
    powers: list[TraitPower]


class DictionaryTermCreate(Model, omit_defaults=True):
    term: Name
    definition: str | Unset | None = UNSET
    link: str | Unset | None = UNSET
    synonyms: list[str] | Unset = UNSET


class DictionaryTermPatch(Model, omit_defaults=True):
    term: Name | Unset = UNSET
    definition: str | Unset | None = UNSET
    link: str | Unset | None = UNSET
    synonyms: list[str] | Unset = UNSET


_TERMS = "/api/v1/companies/{company_id}/dictionaries"
_TERM = _TERMS + "/{dictionary_term_id}"

LIST_DICTIONARY_TERMS: Endpoint[Page[DictionaryTerm]] = Endpoint(
    "listDictionaryTerms",
    "GET",
    _TERMS,
    Page[DictionaryTerm],
    query=(*PAGING, "term"),
    max_limit=CATALOG_LIMIT,
)
CREATE_DICTIONARY_TERM: Endpoint[DictionaryTerm] = Endpoint(
    "createDictionaryTerm", "POST", _TERMS, DictionaryTerm, body=DictionaryTermCreate
)
GET_DICTIONARY_TERM: Endpoint[DictionaryTerm] = Endpoint("getDictionaryTerm", "GET", _TERM, DictionaryTerm)
UPDATE_DICTIONARY_TERM: Endpoint[DictionaryTerm] = Endpoint(
    "updateDictionaryTerm", "PATCH", _TERM, DictionaryTerm, body=DictionaryTermPatch
)
DELETE_DICTIONARY_TERM: Endpoint[None] = Endpoint("deleteDictionaryTerm", "DELETE", _TERM, None)
