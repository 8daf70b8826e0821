"""Dictionary terms: kept in lower case, with sorted synonyms; each needs a definition or a link."""

from __future__ import annotations

from .._store import Problem, Store
from ._common import Call, Check


def normalise_term(store: Store, call: Call) -> None:
    body = call.body
    if call.operation == "createDictionaryTerm" and not (body.get("definition") or body.get("link")):
        raise Problem.bad("DictionaryTerm must have either a definition or a link.")
    if isinstance(body.get("term"), str):
        body["term"] = body["term"].strip().lower()
    if isinstance(body.get("synonyms"), list):
        body["synonyms"] = sorted({synonym.lower().strip() for synonym in body["synonyms"]})


CHECKS: dict[str, Check] = {"createDictionaryTerm": normalise_term, "updateDictionaryTerm": normalise_term}
