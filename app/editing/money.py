"""Amounts of money as secretaries type them ("£1,250.50", "456,000"), held exactly in pence."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

# SQLite keeps integers in 64 bits; a budget above this is a typing slip, not a plan's money.
MAX_PENCE = 10**15


def parse_pounds(text: str) -> int | None:
    """ "£1,250.50" → 125050 pence; empty → None; ValueError for anything that is not money.

    Decimal, not float: "0.29" must be 29 pence exactly, and "inf", "nan" or "1e400" are words a
    float would accept.
    """
    cleaned = text.strip().replace("£", "").replace(",", "").strip()
    if not cleaned:
        return None
    try:
        pounds = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not an amount of money") from None
    if not pounds.is_finite() or pounds < 0 or pounds.as_tuple().exponent < -2:
        raise ValueError(f"'{text}' is not an amount of money in pounds and pence")
    pence = int(pounds * 100)
    if pence > MAX_PENCE:
        raise ValueError(f"'{text}' is more money than a plan can hold")
    return pence
