"""Lead update returns as files: the per-lead workbook, reading a returned workbook back, and
the unsent email draft that carries it."""
