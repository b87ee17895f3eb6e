"""A participant's network in the Connector Program (desktop.domain.network): whom they met at
meetings held and through whom they were introduced to whom, read for the network view."""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain import network
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

_CM, _REF, _CONN = (
    RECORD_MODELS[k].__table__ for k in ("connector_meeting", "referral", "connector")
)


def participant_network(store: Store, participant_id: str) -> network.Network:
    """The participant's network: the connectors met (meetings held), and through each of them
    the connectors they were referred to, with the state of each introduction."""
    with store.read() as s:
        meetings = (
            s.execute(
                select(
                    _CM.c.id,
                    _CM.c.connector_id,
                    _CM.c.met_on,
                    _CM.c.status,
                    _CONN.c.full_name.label("connector_name"),
                    _CONN.c.field,
                )
                .outerjoin(_CONN, _CONN.c.id == _CM.c.connector_id)
                .where(_CM.c.participant_id == participant_id)
            )
            .mappings()
            .all()
        )
        referrals = (
            s.execute(
                select(
                    _REF.c.meeting_id,
                    _REF.c.connector_id,
                    _REF.c.status,
                    _REF.c.happened_on,
                    _CONN.c.full_name.label("connector_name"),
                    _CONN.c.field,
                )
                .outerjoin(_CONN, _CONN.c.id == _REF.c.connector_id)
                .where(_REF.c.participant_id == participant_id)
            )
            .mappings()
            .all()
        )
    return network.build(meetings, referrals)
