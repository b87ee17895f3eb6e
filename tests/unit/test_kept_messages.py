"""A message kept in a stored report (an import's) comes back whole, its labels translated where
it is read."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.messages import Message
from desktop.i18n import render_kept

_values = st.one_of(st.integers(), st.text(max_size=20))


@given(
    st.text(min_size=1, max_size=10),
    st.dictionaries(st.sampled_from(["count", "site", "kind"]), _values, max_size=3),
    st.booleans(),
)
def test_a_kept_message_reads_as_the_message_it_was(context, params, nested):
    if nested:
        params = {**params, "label": Message("Enum", "Los Arcos")}
    text = " ".join("{" + k + "}" for k in params) or "Nothing to fill"
    message = Message(context, text, params)
    kept = json.loads(json.dumps(message.as_dict()))  # as a report is stored
    assert Message.from_dict(kept) == message
    assert kept["message"] == str(message)


def test_a_kept_label_is_translated_when_read(language):
    kept = Message(
        "Exchange",
        "This bundle says it comes from site {declared}, but the laptop is enrolled for site"
        " {site}: its changes were checked as those of {site}.",
        {"declared": Message("Enum", "Los Arcos"), "site": Message("Enum", "CIFE (main site)")},
    ).as_dict()
    language("fr")
    text = render_kept(kept)
    assert "Los Arcos" in text and "CIFE (main site)" not in text and "{" not in text
