"""Hardship aid (困难职工帮扶): cases, households, tiers, workflow, payments, privacy."""
