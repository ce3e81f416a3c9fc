"""deploy/: the compose file, the Dockerfile and the settings they use hang together.

No image is built and nothing is started here (no network to pull images); these
check what can be checked without: the YAML parses, every file it names exists,
every variable it reads is in env.example, and the bot's settings file is valid and
points at the compose file's database.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from sqlalchemy.engine import make_url

from bot.config import load_config

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"


def _compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def _env_example() -> dict[str, str]:
    pairs = {}
    for line in (DEPLOY / "env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def test_compose_has_the_bot_postgres_and_a_trial_synapse():
    services = _compose()["services"]
    assert set(services) == {"bot", "postgres", "synapse"}
    assert services["synapse"]["profiles"] == ["matrix-trial"]
    assert services["bot"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "ports" not in services["postgres"]  # the database is not published


def test_every_file_the_compose_file_names_exists():
    compose = _compose()
    declared_volumes = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        assert "image" in service or "build" in service, name
        if build := service.get("build"):
            context = (DEPLOY / build["context"]).resolve()
            assert (context / build["dockerfile"]).is_file(), name
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith((".", "/")):
                assert (DEPLOY / source).exists(), f"{name}: {source}"
            else:
                assert source in declared_volumes, f"{name}: {source}"


def test_every_variable_the_compose_file_reads_is_in_env_example():
    text = (DEPLOY / "compose.yaml").read_text()
    used = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
    assert used and used <= set(_env_example())


def test_the_dockerfile_copies_what_exists_and_the_ignore_file_lets_it_in():
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    copied = [line.split()[1:-1] for line in dockerfile.splitlines() if line.startswith("COPY ")]
    sources = [source for sources in copied for source in sources]
    assert sources
    allowed = (DEPLOY / "Dockerfile.dockerignore").read_text()
    for source in sources:
        assert (REPO / source).exists(), source
        assert f"!{source.rstrip('/')}" in allowed, source
    assert "'.[postgres]'" in dockerfile  # the PostgreSQL driver is installed
    assert "USER workshop" in dockerfile


def test_the_bot_settings_for_compose_are_valid_and_name_its_database():
    compose = _compose()
    settings = load_config(
        DEPLOY / "workshop-bot.toml", env={"WORKSHOP_BOT_MATRIX_PASSWORD": "from-env"}
    )
    mount = next(v for v in compose["services"]["bot"]["volumes"] if "workshop-bot.toml" in v)
    assert mount.split(":")[1] == "/etc/workshop-bot/workshop-bot.toml"
    assert "/etc/workshop-bot/workshop-bot.toml" in (DEPLOY / "Dockerfile").read_text()
    url = make_url(settings.bot.database)
    postgres = compose["services"]["postgres"]["environment"]
    assert url.drivername == "postgresql+asyncpg"
    assert url.host == "postgres" and url.port == 5432
    assert url.username == postgres["POSTGRES_USER"] and url.database == postgres["POSTGRES_DB"]
    assert url.password == _env_example()["POSTGRES_PASSWORD"]  # the same placeholder
    synapse = compose["services"]["synapse"]["environment"]["SYNAPSE_SERVER_NAME"]
    assert settings.matrix.homeserver == "http://synapse:8008"
    assert settings.matrix.user_id.endswith(":" + synapse)


def test_deploy_doc_describes_both_set_ups_and_says_compose_was_not_run_here():
    doc = (REPO / "docs" / "deploy.md").read_text()
    for needed in (
        "One process with SQLite",
        "Several processes",
        "lease_seconds",
        "deploy/compose.yaml",
        "not run here",
    ):
        assert needed in doc, needed
