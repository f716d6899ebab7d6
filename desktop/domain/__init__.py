"""The union's rules, entities and use cases. Never imports Qt."""
