"""Mapped classes of this area (tables created by migration 0006)."""

from __future__ import annotations
