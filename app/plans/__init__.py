"""Plans as a whole: listing and finding them, the PlanDraft plain-data form of a plan, storing a
draft as a new plan (CreatePlan), the bundled demo plan, and deleting or archiving a plan."""
