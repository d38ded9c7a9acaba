"""``hubdesk-server``: run the reference API server, or generate data sets.

    hubdesk-server --demo --port 8765            # fresh demo data set in a temporary SQLite file
    hubdesk-server --database-url postgresql+psycopg://… --port 8000 --workers 4
    hubdesk-server generate --database-url sqlite:///big.db --orgs 100000 \\
        --customers 100000 --audit-events 1000000
    hubdesk-server compact-feed --database-url sqlite:///big.db --days 90
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
from datetime import date, datetime
from pathlib import Path

from hubdesk.server.db import Database, migrate
from hubdesk.server.settings import Settings

READY_PREFIX = "hubdesk-server listening on "


def _serve_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hubdesk-server",
        description="The hubdesk reference API server (also: 'hubdesk-server generate --help').",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="TCP port; 0 picks a free one")
    p.add_argument("--database-url", help="SQLAlchemy URL (sqlite:///… or postgresql+psycopg://…)")
    p.add_argument("--demo", action="store_true", help="serve a freshly generated demo data set")
    p.add_argument("--data-dir", type=Path, help="where the demo keeps its SQLite file")
    p.add_argument(
        "--keep-data",
        action="store_true",
        help="with --demo and --data-dir: reuse an existing demo database instead of a fresh one",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes (PostgreSQL only)")
    p.add_argument("--log-level", default="warning")
    p.add_argument(
        "--exit-with-stdin",
        action="store_true",
        help="stop when standard input closes (the console's embedded demo uses this, so the"
        " server never outlives the console, however the console ends)",
    )
    return p


def _generate_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hubdesk-server generate",
        description="Fill a database with a large synthetic data set (for benchmarks).",
    )
    p.add_argument("--database-url", required=True)
    p.add_argument("--orgs", type=int, default=100_000, help="organisations besides customers")
    p.add_argument("--customers", type=int, default=100_000, help="partner customer accounts")
    p.add_argument("--audit-events", type=int, default=1_000_000)
    p.add_argument("--people", type=int, default=50_000)
    p.add_argument("--seed", type=int, default=1)
    return p


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(argv: list[str]) -> int:
    import uvicorn

    from hubdesk.server.app import create_app

    args = _serve_parser().parse_args(argv)
    url = args.database_url
    if args.demo:
        data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="hubdesk-demo-"))
        data_dir.mkdir(parents=True, exist_ok=True)
        db_file = data_dir / "demo.sqlite"
        url = url or f"sqlite:///{db_file}"
        fresh = not (args.keep_data and db_file.exists())
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        db = Database.open(url)
        migrate(db)
        from hubdesk.server.demo import demo_sign_ins, generate_demo

        if fresh:
            generate_demo(db)
        print("Demo sign-ins (password for all: hubdesk-demo):", flush=True)
        for line in demo_sign_ins():
            print(f"  {line}", flush=True)
    elif not url:
        print("hubdesk-server: give --database-url, or --demo", file=sys.stderr)
        return 2
    else:
        db = Database.open(url)
        migrate(db)
    try:
        settings = Settings.from_env(url, demo=args.demo)
    except ValueError as exc:
        print(f"hubdesk-server: {exc}", file=sys.stderr)
        return 2
    sock = _bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    if args.workers > 1:
        if url.startswith("sqlite"):
            print("hubdesk-server: several workers need PostgreSQL", file=sys.stderr)
            return 2
        os.environ["HUBDESK_DATABASE_URL"] = url
        os.environ["HUBDESK_DEMO"] = "1" if args.demo else "0"
        config = uvicorn.Config(
            "hubdesk.server.asgi:app",
            factory=True,
            workers=args.workers,
            log_level=args.log_level,
        )
        print(f"{READY_PREFIX}http://{host}:{port}", flush=True)
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[sock]).run()  # each worker runs its own Server
        return 0
    app = create_app(settings, db, migrate_first=False)
    config = uvicorn.Config(app, log_level=args.log_level, access_log=False)
    server = uvicorn.Server(config)
    if args.exit_with_stdin:
        _stop_when_stdin_closes(server)
    print(f"{READY_PREFIX}http://{host}:{port}", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        app.state.mail.stop()
    return 0


def _stop_when_stdin_closes(server: object) -> None:
    def watch() -> None:
        while sys.stdin.buffer.read(1024):
            pass
        server.should_exit = True  # type: ignore[attr-defined]

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


def generate(argv: list[str]) -> int:
    args = _generate_parser().parse_args(argv)
    from hubdesk.server.demo.large import generate_large

    db = Database.open(args.database_url)
    migrate(db)
    stats = generate_large(
        db,
        orgs=args.orgs,
        customers=args.customers,
        audit_events=args.audit_events,
        people=args.people,
        seed=args.seed,
    )
    for key, value in stats.items():
        print(f"{key}: {value}")
    return 0


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"a month is YYYY-MM, like 2026-11: {text!r}") from None


def invoice(argv: list[str]) -> int:
    """Issue a month's invoices for every organisation that pays (each once)."""
    p = argparse.ArgumentParser(
        prog="hubdesk-server invoice",
        description="Issue a month's invoices: one per billing organisation, once.",
    )
    p.add_argument("--database-url", required=True)
    p.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    args = p.parse_args(argv)
    from hubdesk.server.invoicing import issue_month

    db = Database.open(args.database_url)
    migrate(db)
    print(f"invoices issued: {issue_month(db, args.month)}")
    return 0


def compact_feed(argv: list[str]) -> int:
    """Forget the change feed's tombstones older than ``--days`` (the background round
    does so hourly with ``HUBDESK_TOMBSTONE_DAYS``); consoles behind it sync afresh."""
    p = argparse.ArgumentParser(
        prog="hubdesk-server compact-feed",
        description="Delete the change feed's tombstones older than --days; a console whose"
        " cursor is older then syncs everything again (keeping its queued writes).",
    )
    p.add_argument("--database-url", required=True)
    p.add_argument(
        "--days", type=int, default=Settings.tombstone_days, help="keep tombstones this long"
    )
    args = p.parse_args(argv)
    if args.days < 0:
        p.error("--days must be 0 or more")
    from datetime import timedelta

    from hubdesk.models.base import utcnow
    from hubdesk.server.feed_compaction import compact, note_mark

    db = Database.open(args.database_url)
    migrate(db)
    now = utcnow()
    with db.writing() as session:
        note_mark(session, now, every=timedelta(0))
    with db.writing() as session:
        done = compact(session, now, timedelta(days=args.days))
    print(f"tombstones removed: {done.removed}; feed horizon: {done.horizon}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "generate":
        return generate(argv[1:])
    if argv and argv[0] == "invoice":
        return invoice(argv[1:])
    if argv and argv[0] == "compact-feed":
        return compact_feed(argv[1:])
    return serve(argv)


if __name__ == "__main__":
    raise SystemExit(main())
