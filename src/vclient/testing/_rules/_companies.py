"""Companies: created by any developer, who owns them; listed to the developers who may use them."""

from __future__ import annotations

from typing import Any

from .._store import DEVELOPERS, Problem, Store, page
from ._common import Call, Rule
from ._settings import with_defaults

COMPANIES = "/api/v1/companies"


def grant(developer: dict[str, Any], company: dict[str, Any], permission: str) -> None:
    """Give (or change, or with REVOKE remove) a developer's permission on a company."""
    others = [c for c in developer["companies"] if c["company_id"] != company["id"]]
    kept = (
        []
        if permission == "REVOKE"
        else [{"company_id": company["id"], "name": company["name"], "permission": permission}]
    )
    developer["companies"] = others + kept


def permission(developer: dict[str, Any], company_id: str) -> str | None:
    return next((c["permission"] for c in developer["companies"] if c["company_id"] == company_id), None)


def create_company(store: Store, call: Call) -> tuple[int, Any]:
    """The creator owns the new company and gets an ADMIN user of their own in it."""
    developer = call.developer
    company = store.insert(
        COMPANIES, with_defaults(store.model("getCompany", call.body), call.body.get("settings"))
    )
    grant(developer, company, "OWNER")
    admin = {"username": developer["username"], "email": developer["email"], "role": "ADMIN"}
    user = store.insert(
        f"{COMPANIES}/{company['id']}/users",
        store.model("createUser", {**admin, "company_id": company["id"]}),
    )
    return 201, store.shape("createCompany", {"company": company, "admin_user": user})


def list_companies(store: Store, call: Call) -> tuple[int, Any]:
    developer = call.developer
    companies = list(store.items(COMPANIES).values())
    if not developer["is_global_admin"]:
        companies = [c for c in companies if permission(developer, c["id"])]
    return 200, page(companies, call.query, max_limit=100)


def grant_access(store: Store, call: Call) -> tuple[int, Any]:
    company = store.find(COMPANIES, call.path_params["company_id"], "Company")
    developer = store.find(DEVELOPERS, call.body["developer_id"], "Developer")
    grant(developer, company, call.body["permission"])
    answer = {"company_id": company["id"], "name": company["name"], "permission": call.body["permission"]}
    return 201, answer


# The developer permission each company operation needs (any permission will do for the rest).
NEEDS = {
    "updateCompany": ("ADMIN", "OWNER"),
    "deleteCompany": ("OWNER",),
    "addDeveloperToCompany": ("OWNER",),
}


def authorize(store: Store, call: Call) -> None:
    """The server's developer guards: a company's routes need a permission on it (global admins need none)."""
    developer = call.developer
    if call.path.startswith("/api/v1/admin") and not developer["is_global_admin"]:
        raise Problem.forbidden()
    company_id = call.path_params.get("company_id")
    if company_id is None or developer["is_global_admin"]:
        return
    held = permission(developer, company_id) if company_id in store.items(COMPANIES) else None
    if held is None or held not in NEEDS.get(call.operation, (held,)):
        raise Problem.forbidden()


RULES: dict[str, Rule] = {
    "createCompany": create_company,
    "listCompanies": list_companies,
    "addDeveloperToCompany": grant_access,
}
