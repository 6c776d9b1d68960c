"""The timescale parser on mutated real wording and arbitrary text: an answer, fast, never an exception."""

from __future__ import annotations

import signal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.timescale import parse_timescale
from tests.fuzz.timescales import real_timescales

WORDS = st.sampled_from(
    ["Q1", "Q4", "2022/23", "April", "Sept", "end", "of", "by", "-", "–", "/", "ongoing", "quarterly", "31", "0", "99"]
)


def _parse_within_a_second(text: str):
    def too_slow(_signum, _frame):
        raise TimeoutError(f"parse_timescale({text!r}) took over a second")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, 1.0)
    try:
        return parse_timescale(text)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _check(text: str) -> None:
    parsed = _parse_within_a_second(text)
    if parsed.start and parsed.due:
        assert parsed.start <= parsed.due, (text, parsed)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    base=st.sampled_from(real_timescales()),
    cut=st.integers(0, 40),
    insert=st.text(max_size=12),
    where=st.integers(0, 40),
)
def test_mutated_real_timescales(base, cut, insert, where):
    mutated = base[:where] + insert + base[where + cut % 3 :]
    _check(mutated)
    _check(mutated * 50)  # long pasted text must not be slow


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(WORDS | st.text(max_size=6), max_size=12).map(" ".join))
def test_arbitrary_word_soup(text):
    _check(text)
