"""Demo data of the areas that help inclusion: a few local associations (the coordinator's list,
one no longer active) and introductions of newcomers who met a connector to their neighbourhood,
an association, the Coexistence Board or the Anti-Rumours network. A generator of its own, so
that the rest of the demo data of a seed stays as it was before these existed."""

from __future__ import annotations

import random
from datetime import timedelta

from desktop.domain import enums as E

# name, neighbourhood, street (fictional), active
ASSOCIATIONS = [
    ("Asociación Vecinal La Avanzada", "La Avanzada", "Calle de Leganés 12", True),
    ("Asociación de Vecinos de Loranca", "Loranca", "Avenida de las Naciones 4", True),
    ("Asociación Cultural Teranga", "Centro", "Calle de la Plaza 8", True),
    ("Club de Lectura El Naranjo", "El Naranjo", "Calle de Creta 21", True),
    ("Asociación Deportiva Parque Miraflores", "Parque Miraflores", "Calle de Móstoles 30", True),
    ("Huerto Comunitario La Serna", "La Serna", "Calle de Grecia 3", False),
]

AREAS = [
    (E.InclusionArea.NEIGHBOURHOOD, 30),
    (E.InclusionArea.ASSOCIATION, 40),
    (E.InclusionArea.COEXISTENCE_BOARD, 15),
    (E.InclusionArea.ANTI_RUMOURS, 15),
]
INTERESTS = [(E.JoinInterest.YES, 35), (E.JoinInterest.MAYBE, 30), (E.JoinInterest.NO, 35)]
NOTES = [
    None,
    None,
    "Acudirá a la próxima reunión.",
    "Prefiere esperar a terminar el laboratorio.",
    "Le acompañó su conector.",
]


def _weighted(rng: random.Random, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def inclusion(rng: random.Random, add, rows: dict[str, list[dict]], until) -> None:
    """The associations, then for about six in ten newcomers who met a connector one or two
    introductions in the weeks after their meeting (none after ``until``, the demo's today)."""
    active = []
    for i, (name, neighbourhood, street, is_active) in enumerate(ASSOCIATIONS):
        row_id = add(
            "association",
            {
                "name": name,
                "neighbourhood": neighbourhood,
                "address": f"{street}, Fuenlabrada",
                "active": is_active,
                "phone": (
                    f"+34 91 6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                ),
                "email": f"asociacion{i + 1}@asociaciones.example.org",
            },
        )
        if is_active:
            active.append(row_id)
    for meeting in rows["connector_meeting"]:
        if rng.random() >= 0.6:
            continue
        day = meeting["met_on"]
        for _ in range(rng.randint(1, 2)):
            day = day + timedelta(days=rng.randint(7, 40))
            if day > until:
                break
            area = _weighted(rng, AREAS)
            add(
                "inclusion_introduction",
                {
                    "participant_id": meeting["participant_id"],
                    "introduced_on": day,
                    "area": area.value,
                    "association_id": (
                        rng.choice(active) if area is E.InclusionArea.ASSOCIATION else None
                    ),
                    "interest": _weighted(rng, INTERESTS).value,
                    "notes": rng.choice(NOTES),
                },
            )
