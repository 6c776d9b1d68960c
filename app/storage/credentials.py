"""Team-database passwords, kept in the platform keyring (Windows Credential Manager, macOS
Keychain, Secret Service), never in settings files or the remembered URL."""

from __future__ import annotations

from contextlib import suppress

from sqlalchemy.engine import URL

SERVICE = "Delivery Desk team database"


class CredentialStoreError(RuntimeError):
    """The platform keyring could not be used; the message says what to do instead."""


def account_for(url: URL) -> str:
    """The keyring entry's name: one password per login, server and database."""
    where = url.host or url.query.get("service") or "local"
    port = f":{url.port}" if url.port else ""
    return f"{url.username or ''}@{where}{port}/{url.database or ''}"


def store_password(url: URL, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account_for(url), password)
    except KeyringError as exc:
        raise CredentialStoreError(
            f"The password could not be kept in this computer's keyring ({exc}). Use a PostgreSQL "
            "password file or service file instead (see docs/team-database.md)."
        ) from exc


def load_password(url: URL) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account_for(url))
    except KeyringError:
        # No usable keyring: libpq still reads ~/.pgpass and service files itself.
        return None


def forget_password(url: URL) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, account_for(url))
