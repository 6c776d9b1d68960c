"""Read the free-text timescales people type into delivery plans.

Plans say "Sept 2021", "Q3 2022/23", "autumn 2020" or "Ongoing". The app needs a
due date it can chase, or an honest flag saying a person must look. The rule
throughout is *never guess*: anything ambiguous comes back UNKNOWN with a note,
because a wrong date silently entering a plan is worse than a visible question.
"""

from app.timescale.parser import ParsedTimescale, TimescaleKind, parse_timescale
from app.timescale.periods import describe_due
from app.timescale.vocabulary import MONTH_NAMES

__all__ = ["MONTH_NAMES", "ParsedTimescale", "TimescaleKind", "describe_due", "parse_timescale"]
