"""The .dplan plan-file container (see docs/plan-file-format.md)."""
