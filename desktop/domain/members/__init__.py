"""The member register (会员名册): entities, validation, lifecycle, services and queries."""
