"""Test your code against an in-memory Valentina Noir API, with the real clients on top.

from vclient.testing import FakeVClient

async with FakeVClient() as client:
    campaign = await client.campaigns("user-id").create(name="Test")
    assert client.fake.calls_to("createCampaign")
"""

from .._async._fake import FakeVClient
from .._public import publish
from .._sync._fake import SyncFakeVClient
from ._api import COMPANY_ID, DEFAULT_API_KEY, FakeAPI, FakeResponse
from ._operations import OPERATIONS, OperationId
from ._rules import Call
from ._transport import fake_transport
from ._world import World

__all__ = [
    "COMPANY_ID",
    "DEFAULT_API_KEY",
    "OPERATIONS",
    "Call",
    "FakeAPI",
    "FakeResponse",
    "FakeVClient",
    "OperationId",
    "SyncFakeVClient",
    "World",
    "fake_transport",
]

publish(__name__, globals(), __all__)
