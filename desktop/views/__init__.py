"""Qt widgets: the main window shell, one pane per area, dialogs."""
