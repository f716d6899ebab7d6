"""Smoke test of the installed (frozen) UnionDesk: does the program a user gets actually work?

    python installers/smoke_test.py [--deb dist/uniondesk_<version>_amd64.deb]  (Linux, after build-linux.sh)
    python installers/smoke_test.py --program "C:\\…\\uniondesk-cli.exe" --gui "C:\\…\\uniondesk.exe"
                                    --data-folder "%LOCALAPPDATA%\\UnionDesk"    (Windows, after the setup)

With --deb the package is unpacked into a temporary root (dpkg -x) and its program is run from
there with a temporary HOME, a bare PATH and nothing of the project's venv, so only what the
package holds can be loaded. It runs --version, demo --members 200, two --screenshot panes (the
pictures are checked pixel by pixel for Chinese glyphs), print roster and print notice (the PDFs
must embed their fonts and give back Chinese text, read with pypdf), import members of a small
.xlsx, export members --profile parent-union, backup and verify; then it removes the program and
checks that the user's data folder (database and backups) is still there.

This script runs in the build environment (it needs pypdf, openpyxl and Pillow; the installed
program needs none of them) and exits non-zero, naming the step, at the first failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_USER = {"UNIONDESK_USER": "admin", "UNIONDESK_PASSWORD": "demo-admin"}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
# Two members that are not in any demo union, for the import.
# (The 17th digit of an ID number is odd for a man, even for a woman.)
NEW_MEMBERS = (("欧阳春晓", "女", dt.date(1991, 4, 17), 732, "工会办公室"),
               ("司徒振华", "男", dt.date(1983, 11, 2), 517, "生产车间"))


class SmokeFailure(Exception):
    pass


def expected_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def id_number(birth: dt.date, sequence: int) -> str:
    first17 = f"110105{birth:%Y%m%d}{sequence:03d}"
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


class Installed:
    """The installed program, run in an environment that has nothing of the build machine's Python."""

    def __init__(self, cli: Path, gui: Path, home: Path, data_folder: Path, isolated: bool):
        self.cli, self.gui, self.data_folder = cli, gui, data_folder
        self.env = {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **DEMO_USER}
        if isolated:  # Linux: a fresh HOME, so the data folder is home/.local/share/UnionDesk
            self.env.update(HOME=str(home), PATH="/usr/bin:/bin")
        else:         # Windows: the runner's own profile (%LOCALAPPDATA% is found by the shell API)
            self.env = {**os.environ, **self.env}
            for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "UNIONDESK_DB"):
                self.env.pop(name, None)

    def run(self, *args: str, gui: bool = False, x11: bool = False, timeout: int = 300) -> str:
        """x11: on a virtual X server (xvfb-run) with Qt's xcb platform, as on a Linux desktop,
        instead of the offscreen platform."""
        program = self.gui if gui else self.cli
        command, env = [str(program), *args], self.env
        if x11:
            command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *command]
            env = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
        started = time.monotonic()
        result = subprocess.run(command, env=env, capture_output=True, timeout=timeout)
        out = result.stdout.decode("utf-8", "replace")
        err = result.stderr.decode("utf-8", "replace")
        print(f"  $ {'xvfb-run ' if x11 else ''}uniondesk {' '.join(args)}  ({time.monotonic() - started:.1f} s, exit {result.returncode})")
        if result.returncode != 0:
            raise SmokeFailure(f"uniondesk {' '.join(args)} exited with {result.returncode}:\n{out}\n{err}")
        return out


# -- the checks ----------------------------------------------------------------------------------

def check_version(app: Installed) -> None:
    out = app.run("--version")
    if expected_version() not in out:
        raise SmokeFailure(f"--version says {out!r}, expected {expected_version()}")


def check_demo(app: Installed) -> None:
    app.run("demo", "--members", "200", "--force")
    database = app.data_folder / "uniondesk.sqlite3"
    if not database.is_file():
        raise SmokeFailure(f"demo wrote no database into the data folder {app.data_folder}")
    members = json.loads(app.run("members", "list", "--json"))
    if len(members) < 150:
        raise SmokeFailure(f"the demo union lists {len(members)} current members, expected about 200")


def check_screenshots(app: Installed, work: Path) -> None:
    """Two panes in Chinese: real glyphs (many different shapes), not empty boxes or a blank window.
    On Linux with xvfb-run, one of them through the X11 (xcb) platform plugin the package carries."""
    x11 = sys.platform.startswith("linux") and shutil.which("xvfb-run") is not None
    for pane, on_x11 in (("members", x11), ("funds", False)):
        zh, en = work / f"{pane}-zh_CN.png", work / f"{pane}-en.png"
        app.run("--lang", "zh_CN", "--screenshot", str(zh), "--pane", pane, gui=True, x11=on_x11)
        app.run("--lang", "en", "--screenshot", str(en), "--pane", pane, gui=True, x11=on_x11)
        for path in (zh, en):
            if not path.is_file():
                raise SmokeFailure(f"--screenshot wrote no {path.name}")
        report = screenshot_report(zh, en)
        print(f"    {pane}{' (X11)' if on_x11 else ''}: {report}")


def screenshot_report(zh_png: Path, en_png: Path) -> str:
    from PIL import Image

    zh, en = Image.open(zh_png).convert("RGB"), Image.open(en_png).convert("RGB")
    if zh.width < 600 or zh.height < 400:
        raise SmokeFailure(f"{zh_png.name} is only {zh.width}×{zh.height}")
    colours = len(zh.getcolors(maxcolors=1 << 20) or [])
    if colours < 64:
        raise SmokeFailure(f"{zh_png.name} is blank or nearly so ({colours} colours)")
    navigation = (0, 0, 130, zh.height)  # the pane list on the left, the same in every pane
    glyphs = glyph_shapes(zh.crop(navigation))
    if zh.crop(navigation).tobytes() == en.crop(navigation).tobytes():
        raise SmokeFailure(f"{zh_png.name}: the navigation looks the same in Chinese and English")
    # 会员 活动 会费 经费收支 …: Chinese characters are square and all different (26-28 shapes
    # measured); English gives 6-8 square blobs, a missing font the same box again and again.
    square = {g for g in glyphs if g[0] >= 10 and g[1] >= 10 and abs(g[0] - g[1]) <= 4}
    if len(square) < 15:
        raise SmokeFailure(f"{zh_png.name}: only {len(square)} different square glyphs in the navigation "
                           "(no Chinese font: boxes instead of characters?)")
    return f"{zh.width}×{zh.height}, {colours} colours, {len(square)} different Chinese glyph shapes in the navigation"


def glyph_shapes(image) -> list[tuple[int, int, bytes]]:
    """The ink blobs of a text column: lines split at blank rows, glyphs at blank columns.
    Returns (width, height, bitmap) of each; a font without Chinese draws the same box every time."""
    grey = image.convert("L")
    width, height = grey.size
    pixels = grey.load()
    rows = []
    for y in range(height):
        line = [pixels[x, y] for x in range(width)]
        background = max(set(line), key=line.count)
        rows.append([abs(v - background) > 90 for v in line])
    shapes = []
    for top, bottom in _runs([any(r) for r in rows]):
        band = rows[top:bottom]
        for left, right in _runs([any(r[x] for r in band) for x in range(width)]):
            bitmap = bytes(int(r[x]) for r in band for x in range(left, right))
            shapes.append((right - left, bottom - top, bitmap))
    return shapes


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, flag in enumerate(flags + [False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def check_pdfs(app: Installed, work: Path) -> None:
    members = json.loads(app.run("members", "list", "--json"))
    roster = work / "花名册 2026.pdf"   # a path with Chinese and a space, as a cadre names files
    app.run("print", "roster", str(roster))
    check_pdf(roster, [members[0]["name"], members[-1]["name"]])
    body = work / "通知正文.txt"
    body.write_text("各分会：\n定于下周三召开会员代表大会，请准时参加。\n", encoding="utf-8")
    notice = work / "会议通知.pdf"
    app.run("print", "notice", str(notice), "--template", "meeting", "--title", "关于召开会员代表大会的通知",
            "--body-file", str(body))
    check_pdf(notice, ["关于召开会员代表大会的通知", "会员代表大会"])


def check_pdf(path: Path, expected: list[str]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages).replace(" ", "")
    for wanted in expected:
        if wanted.replace(" ", "") not in text:
            raise SmokeFailure(f"{path.name}: “{wanted}” cannot be extracted from the PDF")
    fonts = _fonts(reader)
    not_embedded = [name for name, embedded in fonts.items() if not embedded]
    if not fonts or not_embedded:
        raise SmokeFailure(f"{path.name}: fonts not embedded: {not_embedded or 'no fonts at all'}")
    print(f"    {path.name}: {len(reader.pages)} pages, fonts embedded: {', '.join(sorted(fonts))}")


def _fonts(reader) -> dict[str, bool]:
    """Every font a page uses, and whether its program is inside the file. reportlab's standard
    Helvetica (14 base fonts, every reader has them) is not expected to be embedded."""
    found = {}
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            font = font.get_object()
            name = str(font.get("/BaseFont", "?"))
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts", []) or []:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = any(d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                           for d in descriptors)
            standard = name.lstrip("/") in {"Helvetica", "Helvetica-Bold", "Times-Roman", "Courier", "Symbol",
                                            "ZapfDingbats"}
            if not standard:
                found[name] = embedded
    return found


def check_import_export(app: Installed, work: Path) -> None:
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "新会员"
    sheet.append(["姓名", "性别", "公民身份号码", "部门", "联系电话", "入会时间"])
    for name, gender, birth, sequence, department in NEW_MEMBERS:
        sheet.append([name, gender, id_number(birth, sequence), department, "139" + f"{sequence:08d}", "2024-05-01"])
    source = work / "新会员 名单.xlsx"
    book.save(source)
    report = json.loads(app.run("import", "members", str(source), "--json"))
    if report["imported"] != len(NEW_MEMBERS) or report["rejected_rows"]:
        raise SmokeFailure(f"import members: {report['imported']} imported, {report['rejected_rows']} rejected "
                           f"({report['rejected']}), expected {len(NEW_MEMBERS)} imported")
    out = work / "上报 会员.xlsx"
    app.run("export", "members", "--profile", "parent-union", str(out))
    rows = list(load_workbook(out, read_only=True).active.iter_rows(min_row=5, values_only=True))
    names = {row[1] for row in rows}
    for name, *_ in NEW_MEMBERS:
        if name not in names:
            raise SmokeFailure(f"the parent-union export has no row for the imported {name}")
    print(f"    parent-union export: {len(rows)} rows from row 5, the imported members among them")


def check_backup_verify(app: Installed) -> None:
    app.run("backup")
    backups = list((app.data_folder / "backups").glob("*.sqlite3"))
    if not backups:
        raise SmokeFailure(f"backup wrote nothing into {app.data_folder / 'backups'}")
    app.run("verify")


def user_data(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*")) if p.is_file()}


# -- the package ----------------------------------------------------------------------------------

def unpack_deb(deb: Path, root: Path) -> None:
    """dpkg -x, and the package's shape: everything under /opt/uniondesk and /usr, no maintainer
    scripts (so removing it can never touch a home folder)."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], check=True, capture_output=True, text=True).stdout
    paths = [line.split()[-1] if " -> " not in line else line.split()[-3] for line in listing.splitlines()]
    outside = [p for p in paths if not p.startswith(("./opt/uniondesk", "./usr/")) and p not in ("./", "./opt/", "./usr/")]
    if outside:
        raise SmokeFailure(f"the package installs outside /opt/uniondesk and /usr: {outside[:5]}")
    control = Path(tempfile.mkdtemp())
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    scripts = sorted(p.name for p in control.iterdir() if p.name in ("preinst", "postinst", "prerm", "postrm"))
    shutil.rmtree(control)
    if scripts:
        raise SmokeFailure(f"the package has maintainer scripts {scripts}; check they keep user data, then this test")
    for wanted in ("usr/bin/uniondesk", "usr/share/applications/uniondesk.desktop",
                   "usr/share/icons/hicolor/256x256/apps/uniondesk.png", "opt/uniondesk/uniondesk"):
        if not (root / wanted).exists():
            raise SmokeFailure(f"the package has no /{wanted}")
    launcher = (root / "usr/bin/uniondesk").read_text()
    if "/opt/uniondesk/uniondesk" not in launcher:
        raise SmokeFailure("/usr/bin/uniondesk does not start /opt/uniondesk/uniondesk")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path, help="the .deb to unpack and test (Linux)")
    parser.add_argument("--program", type=Path, help="an installed command-line program (Windows: uniondesk-cli.exe)")
    parser.add_argument("--gui", type=Path, help="the installed window program (default: --program)")
    parser.add_argument("--data-folder", type=Path, help="with --program: the user data folder it uses")
    parser.add_argument("--keep", action="store_true", help="leave the temporary folder for a look")
    args = parser.parse_args(argv)
    if args.deb and args.program:
        parser.error("give --deb or --program, not both")
    if not args.program and not args.deb:  # what build-linux.sh has just made
        args.deb = ROOT / "dist" / f"uniondesk_{expected_version()}_amd64.deb"
    work = Path(tempfile.mkdtemp(prefix="uniondesk smoke 测试 "))  # spaces and Chinese on purpose
    started = time.monotonic()
    try:
        if args.deb:
            root, home = work / "root", work / "home"
            home.mkdir()
            unpack_deb(args.deb, root)
            program = root / "opt/uniondesk/uniondesk"
            app = Installed(program, program, home, home / ".local/share/UnionDesk", isolated=True)
        else:
            data_folder = args.data_folder or Path(os.environ["LOCALAPPDATA"]) / "UnionDesk"
            app = Installed(args.program, args.gui or args.program, work, data_folder, isolated=False)
        steps = [("version", lambda: check_version(app)), ("demo", lambda: check_demo(app)),
                 ("screenshots", lambda: check_screenshots(app, work)), ("print", lambda: check_pdfs(app, work)),
                 ("import/export", lambda: check_import_export(app, work)),
                 ("backup/verify", lambda: check_backup_verify(app))]
        for name, step in steps:
            print(f"smoke: {name}")
            step()
        if args.deb:
            print("smoke: remove the program, keep the user's data")
            before = user_data(app.data_folder)
            shutil.rmtree(root)
            if user_data(app.data_folder) != before:
                raise SmokeFailure("removing the program changed the user's data folder")
            print(f"    {len(before)} files kept in the data folder: {', '.join(before)}")
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"smoke: all passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
