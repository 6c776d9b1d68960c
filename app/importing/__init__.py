"""Importing an existing plan from Word, Excel, PDF or CSV: inferring its structure into a PlanDraft,
the user's row corrections from the review (``corrections``), the preview with its notes, and the
one undoable command that stores it (or adds to a plan)."""
