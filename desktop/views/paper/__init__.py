"""Paper in the window: one print preview for every document, the option dialogs in front of it,
and the menu the member pane offers (actions.paper_menu)."""
