"""``hubdesk``: the console.

hubdesk --demo              # start the embedded demo server and sign in to it
hubdesk --server URL        # connect to a running server
hubdesk                     # the most recently used account
"""

from __future__ import annotations

import argparse
import sys


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hubdesk", description="The hubdesk admin console.")
    p.add_argument("--demo", action="store_true", help="run on the embedded demo server")
    p.add_argument(
        "--fresh-demo", action="store_true", help="with --demo: regenerate the demo data first"
    )
    p.add_argument("--server", metavar="URL", help="the hubdesk server to connect to")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    from hubdesk.ui.app import Options, run  # Qt is loaded only for the console itself

    return run(
        Options(demo=args.demo or args.fresh_demo, fresh_demo=args.fresh_demo, server=args.server)
    )


if __name__ == "__main__":
    raise SystemExit(main())
