"""Build the two Chinese fonts shipped in resources/fonts/ (run once; the results are committed).

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

Usage (fontTools is needed only here, never at run time):

    .venv/bin/pip install fonttools
    apt-get install fonts-noto-cjk          # provides the .ttc files read below
    .venv/bin/python installers/build_fonts.py [--source-dir /usr/share/fonts/opentype/noto]

Takes a few minutes (the cubic-to-quadratic conversion of ~30 000 glyphs per face).
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


def licence_text(copyright_notice: str) -> str:
    """OFL 1.1 with the upstream notice, taken from Debian's copyright file when present."""
    ofl = ""
    if DEBIAN_COPYRIGHT.exists():
        text = DEBIAN_COPYRIGHT.read_text(encoding="utf-8")
        block = re.search(r"^License: SIL-1\.1\n(( .*\n)+)", text[text.index("License: SIL-1.1\n -"):], re.M)
        if block:
            ofl = "\n".join("" if line.strip() == "." else line[1:] for line in block.group(1).splitlines())
    if not ofl:
        raise SystemExit(f"OFL text not found in {DEBIAN_COPYRIGHT}")
    header = (
        "UnionDesk Serif SC and UnionDesk Sans SC are Modified Versions of Noto Serif CJK SC and\n"
        "Noto Sans CJK SC (https://github.com/notofonts/noto-cjk), converted to TrueType outlines and\n"
        "subset by installers/build_fonts.py. They are distributed under the SIL Open Font License 1.1.\n\n"
        f"{copyright_notice}\n"
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n\n"
    )
    return header + ofl + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    args = parser.parse_args()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    characters = wanted_characters()
    notice = ""
    for source, target, family in FACES:
        started = time.monotonic()
        font = simplified_chinese_face(args.source_dir / source)
        notice = notice or font["name"].getDebugName(0)
        subset(font, characters)
        to_truetype(font)
        rename(font, family)
        path = OUT_DIR / target
        font.save(str(path))
        kept = len(set(TTFont(str(path))["cmap"].getBestCmap()))
        print(f"{path.relative_to(REPO)}: {kept} characters, {path.stat().st_size / 1e6:.1f} MB, "
              f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    (OUT_DIR / "OFL.txt").write_text(licence_text(notice), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
