"""A real Synapse homeserver for the Matrix adapter tests.

Synapse is installed from PyPI into its own virtual environment (reused when it
is already there), configured for server name "localhost" on 127.0.0.1 with a
free port, SQLite, a registration shared secret, no federation and every rate
limit relaxed, and run as a subprocess for the whole test session.

If Synapse cannot be installed or started, the tests fail with the reason; they
are never skipped silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from nio import AsyncClient, LoginResponse, RoomCreateResponse

from tests.matrix.helpers import (
    Account,
    Person,
    Scene,
    bot_settings,
    client_config,
    start_bot,
    wait_until,
)

SYNAPSE_REQUIREMENT = "matrix-synapse>=1.110"
SYNAPSE_VENV = Path(os.environ.get("WORKSHOP_BOT_SYNAPSE_VENV", "/tmp/workshop-synapse-venv"))
SERVER_NAME = "localhost"
INSTALL_TIMEOUT = 600
START_TIMEOUT = 60

# Generous enough that no test ever meets a limit; nio sleeps out a 429, so a
# limit met would hang a test instead of failing it.
_LOOSE = {"per_second": 10_000, "burst_count": 10_000}
RATE_LIMITS = {
    "rc_message": _LOOSE,
    "rc_registration": _LOOSE,
    "rc_login": {"address": _LOOSE, "account": _LOOSE, "failed_attempts": _LOOSE},
    "rc_joins": {"local": _LOOSE, "remote": _LOOSE},
    "rc_joins_per_room": _LOOSE,
    # per_room keeps Synapse's default burst (10): createRoom refuses more invitations
    # than that inline, whatever the rate (synapse/handlers/room.py: "Cannot invite so
    # many users at once"), a limit every default server has and the bot must live with.
    "rc_invites": {
        "per_room": {"per_second": 10_000, "burst_count": 10},
        "per_user": _LOOSE,
        "per_issuer": _LOOSE,
    },
    "rc_room_creation": _LOOSE,
    "rc_admin_redaction": _LOOSE,
    "rc_3pid_validation": _LOOSE,
    "rc_third_party_invite": _LOOSE,
    "rc_key_requests": _LOOSE,
    "rc_media_create": _LOOSE,
    "rc_delayed_event_mgmt": _LOOSE,
    "rc_reports": _LOOSE,
    "rc_user_directory": _LOOSE,
    "rc_profile": _LOOSE,
    "rc_presence": {"per_user": _LOOSE},
}


def _python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _synapse_ready(venv: Path) -> bool:
    if not _python(venv).exists():
        return False
    probe = subprocess.run(
        [str(_python(venv)), "-c", "import synapse.app.homeserver"],
        capture_output=True,
        timeout=120,
    )
    return probe.returncode == 0


def install_synapse(venv: Path = SYNAPSE_VENV) -> Path:
    """Synapse's own virtual environment, made and filled if needed; its python."""
    if _synapse_ready(venv):
        return _python(venv)
    steps = [
        [sys.executable, "-m", "venv", str(venv)],
        [str(_python(venv)), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(_python(venv)), "-m", "pip", "install", "--quiet", SYNAPSE_REQUIREMENT],
    ]
    for step in steps:
        try:
            result = subprocess.run(step, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"installing Synapse timed out: {' '.join(step)}", pytrace=False)
        if result.returncode != 0:
            pytest.fail(
                f"could not install Synapse ({SYNAPSE_REQUIREMENT}) into {venv}; the Matrix "
                f"tests need it.\n$ {' '.join(step)}\n{result.stdout[-3000:]}"
                f"{result.stderr[-3000:]}",
                pytrace=False,
            )
    if not _synapse_ready(venv):
        pytest.fail(f"Synapse was installed into {venv} but cannot be imported", pytrace=False)
    return _python(venv)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def homeserver_config(folder: Path, port: int, secret: str) -> dict:
    return {
        "server_name": SERVER_NAME,
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "pid_file": str(folder / "homeserver.pid"),
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(folder / "homeserver.db")}},
        "media_store_path": str(folder / "media"),
        "signing_key_path": str(folder / "signing.key"),
        "registration_shared_secret": secret,
        "macaroon_secret_key": uuid.uuid4().hex,
        "form_secret": uuid.uuid4().hex,
        "report_stats": False,
        "enable_metrics": False,
        "url_preview_enabled": False,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "federation_domain_whitelist": [],
        "presence": {"enabled": False},
        "enable_registration": False,
        **RATE_LIMITS,
    }


@dataclass
class Synapse:
    url: str
    secret: str
    log_path: Path

    def register(self, localpart: str, password: str, admin: bool = False) -> str:
        """A new user through the shared-secret admin API; their user id."""
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        with urllib.request.urlopen(endpoint, timeout=10) as response:
            nonce = json.load(response)["nonce"]
        # The MAC covers nonce, name, password and admin flag, NUL-separated.
        parts = (nonce, localpart, password, "admin" if admin else "notadmin")
        mac = hmac.new(self.secret.encode(), b"\x00".join(p.encode() for p in parts), hashlib.sha1)
        body = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        request = urllib.request.Request(
            endpoint,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.load(response)["user_id"]
        except urllib.error.HTTPError as error:
            raise AssertionError(f"registering {localpart} failed: {error.read()!r}") from None


def _wait_until_up(url: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"Synapse exited with {process.returncode} at start-up:\n"
                f"{log_path.read_text(errors='replace')[-4000:]}",
                pytrace=False,
            )
        versions = f"{url}/_matrix/client/versions"
        with contextlib.suppress(OSError), urllib.request.urlopen(versions, timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.2)
    process.terminate()
    pytest.fail(
        f"Synapse did not answer within {START_TIMEOUT}s:\n"
        f"{log_path.read_text(errors='replace')[-4000:]}",
        pytrace=False,
    )


@contextlib.contextmanager
def running_synapse(folder: Path) -> Iterator[Synapse]:
    """Synapse on 127.0.0.1 with its files in `folder`, stopped on exit (also used by
    bench/soak.py, outside pytest)."""
    python = install_synapse()
    port = free_port()
    secret = uuid.uuid4().hex
    config_path = folder / "homeserver.yaml"
    # JSON is YAML, so the config needs no YAML library here.
    config_path.write_text(json.dumps(homeserver_config(folder, port, secret), indent=2))
    log_path = folder / "synapse.log"
    keys = subprocess.run(
        [str(python), "-m", "synapse.app.homeserver", "-c", str(config_path), "--generate-keys"],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=120,
    )
    if keys.returncode != 0:
        pytest.fail(f"Synapse could not make its signing key:\n{keys.stderr[-3000:]}", False)
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(python), "-m", "synapse.app.homeserver", "-c", str(config_path)],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=folder,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(url, process, log_path)
            yield Synapse(url=url, secret=secret, log_path=log_path)
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@pytest.fixture(scope="session")
def synapse(tmp_path_factory) -> Iterator[Synapse]:
    with running_synapse(tmp_path_factory.mktemp("synapse")) as server:
        yield server


@pytest.fixture
def accounts(synapse: Synapse):
    """Makes fresh users, unique to the test: accounts("alice") -> Account."""

    def make(name: str) -> Account:
        localpart = f"{name}-{uuid.uuid4().hex[:8]}"
        password = uuid.uuid4().hex
        return Account(synapse.register(localpart, password), password)

    return make


@pytest.fixture
async def login(synapse: Synapse):
    """Logs a test person in with a real nio client; every client is closed afterwards."""
    clients: list[AsyncClient] = []

    async def make(account: Account) -> AsyncClient:
        client = AsyncClient(synapse.url, account.user_id, config=client_config())
        response = await client.login(account.password, device_name="test")
        assert isinstance(response, LoginResponse), response
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
async def scene(synapse, accounts, login, tmp_path):
    async for made in scene_at(synapse.url, accounts, login, tmp_path):
        yield made


async def scene_at(url, accounts, login, tmp_path):
    """The workshop room with the host, Alice, Bob and a bot talking to `url` (the
    homeserver, or a proxy in front of it: tests/matrix/test_space_link_failure.py)."""
    bot_account = accounts("bot")
    host = Person(await login(accounts("host")))
    alice = Person(await login(accounts("alice")))
    bob = Person(await login(accounts("bob")))
    created = await host.client.room_create(
        name="Carers",
        invite=[bot_account.user_id, alice.user_id, bob.user_id],
        power_level_override={"users": {bot_account.user_id: 100}},
    )
    assert isinstance(created, RoomCreateResponse), created
    room = created.room_id
    for person in (alice, bob):
        await person.pump()  # accepts the invitation
    database = tmp_path / "workshop.db"
    settings = bot_settings(url, bot_account, database, allowed_inviters=[host.user_id])
    bot = await start_bot(settings, database)
    await wait_until(
        lambda: (
            room in bot.adapter.client.rooms
            and bot.adapter.client.rooms[room].users.get(bot.user_id) is not None
        ),
        "the bot has joined the workshop room",
    )
    yield Scene(bot, room, host, alice, bob)
    await bot.stop()
