"""工会职务: who holds which union post, from when to when.

A post is held from `started_on` to `ended_on` (inclusive; None while still held). "The committee"
on a day is everyone holding 委员 (or 主席 / 副主席) that day, which is what a sign-in sheet for
tomorrow's committee meeting or a vote's electorate needs. Codes: the union_post code table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.codes import code_table
from desktop.domain.errors import NotFoundError, RuleViolation
from desktop.domain.members.entities import Member, MemberPost
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.changes import Change
from desktop.store.database import Database

ENTITY = "member"          # a post is part of the member's record: the audit names the member
POST_TABLE = "union_post"
# Groups a "who" picker offers besides single posts: the committee as a whole.
COMMITTEE = "committee"
COMMITTEE_POSTS = ("01", "02", "03")


@dataclass(frozen=True)
class PostRow:
    id: int
    member_id: int
    post: str
    started_on: dt.date
    ended_on: dt.date | None
    note: str

    def held_on(self, day: dt.date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


def post_codes() -> list[str]:
    return code_table(POST_TABLE).codes()


def post_label(code: str, language: str) -> str:
    return code_table(POST_TABLE).label(code, language)


def group_posts(group: str) -> tuple[str, ...]:
    """The post codes a picker's group stands for: one post, or the committee."""
    return COMMITTEE_POSTS if group == COMMITTEE else (group,)


def held_condition(posts: tuple[str, ...], day: dt.date):
    """SQL: the member holds one of `posts` on `day` (for MemberFilter and the pickers)."""
    return select(MemberPost.id).where(
        MemberPost.member_id == Member.id, MemberPost.post.in_(posts), MemberPost.started_on <= day,
        or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= day)).exists()


def posts_of(session, member_id: int) -> tuple[PostRow, ...]:
    rows = session.execute(select(MemberPost).where(MemberPost.member_id == member_id)
                           .order_by(MemberPost.ended_on.is_not(None), MemberPost.started_on.desc(),
                                     MemberPost.id)).scalars()
    return tuple(PostRow(p.id, p.member_id, p.post, p.started_on, p.ended_on, p.note or "") for p in rows)


def holders(db: Database, actor: Actor, group: str, day: dt.date | None = None,
            active_only: bool = False) -> list[int]:
    """Ids of the members (not in the trash; only 在册 ones if `active_only`) holding the group's posts
    on `day`, in name order."""
    from desktop.domain.members.lifecycle import Status

    actor.require(Permission.MEMBERS_READ)
    day = day or dt.date.today()
    conditions = [Member.deleted_at.is_(None), held_condition(group_posts(group), day)]
    if active_only:
        conditions.append(Member.status == str(Status.ACTIVE))
    statement = select(Member.id).where(*conditions).order_by(Member.name_sort, Member.id)
    with db.engine.connect() as connection:
        return list(connection.execute(statement).scalars())


class PostService:
    """Adding, ending and removing a member's posts; each in one transaction with its audit record."""

    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    def add(self, member_id: int, post: str, started_on: dt.date, ended_on: dt.date | None = None,
            note: str = "") -> int:
        self._actor.require(Permission.MEMBERS_WRITE)
        if post not in post_codes():
            raise RuleViolation(QT_TRANSLATE_NOOP("MemberPosts", "Choose a post from the list."))
        _check_dates(started_on, ended_on)
        with self._db.transaction() as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("MemberPosts", "This member no longer exists."))
            overlapping = session.scalar(select(MemberPost.id).where(
                MemberPost.member_id == member_id, MemberPost.post == post,
                or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= started_on),
                *([MemberPost.started_on <= ended_on] if ended_on else [])))
            if overlapping is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "MemberPosts", "The member already holds this post in that time. End the current term "
                    "first, or change its dates."))
            row = MemberPost(member_id=member_id, post=post, started_on=started_on, ended_on=ended_on,
                             note=note or None, recorded_by=self._actor.username)
            session.add(row)
            session.flush()
            post_id = row.id
            recorder.record(session, self._actor, "add_post", ENTITY, member_id, {
                "union_post": [None, post], "started_on": [None, started_on.isoformat()],
                **({"ended_on": [None, ended_on.isoformat()]} if ended_on else {})})
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))
        return post_id

    def end(self, post_id: int, ended_on: dt.date) -> None:
        """The term ends on `ended_on` (the last day held)."""
        self._actor.require(Permission.MEMBERS_WRITE)
        with self._db.transaction() as session:
            row = self._get(session, post_id)
            _check_dates(row.started_on, ended_on)
            old = row.ended_on
            row.ended_on = ended_on
            recorder.record(session, self._actor, "end_post", ENTITY, row.member_id, {
                "union_post": [row.post, row.post],
                "ended_on": [old.isoformat() if old else None, ended_on.isoformat()]})
            member_id = row.member_id
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))

    def remove(self, post_id: int) -> None:
        """A post entered by mistake: gone from the record (the audit trail keeps that it was there)."""
        self._actor.require(Permission.MEMBERS_WRITE)
        with self._db.transaction() as session:
            row = self._get(session, post_id)
            member_id = row.member_id
            recorder.record(session, self._actor, "remove_post", ENTITY, member_id, {
                "union_post": [row.post, None], "started_on": [row.started_on.isoformat(), None]})
            session.delete(row)
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))

    @staticmethod
    def _get(session, post_id: int) -> MemberPost:
        row = session.get(MemberPost, post_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("MemberPosts", "This post entry no longer exists. Refresh."))
        return row


def _check_dates(started_on: dt.date, ended_on: dt.date | None) -> None:
    if ended_on is not None and ended_on < started_on:
        raise RuleViolation(QT_TRANSLATE_NOOP("MemberPosts", "A term cannot end before it starts."))
