"""Qt item models adapting domain queries to views. Qt is allowed here and in views/ only."""
