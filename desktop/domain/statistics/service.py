"""Writing the yearly settings of the statistics (职工人数 and the union bodies typed in): permission,
validation, the write and its audit record in ONE transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import ValidationError
from desktop.domain.statistics.entities import UnionYearFigures
from desktop.domain.statistics.inputs import SettingsInput, validate_settings
from desktop.domain.service_base import ServiceBase
from desktop.changes import Change

ENTITY = "union_year_figures"
CHANGE_KIND = "statistics"


class StatisticsService(ServiceBase):
    def save_settings(self, data: SettingsInput) -> int:
        """Set the yearly figures of `data.as_of` (replacing what that date had)."""
        self._actor.require(Permission.MEMBERS_WRITE)
        errors = validate_settings(data, self.today)
        if errors:
            raise ValidationError(errors)
        values = data.values()
        with self._db.transaction() as session:
            row = session.scalar(select(UnionYearFigures).where(UnionYearFigures.as_of == data.as_of))
            old = {} if row is None else {k: getattr(row, k) for k in values}
            if row is None:
                row = UnionYearFigures(**values)
                session.add(row)
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            row.recorded_at, row.recorded_by = utc_now(), self._actor.username
            session.flush()
            changes = recorder.diff({k: _plain(v) for k, v in old.items()}, {k: _plain(v) for k, v in values.items()})
            recorder.record(session, self._actor, "update" if old else "create", ENTITY, row.id, changes)
            row_id = row.id
        self._db.changes.publish(Change(CHANGE_KIND, frozenset({row_id}), "update"))
        return row_id


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value
