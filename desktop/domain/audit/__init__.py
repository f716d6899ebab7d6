"""The audit trail: who changed what, when, field by field."""
