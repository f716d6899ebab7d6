"""Mapped classes of this area (tables created by migration 0004)."""

from __future__ import annotations
