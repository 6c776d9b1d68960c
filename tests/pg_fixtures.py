"""Session fixtures for the PostgreSQL tests: the throwaway server and migrated template databases."""

from __future__ import annotations

import os

import pytest

from tests.postgres_server import PostgresServer, ServerUnavailable, remove_server, start_server

OFFICER = "test-officer"
OFFICER_PASSWORD = "officer-secret"
# A second officer working on the same databases (a member of the first's role, so it may write).
COLLEAGUE = "test-colleague"
COLLEAGUE_PASSWORD = "colleague-secret"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def pg_server():
    """One cluster for the whole run; skipped (one line) without PostgreSQL, failed in CI."""
    try:
        server = start_server()
    except ServerUnavailable as exc:
        if in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests, but the server could not start: {exc}")
        pytest.skip(str(exc))
    with server.superuser_connect() as conn:
        conn.execute(f"CREATE ROLE \"{OFFICER}\" LOGIN CREATEDB CREATEROLE PASSWORD '{OFFICER_PASSWORD}'")
        conn.execute(f'CREATE ROLE "{COLLEAGUE}" LOGIN PASSWORD \'{COLLEAGUE_PASSWORD}\' IN ROLE "{OFFICER}"')
    yield server
    remove_server(server)


def ensure_login(server: PostgresServer, login: str, password: str) -> None:
    """An officer's own login on the cluster (logins outlive each test's database, so made once)."""
    with server.superuser_connect() as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            conn.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}'")


def officer_url(server: PostgresServer, database: str, password: str | None = OFFICER_PASSWORD) -> str:
    return server.url(database, user=OFFICER, password=password)


@pytest.fixture(scope="session")
def _pg_templates(pg_server, tmp_path_factory) -> dict[str, str]:
    """Databases migrated once (and one with the demo plan), copied for each test by CREATE DATABASE."""
    from app.context import AppContext
    from app.plans.demo import ensure_demo_plan

    names = {}
    for kind in ("empty", "demo"):
        name = f"template_{kind}"
        with pg_server.superuser_connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}" OWNER "{OFFICER}"')
        context = AppContext.open(tmp_path_factory.mktemp(f"pg-{kind}"), database_url=officer_url(pg_server, name))
        if kind == "demo":
            ensure_demo_plan(context)
        context.close()
        names[kind] = name
    return names


def colleague_context(ctx, folder):
    """A second officer's AppContext on the same plans: the same SQLite file, or the same server
    database logged in as the colleague."""
    from app.context import AppContext

    if ctx.db.is_server:
        url = ctx.db.url.set(username=COLLEAGUE, password=COLLEAGUE_PASSWORD)
        return AppContext.open(folder, database_url=url)
    return AppContext.open(ctx.paths.data_dir, user=COLLEAGUE)
