"""The papers of suggestions: each module lays out paper values from the domain; format only."""
