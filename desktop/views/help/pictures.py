"""Make the manual's pictures: one `uniondesk --screenshot` per pane of the demo union (as its
administrator, on the 1366×768 office screen, fresh settings), scaled to the manual's width.

    python -m desktop.views.help.pictures [--db demo.sqlite3] [--lang zh_CN]

Creates the demo database first when the file does not exist.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.resources import resource_path
from desktop.views.help.manual import PAGES

WIDTH = 760  # the manual window shows it at its own size (scaling twice blurs the text)


def take(db: Path, key: str, language: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "XDG_CONFIG_HOME": config, "UNIONDESK_USER": "admin",
               "UNIONDESK_PASSWORD": "demo-admin", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--screenshot", str(out),
                        "--pane", key, "--lang", language], env=env, check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="demo.sqlite3")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    args = parser.parse_args(argv)
    db = Path(args.db)
    if not db.exists():
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "demo"], check=True)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(["pictures"])  # noqa: F841 - QImage scaling
    folder = resource_path("manual", "images")
    folder.mkdir(parents=True, exist_ok=True)
    for key, _title in PAGES:
        shot = folder / f"{key}.full.png"
        take(db, key, args.lang, shot)
        image = QImage(str(shot)).scaledToWidth(WIDTH, Qt.SmoothTransformation)
        # 256 colours are plenty for a window: a quarter of the bytes of a true-colour picture.
        image.convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither).save(str(folder / f"{key}.png"))
        shot.unlink()
        print(folder / f"{key}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
