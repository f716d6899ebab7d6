"""Union funds (经费收支): the ledger, categories, budget, closed periods, the public summary."""
