"""Word lists for the large synthetic data set: company names, kinds, actions."""

from __future__ import annotations

import random

from hubdesk.domain.enums import OrgKind
from hubdesk.server.demo.builder import DEVICES
from hubdesk.server.demo.names import NAMES as BY_LANGUAGE

__all__ = ["ACTIONS", "DEVICES", "FRAMEWORKS", "KINDS_BELOW", "NAMES", "TOP_LEVEL"]

K = OrgKind
TOP_LEVEL = (
    ("Nordic Compliance Partners", K.PARTNER, "nordic-compliance.example"),
    ("Baltic IT Partner", K.PARTNER, "baltic-it.example"),
    ("Alpen Security Partner", K.PARTNER, "alpen-security.example"),
    ("Duna Partner Kft.", K.PARTNER, "duna-partner.example"),
    ("Havneby Business Hub", K.HUB, "havneby-hub.example"),
    ("Kontorfællesskabet Syd", K.HUB, "kontorsyd.example"),
    ("Aurelia Händlernetz", K.BRAND, "aurelia-netz.example"),
    ("Molnlicens Norden AB", K.RESELLER, "molnlicens.example"),
)
# The kinds of depth 2..5 below each kind of top-level organisation.
KINDS_BELOW: dict[OrgKind, tuple[OrgKind, OrgKind, OrgKind, OrgKind]] = {
    K.PARTNER: (K.COMPANY, K.BUSINESS_UNIT, K.BUSINESS_UNIT, K.LOCATION),
    K.HUB: (K.TENANT, K.BUSINESS_UNIT, K.BUSINESS_UNIT, K.BUSINESS_UNIT),
    K.BRAND: (K.DEALER, K.BUSINESS_UNIT, K.LOCATION, K.LOCATION),
    K.RESELLER: (K.COMPANY, K.BUSINESS_UNIT, K.BUSINESS_UNIT, K.BUSINESS_UNIT),
}
NAMES: tuple[tuple[str, ...], tuple[str, ...]] = (
    tuple(n for firsts, _ in BY_LANGUAGE.values() for n in firsts),
    tuple(n for _, lasts in BY_LANGUAGE.values() for n in lasts),
)
FRAMEWORKS = ("ISO 27001", "NIS2", "GDPR", "D-mærket", "ISO 27701", "CIS Controls v8", "DORA")
ACTIONS = (
    ("auth.sign_in", 50),
    ("auth.sign_in_failed", 4),
    ("auth.sign_out", 3),
    ("org.update", 8),
    ("membership.create", 6),
    ("invite.send", 4),
    ("licence.assign", 6),
    ("subscription.update", 3),
    ("data.export", 3),
    ("impersonation.start", 1),
    ("impersonation.end", 1),
    ("role.update", 1),
    ("service_request.create", 8),
    ("deal.note_add", 3),
)

_PLACES = {
    "da": ("Aarhus", "Odense", "Vejle", "Roskilde", "Køge", "Skagen", "Ribe", "Holstebro",
           "Nordhavn", "Valby", "Fjord", "Hede"),
    "de": ("Hamburg", "Bremen", "Kassel", "Ulm", "Würzburg", "Rhein", "Ostsee", "Allgäu",
           "Spree", "Elbe", "Taunus", "Harz"),
    "hu": ("Buda", "Pest", "Tisza", "Balaton", "Mátra", "Duna", "Szeged", "Pécs", "Eger",
           "Győr", "Hortobágy", "Tokaj"),
    "sv": ("Norrland", "Göta", "Mälar", "Vättern", "Fjäll", "Skåne", "Dala", "Öresund",
           "Bohus", "Kust", "Sjö", "Ek"),
}  # fmt: skip
_CORES = {
    "da": ("Revision", "Arkitekter", "Logistik", "Tandklinik", "Consulting", "IT-Service",
           "Byg", "Design", "Advokater", "Software", "Energi", "Catering"),
    "de": ("Logistik", "Autohaus", "Steuerberatung", "Bau", "Consulting", "Software",
           "Maschinenbau", "Immobilien", "Design", "Elektro", "Medien", "Reisen"),
    "hu": ("Szalon", "Építőipar", "Informatika", "Könyvelés", "Logisztika", "Szépségház",
           "Tanácsadó", "Fogászat", "Dizájn", "Kereskedelmi", "Autószerviz", "Pékség"),
    "sv": ("Bygg", "Redovisning", "Konsult", "Logistik", "Skogsteknik", "Förskolor",
           "Advokatbyrå", "Design", "IT", "Fastigheter", "Energi", "Måleri"),
}  # fmt: skip
_SUFFIXES = {
    "da": ("ApS", "A/S", "I/S"),
    "de": ("GmbH", "GmbH & Co. KG", "AG"),
    "hu": ("Kft.", "Zrt.", "Bt."),
    "sv": ("AB", "HB", "KB"),
}
_UNITS = ("Service", "Salg", "Vertrieb", "Lager", "Kundeservice", "Ekonomi", "Recepció",
          "Nord", "Syd", "Öst", "West", "Værksted", "Zentrale", "Filiale")  # fmt: skip
_LANGUAGES = tuple(_PLACES)


def company_name(rng: random.Random, kind: OrgKind) -> str:
    """A plausible organisation name for ``kind`` in one of the four seed languages."""
    lang = rng.choice(_LANGUAGES)
    place = rng.choice(_PLACES[lang])
    if kind in (K.BUSINESS_UNIT, K.LOCATION):
        return f"{place} – {rng.choice(_UNITS)}"
    if kind == K.DEALER:
        return f"Autohaus {rng.choice(BY_LANGUAGE['de'][1])} {place}"
    return f"{place} {rng.choice(_CORES[lang])} {rng.choice(_SUFFIXES[lang])}"
