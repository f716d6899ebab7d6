"""Mapped classes of this area (tables created by migration 0007)."""

from __future__ import annotations
