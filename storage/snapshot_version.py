"""Which code made a snapshot: a fingerprint of the source the workshop state is
built by (facilitation/state.py and every module of the core it imports, directly or
not), with the core's snapshot format.

Here and not in the core because it reads files: the core is pure. bootstrap works it
out once and hands it to the dispatcher, which stores it with each snapshot and reads
back only snapshots with the same version. Any edit to those modules (even a comment)
makes older snapshots unusable, which only costs one full replay; a snapshot made by
other code is never used.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.util
import uuid
from collections.abc import Iterable
from pathlib import Path

from facilitation.state import SNAPSHOT_FORMAT

STATE_MODULE = "facilitation.state"
CORE = "facilitation"


@functools.cache
def snapshot_version() -> str:
    """The version of today's state code (worked out once per process)."""
    return fingerprint(SNAPSHOT_FORMAT, state_sources())


def fingerprint(snapshot_format: int, sources: Iterable[Path | None]) -> str:
    """A hash of the format and the text of each source. A source that cannot be read
    (None, or gone) gets random bytes: its snapshots never match a stored one."""
    digest = hashlib.sha256(f"format {snapshot_format}".encode())
    for source in sources:
        try:
            if source is None:
                raise OSError("no source file")
            digest.update(source.read_bytes())
        except OSError:
            digest.update(uuid.uuid4().bytes)
    return digest.hexdigest()[:32]


def state_sources(root: str = STATE_MODULE) -> list[Path | None]:
    """The source files of `root` and of every core module it imports, directly or
    through others (imports inside functions count), in a fixed order."""
    found: dict[str, Path | None] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        if name in found:
            continue
        found[name] = _source_of(name)
        if found[name] is not None:
            waiting.extend(_core_imports(found[name]))
    return [found[name] for name in sorted(found)]


def _source_of(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    return Path(origin) if origin and origin.endswith(".py") else None


def _core_imports(source: Path | None) -> set[str]:
    """The core's modules that `source` imports (`from facilitation import words` names
    the module facilitation.words; `from facilitation.series import X`, the module
    facilitation.series)."""
    try:
        tree = ast.parse(source.read_bytes()) if source else None
    except (OSError, SyntaxError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name.startswith(CORE + ".") and _is_module(name)}


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False
