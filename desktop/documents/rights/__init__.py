"""The papers of rights cases: each module lays out paper values from the domain; format only."""
