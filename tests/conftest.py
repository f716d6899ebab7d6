"""Shared test set-up: Qt runs offscreen (no screen in CI), and nothing touches the user's real
settings or data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UNIONDESK_DB", None)
