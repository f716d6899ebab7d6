"""Votes and elections (选举与表决): setup, electorate, ballots, counting, results."""
