"""Paging through a large collection: one page at a time, or every item with the SDK fetching pages.

The seeded fake holds 120 dice rolls. `get_page` gives one page with its arithmetic; `iter_all`
walks them all, a page per request, and `list_all` collects them into a list.
"""

from collections import Counter

from vclient.testing import SyncFakeVClient

client = SyncFakeVClient(seed=1)
world = client.fake.world
rolls = client.dicerolls(on_behalf_of=world.storyteller_id)

page = rolls.get_page(limit=25)
print(f"page {page.current_page} of {page.total_pages}: {len(page.items)} of {page.total} rolls")
while page.has_more:
    page = rolls.get_page(limit=25, offset=page.next_offset)
print(f"last page: {page.current_page}, {len(page.items)} rolls")

client.fake.reset()  # forget the calls so far, to count the next ones
outcomes = Counter(roll.result.total_result_type for roll in rolls.iter_all(limit=50) if roll.result)
print(f"outcomes: {dict(sorted(outcomes.items()))}")
print(f"requests at 50 rolls per page: {len(client.fake.calls_to('listDiceRolls'))}")
client.close()
