"""The member register pane (会员名册) and its dialogs."""
