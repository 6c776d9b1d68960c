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

# OWASP's minimum for scrypt: 2**17 * 8 * 128 bytes = 128 MiB of memory per guess, under a second.
# Files written with the earlier 2**15 still open: the header records each file's own cost.
DEFAULT_LOG2_N = 17
DEFAULT_R = 8
DEFAULT_P = 1
# A hostile header must not make us allocate gigabytes or spin for minutes, nor hand OpenSSL
# parameters it rejects with a MemoryError: every limit is checked before deriving anything.
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MIN_LOG2_N = 10
MAX_LOG2_N = 20
MAX_R = 32
MAX_P = 4
MAX_WORK = 2**18 * 8  # n * r * p: twice the default's, a few seconds at most
MIN_PASSPHRASE = 10


class CryptoError(ValueError):
    """A protected file could not be opened; nothing was read from it."""


class NotEncryptedError(CryptoError):
    """The data is not a passphrase-protected Delivery Desk file."""


class WrongPassphraseError(CryptoError):
    """The passphrase does not open this file."""


class TamperedFileError(CryptoError):
    """The passphrase is right but the file was changed or damaged after it was written."""


class WeakPassphraseError(CryptoError):
    """The passphrase chosen for a new file is too easy to guess."""


def check_new_passphrase(passphrase: str) -> str:
    """Refuse a passphrase for a new file that a guessing program would find at once."""
    if len(passphrase) < MIN_PASSPHRASE or len(set(passphrase)) < 4:
        raise WeakPassphraseError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters, not one repeated: a few words "
            '("river board minutes") are easy to say on the phone and hard to guess. Nothing was written.'
        )
    return passphrase


def valid_cost(log2_n: int, r: int, p: int) -> bool:
    """scrypt parameters a file may ask for: within our memory and time limits and accepted by
    OpenSSL (n must be below 2**(16 r))."""
    return (
        MIN_LOG2_N <= log2_n <= MAX_LOG2_N
        and 1 <= r <= MAX_R
        and 1 <= p <= MAX_P
        and log2_n < 16 * r
        and 128 * r * 2**log2_n <= MAX_SCRYPT_MEMORY
        and 2**log2_n * r * p <= MAX_WORK
    )


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
    if not valid_cost(log2_n, r, p):
        raise CryptoError(f"scrypt cost n=2**{log2_n}, r={r}, p={p} is outside what Delivery Desk reads.")
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
    if not valid_cost(log2_n, r, p):
        raise TamperedFileError(
            f"The protected file's header asks for a key cost Delivery Desk does not accept (scrypt n=2**{log2_n}, "
            f"r={r}, p={p}): it was damaged or changed."
        )
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
    "WeakPassphraseError",
    "WrongPassphraseError",
    "check_new_passphrase",
    "decrypt_bytes",
    "encrypt_bytes",
    "is_encrypted",
]
