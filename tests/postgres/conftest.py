"""A throwaway PostgreSQL cluster for the storage tests.

One cluster per test session, made with `initdb` in a fresh temporary folder and
started with `postgres` listening on 127.0.0.1 only (a free port; no Unix socket),
with password authentication and durability switched off for speed. Every test
gets its own new database in it, so tests never see each other's rows.

PostgreSQL refuses to run as root. When the tests run as root (as CI does), the
cluster runs as the `postgres` user if the system has one (the Debian package
makes it), else as `nobody`: the temporary folder is handed to that user, and
the server is started through `subprocess`'s `user=`/`group=` (setuid in the child).

The binaries are found on PATH, else in /usr/lib/postgresql/<version>/bin (the
newest). Without them the tests are skipped with the reason, so a developer
without PostgreSQL still runs everything else; with WORKSHOP_BOT_POSTGRES=require
(scripts/test sets it when it has found or installed PostgreSQL) they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

START_TIMEOUT = 60
CONFIG = {
    "listen_addresses": "'127.0.0.1'",
    "unix_socket_directories": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}


def find_binaries() -> Path | None:
    """The folder holding initdb and postgres, or None."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("postgres"):
        return Path(initdb).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> tuple[int, int] | None:
    """(uid, gid) to run the server as, when we are root; None to run as ourselves."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
    raise RuntimeError("running as root, and there is neither a postgres nor a nobody user")


@dataclass
class Postgres:
    port: int
    user: str
    password: str

    def url(self, database: str = "postgres") -> str:
        return sa.URL.create(
            "postgresql+asyncpg",
            username=self.user,
            password=self.password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    async def admin_async(self, sql: str) -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE)."""
        import asyncpg

        conn = await asyncpg.connect(
            host="127.0.0.1", port=self.port, user=self.user, password=self.password,
            database="postgres",
        )  # fmt: skip
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    def admin(self, sql: str) -> None:
        """`admin_async`, from code that is not already in an event loop."""
        import asyncio

        asyncio.run(self.admin_async(sql))


def _wait_until_up(postgres: Postgres, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"postgres exited with {process.returncode}:\n{log.read_text()}")
        try:
            postgres.admin("SELECT 1")
            return
        except (OSError, ConnectionError):
            time.sleep(0.1)
        except Exception as error:  # "the database system is starting up"
            if "starting up" not in str(error):
                raise
            time.sleep(0.1)
    raise RuntimeError(f"postgres was not up in {START_TIMEOUT}s:\n{log.read_text()}")


@contextlib.contextmanager
def running_cluster() -> Iterator[Postgres]:
    binaries = find_binaries()
    if binaries is None:
        raise FileNotFoundError("initdb")
    owner = _run_as()
    as_user = {"user": owner[0], "group": owner[1], "extra_groups": []} if owner is not None else {}
    folder = Path(tempfile.mkdtemp(prefix="workshop-postgres-"))
    process: subprocess.Popen | None = None
    try:
        if owner is not None:
            os.chown(folder, *owner)
        folder.chmod(0o700)
        postgres = Postgres(port=_free_port(), user="workshop", password=secrets.token_hex(16))
        pwfile = folder / "pwfile"
        pwfile.write_text(postgres.password + "\n")
        if owner is not None:
            os.chown(pwfile, *owner)
        data = folder / "data"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LC_ALL": "C",
            "HOME": str(folder),
            "TZ": "UTC",
        }
        subprocess.run(
            [
                str(binaries / "initdb"), "-D", str(data), "-U", postgres.user,
                f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8",
                "--locale=C", "--no-sync",
            ],
            check=True, capture_output=True, env=env, cwd=folder, **as_user,
        )  # fmt: skip
        pwfile.unlink()
        settings = {**CONFIG, "port": str(postgres.port)}
        with (data / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        log = folder / "postgres.log"
        with log.open("wb") as out:
            if owner is not None:
                os.chown(log, *owner)
            process = subprocess.Popen(
                [str(binaries / "postgres"), "-D", str(data)],
                stdout=out, stderr=subprocess.STDOUT, env=env, cwd=folder,
                start_new_session=True, **as_user,
            )  # fmt: skip
        _wait_until_up(postgres, process, log)
        yield postgres
    finally:
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)  # "fast" shutdown
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Postgres]:
    if find_binaries() is None:
        reason = "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql)"
        if os.environ.get("WORKSHOP_BOT_POSTGRES") == "require":
            pytest.fail(reason + ", and WORKSHOP_BOT_POSTGRES=require")
        pytest.skip(reason)
    with running_cluster() as postgres:
        yield postgres


@pytest.fixture
def postgres_url(postgres_server: Postgres) -> str:
    """The URL of a new, empty database in the session's cluster."""
    name = f"t_{secrets.token_hex(6)}"
    postgres_server.admin(f'CREATE DATABASE "{name}"')
    return postgres_server.url(name)


@pytest.fixture
def database(postgres_url: str) -> str:
    """Overrides tests/conftest.py's SQLite file: the same tests, on PostgreSQL."""
    return postgres_url
