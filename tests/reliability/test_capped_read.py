"""The one size-capped reader behind every untrusted file: plans, workbooks, narratives, plan files."""

from __future__ import annotations

import pytest

from exports.common.capped_read import FileTooLarge, capped_size, read_capped
from exports.importing import ImportLimits, PlanFileError
from exports.importing.safety import check_size
from exports.reporting.narrative_file import NarrativeFileError, read_narrative


def test_a_file_at_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"x" * 10)
    assert read_capped(path, 10) == b"x" * 10
    assert capped_size(path, 10) == 10


def test_a_file_over_the_limit_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(FileTooLarge) as refused:
        read_capped(path, 10)
    assert (refused.value.size, refused.value.limit) == (11, 10)
    with pytest.raises(FileTooLarge):
        capped_size(path, 10)


def test_a_file_that_grows_after_the_size_check_is_still_cut_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 5)

    class SmallStat:
        st_size = 5

    # The size on disk says 5 bytes, but 50 come out: a file written to while we read it.
    monkeypatch.setattr("exports.common.capped_read.os.fstat", lambda fd: SmallStat())
    path.write_bytes(b"x" * 50)
    with pytest.raises(FileTooLarge) as refused:
        read_capped(path, 10)
    assert refused.value.size == 11


def test_each_reader_words_the_refusal_for_its_own_file(tmp_path):
    narrative = tmp_path / "words.txt"
    narrative.write_bytes(b"a" * 1_000_001)
    with pytest.raises(NarrativeFileError, match="words.txt is 1000 KB; a narrative file is at most 1 MB"):
        read_narrative(narrative)

    plan = tmp_path / "plan.csv"
    plan.write_bytes(b"a" * 2048)
    with pytest.raises(PlanFileError, match="plans larger than 0 MB are not read"):
        check_size(plan, ImportLimits(max_file_bytes=1024))
