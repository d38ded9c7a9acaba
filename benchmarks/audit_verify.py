"""Offline verification of a large audit export (issue 6: 1,000,000 events under 5 s).

The export is written from the data set's server database by the server's own code
(``audit_signing.export_lines`` for a platform-wide audit scope, with fresh checkpoints),
into a file; then ``hubdesk.domain.audit_verify.verify`` reads it back as
``hubdesk audit verify`` does (JSON per line) and checks every hash, position, link and
signature. Baseline, same run: reading the same file and computing one SHA-256 per line
over its bytes (the floor of hashing every event once), and ``json.loads`` of every line.

    .venv/bin/python benchmarks/audit_verify.py --data /tmp/spec.sqlite
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import _support as bench
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hubdesk.domain.audit_verify import verify
from hubdesk.domain.permissions import ALL_PERMISSIONS, Grant, Scope
from hubdesk.server.audit_signing import Signer, checkpoint, export_lines
from hubdesk.server.bootstrap import PLATFORM_ID
from hubdesk.server.db import Database, migrate
from hubdesk.services.audit_export import entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bench.add_data_arguments(parser)
    args = parser.parse_args()
    bench.note(bench.machine())
    with bench.workdir(args.workdir) as work:
        database = bench.server_database(args, work)
        db = Database.open(f"sqlite:///{database}")
        migrate(db)  # a data set made by an older version
        signer = Signer(Ed25519PrivateKey.generate())
        with db.writing() as session:
            checkpoint(session, signer)
        everything = Scope.resolve(
            "bench", [Grant(PLATFORM_ID, f"/{PLATFORM_ID}/", "r", "Support", ALL_PERMISSIONS)]
        )
        path = work / "export.jsonl"
        started = time.perf_counter()
        with db.reading() as session, path.open("w", encoding="utf-8") as out:
            for line in export_lines(session, everything, signer):
                out.write(line)
        written = time.perf_counter() - started
        size = path.stat().st_size
        bench.note(f"export written in {written:.1f} s ({size / 2**20:.0f} MiB)")

        started = time.perf_counter()
        result = verify(entries(Path(path)), pinned_key=signer.public_key)
        verifying = time.perf_counter() - started
        assert result.ok, result.fault

        started = time.perf_counter()
        with path.open("rb") as lines:
            for line in lines:
                hashlib.sha256(line).digest()
        hashing = time.perf_counter() - started
        started = time.perf_counter()
        with path.open("rb") as lines:
            for line in lines:
                json.loads(line)
        parsing = time.perf_counter() - started
        bench.note(
            f"verified {result.events:,} events, {result.checkpoints} checkpoints, "
            f"{len(result.heads)} chains in {verifying:.2f} s"
        )
        bench.note(
            f"baseline: SHA-256 per line {hashing:.2f} s; json.loads per line {parsing:.2f} s"
        )
        db.dispose()
    bench.result(
        events=result.events,
        chains=len(result.heads),
        verify_s=verifying,
        sha256_floor_s=hashing,
        json_floor_s=parsing,
        ratio_to_hash_and_parse=bench.ratio(verifying, hashing + parsing),
    )


if __name__ == "__main__":
    main()
