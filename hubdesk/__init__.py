"""hubdesk: a desktop admin console for organisations that manage other organisations."""

__version__ = "0.1.0"
API_PREFIX = "/api/v1"
