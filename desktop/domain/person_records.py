"""Which records are about a participant, read from the schema (desktop.domain.schema), so that
a new record kind with a reference to a participant is found without a change here.

A kind is *about* a person when one of its fields refers to a participant (a coaching session's
``participant_id``, a merge's ``survivor_id`` and ``duplicate_id``, the connector record of a
participant who became one). A kind that refers to no participant but to such a record through a
required field is about the same person (a lab day's attendance, through its enrolment). A kind
that names a participant of its own is never taken as a child of another kind: a meeting held by
a connector who was once a participant is about the newcomer met, not about the connector.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.schema import KINDS, Kind

PERSON = "participant"


@dataclass(frozen=True)
class Link:
    """Records of ``kind`` whose field ``field`` holds the id of a participant (``parent`` is
    None) or of a record of ``parent`` about them."""

    kind: str
    field: str
    parent: str | None = None


def _person_fields(kind: Kind) -> tuple[str, ...]:
    return tuple(f.name for f in kind.fields if f.type == "ref" and f.ref == PERSON)


def links() -> tuple[Link, ...]:
    """Every way a record can be about a participant: the direct ones first (in schema order),
    then the children of those kinds, their children and so on."""
    out = [
        Link(k.name, name) for k in KINDS.values() if k.name != PERSON for name in _person_fields(k)
    ]
    about = {link.kind for link in out}
    frontier = sorted(about, key=list(KINDS).index)
    while frontier:
        found = []
        for k in KINDS.values():
            if k.name in about or k.name == PERSON or _person_fields(k):
                continue
            for f in k.fields:
                if f.type == "ref" and f.required and f.ref in frontier:
                    out.append(Link(k.name, f.name, f.ref))
                    found.append(k.name)
                    break
        about.update(found)
        frontier = found
    return tuple(out)


def kinds_about_a_person() -> tuple[str, ...]:
    """The kinds of ``links()``, each once, in their order."""
    seen: dict[str, None] = {}
    for link in links():
        seen.setdefault(link.kind)
    return tuple(seen)
