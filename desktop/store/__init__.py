"""Where data lives: the engine and sessions, migrations, backups. Never imports Qt."""
