"""ASGI entry point for process managers: ``uvicorn --factory hubdesk.server.asgi:app``.

Reads ``HUBDESK_DATABASE_URL`` (and the mail settings, see ``Settings.from_env``); the
schema must already be migrated (``hubdesk-server``
migrates once before it starts its workers).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from hubdesk.server.app import create_app
from hubdesk.server.settings import Settings


def app() -> FastAPI:
    url = os.environ["HUBDESK_DATABASE_URL"]
    demo = os.environ.get("HUBDESK_DEMO") == "1"
    return create_app(Settings.from_env(url, demo=demo), migrate_first=False)
