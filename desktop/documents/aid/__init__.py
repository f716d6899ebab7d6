"""The papers of hardship aid: each module lays out paper values from the domain; format only."""
