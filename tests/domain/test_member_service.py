"""The member service and queries on a real, migrated SQLite file: what a change leaves in the
database (member, history, audit trail), what is announced, and what the member list then shows."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import text

from desktop.domain.audit import recorder
from desktop.domain.accounts.actor import Actor
from desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from desktop.domain.members.lifecycle import EventType, Status
from desktop.domain.members.queries import MemberFilter, SortOrder
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput
from desktop.changes import Change

TODAY = dt.date(2024, 6, 1)


def fetch(db, sql: str, **params) -> list:
    with db.engine.connect() as connection:
        return connection.execute(text(sql), params).all()


def count(db, table: str) -> int:
    return fetch(db, f"SELECT count(*) FROM {table}")[0][0]


def audit_rows(db) -> list:
    return fetch(db, "SELECT actor, action, entity, entity_id, changes FROM audit_records ORDER BY id")


# -- create ----------------------------------------------------------------------------------------

def test_create_writes_the_member(service, db, make_member):
    member_id = service.create(make_member(name="张海生"))
    rows = fetch(db, "SELECT name, status, deleted_at FROM members WHERE id = :id", id=member_id)
    assert rows == [("张海生", "active", None)]


def test_create_stores_gender_and_birth_date_read_from_the_id(service, queries, make_member):
    member_id = service.create(make_member(birth=dt.date(1985, 3, 12), sequence=4))
    data = queries.detail(member_id).data
    assert data.birth_date == dt.date(1985, 3, 12)
    assert data.gender == "2"


def test_create_writes_the_first_membership_event(service, db, make_member):
    member_id = service.create(make_member(join_date=dt.date(2010, 9, 1)))
    events = fetch(db, "SELECT event_type, event_date, recorded_by FROM membership_events WHERE member_id = :id",
                   id=member_id)
    assert [(kind, str(day), by) for kind, day, by in events] == [("join", "2010-09-01", "admin")]


def test_create_by_transfer_starts_the_history_with_transfer_in(service, queries, make_member):
    member_id = service.create(make_member(), first_event=EventType.TRANSFER_IN)
    detail = queries.detail(member_id)
    assert [e.event_type for e in detail.history] == [EventType.TRANSFER_IN]
    assert detail.status == Status.ACTIVE


def test_create_writes_exactly_one_audit_record(service, db, make_member):
    member_id = service.create(make_member())
    assert [row[:4] for row in audit_rows(db)] == [("admin", "create", "member", member_id)]


def test_create_audit_records_the_acting_user(db, make_member):
    MemberService(db, Actor("lina", "李娜"), today=TODAY).create(make_member())
    assert audit_rows(db)[0].actor == "lina"


def test_create_audit_holds_the_name_and_only_a_masked_id_number(service, db, make_member):
    data = make_member(name="张海生", mobile="13812345678")
    service.create(data)
    raw = audit_rows(db)[0].changes
    changes = json.loads(raw)
    assert changes["name"] == [None, "张海生"]
    masked = data.id_number[:6] + "********" + data.id_number[-4:]
    assert changes["id_number"] == [None, masked]
    assert data.id_number not in raw
    assert "13812345678" not in raw


def test_create_writes_nothing_when_the_audit_record_fails(service, db, make_member, monkeypatch):
    def broken_record(*args, **kwargs):
        raise RuntimeError("disk full while writing the audit record")

    monkeypatch.setattr(recorder, "record_many", broken_record)  # what record() and imports call
    with pytest.raises(RuntimeError):
        service.create(make_member())
    assert (count(db, "members"), count(db, "membership_events"), count(db, "member_search_terms")) == (0, 0, 0)


def test_duplicate_id_number_is_refused_naming_the_other_member(service, make_member):
    first = make_member(name="张海生")
    service.create(first)
    with pytest.raises(ValidationError) as caught:
        service.create(make_member(name="李四", id_number=first.id_number))
    [error] = caught.value.errors
    assert error.field == "id_number"
    assert "张海生" in error.message.render()


def test_duplicate_id_number_leaves_no_member_and_no_audit_row(service, db, make_member):
    first = make_member(name="张海生")
    service.create(first)
    with pytest.raises(ValidationError):
        service.create(make_member(name="李四", id_number=first.id_number.lower()))
    assert fetch(db, "SELECT name FROM members") == [("张海生",)]
    assert count(db, "audit_records") == 1
    assert count(db, "membership_events") == 1


def test_invalid_member_is_refused_field_by_field_and_nothing_is_written(service, db, make_member):
    with pytest.raises(ValidationError) as caught:
        service.create(make_member(name="", mobile="12345"))
    assert {e.field for e in caught.value.errors} == {"name", "mobile"}
    assert count(db, "members") == 0
    assert count(db, "audit_records") == 0


def test_id_number_of_a_member_in_the_trash_points_to_the_trash(service, make_member):
    first = make_member(name="张海生")
    service.delete([service.create(first)])
    with pytest.raises(ValidationError) as caught:
        service.create(make_member(name="张海生", id_number=first.id_number))
    assert "trash" in caught.value.errors[0].message.render()


# -- update ----------------------------------------------------------------------------------------

def test_update_changes_the_stored_member(service, queries, make_member):
    data = make_member(department="工会办")
    member_id = service.create(data)
    service.update(member_id, replace(data, department="财务部"))
    assert queries.detail(member_id).data.department == "财务部"


def test_update_audit_holds_the_diff_old_to_new(service, db, make_member):
    data = make_member(department="工会办")
    member_id = service.create(data)
    service.update(member_id, replace(data, department="财务部", post="主席"))
    last = audit_rows(db)[-1]
    assert last[:4] == ("admin", "update", "member", member_id)
    assert json.loads(last.changes) == {"department": ["工会办", "财务部"], "post": ["", "主席"]}


def test_update_of_the_id_number_keeps_both_values_masked(service, db, make_member, make_id_number):
    data = make_member(birth=dt.date(1985, 3, 12), sequence=1)
    member_id = service.create(data)
    new_number = make_id_number(dt.date(1985, 3, 12), 3)
    service.update(member_id, replace(data, id_number=new_number))
    raw = audit_rows(db)[-1].changes
    assert json.loads(raw)["id_number"] == [data.id_number[:6] + "********" + data.id_number[-4:],
                                           new_number[:6] + "********" + new_number[-4:]]
    assert data.id_number not in raw and new_number not in raw


def test_update_without_changes_writes_no_audit_record(service, db, make_member):
    data = make_member()
    member_id = service.create(data)
    service.update(member_id, data)
    assert count(db, "audit_records") == 1


def test_renamed_member_is_found_by_the_new_name_only(service, queries, make_member):
    data = make_member(name="张海生")
    member_id = service.create(data)
    service.update(member_id, replace(data, name="李海"))
    assert queries.ids(MemberFilter(search="lh"), today=TODAY) == [member_id]
    assert queries.ids(MemberFilter(search="zhs"), today=TODAY) == []


def test_changed_mobile_is_found_by_its_new_tail(service, queries, make_member):
    data = make_member(mobile="13812345678")
    member_id = service.create(data)
    service.update(member_id, replace(data, mobile="13900004321"))
    assert queries.ids(MemberFilter(search="4321"), today=TODAY) == [member_id]
    assert queries.ids(MemberFilter(search="5678"), today=TODAY) == []


def test_update_of_a_member_in_the_trash_is_refused(service, make_member):
    data = make_member()
    member_id = service.create(data)
    service.delete([member_id])
    with pytest.raises(NotFoundError):
        service.update(member_id, data)


# -- lifecycle events ------------------------------------------------------------------------------

def test_record_event_changes_the_status(service, db, make_member):
    member_id = service.create(make_member())
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 1), reason="3"))
    assert fetch(db, "SELECT status FROM members WHERE id = :id", id=member_id) == [("retained",)]


def test_record_event_appends_to_the_history(service, queries, make_member):
    member_id = service.create(make_member(join_date=dt.date(2010, 9, 1)))
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 1), approver="王主席"))
    history = queries.detail(member_id).history
    assert [(e.event_type, e.event_date) for e in history] == [
        (EventType.JOIN, dt.date(2010, 9, 1)), (EventType.RETAIN, dt.date(2024, 5, 1))]
    assert history[-1].approver == "王主席"


def test_record_event_writes_an_audit_record_with_the_status_change(service, db, make_member):
    member_id = service.create(make_member())
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 1)))
    last = audit_rows(db)[-1]
    assert last[:4] == ("admin", "event", "member", member_id)
    changes = json.loads(last.changes)
    assert changes["status"] == ["active", "retained"]
    assert changes["event_type"] == [None, "retain"]


def test_retaining_twice_is_refused_and_writes_nothing(service, db, make_member):
    member_id = service.create(make_member())
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 1)))
    with pytest.raises(RuleViolation) as caught:
        service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 2)))
    assert "Retained" in caught.value.message.render()
    assert count(db, "membership_events") == 2
    assert count(db, "audit_records") == 2


def test_event_dated_after_today_is_refused(service, make_member):
    member_id = service.create(make_member())
    with pytest.raises(RuleViolation) as caught:
        service.record_event(member_id, EventInput(EventType.WITHDRAW, dt.date(2024, 6, 2)))
    assert "future" in caught.value.message.render()


def test_reinstating_a_retained_member_makes_them_active(service, queries, make_member):
    member_id = service.create(make_member())
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 1, 1)))
    service.record_event(member_id, EventInput(EventType.REINSTATE, dt.date(2024, 5, 1)))
    assert queries.detail(member_id).status == Status.ACTIVE


# -- trash -----------------------------------------------------------------------------------------

def test_delete_moves_the_member_to_the_trash(service, queries, make_member):
    member_id = service.create(make_member())
    assert service.delete([member_id]) == [member_id]
    assert queries.ids(MemberFilter(), today=TODAY) == []
    assert queries.ids(MemberFilter(in_trash=True), today=TODAY) == [member_id]


def test_deleted_member_is_kept_in_the_file_with_who_deleted_it(service, db, make_member):
    member_id = service.create(make_member())
    service.delete([member_id])
    assert fetch(db, "SELECT deleted_by FROM members WHERE id = :id", id=member_id) == [("admin",)]
    assert audit_rows(db)[-1][:4] == ("admin", "delete", "member", member_id)


def test_deleting_a_member_already_in_the_trash_moves_nothing(service, db, make_member):
    member_id = service.create(make_member())
    service.delete([member_id])
    assert service.delete([member_id]) == []
    assert count(db, "audit_records") == 2


def test_restore_brings_the_member_back(service, queries, db, make_member):
    member_id = service.create(make_member())
    service.delete([member_id])
    assert service.restore([member_id]) == [member_id]
    assert queries.ids(MemberFilter(), today=TODAY) == [member_id]
    assert queries.ids(MemberFilter(in_trash=True), today=TODAY) == []
    assert audit_rows(db)[-1][:2] == ("admin", "restore")


def test_deleting_a_member_that_does_not_exist_is_refused(service):
    with pytest.raises(NotFoundError):
        service.delete([12345])


# -- change announcements --------------------------------------------------------------------------

def test_listener_hears_of_a_created_member_after_commit(service, db, make_member):
    heard = []

    def listener(change):
        # Another connection sees the member: the transaction was committed before the announcement.
        heard.append((change, count(db, "members")))

    db.changes.subscribe(listener)
    member_id = service.create(make_member())
    assert heard == [(Change("member", frozenset({member_id}), "create"), 1)]


def test_listener_hears_of_updates_events_deletes_and_restores(service, db, make_member):
    data = make_member()
    member_id = service.create(data)
    heard = []
    db.changes.subscribe(heard.append)
    service.update(member_id, replace(data, post="干事"))
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 1)))
    service.delete([member_id])
    service.restore([member_id])
    assert [(c.kind, c.ids, c.action) for c in heard] == [
        ("member", frozenset({member_id}), "update"),
        ("member", frozenset({member_id}), "update"),
        ("member", frozenset({member_id}), "delete"),
        ("member", frozenset({member_id}), "restore"),
    ]


def test_a_refused_create_announces_nothing(service, db, make_member):
    heard = []
    db.changes.subscribe(heard.append)
    with pytest.raises(ValidationError):
        service.create(make_member(name=""))
    assert heard == []


def test_unsubscribed_listener_hears_nothing(service, db, make_member):
    heard = []
    stop = db.changes.subscribe(heard.append)
    stop()
    service.create(make_member())
    assert heard == []


# -- the member list: filter, search, sort ---------------------------------------------------------

def test_status_filter_shows_only_members_with_that_status(service, queries, make_member):
    active = service.create(make_member(name="张海生"))
    retained = service.create(make_member(name="李四"))
    service.record_event(retained, EventInput(EventType.RETAIN, dt.date(2024, 5, 1)))
    assert queries.ids(MemberFilter(statuses=frozenset({Status.RETAINED})), today=TODAY) == [retained]
    assert queries.ids(MemberFilter(statuses=frozenset({Status.ACTIVE})), today=TODAY) == [active]
    assert queries.count(MemberFilter(), today=TODAY) == 2


def test_department_filter(service, queries, make_member):
    union_office = service.create(make_member(name="张海生", department="工会办"))
    service.create(make_member(name="李四", department="财务部"))
    assert queries.ids(MemberFilter(department="工会办"), today=TODAY) == [union_office]


def test_departments_lists_each_department_once(service, queries, make_member):
    service.create(make_member(name="张海生", department="工会办"))
    service.create(make_member(name="李四", department="财务部"))
    service.create(make_member(name="王五", department="工会办"))
    service.create(make_member(name="赵六", department=""))
    assert sorted(queries.departments()) == ["工会办", "财务部"]


def test_gender_filter(service, queries, make_member):
    man = service.create(make_member(name="张海生", sequence=1))
    woman = service.create(make_member(name="王芳", sequence=2))
    assert queries.ids(MemberFilter(gender="1"), today=TODAY) == [man]
    assert queries.ids(MemberFilter(gender="2"), today=TODAY) == [woman]


@pytest.mark.parametrize("band, expected", [
    ("under35", {"34岁"}),
    ("35to44", {"35岁", "44岁"}),
    ("45to54", {"45岁", "54岁"}),
    ("55plus", {"55岁"}),
])
def test_age_band_counts_age_on_the_given_day(service, queries, make_member, band, expected):
    births = {
        "34岁": dt.date(1989, 6, 2),   # 35th birthday is tomorrow
        "35岁": dt.date(1989, 6, 1),   # 35th birthday is today
        "44岁": dt.date(1979, 6, 2),
        "45岁": dt.date(1979, 6, 1),
        "54岁": dt.date(1969, 6, 2),
        "55岁": dt.date(1969, 6, 1),
    }
    names = {service.create(make_member(name=name, birth=birth)): name for name, birth in births.items()}
    found = queries.ids(MemberFilter(age_band=band), today=TODAY)
    assert {names[i] for i in found} == expected


def test_migrant_worker_filter(service, queries, make_member):
    migrant = service.create(make_member(name="张海生", is_migrant_worker=True))
    local = service.create(make_member(name="李四", is_migrant_worker=False))
    assert queries.ids(MemberFilter(migrant_worker=True), today=TODAY) == [migrant]
    assert queries.ids(MemberFilter(migrant_worker=False), today=TODAY) == [local]
    assert len(queries.ids(MemberFilter(migrant_worker=None), today=TODAY)) == 2


def test_filters_combine(service, queries, make_member):
    wanted = service.create(make_member(name="张海生", department="工会办", sequence=1))
    service.create(make_member(name="王芳", department="工会办", sequence=2))
    service.create(make_member(name="李四", department="财务部", sequence=3))
    assert queries.ids(MemberFilter(department="工会办", gender="1"), today=TODAY) == [wanted]


@pytest.mark.parametrize("query", ["zhs", "zhanghaisheng", "haisheng", "海生", "5678"])
def test_search_finds_the_member(service, queries, make_member, query):
    wanted = service.create(make_member(name="张海生", mobile="13812345678"))
    service.create(make_member(name="李四", mobile="13900001111"))
    assert queries.ids(MemberFilter(search=query), today=TODAY) == [wanted]


def test_search_by_id_number_tail(service, queries, make_member):
    data = make_member(name="张海生")
    wanted = service.create(data)
    service.create(make_member(name="李四"))
    assert queries.ids(MemberFilter(search=data.id_number[-6:]), today=TODAY) == [wanted]


def test_sort_by_name_follows_pinyin(service, queries, make_member):
    zhang = service.create(make_member(name="张三"))
    an = service.create(make_member(name="安娜"))
    li = service.create(make_member(name="李四"))
    assert queries.ids(MemberFilter(), SortOrder("name"), today=TODAY) == [an, li, zhang]


def test_sort_by_name_descending(service, queries, make_member):
    zhang = service.create(make_member(name="张三"))
    an = service.create(make_member(name="安娜"))
    li = service.create(make_member(name="李四"))
    assert queries.ids(MemberFilter(), SortOrder("name", descending=True), today=TODAY) == [zhang, li, an]


def test_sort_by_name_reads_shan_as_a_surname(service, queries, make_member):
    shan = service.create(make_member(name="单田芳"))
    ding = service.create(make_member(name="丁一"))
    assert queries.ids(MemberFilter(), SortOrder("name"), today=TODAY) == [ding, shan]


def test_sort_by_join_date(service, queries, make_member):
    late = service.create(make_member(name="张三", join_date=dt.date(2020, 1, 1)))
    early = service.create(make_member(name="李四", join_date=dt.date(2005, 1, 1)))
    assert queries.ids(MemberFilter(), SortOrder("join_date"), today=TODAY) == [early, late]


def test_rows_are_plain_values_for_the_table(service, queries, make_member):
    member_id = service.create(make_member(name="张海生", department="工会办"))
    row = queries.rows([member_id, 999])
    assert list(row) == [member_id]
    assert (row[member_id].name, row[member_id].department, row[member_id].status) == ("张海生", "工会办", Status.ACTIVE)


def test_detail_of_a_missing_member_is_none(queries):
    assert queries.detail(404) is None


@pytest.mark.sqlite_file  # the backup folder beside the file (server backups: pg_dump)
def test_deleting_many_members_at_once_takes_a_backup_first(db, service, make_member):
    from desktop.store.backups import Reason, default_backup_folder, list_backups

    ids = [service.create(make_member()) for _ in range(20)]
    service.delete(ids)
    [backup] = list_backups(default_backup_folder(db.file_path))
    assert backup.reason == Reason.BULK and backup.members == 20  # the copy still has them all


@pytest.mark.sqlite_file  # the backup folder beside the file (server backups: pg_dump)
def test_deleting_a_few_members_takes_no_backup(db, service, make_member):
    from desktop.store.backups import default_backup_folder, list_backups

    service.delete([service.create(make_member())])
    assert list_backups(default_backup_folder(db.file_path)) == []
