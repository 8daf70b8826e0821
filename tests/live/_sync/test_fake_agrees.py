# Generated from tests/live/_async/test_fake_agrees.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The fake API against the real server: the same scenarios on both, the same outcomes.

Each scenario runs once on the live server and once on `vclient.testing`'s fake, set up alike (a company
with an ADMIN, a STORYTELLER and a PLAYER, and keys of a global admin, a company ADMIN and a USER
developer). Outcomes are compared, not ids: the exception class, status, server code and fields named,
or what a successful answer says. Where the two part ways, the fake is wrong; what the fake still
simplifies on purpose is listed in docs/testing.md and kept out of these scenarios.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from vclient import SyncVClient
from vclient._core._errors import error_from_response
from vclient.exceptions import APIError, APIStatusError, ValidationError
from vclient.models import (
    CharacterClass,
    CharacterType,
    CompanyPermission,
    CompanySettingsInput,
    GameVersion,
    IdentityProvider,
    TraitModifyCurrency,
    UserRole,
)
from vclient.testing import FakeAPI, SyncFakeVClient, fake_transport

from .. import wire
from ..conftest import Live, unique
from .conftest import connect, settled


@dataclass
class Site:
    """One side of the comparison: clients for each kind of key, the company's users, raw HTTP."""

    admin: SyncVClient
    company_admin: SyncVClient
    user_key: SyncVClient
    company_id: str
    admin_user: str
    storyteller: str
    player: str
    http: httpx.Client
    keys: dict[str, str]

    def raw(self, method: str, path: str, key: str = "company_admin", **kwargs: Any) -> object:
        """A request the SDK would refuse to send, straight to the server: its outcome."""
        headers = {"X-API-KEY": self.keys[key], "On-Behalf-Of": self.storyteller, **kwargs.pop("headers", {})}
        response = self.http.request(method, path, headers=headers, **kwargs)
        if response.status_code < 400:
            return ("ok", response.status_code)
        error = error_from_response(
            status_code=response.status_code,
            headers=response.headers,
            body=response.content,
            method=method,
            url=path,
        )
        return failure(error)


def failure(error: APIError) -> object:
    if isinstance(error, APIStatusError):
        fields = (
            sorted({p.field or "" for p in error.invalid_parameters})
            if isinstance(error, ValidationError)
            else []
        )
        return ("error", type(error).__name__, error.status_code, error.code, fields)
    return ("refused", type(error).__name__)


def outcome(call: Callable[[], Any], summary: Callable[[Any], object] = lambda _: None) -> object:
    try:
        result = call()
    except APIError as error:
        return failure(error)
    return ("ok", summary(result))


@contextlib.contextmanager
def live_site(live: Live) -> Iterator[Site]:
    with (
        connect(live, live.keys["GLOBAL_ADMIN_KEY"]) as admin,
        connect(live, live.keys["COMPANY_ADMIN_KEY"]) as company_admin,
        connect(live, live.keys["USER_KEY"]) as user_key,
        wire.http_client(httpx.Client) as http,
    ):
        http.base_url = httpx.URL(live.url + f"/api/v1/companies/{live.company_id}")
        keys = {
            "admin": live.keys["GLOBAL_ADMIN_KEY"],
            "company_admin": live.keys["COMPANY_ADMIN_KEY"],
            "user_key": live.keys["USER_KEY"],
        }
        yield Site(
            admin,
            company_admin,
            user_key,
            live.company_id,
            live.admin_user,
            live.storyteller,
            live.player,
            http,
            keys,
        )


@contextlib.contextmanager
def fake_site() -> Iterator[Site]:
    fake = FakeAPI(seed=1)
    world = fake.world
    keys = {"admin": "vk_fake_global", "company_admin": "vk_fake_company_admin", "user_key": "vk_fake_user"}
    fake.add_api_key(keys["admin"], admin=True)
    fake.add_api_key(keys["company_admin"], permission=CompanyPermission.ADMIN)
    fake.add_api_key(keys["user_key"], permission=CompanyPermission.USER)
    with (
        SyncFakeVClient(fake, api_key=keys["admin"]) as admin,
        SyncFakeVClient(fake, api_key=keys["company_admin"]) as company_admin,
        SyncFakeVClient(fake, api_key=keys["user_key"]) as user_key,
        httpx.Client(transport=fake_transport(fake)) as http,
    ):
        http.base_url = httpx.URL(f"{admin.config.base_url}/api/v1/companies/{world.company_id}")
        yield Site(
            admin,
            company_admin,
            user_key,
            world.company_id,
            world.admin_id,
            world.storyteller_id,
            world.player_ids[0],
            http,
            keys,
        )


# -- the scenarios: each returns what it saw, in order --------------------------------------------


def permissions(site: Site) -> list[object]:
    company = site.company_id
    return [
        outcome(lambda: site.user_key.companies.get(company), lambda c: c.id == company),
        outcome(lambda: site.user_key.companies.update(company, description="Not allowed here")),
        outcome(
            lambda: site.company_admin.companies.grant_access(
                company, str(uuid.uuid4()), CompanyPermission.USER
            )
        ),
        outcome(lambda: site.company_admin.global_admin.get_developer_page()),
        outcome(lambda: site.user_key.global_admin.tail_logs()),
        outcome(
            lambda: site.user_key.companies.get(str(uuid.uuid4()))
        ),  # no rights to a company not there
        outcome(lambda: site.admin.companies.get(str(uuid.uuid4()))),  # the global admin: not found
        outcome(
            site.company_admin.developer.get_me,
            lambda me: [c.permission for c in me.companies if c.company_id == company],
        ),
        outcome(
            site.user_key.developer.get_me,
            lambda me: [c.permission for c in me.companies if c.company_id == company],
        ),
        outcome(
            site.user_key.companies.list_all, lambda companies: company in {c.id for c in companies}
        ),
    ]


def bad_input_the_sdk_would_refuse(site: Site) -> list[object]:
    return [
        site.raw("POST", "/campaigns", json={"name": ""}),
        site.raw("POST", "/campaigns", json={"name": "Long Night", "danger": 99}),
        site.raw("POST", "/campaigns", json={"nme": "Long Night"}),
        site.raw(
            "POST", "/campaigns", content=b"{not json", headers={"Content-Type": "application/json"}
        ),
        site.raw("GET", "/campaigns/not-a-uuid"),
        site.raw("GET", "/characters/not-a-uuid/traits"),
        site.raw("GET", "/no-such-route"),
        site.raw("GET", "/campaigns", params={"limit": "101"}),
        site.raw("POST", "/users", json={"username": "x", "email": "x@example.com", "role": "PLAYER"}),
        site.raw("POST", "/dictionaries", json={"term": "Kindred"}),  # a definition or a link is needed
        site.raw(
            "POST",
            f"/users/{site.admin_user}/assets/upload",
            files={"file": ("notes.txt", b"plain text", "text/plain")},
        ),
        site.raw(
            "POST",
            f"/users/{site.admin_user}/assets/upload",
            content=b"--x\r\ngarbage",
            headers={"Content-Type": "multipart/form-data; boundary=x"},
        ),
        site.raw("GET", "/campaigns", key="nobody") if "nobody" in site.keys else ("skipped",),
    ]


def the_sdk_meets_the_servers_400s(site: Site) -> list[object]:
    users = site.company_admin.users(site.admin_user)
    return [
        outcome(lambda: site.company_admin.campaigns(site.storyteller).get("not-a-uuid")),
        outcome(
            lambda: users.create(username=unique("w"), email="w@example.com", role=UserRole.UNAPPROVED)
        ),
        outcome(lambda: users.approve_user(site.player, UserRole.PLAYER)),
        outcome(lambda: users.deny_user(site.player)),
        outcome(lambda: users.merge(site.admin_user, site.player)),
        outcome(lambda: users.merge(site.player, site.player)),
        outcome(lambda: users.unlink_identity(site.player, provider=IdentityProvider.GOOGLE)),
    ]


def what_writes_do(site: Site) -> list[object]:
    """Writes whose effects the server shapes: names, experience, archiving, filters."""
    seen: list[object] = []
    campaigns = site.company_admin.campaigns(site.storyteller)
    campaign = campaigns.create(name="the long night of the soul")
    try:
        seen.append(campaign.name)
        book = campaigns.books(campaign.id).create(name="a book of ashes")
        seen.append(book.name)
        dictionary = site.company_admin.dictionary(site.storyteller)
        term = dictionary.create(
            term=unique("Kindred "), definition="A vampire", synonyms=["Cainite", "cainite", "Lick"]
        )
        seen.append((term.term == term.term.lower(), term.synonyms))
        dictionary.delete(term.id)

        users = site.company_admin.users(site.admin_user)
        users.add_xp(site.player, campaign.id, 5)
        cool = users.add_cool_points(site.player, campaign.id, 1)
        seen.append((cool.cool_points, cool.xp_current, cool.xp_total))
        seen.append(outcome(lambda: users.remove_xp(site.player, campaign.id, 1000)))

        name = unique("arch")
        made = site.admin.global_admin.create_user(
            company_id=site.company_id, username=name, email=f"{name}@example.com", role=UserRole.PLAYER
        )
        site.admin.global_admin.delete_user(made.id)
        seen.append(outcome(lambda: site.admin.global_admin.get_user(made.id), lambda u: u.is_archived))
        seen.append(outcome(lambda: users.get(made.id)))

        characters = site.company_admin.characters(site.storyteller)
        made_characters = [
            characters.create(
                campaign_id=campaign.id,
                character_class=CharacterClass.MORTAL,
                game_version=GameVersion.V5,
                name_first="Ada",
                name_last=unique("Npc"),
                type=kind,
            )
            for kind in (CharacterType.PLAYER, CharacterType.NPC)
        ]
        dice = site.company_admin.dicerolls(site.storyteller)
        for made_character in made_characters:
            dice.create(num_dice=2, character_id=made_character.id, campaign_id=campaign.id)
        npc_rolls = dice.get_page(campaign_id=campaign.id, character_type=CharacterType.NPC)
        seen.append([r.character_id == made_characters[1].id for r in npc_rolls.items])

        catalog = site.company_admin.character_blueprint(site.storyteller).list_all_traits(
            character_class=CharacterClass.MORTAL, game_version=GameVersion.V5
        )
        strength = next(t for t in catalog if t.name == "Strength")
        other = next(
            t for t in catalog if t.category_id != strength.category_id and t.min_value <= 1 <= t.max_value
        )
        traits = characters.traits(made_characters[0].id)
        for trait in (strength, other):
            traits.assign(trait.id, 1, TraitModifyCurrency.NO_COST)
        in_category = traits.get_page(category_id=strength.category_id)
        seen.append([t.trait.name for t in in_category.items])
    finally:
        campaigns.delete(campaign.id)
    return seen


def a_company_from_birth_to_deletion(site: Site) -> list[object]:
    owner = site.company_admin
    me = owner.developer.get_me()
    created = owner.companies.create(name=unique("Court "), email="court@example.com")
    company = created.company
    seen: list[object] = [
        (
            created.admin_user.username == me.username,
            created.admin_user.email == me.email,
            created.admin_user.role,
        ),
        [  # read again once the server's cache of the first read is cleared
            c.permission
            for c in (
                settled(
                    owner.developer.get_me, lambda me: company.id in {c.company_id for c in me.companies}
                )
            ).companies
            if c.company_id == company.id
        ],
        outcome(lambda: site.user_key.companies.get(company.id)),
    ]
    owner.companies.delete(company.id)
    seen += [
        outcome(lambda: owner.companies.get(company.id)),
        outcome(lambda: site.admin.companies.get(company.id)),
    ]
    return seen


def roles(site: Site) -> list[object]:
    """What each role of acting user may do."""
    as_player, as_storyteller = (
        site.company_admin.users(site.player),
        site.company_admin.users(site.storyteller),
    )
    campaigns = site.company_admin.campaigns(site.storyteller)
    campaign = campaigns.create(name=unique("Roles "))
    try:
        mine = site.company_admin.characters(site.storyteller).create(
            campaign_id=campaign.id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
            name_first="Theo", name_last=unique("Own"), user_player_id=site.storyteller,
        )  # fmt: skip
        return [
            outcome(
                lambda: as_player.create(username=unique("p"), email="p@example.com", role=UserRole.PLAYER)
            ),
            outcome(
                lambda: as_storyteller.create(
                    username=unique("s"), email="s@example.com", role=UserRole.ADMIN
                )
            ),
            outcome(lambda: as_player.list_all_unapproved()),
            outcome(lambda: as_player.update(site.storyteller, name_first="Renamed")),
            outcome(
                lambda: site.company_admin.character_autogen(site.player).generate_character(
                    campaign_id=campaign.id, character_type=CharacterType.PLAYER
                )
            ),
            outcome(
                lambda: site.company_admin.character_autogen(site.player).start_chargen_session(
                    campaign_id=campaign.id
                )
            ),
            outcome(
                lambda: site.company_admin.characters(site.player).update(mine.id, name_nick="Thief")
            ),
            outcome(
                lambda: site.company_admin.characters(site.storyteller).update(mine.id, name_nick="Owner")
            ),
            outcome(lambda: site.company_admin.campaigns(str(uuid.uuid4())).create(name="Nobody's")),
        ]
    finally:
        campaigns.delete(campaign.id)


def workflow_rules(site: Site) -> list[object]:
    """Numbering at both ends and past them, a trait held twice, a session finalized twice, XP at zero."""
    campaigns = site.company_admin.campaigns(site.storyteller)
    campaign = campaigns.create(name=unique("Rules "))
    try:
        books = campaigns.books(campaign.id)
        made = [books.create(name=f"Book {n}") for n in "ABC"]

        def order() -> list[str]:
            return [b.name for b in books.list_all()]

        seen: list[object] = [
            outcome(lambda: books.renumber(made[0].id, 4)),
            outcome(lambda: books.renumber(made[0].id, 3), lambda b: b.number),
            order(),
            outcome(lambda: books.renumber(made[0].id, 1), lambda b: b.number),
            outcome(lambda: books.renumber(made[2].id, 1), lambda b: b.number),
            order(),
        ]
        chapters = books.chapters(made[1].id)
        parts = [chapters.create(name=f"Part {n}") for n in "XY"]
        seen += [
            outcome(lambda: chapters.renumber(parts[1].id, 3)),
            outcome(lambda: chapters.renumber(parts[1].id, 1), lambda c: c.number),
            [c.name for c in chapters.list_all()],
        ]
        books.delete(made[1].id)  # a book with chapters
        seen += [
            order(),
            [b.number for b in books.list_all()],
            outcome(lambda: chapters.get(parts[0].id)),
            outcome(lambda: chapters.list_all(), len),
        ]

        characters = site.company_admin.characters(site.storyteller)
        kinds = (CharacterType.PLAYER, CharacterType.NPC, CharacterType.STORYTELLER)
        made_characters = [
            characters.create(
                campaign_id=campaign.id, character_class=CharacterClass.MORTAL, game_version=GameVersion.V5,
                name_first="Ada", name_last=unique("Kind"), type=kind,
            )
            for kind in kinds
        ]  # fmt: skip
        catalog = site.company_admin.character_blueprint(site.storyteller).list_all_traits(
            character_class=CharacterClass.MORTAL, game_version=GameVersion.V5
        )
        strength = next(t for t in catalog if t.name == "Strength")
        traits = characters.traits(made_characters[0].id)
        seen += [
            outcome(
                lambda: traits.assign(strength.id, 1, TraitModifyCurrency.NO_COST), lambda t: t.value
            ),
            outcome(lambda: traits.assign(strength.id, 2, TraitModifyCurrency.NO_COST)),
        ]

        index = {c.id: i for i, c in enumerate(made_characters)}
        dice = site.company_admin.dicerolls(site.storyteller)
        for made_character in made_characters:
            dice.create(num_dice=1, character_id=made_character.id, campaign_id=campaign.id)
        dice.create(num_dice=1, campaign_id=campaign.id)

        def rolled(service: Any, **filters: Any) -> list[object]:
            page = service.get_page(campaign_id=campaign.id, **filters)
            return [index.get(r.character_id or "") for r in page.items]

        for kind in kinds:
            seen.append(rolled(dice, character_type=kind))
        seen.append(rolled(dice))
        seen.append(rolled(site.company_admin.dicerolls(site.player)))

        users = site.company_admin.users(site.admin_user)
        seen += [
            outcome(lambda: users.remove_xp(site.player, campaign.id, 1)),
            outcome(lambda: users.add_xp(site.player, campaign.id, 10), lambda x: x.xp_current),
            outcome(lambda: users.remove_xp(site.player, campaign.id, 10), lambda x: x.xp_current),
            outcome(lambda: users.add_xp(site.player, campaign.id, 0)),
            outcome(lambda: users.add_cool_points(site.player, campaign.id, 0)),
        ]
        users.add_xp(site.player, campaign.id, 10)
        autogen = site.company_admin.character_autogen(site.player)
        session = autogen.start_chargen_session(campaign_id=campaign.id)
        chosen = session.characters[0].id
        seen += [
            outcome(
                lambda: autogen.finalize_chargen_session(session.id, chosen), lambda c: c.id == chosen
            ),
            outcome(lambda: autogen.finalize_chargen_session(session.id, chosen)),
            outcome(lambda: autogen.get_session(session.id)),
        ]
    finally:
        campaigns.delete(campaign.id)
    seen += [
        outcome(lambda: campaigns.get(campaign.id)),
        outcome(lambda: campaigns.books(campaign.id).list_all()),
    ]
    return seen


def company_settings(site: Site) -> list[object]:
    """Settings that narrow roles (campaigns, NPCs, experience, free trait changes), in a new company."""
    owner = site.company_admin
    created = owner.companies.create(name=unique("Strict "), email="strict@example.com")
    company, admin = created.company.id, created.admin_user.id
    try:
        users = owner.users(admin, company_id=company)
        storyteller, player = [
            (users.create(username=unique(role.value[:4].lower()), email="r@example.com", role=role)).id
            for role in (UserRole.STORYTELLER, UserRole.PLAYER)
        ]
        campaign = (owner.campaigns(storyteller, company_id=company).create(name="Strict Rules")).id
        as_player = owner.characters(player, company_id=company)
        kwargs: dict[str, Any] = {
            "campaign_id": campaign, "character_class": CharacterClass.MORTAL, "game_version": GameVersion.V5,
            "name_first": "Ada",
        }  # fmt: skip
        own = (as_player.create(**kwargs, name_last="Own")).id
        npc = (owner.characters(storyteller, company_id=company).create(
            **kwargs, name_last="Npc", type=CharacterType.NPC
        )).id  # fmt: skip
        theirs = (
            owner.characters(storyteller, company_id=company).create(**kwargs, name_last="Theirs")
        ).id
        catalog = owner.character_blueprint(storyteller).list_all_traits(
            character_class=CharacterClass.MORTAL, game_version=GameVersion.V5
        )
        free = iter(t.id for t in catalog if t.min_value <= 1 <= t.max_value)

        def tries(acting: str) -> list[Callable[[], Any]]:
            campaigns, xp = (
                owner.campaigns(acting, company_id=company),
                owner.users(acting, company_id=company),
            )
            characters = owner.characters(acting, company_id=company)
            return [
                lambda: campaigns.create(name=unique("Made ")),
                lambda: campaigns.update(campaign, description="Changed"),
                lambda: campaigns.books(campaign).create(name="A Book"),
                lambda: characters.update(npc, name_nick="Touched"),
                lambda: characters.create(**kwargs, name_last=unique("Npc"), type=CharacterType.NPC),
                lambda: characters.traits(npc).assign(next(free), 1, TraitModifyCurrency.NO_COST),
                lambda: xp.add_xp(player, campaign, 1),
                lambda: xp.add_xp(storyteller, campaign, 1),
                lambda: xp.add_cool_points(storyteller, campaign, 1),
                lambda: characters.traits(own).assign(next(free), 1, TraitModifyCurrency.NO_COST),
                lambda: characters.traits(theirs).assign(next(free), 1, TraitModifyCurrency.NO_COST),
            ]

        def each(acting: str) -> list[object]:
            return [outcome(call) for call in tries(acting)]

        seen: list[object] = [each(player)]
        for settings in (
            CompanySettingsInput(
                permission_manage_campaign="STORYTELLER", permission_manage_npc="STORYTELLER",
                permission_grant_xp="PLAYER", permission_free_trait_changes="STORYTELLER",
            ),
            CompanySettingsInput(
                permission_grant_xp="STORYTELLER", permission_free_trait_changes="WITHIN_24_HOURS"
            ),
        ):  # fmt: skip
            changed = owner.companies.update(company, settings=settings)
            seen += [changed.settings.permission_grant_xp, each(player), each(storyteller)]
    finally:
        owner.companies.delete(company)
    return seen


def assert_same(server: list[object], fake: list[object]) -> None:
    differences = [(i, s, f) for i, (s, f) in enumerate(zip(server, fake, strict=True)) if s != f]
    assert not differences, "\n".join(f"step {i}: server {s!r}, fake {f!r}" for i, s, f in differences)


SCENARIOS = [
    company_settings,
    workflow_rules,
    roles,
    permissions,
    bad_input_the_sdk_would_refuse,
    the_sdk_meets_the_servers_400s,
    what_writes_do,
    a_company_from_birth_to_deletion,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_the_fake_answers_as_the_server_does(live: Live, scenario: Callable[[Site], Any]) -> None:
    with live_site(live) as site:
        server = scenario(site)
    with fake_site() as site:
        fake = scenario(site)
    assert_same(server, fake)
