"""The fonts documents use, registered with reportlab once per process.

Two faces every document uses (UnionDesk Serif SC and Sans SC, from Noto CJK) and the free stand-ins
for the 仿宋 and 楷体 of official documents (Zhuque Fangsong, UnionDesk Kai from LXGW WenKai) are
shipped in resources/fonts/ (see installers/build_fonts.py) and embedded as subsets in each PDF, so a PC without Chinese fonts prints the document as previewed and the text can be copied
out. reportlab's built-in CID fonts (STSong-Light) are never used: they are not embedded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.documents.shared.text import teach_reportlab_chinese_line_breaks
from desktop.resources import resource_path

SERIF = "UnionDeskSerifSC"   # Song-style: titles, notices, forms
SANS = "UnionDeskSansSC"     # sans (黑体-like): tables, level-1 headings

_FILES = {SERIF: "UnionDeskSerifSC-Regular.ttf", SANS: "UnionDeskSansSC-Regular.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register both faces (idempotent; ~0.3 s the first time) and return their names."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    teach_reportlab_chinese_line_breaks()  # every document registers the fonts first
    return SERIF, SANS


# The faces of official documents (GB/T 9704): the title in 小标宋, the body in 仿宋, level-1
# headings in 黑体, level-2 in 楷体. When the PC has the standard font it is embedded; otherwise a
# free face stands in and official_fonts() says which. The bundled 仿宋 and 楷体 stand-ins are
# registered under the official name itself, so notice layout never asks which one it got.
TITLE_FACE = "UnionDeskOfficialTitle"
FANGSONG = "UnionDeskOfficialFangSong"
HEITI = "UnionDeskOfficialHei"
KAITI = "UnionDeskOfficialKai"


@dataclass(frozen=True)
class OfficialFont:
    role: str          # the standard's name for it: 小标宋, 仿宋, 黑体, 楷体
    name: str          # reportlab name to draw with
    found: str         # the file used, or "" when a bundled face stands in
    stand_in: str      # what stands in ("" when the standard font was found)


# A bundled stand-in: the face to draw with (a registered name, or the file in resources/fonts/ to
# register under the official name) and what the preview and Settings call it.
@dataclass(frozen=True)
class StandIn:
    face: str
    label: str
    bundled_file: str = ""


# (registered name, standard name, file names to look for in the system font folders, stand-in)
_OFFICIAL = [
    (TITLE_FACE, "方正小标宋简体", ("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf", "FZXBSK.TTF"),
     StandIn(SERIF, "思源宋体（Noto Serif CJK）加粗描边")),
    (FANGSONG, "仿宋_GB2312 / 仿宋", ("仿宋_GB2312.ttf", "FS_GB2312.ttf", "FSGB2312.ttf", "simfang.ttf"),
     StandIn(FANGSONG, "朱雀仿宋（Zhuque Fangsong）", "ZhuqueFangsong-Regular.ttf")),
    (HEITI, "黑体", ("simhei.ttf", "黑体.ttf"), StandIn(SANS, "思源黑体（Noto Sans CJK）")),
    (KAITI, "楷体_GB2312 / 楷体", ("楷体_GB2312.ttf", "KAI_GB2312.ttf", "simkai.ttf"),
     StandIn(KAITI, "UnionDesk Kai（源自霞鹜文楷）", "UnionDeskKai-Regular.ttf")),
]


def font_folders() -> list[Path]:
    """Where Windows, Linux and macOS keep fonts (system-wide and the user's own)."""
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
    home = Path.home()
    return [windows, local, Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts",
            home / ".fonts", Path("/Library/Fonts"), home / "Library/Fonts"]


def _find_font_file(names: tuple[str, ...]) -> Path | None:
    wanted = [n.lower() for n in names]
    found: dict[str, Path] = {}
    for folder in font_folders():
        if not folder.is_dir():
            continue
        for path in folder.rglob("*.tt[fF]") if folder.name != "Fonts" else folder.glob("*"):
            found.setdefault(path.name.lower(), path)
    for name in wanted:  # in order of preference
        if name in found:
            return found[name]
    return None


@lru_cache(maxsize=1)
def official_fonts() -> tuple[OfficialFont, ...]:
    """Register the four official faces (the standard font when found, else a stand-in) once."""
    register_fonts()
    result = []
    for name, role, files, stand_in in _OFFICIAL:
        path = _find_font_file(files)
        if path is not None:
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
                result.append(OfficialFont(role, name, str(path), ""))
                continue
            except Exception:  # noqa: BLE001 - a damaged or CFF-only font: use the stand-in
                pass
        if stand_in.bundled_file:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", stand_in.bundled_file))))
        result.append(OfficialFont(role, stand_in.face, "", stand_in.label))
    return tuple(result)


def official(role_name: str) -> str:
    """The reportlab name to draw an official face with (TITLE_FACE, FANGSONG, HEITI or KAITI)."""
    index = [entry[0] for entry in _OFFICIAL].index(role_name)
    return official_fonts()[index].name


def stand_ins() -> list[str]:
    """Lines like "仿宋_GB2312 / 仿宋 → 朱雀仿宋（Zhuque Fangsong）" for each standard font not found."""
    return [f"{font.role} → {font.stand_in}" for font in official_fonts() if font.stand_in]


def font_runs(text: str, font: str, fallback: str = SERIF) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs: characters the font lacks (a 仿宋_GB2312 and the bundled
    Zhuque Fangsong have GB 2312 but not all of GBK, so names with 玥 or 喆 would print blank) go to
    the bundled Serif face, which covers GBK."""
    if font in _FILES:
        return [(font, text)]
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    runs: list[tuple[str, str]] = []
    for char in text:
        chosen = font if ord(char) in glyphs or char.isspace() else fallback
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return runs


def text_out(text_object, text: str, font: str, size: float) -> None:
    """textOut with the fallback face for the characters `font` lacks."""
    for run_font, piece in font_runs(text, font):
        text_object.setFont(run_font, size)
        text_object.textOut(piece)
