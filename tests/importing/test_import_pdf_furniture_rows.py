"""A PDF's running header read as a row: a table drawn without lines goes on from the page before, so
the words of the next page's header line fall into its columns (invented page items)."""

from __future__ import annotations

from exports.importing.pdf_reader import _Item, _without_furniture

RUNNING = "Safer Town Community Safety Partnership Delivery Plan 2026-2028"


def test_a_row_holding_the_header_line_printed_on_other_pages_is_page_furniture():
    items = [
        _Item(1, 28, text=RUNNING),
        _Item(1, 80, rows=[("Ref", "Action", "Lead"), ("1.1", "Open a night-time hub", "Police")]),
        _Item(2, 28, text=RUNNING),
        _Item(2, 80, rows=[("1.2", "Train door staff", "Licensing")]),
        _Item(3, 28, rows=[("Safer Town Community", "Safety Partnership", "Delivery Plan 2026-2028")]),
        _Item(3, 80, rows=[("1.3", "Review every repeat referral", "MARAC chair")]),
    ]
    kept = _without_furniture(items)
    assert [(item.page, item.rows) for item in kept if item.rows is not None] == [
        (1, [("Ref", "Action", "Lead"), ("1.1", "Open a night-time hub", "Police")]),
        (2, [("1.2", "Train door staff", "Licensing")]),
        (3, [("1.3", "Review every repeat referral", "MARAC chair")]),
    ]
    # a row whose words a line on one other page prints (a heading the table repeats) stays a row
    once = [_Item(1, 28, text="Safer streets"), _Item(2, 80, rows=[("Safer", "streets", "")])]
    assert len(_without_furniture(once)) == 2
