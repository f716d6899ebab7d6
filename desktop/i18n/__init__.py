"""Languages: which one the user gets, and the catalogue for code that runs without Qt (the CLI).

The zh_CN catalogue is resources/translations/uniondesk_zh_CN.ts, edited by people and kept
complete by a test. The GUI loads its compiled form (.qm, built by `python -m desktop.i18n.build`);
the command line reads the .ts directly, so both speak from the same catalogue.
"""

from __future__ import annotations

import locale
import os

SUPPORTED = ("zh_CN", "en")


def system_language() -> str:
    """zh_CN on a Chinese system, English otherwise."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "zh_CN" if name.lower().startswith(("zh", "chinese")) else "en"
