"""The papers of members: each module lays out paper values from the domain; format only."""
