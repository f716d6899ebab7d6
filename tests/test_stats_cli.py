"""`uniondesk stats`: the yearly figures of the demo union as a script reads them."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.demo_files import build_template, fresh_copy


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("statscli"), members=60, seed=3)


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    return fresh_copy(demo_template, tmp_path)


def test_stats_json_has_every_figure_and_the_checks_pass(demo_db, capsys):
    assert main(["--db", str(demo_db), "stats", "--as-of", "2025-12-31", "--workforce", "80", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["as_of"] == "2025-12-31" and report["workforce"] == 80
    members = report["members"]
    assert members["members"] == members["active"] + members["retained"] > 0
    assert report["membership_rate"] == f"{members['members'] * 100 / 80:.1f}%"
    moved = report["movements"]
    assert report["start_members"] + moved["join"] + moved["transfer_in"] - moved["transfer_out"] \
        - moved["withdraw"] - moved["expel"] == members["members"]
    assert all(check["passed"] for check in report["checks"]), report["checks"]
    assert {line["key"] for line in report["lines"]} >= {"workforce", "rate", "women", "join", "committee"}
    assert report["funds"]["401"] == report["dues_collected"]


def test_stats_text_in_chinese_and_a_bad_date(demo_db, capsys):
    assert main(["--db", str(demo_db), "--lang", "zh_CN", "stats", "--as-of", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    assert "女会员" in out and "入会" in out
    assert main(["--db", str(demo_db), "--lang", "zh_CN", "stats", "--as-of", "2025-13-01"]) == 2
    assert "2025-12-31" in capsys.readouterr().err


def _cells(path):
    import openpyxl

    return openpyxl.load_workbook(path).active


def test_export_stats_fills_the_bundled_template(demo_db, tmp_path, capsys):
    out = tmp_path / "年报.xlsx"
    assert main(["--db", str(demo_db), "stats", "--as-of", "2025-12-31", "--workforce", "80", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert main(["--db", str(demo_db), "export", "stats", "--as-of", "2025-12-31", "--preparer", "李干事",
                 "--reviewer", "王主席", "--phone", "0571-88886666", str(out)]) == 0
    sheet = _cells(out)
    assert sheet["A1"].value == "基层工会基本情况表" and sheet["C2"].value == "统计截止日期：2025-12-31"
    assert (sheet["A5"].value, sheet["B5"].value) == ("职工人数（人）", 80)
    assert (sheet["A7"].value, sheet["B7"].value) == ("会员人数（人）", report["members"]["members"])
    assert sheet["D7"].value == report["members"]["retained"] and sheet["B8"].value == report["members"]["women"]
    assert sheet["D6"].value == report["membership_rate"]
    assert (sheet["B18"].value, sheet["D18"].value) == (report["start_members"], report["movements"]["join"])
    assert sheet["B31"].value == float(report["dues_collected"])
    assert sheet["A34"].value == "填报人：李干事" and sheet["C34"].value == "审核人：王主席"
    assert sheet["A35"].value == "联系电话：0571-88886666"


def test_another_provinces_form_is_a_profile_file(demo_db, tmp_path, capsys):
    from pathlib import Path

    profile = Path(__file__).parent / "fixtures" / "stats_profiles" / "another-province.json"
    out = tmp_path / "表一.xlsx"
    assert main(["--db", str(demo_db), "stats", "--as-of", "2025-12-31", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert main(["--db", str(demo_db), "export", "stats", "--as-of", "2025-12-31", "--profile", str(profile),
                 "--preparer", "李干事", str(out)]) == 0
    sheet = _cells(out)
    assert sheet.title == "表一"
    assert [sheet[f"C{row}"].value for row in (3, 4, 5, 6)] == [
        report["workforce"], report["members"]["members"], report["members"]["women"], report["movements"]["join"]]
    assert sheet["C7"].value == float(report["funds"]["402"])
    assert sheet["B8"].value == "截止 2025-12-31，填报人 李干事"


def test_the_template_as_pdf(demo_db, tmp_path, capsys):
    import io

    from pypdf import PdfReader

    out = tmp_path / "年报.pdf"
    assert main(["--db", str(demo_db), "stats", "--as-of", "2025-12-31", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert main(["--db", str(demo_db), "export", "stats", "--as-of", "2025-12-31", "--preparer", "李干事",
                 str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "基层工会基本情况表" in text and "填报人：李干事" in text and "统计截止日期：2025-12-31" in text
    assert f"会员人数（人）\n{report['members']['members']}" in text or str(report["members"]["members"]) in text


def test_a_profile_naming_an_unknown_figure_is_refused_and_writes_nothing(demo_db, tmp_path, capsys):
    profile = tmp_path / "bad.json"
    profile.write_text(json.dumps({"name": "bad", "rows": [["会员", "{memberz}"]]}), encoding="utf-8")
    out = tmp_path / "bad.xlsx"
    assert main(["--db", str(demo_db), "export", "stats", "--profile", str(profile), str(out)]) == 2
    assert "{memberz}" in capsys.readouterr().err and not out.exists()


def test_print_stats_report_as_pdf_and_docx(demo_db, tmp_path, capsys):
    import io

    from docx import Document
    from pypdf import PdfReader

    pdf = tmp_path / "附表.pdf"
    assert main(["--db", str(demo_db), "--lang", "zh_CN", "print", "stats-report", "--as-of", "2025-12-31",
                 "--preparer", "李干事", str(pdf)]) == 0
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "2025" in text and "女会员" in text and "逻辑检查" in text and "本年活动" in text and "李干事" in text
    assert "会员年龄与性别" in text or "Members by age and gender" in text
    word = tmp_path / "附表.docx"
    assert main(["--db", str(demo_db), "--lang", "zh_CN", "print", "stats-report", "--as-of", "2025-12-31",
                 str(word)]) == 0
    cells = {cell.text for table in Document(str(word)).tables for row in table.rows for cell in row.cells}
    assert "女会员" in cells and "【逻辑检查】" in cells
