"""HTTP routes of the reference server, all under ``/api/v1``."""
