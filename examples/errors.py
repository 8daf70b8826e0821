"""What goes wrong, and how it arrives: one exception tree, with the server's details attached.

The fake's `override` forces the answers a real server gives on a bad day.
"""

from vclient.exceptions import (
    APIError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    ValidationError,
)
from vclient.models import TraitModifyCurrency
from vclient.testing import SyncFakeVClient

client = SyncFakeVClient(seed=1)
world = client.fake.world
campaigns = client.campaigns(on_behalf_of=world.storyteller_id)

try:  # an id that does not exist
    campaigns.get("0192f3c4-5b6a-7d8e-9f01-00000000dead")
except NotFoundError as error:
    print(f"NotFoundError: {error.status_code} {error.detail}")

try:  # not an id at all: the server says which parameter
    campaigns.get("no-such-campaign")
except ValidationError as error:
    print(f"ValidationError: {[(p.field, p.message) for p in error.invalid_parameters]}")

traits = client.characters(on_behalf_of=world.storyteller_id).traits(world.character_ids[0])
strength = traits.list_all()[0]
try:  # a body the server rejects, field by field
    traits.change_value(strength.id, target_value=9, currency=TraitModifyCurrency.NO_COST)
except ValidationError as error:
    print(f"ValidationError: {[(p.field, p.message) for p in error.invalid_parameters]}")

try:  # caught before sending: the SDK checks what it can
    campaigns.books(world.campaign_id).renumber("any-book", 0)
except RequestValidationError as error:
    print(f"RequestValidationError: {error}")

client.fake.override("listCampaigns", status=503, times=2)  # two failures, then the retry succeeds
print(f"after two 503s, retried: {campaigns.get_page().total} campaign")

client.fake.override("getCampaign", status=500)
try:
    campaigns.get(world.campaign_id)
except ServerError as error:
    print(f"ServerError, not retried (the server's 500s recur): {error.status_code}")

client.fake.override("listCampaigns", status=429)
try:
    campaigns.list_all()
except RateLimitError as error:
    print(f"RateLimitError: retry after {error.retry_after} s")

with SyncFakeVClient(client.fake, api_key="a-revoked-key") as stranger:
    try:
        stranger.companies.list_all()
    except AuthenticationError as error:
        print(
            f"AuthenticationError: {error.detail}; the key is never shown: {'revoked' not in repr(stranger)}"
        )
    except APIError as error:  # the base of everything the server can answer
        print(f"something else: {error}")
client.close()
