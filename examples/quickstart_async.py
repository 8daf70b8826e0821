"""The async client: health, a page of companies, every company, and an error handled."""

import asyncio

import httpx
from _server import transport

from vclient import VClient, companies_service
from vclient.exceptions import NotFoundError


async def main() -> None:
    # With a real server, drop http_client: VClient(base_url=..., api_key=...) or the environment.
    http = httpx.AsyncClient(transport=transport())
    async with VClient("https://api.valentina-noir.com", "demo-key", http_client=http) as client:
        health = await client.system.health()
        print(f"API {health.version}: database {health.database_status}")

        page = await client.companies.get_page(limit=5)
        print(f"page {page.current_page} of {page.total_pages}: {[c.name for c in page.items]}")

        companies = companies_service()  # the factory uses the client created above
        async for company in companies.iter_all():
            if company.num_campaigns == 3:
                print(f"{company.name} runs 3 campaigns")

        try:
            await companies.get("no-such-company")
        except NotFoundError as error:
            print(f"not found: {error.detail} (status {error.status_code})")
    await http.aclose()


asyncio.run(main())
