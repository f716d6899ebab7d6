"""What the home pane (工作台) and, later, a statistics pane show: one query per figure, and the
reminders gathered from every area, each limited to what the acting user may see."""
