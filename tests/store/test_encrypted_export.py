"""The hand-over file: what goes in comes out whole with the right password; the wrong password, a
damaged file or an existing target are plain refusals that change nothing; nothing readable leaks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import encrypted_export
from desktop.store.database import open_database
from desktop.store.encrypted_export import export_encrypted, import_encrypted
from desktop.store.errors import StoreError
from tests.demo_files import all_rows, build_template, fresh_copy

pytestmark = pytest.mark.sqlite_file  # the encrypted copy of the SQLite file

PASSWORD = "换届2026-Handover"


@pytest.fixture(autouse=True)
def cheap_key_derivation(monkeypatch):
    """The real cost (2**17) is tested once below; elsewhere a cheaper one keeps the suite quick."""
    monkeypatch.setattr(encrypted_export, "SCRYPT_LOG2_N", 14)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=80, seed=11)


@pytest.fixture
def db(tmp_path, template):
    database = open_database(str(fresh_copy(template, tmp_path)))
    yield database
    database.close()


@pytest.fixture
def exported(db, tmp_path) -> Path:
    out = tmp_path / "handover.udx"
    info = export_encrypted(db, PASSWORD, out)
    assert info.members == 80 and info.size == out.stat().st_size
    return out


def test_import_with_the_right_password_gives_back_every_row(db, exported, tmp_path):
    target = tmp_path / "new-pc" / "union.sqlite3"
    info = import_encrypted(exported, PASSWORD, target)
    assert info.members == 80
    assert all_rows(target) == all_rows(db.file_path)
    reopened = open_database(str(target), create=False)  # the program opens it as its own
    reopened.close()


def test_file_reveals_nothing_without_the_password(db, exported):
    raw = exported.read_bytes()
    assert raw.startswith(b"UDESKENC")
    with sqlite3.connect(db.file_path) as c:
        name, id_number = c.execute("SELECT name, id_number FROM members LIMIT 1").fetchone()
    for secret in (name.encode("utf-8"), id_number.encode(), b"SQLite format 3"):
        assert secret not in raw


def test_wrong_password_is_refused_and_nothing_is_written(exported, tmp_path):
    target = tmp_path / "union.sqlite3.new"
    with pytest.raises(StoreError) as caught:
        import_encrypted(exported, "换届2026-handover", target)  # one letter in the wrong case
    assert "the password is wrong or the file is damaged" in caught.value.message.render()
    assert not target.exists() and list(tmp_path.glob("*.partial")) == []


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_damaged_file_is_refused(exported, tmp_path, where):
    raw = bytearray(exported.read_bytes())
    offset = {"header": 10, "middle": len(raw) // 2, "end": len(raw) - 1}[where]
    raw[offset] ^= 0x01
    damaged = tmp_path / "damaged.udx"
    damaged.write_bytes(bytes(raw))
    with pytest.raises(StoreError) as caught:
        import_encrypted(damaged, PASSWORD, tmp_path / "out.sqlite3")
    assert "the password is wrong or the file is damaged" in caught.value.message.render()
    assert not (tmp_path / "out.sqlite3").exists()


def test_truncated_file_is_refused(exported, tmp_path):
    short = tmp_path / "short.udx"
    short.write_bytes(exported.read_bytes()[:30])
    with pytest.raises(StoreError) as caught:
        import_encrypted(short, PASSWORD, tmp_path / "out.sqlite3")
    assert "damaged" in caught.value.message.render()


def test_import_never_overwrites_an_existing_database(db, exported):
    before = all_rows(db.file_path)
    with pytest.raises(StoreError) as caught:
        import_encrypted(exported, PASSWORD, db.file_path)
    assert "never overwrites" in caught.value.message.render()
    assert all_rows(db.file_path) == before


def test_a_file_that_is_not_an_export_is_named_as_such(tmp_path):
    other = tmp_path / "members.xlsx"
    other.write_bytes(b"PK\x03\x04" + bytes(200))
    with pytest.raises(StoreError) as caught:
        import_encrypted(other, PASSWORD, tmp_path / "out.sqlite3")
    assert "not a UnionDesk export file" in caught.value.message.render()


def test_short_password_is_refused_before_anything_is_written(db, tmp_path):
    with pytest.raises(StoreError) as caught:
        export_encrypted(db, "1234", tmp_path / "x.udx")
    assert "at least 8 characters" in caught.value.message.render()
    assert not (tmp_path / "x.udx").exists()


def test_export_does_not_overwrite_unless_asked(db, exported):
    with pytest.raises(StoreError) as caught:
        export_encrypted(db, PASSWORD, exported)
    assert "already exists" in caught.value.message.render()
    export_encrypted(db, PASSWORD, exported, overwrite=True)


def test_export_uses_the_full_key_derivation_cost_and_records_it(db, tmp_path, monkeypatch):
    monkeypatch.setattr(encrypted_export, "SCRYPT_LOG2_N", 17)
    out = tmp_path / "real.udx"
    export_encrypted(db, PASSWORD, out)
    assert out.read_bytes()[8:12] == bytes([1, 17, 8, 1])  # version, log2 n, r, p in the header
    monkeypatch.setattr(encrypted_export, "SCRYPT_LOG2_N", 14)  # the header, not the constant, decides
    assert import_encrypted(out, PASSWORD, tmp_path / "back.sqlite3").members == 80
