"""What every paper is built from: the page and its fonts, grids and form cells, headings, text, the
official notice, the .docx copy and saving a paper in place. No area's rules here."""
