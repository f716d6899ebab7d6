"""Activities (活动): plans, participants, attendance, spending, competitions, condolence visits."""
