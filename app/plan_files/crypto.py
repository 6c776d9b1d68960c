"""Passphrase protection for plan files sent by email: scrypt (memory-hard) + AES-256-GCM.

Layout of a protected file (all integers big-endian)::

    magic "DDPLANENC" | version (1 byte) | log2(n), r, p (1 byte each) | salt (16) | nonce (12)
    | key check (16) | ciphertext + GCM tag

scrypt derives 48 bytes: an AES key (32) and a key check (16) stored in the header. A key check
that does not match means a wrong passphrase; a match followed by a failing GCM tag means the
file was changed after it was written. The header is authenticated as associated data.
"""

from __future__ import annotations

import hmac
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"DDPLANENC"
VERSION = 1
_PARAMS = struct.Struct(">BBBB")  # version, log2(n), r, p
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
KEY_BYTES = 32
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + _PARAMS.size + SALT_BYTES + NONCE_BYTES + CHECK_BYTES

# 2**15 * 8 * 128 bytes = 32 MiB of memory per guess; about 0.1 s on a laptop.
DEFAULT_LOG2_N = 15
DEFAULT_R = 8
DEFAULT_P = 1
# A hostile file must not make us allocate gigabytes or spin for minutes: refuse costs beyond these.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_P = 4


class CryptoError(ValueError):
    """A protected file could not be opened; nothing was read from it."""


class NotEncryptedError(CryptoError):
    """The data is not a passphrase-protected Delivery Desk file."""


class WrongPassphraseError(CryptoError):
    """The passphrase does not open this file."""


class TamperedFileError(CryptoError):
    """The passphrase is right but the file was changed or damaged after it was written."""


def is_encrypted(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    if not passphrase:
        raise CryptoError("A passphrase cannot be empty.")
    material = Scrypt(salt=salt, length=KEY_BYTES + CHECK_BYTES, n=2**log2_n, r=r, p=p).derive(
        passphrase.encode("utf-8")
    )
    return material[:KEY_BYTES], material[KEY_BYTES:]


def encrypt_bytes(
    data: bytes,
    passphrase: str,
    *,
    log2_n: int = DEFAULT_LOG2_N,
    r: int = DEFAULT_R,
    p: int = DEFAULT_P,
) -> bytes:
    """Protect ``data`` with ``passphrase``; the result starts with the magic header."""
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    key, check = _derive(passphrase, salt, log2_n, r, p)
    header = MAGIC + _PARAMS.pack(VERSION, log2_n, r, p) + salt + nonce + check
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt_bytes(blob: bytes, passphrase: str) -> bytes:
    """Open a protected file; raise WrongPassphraseError or TamperedFileError, never return bad data."""
    if not is_encrypted(blob):
        raise NotEncryptedError("This file is not protected with a passphrase.")
    if len(blob) < HEADER_BYTES + TAG_BYTES:
        raise TamperedFileError("The protected file is cut short: it was damaged or changed after it was written.")
    offset = len(MAGIC)
    version, log2_n, r, p = _PARAMS.unpack_from(blob, offset)
    if version != VERSION:
        raise CryptoError(
            f"This protected file uses format version {version}; this Delivery Desk reads version {VERSION}. "
            "Install the newer version to open it."
        )
    if not (10 <= log2_n <= 30 and r >= 1 and 1 <= p <= MAX_P) or 128 * r * 2**log2_n > MAX_SCRYPT_MEMORY:
        raise TamperedFileError("The protected file's header is not valid: it was damaged or changed.")
    offset += _PARAMS.size
    salt = blob[offset : offset + SALT_BYTES]
    offset += SALT_BYTES
    nonce = blob[offset : offset + NONCE_BYTES]
    offset += NONCE_BYTES
    stored_check = blob[offset : offset + CHECK_BYTES]
    header = blob[:HEADER_BYTES]
    key, check = _derive(passphrase, salt, log2_n, r, p)
    if not hmac.compare_digest(check, stored_check):
        raise WrongPassphraseError("The passphrase is not right for this file. Check it with the sender.")
    try:
        return AESGCM(key).decrypt(nonce, blob[HEADER_BYTES:], header)
    except InvalidTag:
        raise TamperedFileError(
            "The file was changed or damaged after it was protected, so it cannot be trusted. "
            "Ask the sender to send it again."
        ) from None


__all__ = [
    "CryptoError",
    "NotEncryptedError",
    "TamperedFileError",
    "WrongPassphraseError",
    "decrypt_bytes",
    "encrypt_bytes",
    "is_encrypted",
]
