"""The Plan menu's reference data: priorities and objectives (add, reorder, renumber, move),
leads (spellings, merging, contacts), glossary, measures and meetings."""
