"""Operations that do more than store what they are sent: the rules the fake plays by.

One module per area, as `vclient._core._api` declares them. A module's `RULES` answer operations
outright (`(status, body)` or a raised `Problem`); its `CHECKS` run first (every module's, in turn), to
refuse what the server refuses or to normalise a body as it does.
"""

from __future__ import annotations

from . import (
    _admin,
    _assets,
    _autogen,
    _campaigns,
    _characters,
    _companies,
    _developers,
    _dicerolls,
    _dictionary,
    _settings,
    _system,
    _traits,
    _users,
)
from ._common import Call, Check, Rule

RULES: dict[str, Rule] = {
    **_admin.RULES,
    **_assets.RULES,
    **_autogen.RULES,
    **_campaigns.RULES,
    **_characters.RULES,
    **_companies.RULES,
    **_developers.RULES,
    **_dicerolls.RULES,
    **_system.RULES,
    **_traits.RULES,
    **_users.RULES,
}
CHECKS: dict[str, tuple[Check, ...]] = {}
for _checks in (_settings.CHECKS, _campaigns.CHECKS, _characters.CHECKS, _dictionary.CHECKS):
    for _operation, _check in _checks.items():  # who may comes first, then what the body must be
        CHECKS[_operation] = (*CHECKS.get(_operation, ()), _check)
authorize = _companies.authorize

__all__ = ["CHECKS", "RULES", "Call", "Check", "Rule", "authorize"]
