"""The papers of activities: each module lays out paper values from the domain; format only."""
