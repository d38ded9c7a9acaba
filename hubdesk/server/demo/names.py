"""Given names and family names per language, for the demo's people."""

from __future__ import annotations

DA_FIRST = (
    "Anders", "Anne", "Camilla", "Cecilie", "Christian", "Emma", "Frederik", "Henrik", "Ida",
    "Jakob", "Jens", "Julie", "Kasper", "Kirsten", "Lars", "Line", "Louise", "Mads", "Maja",
    "Martin", "Mette", "Mikkel", "Nikolaj", "Pernille", "Rasmus", "Signe", "Sofie", "Søren",
    "Thomas", "Trine", "Astrid", "Oliver", "Laura", "Magnus", "Karoline", "Esben",
)  # fmt: skip
DA_LAST = (
    "Andersen", "Bach", "Christensen", "Dahl", "Hansen", "Holm", "Jensen", "Johansen",
    "Jørgensen", "Kjær", "Kristensen", "Larsen", "Lund", "Madsen", "Mortensen", "Møller",
    "Nielsen", "Nørgaard", "Olsen", "Pedersen", "Petersen", "Poulsen", "Rasmussen", "Skov",
    "Sørensen", "Thomsen", "Vestergaard", "Østergaard", "Frandsen", "Bruun", "Lauridsen",
)  # fmt: skip
DE_FIRST = (
    "Alexander", "Andreas", "Anna", "Christian", "Claudia", "Daniel", "Florian", "Jan", "Jana",
    "Julia", "Katrin", "Laura", "Lena", "Markus", "Matthias", "Melanie", "Michael", "Nina",
    "Sabine", "Sarah", "Sebastian", "Stefanie", "Thomas", "Tobias", "Jürgen", "Uwe", "Birgit",
)  # fmt: skip
DE_LAST = (
    "Bauer", "Becker", "Braun", "Fischer", "Hartmann", "Hoffmann", "Hofmann", "Klein", "Koch",
    "Krause", "Krüger", "Lange", "Lehmann", "Meier", "Meyer", "Müller", "Neumann", "Richter",
    "Schäfer", "Schmidt", "Schmitt", "Schneider", "Schröder", "Schulz", "Schwarz", "Wagner",
    "Weber", "Werner", "Wolf", "Zimmermann", "Vogel", "Frank", "Günther",
)  # fmt: skip
HU_GIVEN = (
    "Ádám", "Ágnes", "Anna", "Balázs", "Bence", "Dávid", "Dóra", "Eszter", "Gábor", "Judit",
    "Katalin", "Krisztina", "László", "Máté", "Nóra", "Péter", "Petra", "Réka", "Tamás",
    "Viktória", "Zoltán", "Zsófia", "Boglárka", "Fanni", "Lilla", "Orsolya", "Henrietta",
)  # fmt: skip
HU_FAMILY = (
    "Balogh", "Farkas", "Fekete", "Horváth", "Juhász", "Kiss", "Kovács", "Lakatos", "Mészáros",
    "Molnár", "Nagy", "Németh", "Oláh", "Papp", "Rácz", "Simon", "Szabó", "Szilágyi",
    "Takács", "Tóth", "Török", "Varga", "Vörös", "Bíró", "Pintér",
)  # fmt: skip
SV_FIRST = (
    "Anders", "Anna", "Elin", "Emma", "Erik", "Eva", "Frida", "Fredrik", "Gustav", "Hanna",
    "Henrik", "Ida", "Johan", "Jonas", "Karin", "Lars", "Linnea", "Magnus", "Maja", "Maria",
    "Mikael", "Niklas", "Oskar", "Per", "Sara", "Sofia", "Ebba", "Viktor", "Agnes",
)  # fmt: skip
SV_LAST = (
    "Andersson", "Bergström", "Engström", "Eriksson", "Gustafsson", "Holm", "Johansson",
    "Jonsson", "Karlsson", "Larsson", "Lindberg", "Lundgren", "Nilsson", "Nyström", "Olsson",
    "Persson", "Pettersson", "Svensson", "Wallin", "Åberg", "Söderberg", "Hedlund", "Forsberg",
    "Sandberg", "Lindholm",
)  # fmt: skip

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "da": (DA_FIRST, DA_LAST),
    "de": (DE_FIRST, DE_LAST),
    "hu": (HU_GIVEN, HU_FAMILY),
    "sv": (SV_FIRST, SV_LAST),
}
