"""Walking a tagged PDF's structure tree with pikepdf."""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary


def kids_of(element) -> list:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def structure_elements(pdf: pikepdf.Pdf) -> list[Dictionary]:
    """Every structure element reachable from the structure tree root, in reading order."""
    found, stack = [], list(reversed(kids_of(pdf.Root.StructTreeRoot)))
    while stack:
        element = stack.pop()
        if isinstance(element, Dictionary) and "/S" in element:
            found.append(element)
            stack += reversed(kids_of(element))
    return found


def parent_tree_entries(pdf: pikepdf.Pdf) -> dict[int, object]:
    nums = pdf.Root.StructTreeRoot.ParentTree.get("/Nums", Array())
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
