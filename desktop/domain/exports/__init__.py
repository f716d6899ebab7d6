"""What was sent to the parent union, so the next submission can carry only what changed."""
