"""Mapped classes of this area (tables created by migration 0008)."""

from __future__ import annotations
