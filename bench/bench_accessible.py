"""Time the accessible edition (WeasyPrint, PDF/UA-1) of a large report beside the print pack.

Run by hand: `python bench/bench_accessible.py [ACTIONS]`; record the figures in bench/README.md.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.context import AppContext  # noqa: E402
from app.plans.builder import CreatePlan  # noqa: E402
from app.reporting import ReportOptions, build_report  # noqa: E402
from bench.bench_table_rows import big_draft  # noqa: E402
from exports.reporting.accessible import render_accessible_pdf  # noqa: E402
from exports.reporting.accessible.checks import pdf_ua_problems  # noqa: E402
from exports.reporting.pdf import render_pdf  # noqa: E402
from tests.report_helpers import pdf_reader  # noqa: E402

TODAY = date(2022, 6, 1)


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(Path(folder) / "data", user="bench")
        plan_uuid = ctx.commands.execute(CreatePlan(big_draft(count))).inverse.uuid
        report = build_report(ctx.db, plan_uuid, ReportOptions(), TODAY)
        ctx.close()
    pack, pack_seconds = timed(lambda: render_pdf(report))
    edition, edition_seconds = timed(lambda: render_accessible_pdf(report))
    problems, check_seconds = timed(lambda: pdf_ua_problems(edition))
    print(f"{count} actions: print pack {pack_seconds:.2f} s, {len(pdf_reader(pack).pages)} pages")
    print(f"{count} actions: accessible edition {edition_seconds:.2f} s, {len(pdf_reader(edition).pages)} pages")
    print(f"PDF/UA-1 check {check_seconds:.2f} s: {len(problems)} problems {problems[:3]}")


if __name__ == "__main__":
    main()
