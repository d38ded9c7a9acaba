"""Pydantic models of the HTTP API: what the server sends and what the console accepts.

The console validates every response against these before anything touches its cache.
"""
