"""Importing an existing plan from Word, Excel or CSV: inferring its structure into a PlanDraft,
the preview with its notes, and the one undoable command that stores it (or adds to a plan)."""
