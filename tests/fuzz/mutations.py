"""Mutations of real files: bytes flipped, cut, repeated; inside zips, one member's XML mangled.

A mutation is a list of plain tuples so hypothesis can draw and shrink them and the bench
can draw them from ``random``; ``apply`` is deterministic.
"""

from __future__ import annotations

import random

from tests.fuzz.corpus import rezip, zip_members

# Fragments a hostile or broken file might carry, spliced in at random places.
PAYLOADS = (
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',
    b"&b;",
    b"\x00\x00\xff\xfe",
    b'=HYPERLINK("http://example.invalid")',
    b"9999999999999999999999",
    b"-1",
    b"</w:t></w:r></w:p>",
    b"<w:tbl><w:tr><w:tc>",
    b'<c r="XFD1048576" t="s"><v>99999</v></c>',
    b'<c r="A1" t="d"><v>99999-99-99</v></c>',
    b'"""\n,,,\r\n',
    "31/02/2023 Q5 2024/25 ∞ 😀".encode(),
    b"../../../../etc/passwd",
)

KINDS = ("flip", "cut", "insert", "repeat", "delete", "payload")
Mutation = tuple[str, float, int, int]  # kind, position (0..1), length, value


def _one(data: bytes, mutation: Mutation) -> bytes:
    kind, where, length, value = mutation
    if not data:
        return PAYLOADS[value % len(PAYLOADS)] if kind == "payload" else data
    at = min(int(where * len(data)), len(data) - 1)
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (1 << (value % 8))]) + data[at + 1 :]
    if kind == "cut":
        return data[:at]
    if kind == "insert":
        return data[:at] + bytes([value % 256]) * max(1, length % 64) + data[at:]
    if kind == "repeat":
        chunk = data[at : at + max(1, length % 512)]
        return data[:at] + chunk * (2 + value % 20) + data[at:]
    if kind == "delete":
        return data[:at] + data[at + max(1, length % 512) :]
    return data[:at] + PAYLOADS[value % len(PAYLOADS)] + data[at:]


def apply(blob: bytes, mutations: list[Mutation], inside_zip: bool, member_choice: float) -> bytes:
    """Mutate ``blob``; with ``inside_zip`` the mutations go into one member and the zip is rebuilt,
    so the damage reaches the XML parsers instead of stopping at the zip checks."""
    members = zip_members(blob) if inside_zip else None
    if members:
        index = min(int(member_choice * len(members)), len(members) - 1)
        name, data = members[index]
        for mutation in mutations:
            data = _one(data, mutation)
        members[index] = (name, data)
        return rezip(members)
    for mutation in mutations:
        blob = _one(blob, mutation)
    return blob


def random_case(rng: random.Random) -> tuple[list[Mutation], bool, float]:
    mutations = [
        (rng.choice(KINDS), rng.random(), rng.randrange(1, 600), rng.randrange(0, 10_000))
        for _ in range(rng.randint(1, 4))
    ]
    return mutations, rng.random() < 0.7, rng.random()
