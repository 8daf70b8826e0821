"""The sync client, for scripts and notebooks: the same services, without `await`.

With a real server, use `SyncVClient(base_url=..., api_key=...)` instead of `SyncFakeVClient()`.
"""

from vclient.models import CompanySettingsInput
from vclient.testing import SyncFakeVClient

with SyncFakeVClient() as client:
    created = client.companies.create(
        name="Vienna by Night",
        email="st@example.com",
        settings=CompanySettingsInput(character_autogen_xp_cost=12),
    )
    company = created.company
    print(f"created {company.name}; {created.admin_user.username} is its {created.admin_user.role}")

    company = client.companies.update(company.id, description="Elysium at the Opera")
    print(f"description: {company.description}")
    company = client.companies.update(company.id, description=None)  # None clears; left out stays
    print(f"description cleared: {company.description is None}")

    print(f"{len(client.companies.list_all())} companies in all")
    client.companies.delete(company.id)
    print(f"after deleting: {len(client.companies.list_all())}")
