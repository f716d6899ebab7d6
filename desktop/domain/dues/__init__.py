"""Dues (会费): wage bases, monthly dues owed and paid, arrears, receipts."""
