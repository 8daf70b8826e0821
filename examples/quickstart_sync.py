"""The sync client: the same services, for scripts and notebooks."""

import httpx
from _server import transport

from vclient import SyncVClient
from vclient.models import CompanySettingsInput

http = httpx.Client(transport=transport())
with SyncVClient("https://api.valentina-noir.com", "demo-key", http_client=http) as client:
    created = client.companies.create(
        name="Vienna by Night",
        email="st@example.com",
        settings=CompanySettingsInput(character_autogen_xp_cost=12),
    )
    company = created.company
    print(f"created {company.name}; {created.admin_user.username} is its {created.admin_user.role}")

    company = client.companies.update(company.id, description="Elysium at the Opera")
    print(f"description: {company.description}")
    company = client.companies.update(company.id, description=None)  # None clears, omitted leaves alone
    print(f"description cleared: {company.description is None}")

    print(f"{len(client.companies.list_all())} companies in all")
    stats = client.companies.get_statistics(company.id)
    print(f"{stats.total_rolls} rolls, {stats.success_percentage}% successes")
http.close()
