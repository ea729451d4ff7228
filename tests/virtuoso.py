"""A real Virtuoso (Debian's virtuoso-opensource 7) on free loopback ports, over a data folder
of the test's own, set up as a user would for kg: SPARQL updates granted to the anonymous
SPARQL user, everything else as the package ships it (ResultSetMaxRows 10,000 included)."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

from kg.server import free_port

BINARY = "virtuoso-t"
ISQL = "isql-vt"
MISSING = ("Debian's virtuoso-opensource is not installed and could not be installed here "
           "(tools/install_virtuoso.sh needs root and apt-get)")

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 60
"""


def available() -> bool:
    return bool(shutil.which(BINARY) and shutil.which(ISQL))


class VirtuosoServer:
    """`virtuoso-t -f` in the foreground on 127.0.0.1; `url` is its /sparql endpoint."""

    def __init__(self, location: Path, max_rows: int = 10000, grant: bool = True):
        self.location = Path(location)
        self.max_rows = max_rows
        self.grant = grant
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.sql_port = 0

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0])

    def start(self, port: int = 0) -> VirtuosoServer:
        self.location.mkdir(parents=True, exist_ok=True)
        http, self.sql_port = port or free_port(), free_port()
        ini = self.location / "virtuoso.ini"
        ini.write_text(INI.format(d=self.location, sql=self.sql_port, http=http,
                                  max_rows=self.max_rows))
        log = open(self.location / "stdout.log", "ab")
        self.proc = subprocess.Popen([BINARY, "-f", "-c", str(ini)], cwd=self.location,
                                     stdout=log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{http}/sparql"
        deadline = time.monotonic() + 120
        probe = self.url + "?query=" + urllib.request.quote("ASK {}")
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso exited with {self.proc.returncode}: "
                                   f"{self._log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop(kill=True)
                    raise RuntimeError(f"virtuoso did not answer: {self._log_tail()}") from None
                time.sleep(0.2)
        if self.grant:
            self.isql('GRANT SPARQL_UPDATE TO "SPARQL";')  # as kg's README says to
        return self

    def isql(self, statement: str) -> str:
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba",
                               f"exec={statement}"], capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise RuntimeError(f"isql {statement!r}: {done.stdout}{done.stderr}")
        return done.stdout

    def _log_tail(self) -> str:
        log = self.location / "virtuoso.log"
        return log.read_text(errors="replace")[-500:] if log.exists() else "(no log)"

    def stop(self, kill: bool = False) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill() if kill else self.proc.terminate()
            self.proc.wait(timeout=60)
        self.proc = None
