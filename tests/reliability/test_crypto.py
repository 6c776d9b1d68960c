"""The passphrase envelope for plan files."""

from __future__ import annotations

import pytest

from app.plan_files.crypto import (
    MAGIC,
    CryptoError,
    NotEncryptedError,
    TamperedFileError,
    WeakPassphraseError,
    WrongPassphraseError,
    check_new_passphrase,
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


@pytest.mark.parametrize(
    ("log2_n", "r", "p"),
    [
        (16, 1, 1),  # n >= 2**(16 r): OpenSSL refuses it with a MemoryError
        (20, 1, 1),
        (17, 32, 4),  # 512 MiB
        (21, 8, 1),
        (18, 8, 4),  # within memory, but four times the work
        (15, 0, 1),
        (15, 8, 0),
    ],
)
def test_a_forged_cost_is_refused_in_one_line_before_deriving(log2_n, r, p):
    blob = bytearray(encrypt_bytes(b"secret", "pw", **FAST))
    blob[len(MAGIC) + 1 : len(MAGIC) + 4] = bytes((log2_n, r, p))
    with pytest.raises(TamperedFileError, match="key cost") as caught:
        decrypt_bytes(bytes(blob), "pw")
    assert "\n" not in str(caught.value)


def test_new_files_cost_at_least_owasps_minimum_and_older_files_still_open():
    blob = encrypt_bytes(b"plan", "correct horse battery staple")
    assert blob[len(MAGIC) + 1] >= 17 and blob[len(MAGIC) + 2] == 8
    older = encrypt_bytes(b"plan", "correct horse battery staple", log2_n=15)
    assert decrypt_bytes(older, "correct horse battery staple") == b"plan"


@pytest.mark.parametrize("weak", ["x", "board2024", "aaaaaaaaaaaaaaa", "abababababab"])
def test_a_weak_passphrase_for_a_new_file_is_refused(weak):
    with pytest.raises(WeakPassphraseError, match="at least 10 characters"):
        check_new_passphrase(weak)
    assert check_new_passphrase("river board minutes") == "river board minutes"


def test_a_weak_passphrase_writes_no_plan_file(ctx, small_plan, tmp_path):
    from app.plan_files.service import export_plan_file

    with pytest.raises(WeakPassphraseError):
        export_plan_file(ctx.db, small_plan, tmp_path / "p.dplan", "a", passphrase="x")
    assert not (tmp_path / "p.dplan").exists()
