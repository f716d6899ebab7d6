"""The papers of congress proposals: each module lays out paper values from the domain; format only."""
