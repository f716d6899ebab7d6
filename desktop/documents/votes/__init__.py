"""The papers of votes: each module lays out paper values from the domain; format only."""
