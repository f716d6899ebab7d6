"""Mapped classes of this area (tables created by migration 0005)."""

from __future__ import annotations
