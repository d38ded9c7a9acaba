"""``hubdesk``: the console.

hubdesk --demo              # start the embedded demo server and sign in to it
hubdesk --server URL        # connect to a running server
hubdesk                     # the most recently used account
hubdesk audit verify FILE   # verify an audit export offline (no network, no display)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hubdesk", description="The hubdesk admin console.")
    p.add_argument("--demo", action="store_true", help="run on the embedded demo server")
    p.add_argument(
        "--fresh-demo", action="store_true", help="with --demo: regenerate the demo data first"
    )
    p.add_argument("--server", metavar="URL", help="the hubdesk server to connect to")
    return p


def audit_verify(argv: list[str]) -> int:
    """``hubdesk audit verify FILE``: exit 0 when the export is intact, else 1 naming the
    first bad line and event (2: the file cannot be read at all)."""
    p = argparse.ArgumentParser(
        prog="hubdesk audit verify",
        description="Verify an audit export (JSON Lines) offline: hashes, order, signatures.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--key", help="the server's public key to trust (base64); default: the file's")
    args = p.parse_args(argv)
    from hubdesk.domain.audit_verify import key_id
    from hubdesk.services.audit_export import verify_file

    try:
        result = verify_file(args.file, args.key)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    if result.fault is not None:
        print(f"NOT INTACT: {result.fault}", file=sys.stderr)
        return 1
    print(
        f"intact: {result.events} events, {result.links} links to events outside the export's "
        f"scope, {result.checkpoints} signed checkpoints, {len(result.heads)} chain(s)"
    )
    for chain, (seq, _hash) in sorted(result.heads.items()):
        signed = result.last_checkpoint.get(chain)
        when = f"; last checkpoint at {signed[0]}, signed {signed[1]}" if signed else ""
        print(f"  chain {chain}: verified up to event {seq}{when}")
    if args.key is None:
        print("  (the file's own key was used; compare its id with the server's: ", end="")
        print(f"{key_id(_header_key(args.file))})")
    return 0


def _header_key(path: Path) -> str:
    from hubdesk.services.audit_export import entries

    for _number, entry in entries(path):
        return str(entry.get("public_key", ""))
    return ""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["audit", "verify"]:
        return audit_verify(argv[2:])
    args = parser().parse_args(argv)
    from hubdesk.ui.app import Options, run  # Qt is loaded only for the console itself

    return run(
        Options(demo=args.demo or args.fresh_demo, fresh_demo=args.fresh_demo, server=args.server)
    )


if __name__ == "__main__":
    raise SystemExit(main())
