"""Mutated real files through every importer on main: imported, or refused with the importer's
clear error; never a traceback, a hang or a blow-up. The 10,000-case run is bench/fuzz_run.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.corpus import build_targets
from tests.fuzz.mutations import KINDS, apply
from tests.fuzz.runner import run_case

TARGET_NAMES = ("docx", "docx-oxfordshire", "xlsx", "csv", "returns", "dplan")


class Workspace(tuple):
    def __repr__(self) -> str:
        return "workspace"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("fuzz-corpus")
    return Workspace((folder, build_targets(folder)))


mutation = st.tuples(
    st.sampled_from(KINDS),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.integers(1, 600),
    st.integers(0, 10_000),
)


@pytest.mark.parametrize("name", TARGET_NAMES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(mutations=st.lists(mutation, min_size=1, max_size=4), inside_zip=st.booleans(), member=st.floats(0, 1))
def test_mutated_files_are_imported_or_clearly_refused(workspace, name, mutations, inside_zip, member):
    folder, targets = workspace
    if name not in targets:
        pytest.skip(f"the {name} importer is not on main yet")
    target = targets[name]
    outcome = run_case(target, apply(target.seed, mutations, inside_zip, member), folder)
    assert outcome.verdict != "defect", outcome.detail


@pytest.mark.parametrize("name", TARGET_NAMES)
def test_unmutated_seed_imports(workspace, name):
    """The seeds are real, importable files: a fuzz run that only ever met refusals would prove little."""
    folder, targets = workspace
    if name not in targets:
        pytest.skip(f"the {name} importer is not on main yet")
    assert run_case(targets[name], targets[name].seed, folder).verdict == "imported"
