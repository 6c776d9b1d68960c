"""The passphrase envelope for plan files."""

from __future__ import annotations

import pytest

from app.plan_files.crypto import (
    MAGIC,
    CryptoError,
    NotEncryptedError,
    TamperedFileError,
    WrongPassphraseError,
    decrypt_bytes,
    encrypt_bytes,
    is_encrypted,
)

FAST = {"log2_n": 10}  # the file records its own cost, so tests may use a cheap one


def test_round_trip_with_default_cost():
    blob = encrypt_bytes(b"PK\x03\x04 plan", "correct horse battery staple")
    assert is_encrypted(blob) and blob.startswith(MAGIC)
    assert b"plan" not in blob
    assert decrypt_bytes(blob, "correct horse battery staple") == b"PK\x03\x04 plan"


def test_each_encryption_uses_fresh_salt_and_nonce():
    assert encrypt_bytes(b"x", "pw", **FAST) != encrypt_bytes(b"x", "pw", **FAST)


def test_wrong_passphrase_is_reported_as_such():
    blob = encrypt_bytes(b"secret", "right", **FAST)
    with pytest.raises(WrongPassphraseError, match="passphrase is not right"):
        decrypt_bytes(blob, "wrong")


@pytest.mark.parametrize("where", [-1, -20, 60])
def test_tampered_body_is_reported_as_tampered(where):
    blob = bytearray(encrypt_bytes(b"secret plan data " * 10, "pw", **FAST))
    blob[where] ^= 0x01
    with pytest.raises(TamperedFileError, match="changed or damaged"):
        decrypt_bytes(bytes(blob), "pw")


def test_truncated_file_is_tampered():
    blob = encrypt_bytes(b"secret", "pw", **FAST)
    with pytest.raises(TamperedFileError):
        decrypt_bytes(blob[:40], "pw")


def test_hostile_cost_parameters_are_refused_before_any_work():
    blob = bytearray(encrypt_bytes(b"secret", "pw", **FAST))
    blob[len(MAGIC) + 1] = 30  # log2(n): 2**30 * 8 * 128 bytes = 1 TiB
    with pytest.raises(TamperedFileError, match="header"):
        decrypt_bytes(bytes(blob), "pw")


def test_plain_data_and_empty_passphrase_and_unknown_version():
    with pytest.raises(NotEncryptedError):
        decrypt_bytes(b"PK\x03\x04", "pw")
    with pytest.raises(CryptoError, match="empty"):
        encrypt_bytes(b"x", "")
    blob = bytearray(encrypt_bytes(b"x", "pw", **FAST))
    blob[len(MAGIC)] = 9
    with pytest.raises(CryptoError, match="version 9"):
        decrypt_bytes(bytes(blob), "pw")
