"""Real files to mutate (one per importer) and how each importer is run on a mutated copy.

Shared by tests/fuzz (a few hundred cases in CI) and bench/fuzz_run.py (10,000+ by hand).
Each target names the only exception classes its importer may raise: anything else, a hang
or a blow-up in memory is a defect.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.context import AppContext
from app.plans.builder import CreatePlan


@dataclass(frozen=True, repr=False)
class Target:
    name: str
    suffix: str
    seed: bytes
    run: Callable[[Path], object]
    allowed: tuple[type[BaseException], ...]

    def __repr__(self) -> str:  # hypothesis prints failing examples: the seed bytes would drown them
        return f"Target({self.name})"


def _small_plan(ctx: AppContext) -> str:
    from tests.conftest import small_draft

    return ctx.commands.execute(CreatePlan(small_draft(actions=6))).inverse.uuid


def build_targets(folder: Path) -> dict[str, Target]:
    """Make the seed files in ``folder`` and return every importer that exists, by name."""
    from tests.plan_files import bcp_docx, bcp_rows, bcp_xlsx, oxfordshire_docx, write_csv

    folder.mkdir(parents=True, exist_ok=True)
    ctx = AppContext.open(folder / "data", user="fuzz")
    plan_uuid = _small_plan(ctx)
    targets: dict[str, Target] = {}

    from app.importing.service import PlanFileError, preview_import

    def plan_import(path: Path) -> object:
        return preview_import(path)

    for name, maker in (("docx", bcp_docx), ("docx-oxfordshire", oxfordshire_docx), ("xlsx", bcp_xlsx)):
        suffix = ".xlsx" if name == "xlsx" else ".docx"
        seed = maker(folder / f"seed-{name}{suffix}").read_bytes()
        targets[name] = Target(name, suffix, seed, plan_import, (PlanFileError,))
    seed = write_csv(folder / "seed.csv", bcp_rows()).read_bytes()
    targets["csv"] = Target("csv", ".csv", seed, plan_import, (PlanFileError,))

    try:
        from app.returns import issue_requests, preview_returns
        from exports.common.safe_xlsx import WorkbookFileError
    except ImportError:
        pass
    else:
        from app.editing.commands import SetFields
        from app.plan_setup.leads import lead_rows

        lead = lead_rows(ctx.db, plan_uuid)[0]
        ctx.commands.execute(SetFields("lead", lead.uuid, {"email": "lead@example.org"}))
        (folder / "requests").mkdir(exist_ok=True)
        issued = issue_requests(ctx, plan_uuid, [lead.uuid], folder / "requests", now=datetime(2024, 1, 2))
        seed = issued.issued[0].workbook.read_bytes()

        def returned(path: Path) -> object:
            preview = preview_returns(ctx, plan_uuid, [path])
            blocking = [problem.describe() for problem in preview.problems if problem.blocking]
            if blocking:  # the preview lists refusals instead of raising: count them as refused
                raise WorkbookFileError("; ".join(blocking))
            return preview

        targets["returns"] = Target("returns", ".xlsx", seed, returned, (WorkbookFileError,))

    try:
        from app.plan_files.service import export_plan_file, preview_plan_file
        from exports.plan_files.archive import PlanFileError as DplanError
    except ImportError:
        pass
    else:
        seed = export_plan_file(ctx.db, plan_uuid, folder / "seed.dplan", "fuzz").path.read_bytes()
        targets["dplan"] = Target("dplan", ".dplan", seed, lambda path: preview_plan_file(ctx.db, path), (DplanError,))
    return targets


def zip_members(blob: bytes) -> list[tuple[str, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            return [(info.filename, archive.read(info)) for info in archive.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None


def rezip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()
