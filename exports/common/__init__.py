"""Pieces every file writer shares: spreadsheet cell safety, workbook styles, the embedded PDF
font, text made safe for reportlab, and opening untrusted workbooks."""
