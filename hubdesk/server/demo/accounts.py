"""The demo's sign-ins: one or more per scenario, all with the same password."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_PASSWORD = "hubdesk-demo"

# The one account with 2-step verification (authenticator app). A fixed base32 secret,
# so the README can show it and tests can compute codes (pyotp.TOTP(secret).now()).
DEMO_TOTP_SECRET = "HUBDESKDEMOSALONOWNER2STEP234567"

SUPPORT_EMAIL = "support@hubdesk.example"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    display_name: str
    scenario: str
    description: str
    totp_secret: str | None = None


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        SUPPORT_EMAIL,
        "Alex Morgan",
        "Platform",
        "Platform Support at the platform root: sees and supports every organisation",
    ),
    DemoAccount(
        "mette.kjaer@havnehuset.dk",
        "Mette Kjær Andersen",
        "Office hotel hub (DK)",
        "Administrator of Havnehuset Kontorhotel: tenants, invites, lunch orders, log in as",
    ),
    DemoAccount(
        "sofie@nordlys-arkitekter.dk",
        "Sofie Nørgaard",
        "Office hotel hub (DK)",
        "Owner of the tenant Nordlys Arkitekter ApS: only her own sub-account",
    ),
    DemoAccount(
        "katrin.hoffmann@aurelia-auto.de",
        "Katrin Hoffmann",
        "Brand and dealers (DE)",
        "Administrator of Aurelia Automobile Deutschland: dealers, business units, "
        "invoices, shared agents/channels/wiki",
    ),
    DemoAccount(
        "thomas.brandt@autohaus-brandt.de",
        "Thomas Brandt",
        "Brand and dealers (DE)",
        "Dealer owner of Autohaus Brandt Hamburg and Autohaus Brandt Lübeck (switches between)",
    ),
    DemoAccount(
        "eszter.kovacs@aranyhaj.hu",
        "Kovács Eszter",
        "Salon chain (HU)",
        "Owner of Aranyhaj Szépségszalonok: locations, roles, billable vs free seats, security log",
        totp_secret=DEMO_TOTP_SECRET,
    ),
    DemoAccount(
        "reka.nagy@aranyhaj.hu",
        "Nagy Réka",
        "Salon chain (HU)",
        "Specialist (hairdresser) at Aranyhaj Andrássy út: her own location only",
    ),
    DemoAccount(
        "mads@cybernord.dk",
        "Mads Østergaard",
        "IT partner (DK)",
        "Partner account manager at CyberNord Compliance: 25 customers, trials, deals, notes",
    ),
    DemoAccount(
        "erik.lindqvist@nordmoln.se",
        "Erik Lindqvist",
        "Licence reseller (SE)",
        "Administrator of Nordmoln Partner AB: client licences, rules, invoices",
    ),
    DemoAccount(
        "karin.ekstrom@sjobergbygg.se",
        "Karin Ekström",
        "Licence reseller (SE)",
        "Domain admin at the client Sjöberg Bygg AB: its licences, groups and rules",
    ),
    DemoAccount(
        "freja@lundregnskab.dk",
        "Freja Lund",
        "Several organisations",
        "External accountant of Havnehuset Kontorhotel and CyberNord Compliance "
        "(account switching)",
    ),
)


def demo_sign_ins() -> list[str]:
    """One line per demo account: scenario, email, what they are and where."""
    width = max(len(a.email) for a in DEMO_ACCOUNTS)
    lines = []
    for account in DEMO_ACCOUNTS:
        line = f"{account.scenario:<24} {account.email:<{width}}  {account.description}"
        if account.totp_secret:
            line += f" (2-step: secret {account.totp_secret})"
        lines.append(line)
    return lines
