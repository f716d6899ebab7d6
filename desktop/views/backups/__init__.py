"""The backups pane, where backups are kept and for how long, and the daily backup timer."""
