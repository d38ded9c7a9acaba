"""The reference API server (FastAPI): the backend the console syncs with."""
