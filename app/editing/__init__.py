"""Editing a plan: the one command path (validate, apply in one transaction, audit, undo), the
entities it may change, the everyday action commands, renumbering and the change bus."""
