"""Member input: what the dialog and the service both refuse, each problem on the field to fix."""

from __future__ import annotations

import datetime as dt
import pytest

from desktop.domain.members.inputs import MemberInput, normalize_input, validate_member

TODAY = dt.date(2024, 6, 1)
PASSPORT = "2"


def problems(data: MemberInput) -> dict[str, str]:
    """{field: rendered message} of a normalized input, checked against TODAY."""
    return {e.field: e.message.render() for e in validate_member(normalize_input(data), TODAY)}


def test_a_complete_member_has_no_problems(make_member):
    assert problems(make_member()) == {}


# -- required fields -------------------------------------------------------------------------------

def test_empty_input_names_every_required_field():
    found = problems(MemberInput())
    assert set(found) == {"name", "gender", "id_number", "join_date"}


def test_missing_name_is_reported_on_name(make_member):
    assert problems(make_member(name="   "))["name"] == "Enter the member's name."


def test_missing_join_date_is_reported_on_join_date(make_member):
    assert "joined the union" in problems(make_member(join_date=None))["join_date"]


def test_missing_id_number_is_reported_on_id_number(make_member):
    assert problems(make_member(id_number=""))["id_number"] == "Enter the ID number."


def test_missing_gender_is_reported_when_the_id_cannot_supply_it(make_member):
    found = problems(make_member(id_type=PASSPORT, id_number="E12345678", gender=""))
    assert found["gender"] == "Choose the gender."


def test_name_longer_than_50_characters_is_refused(make_member):
    assert "50" in problems(make_member(name="张" * 51))["name"]


def test_unknown_code_is_reported_on_its_field(make_member):
    assert "“99”" in problems(make_member(ethnicity="99"))["ethnicity"]


def test_other_document_needs_at_least_five_characters(make_member):
    assert "id_number" in problems(make_member(id_type=PASSPORT, id_number="E12", gender="1"))


# -- normalize_input tidies what was typed ---------------------------------------------------------

def test_birth_date_and_gender_are_filled_from_the_id_number():
    data = normalize_input(MemberInput(name="王芳", id_number="11010519491231002X"))
    assert data.birth_date == dt.date(1949, 12, 31)
    assert data.gender == "2"


def test_typed_birth_date_and_gender_are_not_overwritten():
    data = normalize_input(MemberInput(name="王芳", id_number="11010519491231002X", gender="1",
                                       birth_date=dt.date(1950, 1, 1)))
    assert data.gender == "1"
    assert data.birth_date == dt.date(1950, 1, 1)


def test_lowercase_x_is_stored_uppercase():
    assert normalize_input(MemberInput(id_number="11010519491231002x")).id_number == "11010519491231002X"


def test_15_digit_id_is_stored_as_18():
    assert normalize_input(MemberInput(id_number="340524800101001")).id_number == "34052419800101001X"


def test_spaces_in_text_fields_are_collapsed():
    data = normalize_input(MemberInput(name="  欧阳  修 ", department=" 财务部 "))
    assert data.name == "欧阳 修"
    assert data.department == "财务部"


def test_empty_codes_become_none():
    assert normalize_input(MemberInput(ethnicity="", political_status="")).ethnicity is None


# -- ID number cross-checks ------------------------------------------------------------------------

def test_gender_that_contradicts_the_id_is_reported_on_gender(make_member):
    found = problems(make_member(sequence=2, gender="1"))  # even 17th digit: a woman
    assert set(found) == {"gender"}
    assert "woman" in found["gender"]


def test_birth_date_that_contradicts_the_id_is_reported_on_birth_date(make_member):
    found = problems(make_member(birth=dt.date(1985, 3, 12), birth_date=dt.date(1985, 3, 13)))
    assert set(found) == {"birth_date"}
    assert "1985-03-12" in found["birth_date"]


def test_bad_check_character_is_reported_on_id_number(make_member):
    assert "should be X" in problems(make_member(id_number="110105194912310021"))["id_number"]


# -- phones ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, stored", [
    ("13812345678", "13812345678"),
    ("19912345678", "19912345678"),
    ("138 1234 5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),
    ("+86 13812345678", "13812345678"),
    ("+8613812345678", "13812345678"),
    ("008613812345678", "13812345678"),
    ("010-12345678", "010-12345678"),
    ("0755-1234567", "0755-1234567"),
    ("", ""),
])
def test_accepted_phone_numbers_are_stored_tidy(make_member, typed, stored):
    data = normalize_input(make_member(mobile=typed))
    assert data.mobile == stored
    assert validate_member(data, TODAY) == []


def test_mobile_with_10_digits_reports_the_count(make_member):
    message = problems(make_member(mobile="1381234567"))["mobile"]
    assert "11 digits" in message and "10" in message


def test_mobile_starting_with_12_is_refused(make_member):
    assert problems(make_member(mobile="12812345678"))["mobile"] == "A mobile number starts with 13 to 19."


def test_landline_without_area_code_is_refused(make_member):
    assert "010-12345678" in problems(make_member(mobile="12345678a"))["mobile"]


def test_full_width_plus_86_prefix_is_stripped(make_member):
    data = normalize_input(make_member(mobile="＋86 13812345678"))
    assert data.mobile == "13812345678"


# -- dates -----------------------------------------------------------------------------------------

def test_birth_date_in_the_future_is_reported_on_birth_date(make_member):
    found = problems(make_member(id_type=PASSPORT, id_number="E12345678", gender="1",
                                 birth_date=dt.date(2030, 1, 1), join_date=None))
    assert found["birth_date"] == "The birth date is in the future."


def test_join_date_in_the_future_is_reported_on_join_date(make_member):
    found = problems(make_member(join_date=dt.date(2024, 6, 2)))
    assert set(found) == {"join_date"}
    assert "2024-06-02" in found["join_date"] and "future" in found["join_date"]


def test_join_date_today_is_accepted(make_member):
    assert problems(make_member(join_date=TODAY)) == {}


def test_join_date_before_birth_is_reported_on_join_date(make_member):
    found = problems(make_member(birth=dt.date(1985, 3, 12), join_date=dt.date(1980, 1, 1)))
    assert set(found) == {"join_date"}
    assert "before the birth date" in found["join_date"]


def test_hire_date_in_the_future_is_reported_on_hire_date(make_member):
    assert "future" in problems(make_member(hire_date=dt.date(2025, 1, 1)))["hire_date"]


def test_consent_date_before_birth_is_reported_on_consent_date(make_member):
    found = problems(make_member(birth=dt.date(1985, 3, 12), consent_date=dt.date(1984, 1, 1)))
    assert "before the birth date" in found["consent_date"]

