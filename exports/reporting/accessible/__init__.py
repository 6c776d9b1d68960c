"""The accessible edition of the progress report, for publishing on a council's website.

The Public Sector Bodies Accessibility Regulations 2018 ask for WCAG 2.2 AA, and for PDFs that means
PDF/UA-1 (ISO 14289-1): tagged, in reading order, with a language, a shown title, headers and
footers as artifacts, table headers marked and charts with alternative text. reportlab cannot tag
a PDF, so this edition is HTML built from the same ReportData as the print pack, rendered by
WeasyPrint with ``pdf_variant="pdf/ua-1"`` and finished with pikepdf (``tagging``);
``checks.pdf_ua_problems`` tests the result against those requirements.

WeasyPrint needs the Pango libraries (libpango-1.0-0 and libpangoft2-1.0-0 on Debian; on Windows
they come with MSYS2 or GTK, which a locked-down laptop may not have). It is imported only when this
edition is asked for, and its absence is a clear message (``AccessibleEditionUnavailable``), never
a failure of the print pack.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from models.snapshots.report import ReportData


class AccessibleEditionUnavailable(RuntimeError):
    """WeasyPrint or the libraries it needs are not installed on this computer."""


def _weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango's shared libraries are missing
        raise AccessibleEditionUnavailable(
            "The accessible edition needs WeasyPrint and the Pango libraries it uses "
            f"(pip install weasyprint; on Debian or Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0): {exc}"
        ) from exc
    return weasyprint


def render_accessible_pdf(report: ReportData) -> bytes:
    """The edition as PDF/UA-1 bytes."""
    from exports.reporting.accessible.html import link_descriptions, report_html
    from exports.reporting.accessible.tagging import finish

    weasyprint = _weasyprint()
    with resources.as_file(resources.files("resources").joinpath("fonts")) as fonts:
        html = report_html(report, fonts.as_uri())
        data = weasyprint.HTML(string=html, base_url=fonts.as_uri()).write_pdf(
            pdf_variant="pdf/ua-1", pdf_identifier=None, uncompressed_pdf=False
        )
    return finish(data, link_descriptions(report))


def write_accessible_pdf(report: ReportData, path: str | os.PathLike[str]) -> Path:
    """Write the edition to ``path`` (through a temporary file, so a failure leaves no half file)."""
    target = Path(path)
    data = render_accessible_pdf(report)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
