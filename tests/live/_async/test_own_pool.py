"""A client on the pool it makes itself (no `http_client=`): the SDK calls that pool's transport
straight, so reads, writes, uploads, downloads and errors are checked on that path too."""

from __future__ import annotations

from pathlib import Path

import pytest

from vclient import VClient
from vclient.exceptions import NotFoundError

from ..conftest import Live, tiny_png, unique


async def test_the_sdks_own_pool_reads_writes_uploads_and_downloads(live: Live, tmp_path: Path) -> None:
    admin_key, user = live.keys["GLOBAL_ADMIN_KEY"], live.storyteller
    async with VClient(
        live.url, admin_key, default_company_id=live.company_id, set_as_default=False
    ) as client:
        assert (await client.system.health()).database_status == "online"
        assert client.last_response is not None and client.last_response.request_id

        campaigns = client.campaigns(user)
        campaign = await campaigns.create(name=unique("Own pool "))
        try:
            assert (await campaigns.get(campaign.id)).name == campaign.name
            assert campaign.id in [c.id async for c in campaigns.iter_all(limit=2)]
            asset = await campaigns.assets(campaign.id).upload(tiny_png(5), filename="own.png")
            assert asset.original_filename == "own.png"
        finally:
            await campaigns.delete(campaign.id)
        with pytest.raises(NotFoundError):
            await campaigns.get(campaign.id)

        saved = await client.global_admin.download_logs(tmp_path / "logs.zip")
        assert saved.read_bytes()[:2] == b"PK"
