"""The timeline on paper: a Gantt chart tiled across landscape PDF pages (reportlab, no Qt)."""
