"""What every spreadsheet file goes through: writing .xlsx in place (xlsx_writer), reading roster files
(reading), finding a header row and its columns (headers), cell values (cells), text never written as
a formula (formula_guard), export profiles (profiles). No area's rules here."""
