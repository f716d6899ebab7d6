"""The papers of the yearly statistics: each module lays out paper values from the domain; format only."""
