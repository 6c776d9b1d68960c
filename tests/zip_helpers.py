"""Zips whose directory lies: a member declaring a small size (and the CRC of what it declares)
that inflates far past it, as a hostile file is built."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path


def zip_with_liar(target: Path, source: Path | None, name: str, inflates_to: int, declared: int = 1024) -> Path:
    """``source``'s members (if any) plus ``name``: ``inflates_to`` bytes of XML declaring ``declared``.

    The CRC recorded is that of the first ``declared`` bytes, so a reader that stops at the
    declared size sees a consistent member; only counting what really inflates finds the lie.
    """
    members: list[tuple[str, bytes, int, int, int]] = []  # name, compressed, crc, declared size, method
    if source is not None:
        with zipfile.ZipFile(source) as archive:
            for info in archive.infolist():
                if info.filename != name:
                    data = archive.read(info)
                    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
                    members.append(
                        (info.filename, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data), 8)
                    )
    head = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>'
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"<w:p/>" * (1 << 16)
    body = [packer.compress(head)]
    written = len(head)
    while written < inflates_to:
        body.append(packer.compress(chunk))
        written += len(chunk)
    body.append(packer.flush())
    prefix = (head + chunk * (declared // len(chunk) + 1))[:declared]
    members.append((name, b"".join(body), zlib.crc32(prefix), declared, 8))

    local, central = bytearray(), bytearray()
    for filename, compressed, crc, size, method in members:
        encoded = filename.encode()
        offset = len(local)
        local += (
            struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(compressed), size, len(encoded), 0)
            + encoded
            + compressed
        )
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0x21,
                crc,
                len(compressed),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0)
    target.write_bytes(bytes(local + central + end))
    return target
