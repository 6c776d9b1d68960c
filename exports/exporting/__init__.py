"""The plan written out for other programs: Excel workbook, CSV and iCalendar due dates."""
