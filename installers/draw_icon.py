"""Draws the UnionDesk icon: the character 工 (工会, the union) in white on a red tile with a gold
rim, as geometric strokes so no font is needed. Writes resources/icons/uniondesk-<N>.png for the
Linux desktop entry and the window, and uniondesk.ico (16 … 256 px) for Windows.

    .venv/bin/python installers/draw_icon.py      (Pillow comes with reportlab)

The drawing is done once at 1024 px and scaled down, so the small sizes stay smooth.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, DARK_RED, GOLD, WHITE = (200, 16, 46), (150, 8, 30), (242, 186, 48), (255, 255, 255)
BIG = 1024


def draw(size: int = BIG) -> Image.Image:
    u = size / 1024  # drawing units: 1024 to the side
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((24 * u, 24 * u, 1000 * u, 1000 * u), radius=200 * u, fill=GOLD)
    pen.rounded_rectangle((64 * u, 64 * u, 960 * u, 960 * u), radius=165 * u, fill=RED)
    pen.rounded_rectangle((64 * u, 600 * u, 960 * u, 960 * u), radius=165 * u, fill=DARK_RED)
    pen.rectangle((64 * u, 600 * u, 960 * u, 760 * u), fill=DARK_RED)
    # 工: the top stroke, the upright, the long base stroke
    pen.rounded_rectangle((250 * u, 230 * u, 774 * u, 330 * u), radius=20 * u, fill=WHITE)
    pen.rounded_rectangle((462 * u, 230 * u, 562 * u, 760 * u), radius=20 * u, fill=WHITE)
    pen.rounded_rectangle((180 * u, 700 * u, 844 * u, 805 * u), radius=20 * u, fill=WHITE)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    for size in PNG_SIZES:
        big.resize((size, size), Image.LANCZOS).save(ICONS / f"uniondesk-{size}.png", optimize=True)
    big.resize((256, 256), Image.LANCZOS).save(ICONS / "uniondesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"wrote {len(PNG_SIZES)} PNG sizes and uniondesk.ico to {ICONS}")


if __name__ == "__main__":
    main()
