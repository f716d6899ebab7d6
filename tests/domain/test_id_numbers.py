"""Resident ID numbers (GB 11643-1999): what a cadre types is accepted, corrected or explained."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.codes import GENDER_FEMALE, GENDER_MALE
from desktop.domain.id_numbers import check_id_number, mask_id_number, normalize, upgrade_15

TODAY = dt.date(2024, 6, 1)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def with_check_char(first17: str) -> str:
    """The 18-character number with the right check character (computed independently here)."""
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS)) % 11]


# -- the known-good examples of DOMAIN.md ----------------------------------------------------------

@pytest.mark.parametrize("number", ["11010519491231002X", "34052419800101001X"])
def test_known_good_numbers_are_accepted(number):
    result = check_id_number(number, TODAY)
    assert result.ok, result.error and result.error.render()
    assert result.number == number


def test_known_good_number_born_1880_is_accepted():
    result = check_id_number("440524188001010014", TODAY)
    assert result.ok
    assert result.birth_date == dt.date(1880, 1, 1)


def test_lowercase_x_is_accepted_and_stored_uppercase():
    result = check_id_number("11010519491231002x", TODAY)
    assert result.ok
    assert result.number == "11010519491231002X"


def test_full_width_digits_are_accepted_as_half_width():
    result = check_id_number("１１０１０５１９４９１２３１００２Ｘ", TODAY)
    assert result.ok
    assert result.number == "11010519491231002X"


def test_spaces_inside_and_around_are_ignored():
    result = check_id_number(" 110105 19491231 002X\u3000", TODAY)
    assert result.ok
    assert result.number == "11010519491231002X"


def test_normalize_upper_cases_and_strips_full_width():
    assert normalize("３４０５２４ １９８００１０１００１ｘ") == "34052419800101001X"


# -- what is read from a valid number --------------------------------------------------------------

def test_birth_date_is_read_from_characters_7_to_14():
    assert check_id_number("11010519491231002X", TODAY).birth_date == dt.date(1949, 12, 31)
    assert check_id_number("34052419800101001X", TODAY).birth_date == dt.date(1980, 1, 1)


def test_even_17th_digit_is_a_woman():
    assert check_id_number("11010519491231002X", TODAY).gender == GENDER_FEMALE


def test_odd_17th_digit_is_a_man():
    assert check_id_number("34052419800101001X", TODAY).gender == GENDER_MALE


# -- numbers that are wrong, and what the message says ---------------------------------------------

def test_wrong_check_character_names_the_expected_one():
    result = check_id_number("110105194912310021", TODAY)
    assert not result.ok
    assert result.error.params["expected"] == "X"
    assert result.error.params["actual"] == "1"
    assert "should be X, not 1" in result.error.render()


def test_17_characters_reports_the_count():
    result = check_id_number("11010519491231002", TODAY)
    assert not result.ok
    assert result.error.params["count"] == 17
    assert "17 characters" in result.error.render()


def test_letters_inside_are_refused():
    result = check_id_number("1101051949A231002X", TODAY)
    assert not result.ok
    assert "only digits" in result.error.render()


def test_x_anywhere_but_last_is_refused():
    result = check_id_number("11010519491231X021", TODAY)
    assert not result.ok
    assert "X as its last character" in result.error.render()


def test_impossible_date_19490231_is_refused_naming_the_digits():
    result = check_id_number(with_check_char("11010519490231002"), TODAY)
    assert not result.ok
    assert result.error.params["digits"] == "19490231"
    assert "not a real date" in result.error.render()


def test_birth_date_after_today_is_refused():
    result = check_id_number(with_check_char("11010520300101002"), TODAY)
    assert not result.ok
    assert "2030-01-01" in result.error.render()


def test_birth_date_of_today_is_accepted():
    assert check_id_number(with_check_char("11010520240601002"), TODAY).ok


def test_empty_input_asks_for_the_number():
    result = check_id_number("   ", TODAY)
    assert not result.ok
    assert result.error.render() == "Enter the ID number."


# -- legacy 15-digit numbers -----------------------------------------------------------------------

def test_upgrade_15_inserts_19_and_computes_the_check_character():
    assert upgrade_15("110105491231002") == "11010519491231002X"
    assert upgrade_15("340524800101001") == "34052419800101001X"


def test_15_digit_number_is_accepted_and_returned_as_18():
    result = check_id_number("340524800101001", TODAY)
    assert result.ok
    assert result.number == "34052419800101001X"
    assert result.birth_date == dt.date(1980, 1, 1)
    assert result.gender == GENDER_MALE


def test_15_digit_number_with_impossible_date_is_refused():
    assert not check_id_number("110105490231002", TODAY).ok


# -- masking ---------------------------------------------------------------------------------------

def test_mask_keeps_area_code_and_last_four():
    assert mask_id_number("11010519491231002X") == "110105********002X"


def test_mask_hides_the_birth_date():
    assert "19491231" not in mask_id_number("11010519491231002X")


@pytest.mark.parametrize("empty", [None, ""])
def test_mask_of_nothing_is_empty(empty):
    assert mask_id_number(empty) == ""


def test_mask_of_a_short_number_hides_everything():
    assert mask_id_number("A12345") == "******"
