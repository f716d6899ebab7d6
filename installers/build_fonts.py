"""Build the Chinese fonts shipped in resources/fonts/ (run once; the results are committed).

Why this exists: every PDF the program makes embeds its fonts, so a PC without Chinese fonts prints
and shows it correctly and the text can be copied out. reportlab embeds TrueType (glyf) outlines
only, while the free Noto CJK fonts (SIL OFL 1.1) come with CFF outlines. This script converts the
Simplified Chinese faces once with fontTools and writes:

    resources/fonts/UnionDeskSerifSC-Regular.ttf   Song-style face (titles, notices, forms)
    resources/fonts/UnionDeskSansSC-Regular.ttf    sans face (tables: rosters, sign-in sheets)
    resources/fonts/OFL.txt                        the licence, with the upstream copyright notice

What it keeps: all of GB 2312 and GBK (every character a Chinese office PC can type in the legacy
code pages), CJK Extension A (rare name characters such as 䶮), ASCII, Latin-1, general and CJK
punctuation, full-width forms and the circled/boxed numbers used in forms. What it drops:

- U+2E80–U+2FDF (CJK radicals supplement and Kangxi radicals). With them in the font, a PDF viewer
  may map 工 back to ⼯ (U+2F2F) and "工会" no longer matches a search or a paste (docs/traps.md).
- OpenType layout tables (GSUB/GPOS): reportlab places glyphs one by one and never reads them.
- Hinting and glyph names (post format 3): not used when printing; they only add size.

Because the files are Modified Versions under the OFL, they carry their own family names
("UnionDesk Serif SC", "UnionDesk Sans SC"); the copyright and licence fields are kept.

The stand-ins for two standard faces of official documents (GB/T 9704) when the PC lacks them:

    resources/fonts/UnionDeskKai-Regular.ttf       楷体 stand-in: LXGW WenKai Regular (霞鹜文楷,
                                                   Debian fonts-lxgw-wenkai 1.250, already TrueType)
    resources/fonts/OFL-UnionDeskKai.txt           its licence
    resources/fonts/ZhuqueFangsong-Regular.ttf     仿宋 stand-in: Zhuque Fangsong (朱雀仿宋), unmodified
    resources/fonts/OFL-ZhuqueFangsong.txt         its licence (upstream LICENSE.txt, verbatim)

LXGW WenKai is 15.7 MB; this script subsets it to the same characters as the Noto faces (13.1 MB, 29 s)
and drops the same radicals and layout tables. Its licence reserves the names "霞鹜" and "LXGW", so
the subset is renamed "UnionDesk Kai" (`--faces kai` rebuilds only this one, in ~1 minute).

Zhuque Fangsong is not made by this script. Its licence (SIL OFL 1.1, Copyright 2023 Zhejiang
JadeFoci Technology) reserves no font name, and the file is committed exactly as its own build makes
it, so anyone can redo it:

    git clone https://github.com/TrionesType/zhuque && cd zhuque
    git checkout 227319a16dab9b4ce48b8cf168f70f2ffa0ce3d0        # 2024-12-18, version 0.211
    python3.11 -m venv /tmp/fm && /tmp/fm/bin/pip install fontmake   # fontmake 3.12.2, glyphsLib 6.16.2,
                                                                      # fonttools 4.68.0 were used
    cd src && /tmp/fm/bin/fontmake -g ./ZhuqueFangsong.glyphspackage -o ttf --output-dir ../fonts/
    cp ../fonts/ZhuqueFangsong-Regular.ttf ../LICENSE.txt <repo>/resources/fonts/   # LICENSE.txt
                                                            # becomes OFL-ZhuqueFangsong.txt

(the command of the repository's src/build.sh and CI workflow). It took 4 min 56 s on a shared
2-core machine and gives a 9.3 MB TrueType file: 12 817 characters, all 6 763 hanzi of GB 2312 but
only 10 953 of GBK's 20 902 (the engine prints the others in UnionDesk Serif SC), no radicals blocks.

Usage (fontTools is needed only here, never at run time):

    .venv/bin/pip install fonttools
    apt-get install fonts-noto-cjk fonts-lxgw-wenkai   # provide the source files read below
    .venv/bin/python installers/build_fonts.py [--faces noto kai] [--source-dir /usr/share/fonts/opentype/noto]

Takes a few minutes (the cubic-to-quadratic conversion of ~30 000 glyphs per Noto face).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "resources" / "fonts"
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
KAI_SOURCE = Path("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf")
KAI_COPYRIGHT = Path("/usr/share/doc/fonts-lxgw-wenkai/copyright")
KAI_TARGET, KAI_FAMILY = "UnionDeskKai-Regular.ttf", "UnionDesk Kai"

# (source collection, output file, new family name)
FACES = [
    ("NotoSerifCJK-Regular.ttc", "UnionDeskSerifSC-Regular.ttf", "UnionDesk Serif SC"),
    ("NotoSansCJK-Regular.ttc", "UnionDeskSansSC-Regular.ttf", "UnionDesk Sans SC"),
]

DROPPED = range(0x2E80, 0x2FE0)  # radicals: look-alikes that break copy and search of 工会


def gbk_characters() -> set[int]:
    """Every character of GBK (which contains GB 2312): decode each double-byte code."""
    found: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                found.add(ord(bytes([lead, trail]).decode("gbk")))
            except UnicodeDecodeError:
                pass
    return found


def wanted_characters() -> set[int]:
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1 (·, ×, °, ¥)
        (0x2000, 0x206F),  # general punctuation (— … ‘ ’ “ ”)
        (0x2100, 0x214F),  # letter-like symbols (℃ №)
        (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ Ⅲ)
        (0x2190, 0x21FF),  # arrows
        (0x2460, 0x24FF),  # ① ⑴ ⒈
        (0x2500, 0x25FF),  # box drawing, ○ □ ■ (ballot marks)
        (0x2600, 0x26FF),  # ☆ ★
        (0x2713, 0x2717),  # ✓ ✔ ✕ ✖ ✗
        (0x3000, 0x303F),  # CJK punctuation (、。《》【】〇)
        (0x3200, 0x32FF),  # ㈠ ㊣
        (0x3400, 0x4DBF),  # CJK Extension A (rare name characters: 䶮)
        (0xFE30, 0xFE4F),  # CJK compatibility forms
        (0xFF00, 0xFFEF),  # full-width forms (，：；（）)
    ]
    chars = gbk_characters()
    for low, high in ranges:
        chars.update(range(low, high + 1))
    return {c for c in chars if c not in DROPPED}


def simplified_chinese_face(collection: Path) -> TTFont:
    """The SC member of a Noto CJK collection (its family name ends in "SC")."""
    for font in TTCollection(str(collection)).fonts:
        if font["name"].getDebugName(1).endswith(" SC"):
            return font
    raise SystemExit(f"no SC face in {collection}")


def subset(font: TTFont, characters: set[int]) -> None:
    options = Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "DSIG"]
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=characters)
    subsetter.subset(font)


def to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF outlines with quadratic glyf outlines (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():  # left side bearing = xMin of the new outline
        hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 3.0  # no glyph names
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, family: str) -> None:
    """A Modified Version gets its own name; copyright (0) and licence (13, 14) stay."""
    postscript = family.replace(" ", "") + "-Regular"
    names = {1: family, 3: f"{postscript};build_fonts.py", 4: f"{family} Regular", 6: postscript,
             16: family, 17: "Regular"}
    table = font["name"]
    table.names = [n for n in table.names if n.nameID not in names]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)


def ofl_from_debian(copyright_file: Path, label: str) -> str:
    """The OFL 1.1 text as a Debian copyright file quotes it (in its "License: <label>" block)."""
    if copyright_file.exists():
        text = copyright_file.read_text(encoding="utf-8")
        start = text.find(f"License: {label}\n -")
        block = re.search(rf"^License: {re.escape(label)}\n(( .*\n)+)", text[start:], re.M) if start >= 0 else None
        if block:
            return "\n".join("" if line.strip() == "." else line[1:] for line in block.group(1).splitlines())
    raise SystemExit(f"OFL text not found in {copyright_file}")


def licence_text(copyright_notice: str) -> str:
    """OFL 1.1 with the upstream notice, taken from Debian's copyright file."""
    header = (
        "UnionDesk Serif SC and UnionDesk Sans SC are Modified Versions of Noto Serif CJK SC and\n"
        "Noto Sans CJK SC (https://github.com/notofonts/noto-cjk), converted to TrueType outlines and\n"
        "subset by installers/build_fonts.py. They are distributed under the SIL Open Font License 1.1.\n\n"
        f"{copyright_notice}\n"
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n\n"
    )
    return header + ofl_from_debian(DEBIAN_COPYRIGHT, "SIL-1.1") + "\n"


def build_noto(source_dir: Path, characters: set[int]) -> None:
    notice = ""
    for source, target, family in FACES:
        started = time.monotonic()
        font = simplified_chinese_face(source_dir / source)
        notice = notice or font["name"].getDebugName(0)
        subset(font, characters)
        to_truetype(font)
        rename(font, family)
        save(font, target, started)
    (OUT_DIR / "OFL.txt").write_text(licence_text(notice), encoding="utf-8")


def build_kai(characters: set[int]) -> None:
    """LXGW WenKai Regular (TrueType already), subset and renamed: its licence reserves "LXGW"."""
    started = time.monotonic()
    font = TTFont(str(KAI_SOURCE))
    notice = font["name"].getDebugName(0).replace("\r\n", "\n")
    subset(font, characters)
    rename(font, KAI_FAMILY)
    save(font, KAI_TARGET, started)
    header = (
        f"{KAI_FAMILY} is a Modified Version of LXGW WenKai Regular 1.250 (霞鹜文楷,\n"
        "https://github.com/lxgw/LxgwWenKai, as packaged by Debian in fonts-lxgw-wenkai), subset by\n"
        "installers/build_fonts.py. It is distributed under the SIL Open Font License 1.1.\n\n"
        f"{notice}\n"
        'with Reserved Font Names "霞鹜" and "LXGW".\n\n'
    )
    licence = header + ofl_from_debian(KAI_COPYRIGHT, "OFL-1.1") + "\n"
    (OUT_DIR / "OFL-UnionDeskKai.txt").write_text(licence, encoding="utf-8")


def save(font: TTFont, target: str, started: float) -> None:
    path = OUT_DIR / target
    font.save(str(path))
    kept = len(set(TTFont(str(path))["cmap"].getBestCmap()))
    print(f"{path.relative_to(REPO)}: {kept} characters, {path.stat().st_size / 1e6:.1f} MB, "
          f"{time.monotonic() - started:.0f} s", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    parser.add_argument("--faces", nargs="+", choices=["noto", "kai"], default=["noto", "kai"])
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    characters = wanted_characters()
    if "noto" in args.faces:
        build_noto(args.source_dir, characters)
    if "kai" in args.faces:
        build_kai(characters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
