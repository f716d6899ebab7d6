"""The papers of dues: each module lays out paper values from the domain; format only."""
