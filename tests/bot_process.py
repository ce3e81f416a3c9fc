"""The bot as its own process, as an operator starts it (`run --config FILE`), for the
end-to-end tests of each platform: started, killed with kill -9, stopped, its log read."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path


class BotProcess:
    """One bot process; each platform's tests say how it is started (`command`, `env`)."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config, self.log = config, log
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def env(self) -> dict[str, str]:
        raise NotImplementedError

    def start(self) -> None:
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                self.command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.config.parent,
                env=self.env(),
            )

    def kill(self) -> None:
        """kill -9: no clean stop, no snapshot, no lease given back."""
        assert self.process is not None and self.process.poll() is None, self.tail()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-8000:] if self.log.exists() else ""
