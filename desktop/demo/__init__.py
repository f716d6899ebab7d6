"""The demo union: a realistic, deterministic database for trying UnionDesk and for benchmarks."""
