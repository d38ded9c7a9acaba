"""The cache file survives restarts: its schema fingerprint is the same in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from hubdesk.services.cache import Cache
from hubdesk.services.cache.store import CURSOR, put_state
cache = Cache(sys.argv[1])
if sys.argv[2] == "write":
    with cache.writing() as conn:
        put_state(conn, CURSOR, "kept")
        conn.exec_driver_sql(
            "insert into groups (id, version, created_at, updated_at, org_id, name, description)"
            " values ('g1', 1, '2026-01-01', '2026-01-01', 'o1', 'Kept', '')"
        )
else:
    with cache.reading() as conn:
        print(cache.cursor(), conn.exec_driver_sql("select name from groups").scalar())
"""


def run(path: Path, mode: str, seed: str) -> str:
    env = os.environ | {"PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), mode], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_cache_written_by_one_process_is_kept_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    run(path, "write", "1")
    for seed in ("2", "3", "4"):  # set and dict orders differ between these processes
        assert run(path, "read", seed) == "kept Kept"
