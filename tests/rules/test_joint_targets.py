"""A joint speaker's members as targets, one line per case: (text, cue, targets, reciprocal).

"X and Y" acting toward a third party are no targets of their own act; only an act between
them (reciprocal, with no other party named) makes them each other's targets.
"""

from __future__ import annotations

import pytest

CASES = [
    ("Uruguay and Argentina offered rescue teams to Brazil on Monday.", "offered", ["Brazil"], False),
    ("Chile and Peru condemned the shelling of Bolivia.", "condemned", ["Bolivia"], False),
    ("MONTEVIDEO, June 4 -- Norway and Iceland pledged to fund Greenland's new harbour.", "pledged", ["Greenland"], False),
    ("Kenya and Tanzania agreed on Friday to reopen their shared border post.", "agreed", ["Kenya", "Tanzania"], True),  # between the members
    ("Ghana and Togo did not agree on the fishing quotas.", "agree on", ["Ghana", "Togo"], False),  # a refusal, both ways
    ("Spain and Portugal agreed to rebuild the old Guadiana bridge.", "agreed", ["Spain", "Portugal"], True),  # a place is no party
    ("Laos and Thailand agreed to reopen the Friendship Bridge crossing.", "agreed", ["Laos", "Thailand"], True),  # a crossing named like an organisation
    ("Sudan and Chad agreed to a truce brokered by Egypt on Sunday.", "agreed", ["Sudan", "Chad", "Egypt"], True),  # a broker is no party
    ("Ghana and Togo signed a trade pact at a summit hosted by Nigeria.", "signed", ["Ghana", "Togo", "Nigeria"], True),  # nor a host
    ("Benin and Niger agreed to build a railway with financing from China.", "agreed", ["Benin", "Niger", "China"], True),  # nor a financier
    ("Benin and Niger agreed to build a railway with China.", "agreed", ["China"], False),  # a partner "with Z" is
    ("Peru and Bolivia signed an accord on the port of Ilo.", "signed", ["Peru", "Bolivia"], True),  # a port is no party
    ("Laos and Vietnam blamed each other for the flooding.", "blamed", ["Laos", "Vietnam"], True),  # "each other": between them
    ("Nepal and Bhutan praised one another at the summit.", "praised", ["Nepal", "Bhutan"], True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "targets", "reciprocal"), CASES)
def test_joint_speaker_targets(nlp, text, cue, targets, reciprocal):
    claim = next(c for c in nlp(text)._.claims if c["cue"]["text"] == cue)
    assert len(claim["speaker"]["members"]) == 2
    linked = [t["name"] for t in claim["targets"] if t.get("actor_id")]  # not an unlinked place
    assert linked == targets
    assert claim["event"]["reciprocal"] is reciprocal


NESTED = [
    ("Fiji and Samoa will provide aid to Tonga, the forum said.", {"Fiji": ["Tonga"], "Samoa": ["Tonga"]}, False),
    ("Fiji and Samoa imposed sanctions on Tonga, officials said.", {"Fiji": ["Tonga"], "Samoa": ["Tonga"]}, False),
    ("Fiji and Samoa signed a fisheries pact, the forum said.", {"Fiji": ["Samoa"], "Samoa": ["Fiji"]}, True),  # between them
    ("Officials noted a growing partnership between Chile and Peru.", {"Chile": ["Peru"], "Peru": ["Chile"]}, True),  # a relation of the two
    ("Officials said Kenya and Somalia signed a pact on the port of Kismayo.", {"Kenya": ["Kismayo"], "Somalia": ["Kismayo"]}, True),  # a place keeps it between them
    ("Fiji and Samoa signed a pact brokered by Tonga, the forum said.", {"Fiji": ["Samoa"], "Samoa": ["Fiji"]}, True),  # a broker too
]  # fmt: skip


@pytest.mark.parametrize(("text", "targets", "reciprocal"), NESTED)
def test_each_member_of_a_reported_act_is_a_source(nlp, text, targets, reciprocal):
    nested = [c for c in nlp(text)._.claims if c.get("parent")]
    assert {
        c["speaker"]["name"]: [t.get("name") or t["text"] for t in c["targets"]] for c in nested
    } == targets
    assert all(c["event"]["reciprocal"] is reciprocal for c in nested)
