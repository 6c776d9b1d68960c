"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl on a free loopback port.

Password authentication over TCP (scram) is switched on so the keyring path is tested for real;
the cluster lives in a temporary folder and is stopped and deleted at the end of the session.
When the binaries are absent the PostgreSQL tests skip, except in CI (CI=true) where a missing
or broken server fails them: CI installs PostgreSQL (see .ci/run).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-superuser"


class ServerUnavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message is the one-line skip reason."""


def find_bin_dir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb:
        return Path(os.path.realpath(initdb)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user() -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres account instead."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise ServerUnavailable("running as root and runuser is missing, so PostgreSQL cannot be started")
    return [runuser, "-u", "postgres", "--"]


@dataclass
class PostgresServer:
    bin_dir: Path
    folder: Path
    port: int

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = SUPERUSER_PASSWORD) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [*_as_server_user(), *args], capture_output=True, text=True, timeout=120, cwd=self.folder
        )
        if result.returncode:
            raise ServerUnavailable(f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-300:]}")

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.folder / "server.log"),
            "-w", "-t", "60", "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop")

    def superuser_connect(self, database: str = "postgres"):
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, password=SUPERUSER_PASSWORD,
            dbname=database, autocommit=True,
        )  # fmt: skip

    def create_database(self, template: str | None = None, owner: str | None = None) -> str:
        """A new database (a copy of ``template``'s tables, owners and rows when given)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        with self.superuser_connect() as conn:
            conn.execute(sql + (f' OWNER "{owner}"' if owner else ""))
        return name

    def drop_database(self, name: str) -> None:
        with self.superuser_connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PostgresServer:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise ServerUnavailable("PostgreSQL binaries (initdb, pg_ctl) not found; PostgreSQL tests skipped")
    folder = Path(tempfile.mkdtemp(prefix="dd-pg-"))
    os.chmod(folder, 0o755)
    server = PostgresServer(bin_dir, folder, _free_port())
    password_file = folder / "pwfile"
    password_file.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(password_file, "postgres")
    server._run(
        str(bin_dir / "initdb"), "-D", str(server.data_dir), "-U", SUPERUSER, "--pwfile", str(password_file),
        "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync",
    )  # fmt: skip
    server.start()
    return server


def remove_server(server: PostgresServer) -> None:
    try:
        server.stop("immediate")
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)
