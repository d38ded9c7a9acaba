"""Qt-free console services: the API client, the local cache, sync, accounts and tokens."""
