"""A plan's actions as CSV: UTF-8 with a byte order mark so Excel reads the accents and dashes right."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from exports.common.cells import neutralise_for_csv
from exports.exporting.plan_table import COLUMNS, csv_text, row_values
from models.snapshots.rows import ActionRow


def write_actions_csv(path: Path, rows: Sequence[ActionRow]) -> None:
    # newline="" lets the csv module write the RFC 4180 CRLF row endings itself.
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([column.header for column in COLUMNS])
        for row in rows:
            writer.writerow([neutralise_for_csv(csv_text(value)) for value in row_values(row)])
