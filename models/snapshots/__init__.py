"""Plain frozen data handed between the layers, with no database and no Qt.

``app/`` reads the database into these snapshots; ``ui/`` shows them and ``exports/`` writes them
to files, so neither ever holds a live ORM object. The pure helpers that describe them (status
words and colours, the timeline's time axis) live beside them for the same reason.
"""
