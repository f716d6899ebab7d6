"""Search keys: what a cadre types in the search box finds the member they mean.

`finds` does in Python what MemberQueries does in SQL: every typed word must have one of its
prefixes at the start of one of the member's terms."""

from __future__ import annotations

import pytest

from desktop.domain.members.search_keys import (
    member_terms, name_sort_key, name_terms, query_prefixes,
)


def finds(query: str, name: str, mobile: str | None = None, id_number: str | None = None,
          card_no: str | None = None, member_no: str | None = None) -> bool:
    terms = member_terms(name, mobile, id_number, card_no, member_no)
    words = query_prefixes(query)
    return bool(words) and all(any(t.startswith(p) for t in terms for p in prefixes) for prefixes in words)


# -- names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["zhs", "zhanghaisheng", "haisheng", "海生", "张海生", "ZHS", "zh", "hs",
                                   "sheng", "生", "ｚｈｓ"])
def test_zhang_haisheng_is_found_by(query):
    assert finds(query, "张海生")


@pytest.mark.parametrize("query", ["lisi", "zhx", "海松", "shenghai"])
def test_zhang_haisheng_is_not_found_by(query):
    assert not finds(query, "张海生")


def test_name_terms_hold_characters_pinyin_and_initials():
    terms = name_terms("张海生")
    assert {"张海生", "zhanghaisheng", "zhs", "海生", "haisheng", "hs"} <= terms


def test_surname_shan_is_indexed_with_its_surname_reading():
    terms = name_terms("单田芳")
    assert "shantianfang" in terms
    assert "stf" in terms


def test_surname_shan_is_found_by_shan_initials():
    assert finds("stf", "单田芳")
    assert finds("shantianfang", "单田芳")


def test_surname_zeng_is_indexed_as_zeng():
    assert "zengguofan" in name_terms("曾国藩")


def test_compound_surname_is_found_by_full_pinyin():
    assert finds("ouyangxiu", "欧阳修")


def test_compound_surname_is_found_by_initials_of_every_character():
    assert finds("oyx", "欧阳修")


def test_middle_dot_in_a_minority_name_is_ignored():
    assert finds("吐尔逊", "阿依古丽·吐尔逊")
    assert finds("ayigulituerxun", "阿依古丽·吐尔逊")


def test_all_words_must_match():
    assert finds("zhs 5678", "张海生", mobile="13812345678")
    assert not finds("zhs 1111", "张海生", mobile="13812345678")


# -- phones, ID numbers and card numbers -----------------------------------------------------------

def test_mobile_tail_finds_the_member():
    assert finds("5678", "张海生", mobile="13812345678")


def test_whole_mobile_finds_the_member():
    assert finds("13812345678", "张海生", mobile="13812345678")


def test_landline_tail_finds_the_member():
    assert finds("5678", "张海生", mobile="010-12345678")


def test_id_number_tail_with_x_finds_the_member():
    assert finds("002x", "王芳", id_number="11010519491231002X")
    assert finds("002X", "王芳", id_number="11010519491231002X")


def test_card_number_tail_or_whole_number_finds_the_member():
    # Card numbers of one province share their first digits, so it is the tail people type.
    assert finds("0017", "王芳", card_no="A0017")
    assert finds("A0017", "王芳", card_no="A0017")
    assert not finds("A00", "王芳", card_no="A0017")


def test_member_number_typed_whole_finds_the_member():
    assert finds("2024001", "王芳", member_no="2024001")


def test_member_number_with_hyphen_typed_as_stored_finds_the_member():
    assert finds("GH-001", "王芳", member_no="GH-001")


def test_member_terms_are_tagged_by_kind():
    terms = member_terms("张海生", "13812345678", "11010519491231002X", "A01", None)
    assert "nzhs" in terms
    assert "t87654321831" in terms             # phone reversed
    assert "tx20013219491501011" in terms      # ID number reversed, lower-case x
    assert "t10a" in terms                     # card no. reversed too: found by its tail


# -- query_prefixes --------------------------------------------------------------------------------

def test_digits_are_searched_as_a_reversed_tail():
    assert query_prefixes("5678") == [["t8765"]]


def test_digits_ending_in_x_are_an_id_tail():
    assert query_prefixes("002X") == [["tx200"]]


def test_a_single_digit_is_too_short_to_search():
    assert query_prefixes("4") == []


def test_words_are_searched_as_a_whole_name_or_a_name_tail():
    assert query_prefixes("ZHS") == [["nzhs", "mzhs"]]


def test_a_single_letter_looks_at_whole_names_only():
    assert query_prefixes("l") == [["nl"]]
    assert not finds("s", "张海生")
    assert finds("z", "张海生")


def test_each_word_gives_its_own_prefixes():
    assert query_prefixes("海生 5678") == [["n海生", "m海生"], ["t8765"]]


def test_blank_and_punctuation_only_queries_give_nothing():
    assert query_prefixes("   ") == []
    assert query_prefixes(" - , ") == []


def test_full_width_query_is_read_half_width():
    assert query_prefixes("１２３４") == [["t4321"]]


# -- sorting ---------------------------------------------------------------------------------------

def test_names_sort_in_pinyin_order():
    names = ["张三", "安娜", "李四", "王五"]
    assert sorted(names, key=name_sort_key) == ["安娜", "李四", "王五", "张三"]


def test_surname_shan_sorts_as_shan_not_dan():
    assert sorted(["单田芳", "丁一", "孙二"], key=name_sort_key) == ["丁一", "单田芳", "孙二"]


def test_sort_key_of_an_empty_name_is_empty():
    assert name_sort_key("  ") == ""


def test_a_shorter_name_sorts_before_a_longer_one_that_starts_the_same():
    assert sorted(["白爱岚", "白爱"], key=name_sort_key) == ["白爱", "白爱岚"]


def test_departments_sort_by_pinyin_not_by_character_code():
    from desktop.domain.members.search_keys import pinyin_sorted

    # By character code 工 (U+5DE5) comes before 财 (U+8D22) and 质 (U+8D28); by pinyin cai < gong < zhi.
    assert pinyin_sorted(["质检部", "工会办", "财务部", "安全环保部"]) == ["安全环保部", "财务部", "工会办", "质检部"]


def test_the_register_lists_its_departments_in_pinyin_order(db, make_member):
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members.queries import MemberQueries
    from desktop.domain.members.service import MemberService
    from dataclasses import replace

    service = MemberService(db, LOCAL_ADMIN)
    for n, department in enumerate(("质检部", "工会办", "财务部"), start=1):
        service.create(replace(make_member(f"张{'一二三'[n - 1]}", sequence=n), department=department))
    assert MemberQueries(db, LOCAL_ADMIN).departments() == ["财务部", "工会办", "质检部"]
