import pytest

from app.editing.money import parse_pounds


@pytest.mark.parametrize(
    ("typed", "pence"),
    [("£1,250.50", 125050), ("456,000", 45600000), ("0.29", 29), ("  £ 12 ", 1200), ("", None)],
)
def test_typed_amounts_are_exact_pence(typed, pence):
    assert parse_pounds(typed) == pence


@pytest.mark.parametrize("typed", ["inf", "nan", "-5", "1e400", "12.345", "twelve", "£1,000,000,000,000,000"])
def test_anything_that_is_not_money_is_refused_with_a_value_error(typed):
    with pytest.raises(ValueError, match="money"):
        parse_pounds(typed)
