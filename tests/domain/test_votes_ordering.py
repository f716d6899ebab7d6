"""Ballot order: surname stroke counts (姓氏笔画) from the shipped Unihan table, same surnames
together, then the next characters' strokes, then pinyin; or pinyin; or as entered."""

from desktop.domain.votes.ordering import UNKNOWN, CandidateOrder, ordered, strokes


def test_stroke_counts_of_common_surnames():
    assert [strokes(c) for c in "丁王李张陈黄曾"] == [2, 4, 7, 7, 7, 11, 12]
    assert strokes("𠀀") == UNKNOWN  # outside the table: after every known character


def test_stroke_order_groups_surnames_then_next_characters():
    names = ["张伟", "王芳", "李娜", "丁一", "王二小", "王芳芳", "欧阳修", "马丽"]
    assert ordered(names, CandidateOrder.STROKES, str) == [
        "丁一", "马丽", "王二小", "王芳", "王芳芳", "李娜", "张伟", "欧阳修"]


def test_equal_strokes_different_surnames_by_pinyin_and_other_orders():
    # 李 and 张 both have 7 strokes: 李 (li) before 张 (zhang)
    assert ordered(["张三", "李四"], CandidateOrder.STROKES, str) == ["李四", "张三"]
    assert ordered(["张三", "李四", "陈五"], CandidateOrder.PINYIN, str) == ["陈五", "李四", "张三"]
    assert ordered(["张三", "李四"], CandidateOrder.ENTERED, str) == ["张三", "李四"]
