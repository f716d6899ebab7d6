"""The papers of the funds ledger: each module lays out paper values from the domain; format only."""
