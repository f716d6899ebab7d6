"""Closed accounting periods: once a period is closed, money lines dated in it are not changed in
place; a correction is a new reversing line in an open period.

Activity expenses and aid payments call `ensure_period_open` before they write, like the ledger.
TODO(funds issue): back this by the closed-periods table; until then every period is open.
"""

from __future__ import annotations

import datetime as dt


def ensure_period_open(session, day: dt.date) -> None:
    """Raises UserError when `day` falls in a closed period (naming the period and what to do)."""
    return None
