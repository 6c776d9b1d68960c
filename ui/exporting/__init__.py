"""File > Export: the plan as an Excel workbook, a CSV file or a calendar of due dates."""
